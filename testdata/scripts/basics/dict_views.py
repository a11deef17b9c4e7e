# dict.keys(), values() and items() are views: live, sized, iterable, with
# in, set operators and set equality for keys and items, and their repr.
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), "a" in k, "z" in k, 2 in v, ("a", 1) in it, ("a", 2) in it)
d["c"] = 3
print(k, len(v), list(it))
print(d.keys() == {"a", "b", "c"}, d.keys() != {"a"}, {"a", "b", "c"} == d.keys())
print(d.items() == {("a", 1), ("b", 2), ("c", 3)})
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}))
print(sorted({"a", "q"} & k), sorted(["b", "x"] - k if False else {"b", "x"} - k))
print(k == d.keys(), v == v, type(k).__name__, type(v).__name__, type(it).__name__)
print(sorted(x for x in k), [y for y in v], bool(k), bool({}.keys()))
del d["a"]
print(k, v, it)
for key in d.keys():
    print("key", key)
for key, val in d.items():
    print("item", key, val)
print(list(d.values()), sorted(d), max(d.values()))
e = {}
print(e.keys(), repr(e.items()), str(d.values()))

# Output:
# dict_keys(['a', 'b']) dict_values([1, 2]) dict_items([('a', 1), ('b', 2)])
# 2 True False True True False
# dict_keys(['a', 'b', 'c']) 3 [('a', 1), ('b', 2), ('c', 3)]
# True True True
# True
# ['a'] ['a', 'b', 'c', 'z'] ['b', 'c'] ['b', 'c', 'z']
# ['a'] ['x']
# True True dict_keys dict_values dict_items
# ['a', 'b', 'c'] [1, 2, 3] True False
# dict_keys(['b', 'c']) dict_values([2, 3]) dict_items([('b', 2), ('c', 3)])
# key b
# key c
# item b 2
# item c 3
# [2, 3] ['b', 'c'] 3
# dict_keys([]) dict_items([]) dict_values([2, 3])
