# DictProxy: del d[k], pop, popitem, setdefault, update, clear, keys/values/
# items (lists), get, copy, in, len; a child deleting and popping.
import multiprocessing as mp

def child(d):
    del d["gone"]
    d["popped"] = d.pop("moved")
    print("child sees", sorted(d.keys()))
if __name__ == "__main__":
    m = mp.Manager()
    d = m.dict(a=1, b=2, c=3)
    del d['a']
    print(sorted(d.items()), len(d), 'a' in d, 'b' in d)
    try:
        del d['zz']
    except KeyError as e:
        print('KeyError', e)
    print(d.pop('b'), d.pop('q', 'dflt'))
    try: d.pop('q')
    except KeyError as e: print('KeyError', e)
    print(d.setdefault('c', 9), d.setdefault('n', 7), d.setdefault('z'))
    d.update({'x': 1}, y=2); d.update([('w', 0)])
    print(sorted(d.keys()), sorted(d.values(), key=repr), d.get('x'), d.get('nope'), d.get('nope', 5))
    print(type(d.copy()).__name__, sorted(d.copy().items(), key=repr))
    print(d.popitem())
    d.clear(); print(len(d), d.copy())
    try: d.popitem()
    except KeyError as e: print('KeyError', e)
    d[1] = 'one'; print(repr(d[1]), str(d) == str({1: 'one'}), list(d), d.keys(), d.values(), d.items())
    d.clear()
    d.update(gone=1, moved=2, kept=3)
    p = mp.Process(target=child, args=(d,))
    p.start()
    p.join()
    print(sorted(d.items(), key=repr), p.exitcode)

# Output:
# [('b', 2), ('c', 3)] 2 False True
# KeyError 'zz'
# 2 dflt
# KeyError 'q'
# 3 7 None
# ['c', 'n', 'w', 'x', 'y', 'z'] [0, 1, 2, 3, 7, None] 1 None 5
# dict [('c', 3), ('n', 7), ('w', 0), ('x', 1), ('y', 2), ('z', None)]
# ('w', 0)
# 0 {}
# KeyError 'popitem(): dictionary is empty'
# 'one' True [1] [1] ['one'] [(1, 'one')]
# child sees ['kept', 'popped']
# [('kept', 3), ('popped', 2)] 0
