counter = 0
def bump():
    global counter
    counter += 1
def show():
    print("counter", counter)
bump(); bump(); show()
print(counter)

def make():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = make()
inc(); inc()
print(get(), inc())

def outer():
    x = "outer"
    def mid():
        def inner():
            global x
            x = "global"
        inner()
        return x
    return mid()
print(outer(), x)

# Output:
# counter 2
# 2
# 2 3
# outer global
