for i in range(3):
    if i == 5:
        break
else:
    print("for else")
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    break
else:
    print("never")
total = 0
for i in range(4):
    if i > 0:
        print(prev)
    prev = i
def dec(tag):
    def wrap(fn):
        def inner(*a):
            return tag + "(" + fn(*a) + ")"
        return inner
    return wrap
@dec("a")
@dec("b")
def hello(x):
    return x
print(hello("h"))

# Output:
# for else
# while else 3
# 0
# 1
# 2
# a(b(h))
