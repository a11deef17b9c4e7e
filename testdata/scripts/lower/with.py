class Mgr:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t is not None)
        return self.name == "swallow"

def f():
    with Mgr("a") as x, Mgr("b") as y:
        print(x, y)
        return x + y
print(f())

with Mgr("swallow"):
    raise ValueError("gone")
print("after")

def g():
    for i in range(3):
        with Mgr(str(i)) as v:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", v)
g()

class Box:
    pass
b = Box()
with Mgr("t") as b.attr:
    pass
print(b.attr)

class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
with Pair() as (p, q):
    print(p, q)

# Output:
# enter a
# enter b
# A B
# exit b False
# exit a False
# AB
# enter swallow
# exit swallow True
# after
# enter 0
# body 0
# exit 0 False
# enter 1
# exit 1 False
# enter 2
# exit 2 False
# enter t
# exit t False
# T
# 1 2
