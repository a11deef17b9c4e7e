# Globals that pyconc cannot carry to a child started by 'fork' (a lock of
# threading, an open file) do not stop a child that does not use them.
# (pyconc's error when one is used is checked by TestForkUncarried.)
import multiprocessing as mp
import sys
import threading

lock = threading.Lock()
log = open(__file__)


def quiet(q):
    q.put("no use of lock: fine")


q = mp.Queue()
for target in (quiet, quiet):
    p = mp.Process(target=target, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode)
log.close()

# Output:
# no use of lock: fine
# 0
# no use of lock: fine
# 0
