# A Manager's dict, list, Namespace and Value used by children; its
# Queue, Lock and Event; what it raises; after shutdown.
import multiprocessing as mp

def catch(f, *args):
    try:
        f(*args)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

def child(d, l, ns, v, n):
    d[n] = n * n
    d.update([("k" + str(n), n)])
    l.append(n)
    ns.hits = n
    v.value = v.get() + 0

if __name__ == "__main__":
    mp.set_start_method("spawn")
    m = mp.Manager().__enter__()
    d, l = m.dict(), m.list([0])
    ns = m.Namespace(x=1)
    v = m.Value("i", 5)
    ps = [mp.Process(target=child, args=(d, l, ns, v, i)) for i in [1, 2, 3]]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(d.keys(), key=str), len(d), 2 in d, d[3], d.get(9), d.get(9, "x"), sorted(l), len(l), l[0], l[-1] in [1, 2, 3])
    print(sorted(dict(d).items(), key=str)[:2], sorted(list(l)), ns.x, ns.hits in [1, 2, 3], v.value)
    print(catch(lambda: d["nope"]), catch(lambda: ns.nope), d.pop(1), d.pop(1, "gone"), d.setdefault("z", 7), d["z"])
    l[0] = "first"
    del_ok = l.pop(0)
    print(del_ok, l.count(2), catch(l.remove, 99))
    e = m.dict(a=1)
    print(e, m.list([1, "a"]), m.Namespace(b=2, a="s"), m.Value("d", 1.5), v)
    print(m.list([3, 1, 2]).index(1))
    q = m.Queue()
    q.put(1)
    print(q.get(), m.Lock().acquire(), m.Event().is_set())
    m.__exit__(None, None, None)


# Output:
# [1, 2, 3, 'k1', 'k2', 'k3'] 6 True 9 None x [0, 1, 2, 3] 4 0 True
# [('k1', 1), ('k2', 2)] [0, 1, 2, 3] 1 True 5
# KeyError: 'nope' AttributeError: 'Namespace' object has no attribute 'nope' 1 gone 7 7
# first 1 ValueError: list.remove(x): x not in list
# {'a': 1} [1, 'a'] Namespace(a='s', b=2) Value('d', 1.5) Value('i', 5)
# 1
# 1 True False
