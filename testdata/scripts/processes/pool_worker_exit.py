# A pool worker that calls os._exit ends its process at once; the task it
# was running is lost. CPython's Pool waits for it forever (here: until the
# timeout); pyconc raises WorkerLostError and replaces the worker.
import multiprocessing as mp
import os


def leave(code):
    os._exit(code)


def square(x):
    return x * x


if __name__ == "__main__":
    with mp.Pool(1) as pool:
        try:
            pool.apply_async(leave, (3,)).get(timeout=10)
        except Exception as e:
            print(type(e).__name__, str(e).split(" (pid")[0], str(e).split(")", 1)[1])
        print(pool.map(square, range(4)))

# Output:
# WorkerLostError pool worker ForkPoolWorker-1  exited with code 3 while running a task of this call (exitcode 3)
# [0, 1, 4, 9]
# Skip-python3: CPython's Pool loses the task and waits until the timeout (TimeoutError)
