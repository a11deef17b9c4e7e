def helper():
    return "global helper"

class Base:
    """A base."""
    count = 0
    def __init__(self, name):
        self.name = name
        Base.count += 1
    def helper(self):
        return "method helper -> " + helper()
    def __str__(self):
        return "Base(" + self.name + ")"

class Child(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
    def describe(self):
        return str(self) + "+" + self.extra

c = Child("c", "x")
print(c.describe(), c.helper(), Base.count, Base.__doc__)

def factory():
    class Local:
        kind = "local"
        def get(self):
            return self.kind
    return Local
L = factory()
print(L().get(), L.__qualname__)

x = "global x"
class Scope:
    x = "class x"
    y = x + "!"
    def m(self):
        return x
print(Scope().m(), Scope.y, Scope.x)

class Cond:
    if True:
        a = 1
    else:
        b = 2
print(Cond.a, hasattr(Cond, "b") if False else "ok")

class S:
    @staticmethod
    def twice(v):
        return v * 2
print(S.twice(4))

class Prop:
    def __init__(self):
        self._v = 0
    def get(self):
        return self._v
print(Prop().get())

# Output:
# Base(c)+x method helper -> global helper 1 A base.
# local factory.<locals>.Local
# global x class x! class x
# 1 ok
# 8
# 0
