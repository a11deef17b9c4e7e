# Recursive fib(27): the cost of pure interpretation.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

assert fib(27) == 196418
