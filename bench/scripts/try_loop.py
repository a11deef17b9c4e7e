# A loop whose body is wrapped in try/except (compare with plain_loop.py).
def run(n):
    d = {"a": 1}
    total = 0
    for i in range(n):
        try:
            total += d["a"] + i % 7
        except KeyError:
            total -= 1
    return total

assert run(1000000) > 0
