# Slice assignment takes any iterable: str, tuple, range, the list itself,
# an instance with __iter__ or __getitem__; anything else is a TypeError.

l = [1, 2, 3, 4]
l[1:3] = "ab"
print(l)
l[:] = (5, 6)
print(l)
l[len(l):] = range(3)
print(l)
l[1::2] = l[:2]
print(l)
l[:0] = l
print(l)


class Pair:
    def __iter__(self):
        return iter([7, 8])


class Squares:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i


l[0:2] = Pair()
print(l)
l[2:] = Squares()
print(l)
for bad in (5, None):
    try:
        l[0:1] = bad
    except TypeError as e:
        print("TypeError:", e)


class Broken:
    def __iter__(self):
        raise TypeError("broken __iter__")


try:
    l[0:1] = Broken()
except TypeError as e:
    print("TypeError:", e)

# Output:
# [1, 'a', 'b', 4]
# [5, 6]
# [5, 6, 0, 1, 2]
# [5, 5, 0, 6, 2]
# [5, 5, 0, 6, 2, 5, 5, 0, 6, 2]
# [7, 8, 0, 6, 2, 5, 5, 0, 6, 2]
# [7, 8, 0, 1, 4]
# TypeError: can only assign an iterable
# TypeError: can only assign an iterable
# TypeError: can only assign an iterable
