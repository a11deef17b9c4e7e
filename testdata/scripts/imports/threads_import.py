# Threads importing one module at once: it runs once, the others wait for
# it to finish and see it whole.
import threading

seen = []


def worker():
    import _slow
    seen.append(_slow.VALUE)


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
import _slow
print(_slow.VALUE)

# Output:
# slow begins
# slow ends
# [42, 42, 42, 42]
# 42
