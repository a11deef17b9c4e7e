# ProcessPoolExecutor: calls beyond those handed to the workers stay pending
# and are cancelled by shutdown(cancel_futures=True); map's timeout;
# as_completed and wait over process futures; a program that ends without
# shutdown() still runs what it submitted.
import time
from concurrent.futures import ProcessPoolExecutor, as_completed, wait, FIRST_COMPLETED


def sq(x):
    return x * x


def nap(x):
    time.sleep(x)
    return x


if __name__ == '__main__':
    ex = ProcessPoolExecutor(1)
    fs = [ex.submit(nap, 0.3)] + [ex.submit(sq, i) for i in range(6)]
    # While the first call sleeps, at most the worker's call and a queue of
    # max_workers + 1 are handed over: the last four are still pending.
    ex.shutdown(wait=True, cancel_futures=True)
    print(fs[0].cancelled(), fs[0].result(), [f.cancelled() for f in fs[3:]],
          all(f.done() for f in fs))
    try:
        ex.submit(sq, 1)
    except RuntimeError as e:
        print(e)

    with ProcessPoolExecutor(2) as ex:
        print(sorted(f.result() for f in as_completed([ex.submit(sq, i) for i in range(6)])))
        slow = ex.submit(nap, 0.5)
        quick = ex.submit(sq, 3)
        d = wait([slow, quick], return_when=FIRST_COMPLETED)
        print(quick in d.done, slow in d.not_done)
        it = ex.map(nap, [0.5, 0], timeout=0.1)
        try:
            list(it)
        except TimeoutError:
            print("map timed out")

    ex = ProcessPoolExecutor(2)
    fs = [ex.submit(sq, i) for i in range(8)]
    fs[-1].add_done_callback(lambda f: print("last result", f.result()))
    print("main ends")


# Output:
# False 0.3 [True, True, True, True] True
# cannot schedule new futures after shutdown
# [0, 1, 4, 9, 16, 25]
# True True
# map timed out
# main ends
# last result 49
