# 4 threads logging 50,000 records (total) through one StreamHandler to os.devnull.
import logging
import os
import threading

stream = open(os.devnull, "w")
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(asctime)s %(threadName)s %(name)s %(levelname)s %(message)s"))
log = logging.getLogger("bench")
log.addHandler(handler)
log.setLevel(logging.INFO)
log.propagate = False


def work(n, k):
    for i in range(n):
        log.info("record %d of worker %d", i, k)


threads = [threading.Thread(target=work, args=(12500, k)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
stream.close()
