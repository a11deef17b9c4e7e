# Comprehensions, generator expressions, unpacking.
squares = [x * x for x in range(6)]
evens = [x for x in range(20) if x % 2 == 0 if x % 3 == 0]
pairs = [(x, y) for x in range(3) for y in "ab"]
d = {k: v for k, v in zip("abc", range(3))}
s = {x % 3 for x in range(10)}
print(squares, evens)
print(pairs)
print(d, sorted(s))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(sorted(set([3, 1, 2, 3])), {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2})
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
head, *mid, tail = range(5)
print(first, rest, init, last, head, mid, tail)
print([*range(3), *"ab"], (*[1, 2], 3), {**{"a": 1}, "b": 2, **{"a": 3}})
m = [[i * j for j in range(3)] for i in range(3)]
print(m, m[2][1])
nums = [5, 3, 8, 1]
nums.sort()
print(nums, sorted(nums, reverse=True), sorted(["bb", "a", "ccc"], key=len))
nums.reverse()
print(nums, nums.copy(), nums.count(3), nums.index(8))
lst = [1, 2, 3, 4, 5, 6]
print(lst[1:4], lst[::-1], lst[-2:], lst[:2], lst[::2])
lst[1:3] = ["x"]
print(lst)

# Output:
# [0, 1, 4, 9, 16, 25] [0, 6, 12, 18]
# [(0, 'a'), (0, 'b'), (1, 'a'), (1, 'b'), (2, 'a'), (2, 'b')]
# {'a': 0, 'b': 1, 'c': 2} [0, 1, 2]
# 5050 3
# [1, 2, 3] {1, 2, 3} {2} {1}
# 2 1
# 1 2 3
# 1 [2, 3, 4] ['a', 'b', 'c'] d 0 [1, 2, 3] 4
# [0, 1, 2, 'a', 'b'] (1, 2, 3) {'a': 3, 'b': 2}
# [[0, 0, 0], [0, 1, 2], [0, 2, 4]] 2
# [1, 3, 5, 8] [8, 5, 3, 1] ['a', 'bb', 'ccc']
# [8, 5, 3, 1] [8, 5, 3, 1] 1 0
# [2, 3, 4] [6, 5, 4, 3, 2, 1] [5, 6] [1, 2] [1, 3, 5]
# [1, 'x', 4, 5, 6]
