# The loop of try_loop.py without the try/except.
def run(n):
    d = {"a": 1}
    total = 0
    for i in range(n):
        total += d["a"] + i % 7
    return total

assert run(1000000) > 0
