# A Pool under 'fork': workers named ForkPoolWorker-N, no guard, the
# globals of the moment the pool started.
import multiprocessing as mp

factor = 3


def scale(x):
    return x * factor, mp.current_process().name.startswith("ForkPoolWorker-")


factor = 5
with mp.Pool(2) as pool:
    print(pool.map(scale, [1, 2, 3]))
    print(pool.apply(scale, (10,)))

# Output:
# [(5, True), (10, True), (15, True)]
# (50, True)
