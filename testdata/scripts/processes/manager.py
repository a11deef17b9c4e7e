# Manager proxies updated by several children.
import multiprocessing as mp

def record(d, l, ns, i):
    d[i] = i * 10
    l.append(i)
    ns.total = i

if __name__ == "__main__":
    with mp.Manager() as m:
        d = m.dict()
        l = m.list()
        ns = m.Namespace()
        ps = [mp.Process(target=record, args=(d, l, ns, i)) for i in range(3)]
        for p in ps: p.start()
        for p in ps: p.join()
        print(sorted(d.items()), sorted(l), len(d), len(l), ns.total in (0, 1, 2))
        d["x"] = "y"
        print(d["x"], "x" in d, dict(d)["x"])

# Output:
# [(0, 0), (1, 10), (2, 20)] [0, 1, 2] 3 3 True
# y True y
