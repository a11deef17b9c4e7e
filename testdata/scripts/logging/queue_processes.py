# logging.handlers: records from worker processes through a multiprocessing.Queue to a QueueListener.
import logging
import logging.handlers
import multiprocessing
import sys

def worker(q, n):
    log = logging.getLogger("w")
    log.addHandler(logging.handlers.QueueHandler(q))
    log.setLevel(logging.INFO)
    log.info("hello from %d", n)

if __name__ == "__main__":
    q = multiprocessing.Queue()
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter("%(processName)s %(name)s %(levelname)s %(funcName)s %(message)s"))
    listener = logging.handlers.QueueListener(q, h)
    listener.start()
    ps = [multiprocessing.Process(target=worker, args=(q, i), name="P%d" % i) for i in range(2)]
    for p in ps: p.start()
    for p in ps: p.join()
    listener.stop()

# Unordered output:
# P0 w INFO worker hello from 0
# P1 w INFO worker hello from 1
