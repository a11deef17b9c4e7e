# Dict views given to built-in functions, unpacking, json, ordering
# comparisons with sets, reversed.
d = {"b": 2, "a": 1}
print(sum(d.values()), tuple(d.items()), dict(d.items()), sorted(set(d.keys())))
print(list(zip(d.keys(), d.values())), list(enumerate(d.items())), list(reversed(d.keys())))
print("%s" % d.keys(), f"{d.items()}", ",".join(d.keys()), sorted(d.items(), key=lambda kv: kv[1]))
print(any(d.values()), all(d.keys()), min(d.keys()), list(map(str, d.values())))
import json
print(json.dumps(list(d.keys())), [*d.keys()], {**dict(d.items())})
a, b = d.values()
print(a, b, isinstance(d.keys(), object))
try:
    d.keys()[0]
except TypeError as e:
    print("TypeError", e)
try:
    hash(d.keys())
except TypeError as e:
    print("TypeError", e)
print(len(d.items()), d.items() == d.items(), d.values() == d.values())
s = set()
s |= d.keys()
print(sorted(s))
print(d.keys() - ["a"], d.keys() <= {"a", "b", "c"})
print(d.keys() < {"a", "b", "c"}, d.items() >= {("a", 1)}, d.keys() > d.keys(), {"a"} < d.keys())
print(list(reversed(d.values())), list(reversed(d.items())))

# Output:
# 3 (('b', 2), ('a', 1)) {'b': 2, 'a': 1} ['a', 'b']
# [('b', 2), ('a', 1)] [(0, ('b', 2)), (1, ('a', 1))] ['a', 'b']
# dict_keys(['b', 'a']) dict_items([('b', 2), ('a', 1)]) b,a [('a', 1), ('b', 2)]
# True True a ['2', '1']
# ["b", "a"] ['b', 'a'] {'b': 2, 'a': 1}
# 2 1 True
# TypeError 'dict_keys' object is not subscriptable
# TypeError unhashable type: 'dict_keys'
# 2 True False
# ['a', 'b']
# {'b'} True
# True True False True
# [1, 2] [('a', 1), ('b', 2)]
