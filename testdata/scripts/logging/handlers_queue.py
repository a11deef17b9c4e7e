# logging.handlers: QueueHandler and QueueListener (respect_handler_level), records from threads.
import logging
import logging.handlers
import queue
import sys
import os
import threading

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class Stdout:
    """sys.stdout with this folder's path left out of tracebacks."""

    def write(self, s):
        sys.stdout.write(s.replace(HERE, ""))

    def flush(self):
        sys.stdout.flush()


q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
log = logging.getLogger("q")
log.propagate = False
log.setLevel(logging.DEBUG)
log.addHandler(qh)

out = logging.StreamHandler(Stdout())
out.setFormatter(logging.Formatter("%(threadName)s %(levelname)s %(name)s %(message)s"))
only_errors = logging.StreamHandler(Stdout())
only_errors.setLevel(logging.ERROR)
only_errors.setFormatter(logging.Formatter("ERRORS-ONLY %(message)s"))

listener = logging.handlers.QueueListener(q, out, only_errors, respect_handler_level=True)
listener.start()
log.info("hello %s", "queue")
log.error("an error")
try:
    {}["missing"]
except KeyError:
    log.exception("caught")
listener.stop()
print(q.qsize(), listener._thread)

# The record put on the queue: formatted by the QueueHandler, args and exc_info dropped.
q2 = queue.Queue()
h2 = logging.handlers.QueueHandler(q2)
h2.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
log2 = logging.getLogger("q2")
log2.propagate = False
log2.addHandler(h2)
log2.warning("x=%d", 5)
r = q2.get_nowait()
print(r.msg, r.message, r.args, r.exc_info, r.getMessage(), r.levelname, r.name)

# Without respect_handler_level every handler gets every record.
listener = logging.handlers.QueueListener(q, out, only_errors)
listener.start()
log.warning("to both")
listener.stop()

# Many threads through one handler: each line whole, none lost.
results = []


class Collect(logging.Handler):
    def emit(self, record):
        results.append(self.format(record))


c = Collect()
c.setFormatter(logging.Formatter("%(threadName)s:%(message)s"))
tl = logging.getLogger("threads")
tl.propagate = False
tl.addHandler(c)


def work(k):
    for i in range(200):
        tl.warning("%d-%d", k, i)


threads = [threading.Thread(target=work, args=(k,), name="T%d" % k) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results), sorted(set(r.split(":")[0] for r in results)))
print(all(r == "T%s:%s-%s" % (r[1], r[1], r.split("-")[1]) for r in results))
print(sorted(results) == sorted("T%d:%d-%d" % (k, k, i) for k in range(4) for i in range(200)))


# Output:
# MainThread INFO q hello queue
# MainThread ERROR q an error
# ERRORS-ONLY an error
# MainThread ERROR q caught
# Traceback (most recent call last):
#   File "handlers_queue.py", line 40, in <module>
#     {}["missing"]
#     ~~^^^^^^^^^^^
# KeyError: 'missing'
# ERRORS-ONLY caught
# Traceback (most recent call last):
#   File "handlers_queue.py", line 40, in <module>
#     {}["missing"]
#     ~~^^^^^^^^^^^
# KeyError: 'missing'
# 0 None
# [WARNING] x=5 [WARNING] x=5 None None [WARNING] x=5 WARNING q2
# MainThread WARNING q to both
# ERRORS-ONLY to both
# 800 ['T0', 'T1', 'T2', 'T3']
# True
# True
