# Container and call protocols of script classes.
class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __iter__(self):
        return iter(self.items)

    def __call__(self, extra):
        return len(self.items) + extra

    def __bool__(self):
        return len(self.items) > 0


b = Bag(3, 1, 2)
print(len(b), 2 in b, 9 in b, b[0], b[-1])
b[0] = 10
print(b[0], list(b), sorted(b), b(100), bool(b), bool(Bag()))
for x in b:
    print("item", x)
if not Bag():
    print("empty bag is false")


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)), [x * 2 for x in Countdown(2)])


class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def unit():
        return "C"

    @classmethod
    def freezing(cls):
        return cls(0)


t = Temp(100)
print(t.celsius, t.fahrenheit, Temp.unit(), t.unit(), Temp.freezing().celsius)
t.celsius = 37
print(t.celsius, round(t.fahrenheit, 1))

# Output:
# 3 True False 3 2
# 10 [10, 1, 2] [1, 2, 10] 103 True False
# item 10
# item 1
# item 2
# empty bag is false
# [3, 2, 1] [4, 2]
# 100 212.0 C C 0
# 37 98.6
