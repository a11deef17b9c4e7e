# Functions: defaults, *args, **kwargs, keyword-only, lambda, closures, global, nonlocal, recursion.
def greet(name, greeting="Hello", *rest, punct="!", **extra):
    return "%s, %s%s %s %s" % (greeting, name, punct, rest, sorted(extra.items()))

print(greet("Ann"))
print(greet("Bob", "Hi", 1, 2, punct="?", x=1, y=2))
print(greet(greeting="Yo", name="Cy"))

def kwonly(a, *, b, c=3):
    return a + b + c
print(kwonly(1, b=2), kwonly(1, b=2, c=10))

square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), list(map(lambda v: v * 2, [1, 2, 3])))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])

counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print("counter", counter)

def reader():
    return counter
counter = 100
print("reader sees", reader())

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = make_counter()
c(); c(5)
print("closure", c())

def outer():
    x = "outer"
    def inner():
        return x
    return inner()
print(outer())

def varargs(*args, **kwargs):
    return len(args), kwargs
print(varargs(*[1, 2, 3], **{"k": "v"}))
args = (1, 2)
print(greet(*("Dee",), **{"punct": "."}))
def default_list(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(default_list(1), default_list(2))
print(fact.__name__, callable(fact), callable(3))

# Output:
# Hello, Ann! () []
# Hi, Bob? (1, 2) [('x', 1), ('y', 2)]
# Yo, Cy! () []
# 6 13
# 49 11 3 [2, 4, 6]
# 2432902008176640000 265252859812191058636308480000000
# [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377]
# counter 2
# reader sees 100
# closure 7
# outer
# (3, {'k': 'v'})
# Hello, Dee. () []
# [1] [2]
# fact True False
