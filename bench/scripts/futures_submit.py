# ThreadPoolExecutor: submit and result of 20,000 trivial tasks (a Python
# function each) on 4 workers.
from concurrent.futures import ThreadPoolExecutor


def task(x):
    return x + 1


with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(task, i) for i in range(20000)]
    total = 0
    for f in fs:
        total += f.result()
assert total == sum(range(1, 20001))
