# The deprecated aliases of threading warn as CPython 3.11's do: once per
# call site (a loop warns once), only for calls from __main__ (not from an
# imported module), with the file:line: prefix and the source line.
# Thread.isAlive (removed in 3.9) is accepted with the same kind of warning
# when it exists; the output does not depend on it.
import threading
import _deprecated_helper

for i in range(3):
    t = threading.currentThread()
print(threading.activeCount())
print(t.getName()); t.setName("Main"); print(t.isDaemon(), t.name)
e = threading.Event(); e.set(); print(e.isSet())
c = threading.Condition()
with c:
    c.notifyAll()
def f():
    try:
        return threading.currentThread().getName()
    finally:
        pass
print(f(), f())
th = threading.Thread(target=f); th.start(); th.join()
x = threading.Thread(name="x"); x.setDaemon(True); print(x.daemon)
print(_deprecated_helper.name())
alive = getattr(x, "isAlive", None)
print(alive is None or alive() is False)

# Output:
# 1
# MainThread
# False Main
# True
# Main Main
# True
# Main
# True
# Stderr:
# re:.*deprecated_aliases\.py:10: DeprecationWarning: currentThread\(\) is deprecated, use current_thread\(\) instead
#   t = threading.currentThread()
# re:.*deprecated_aliases\.py:11: DeprecationWarning: activeCount\(\) is deprecated, use active_count\(\) instead
#   print(threading.activeCount())
# re:.*deprecated_aliases\.py:12: DeprecationWarning: getName\(\) is deprecated, get the name attribute instead
#   print(t.getName()); t.setName("Main"); print(t.isDaemon(), t.name)
# re:.*deprecated_aliases\.py:12: DeprecationWarning: setName\(\) is deprecated, set the name attribute instead
#   print(t.getName()); t.setName("Main"); print(t.isDaemon(), t.name)
# re:.*deprecated_aliases\.py:12: DeprecationWarning: isDaemon\(\) is deprecated, get the daemon attribute instead
#   print(t.getName()); t.setName("Main"); print(t.isDaemon(), t.name)
# re:.*deprecated_aliases\.py:13: DeprecationWarning: isSet\(\) is deprecated, use is_set\(\) instead
#   e = threading.Event(); e.set(); print(e.isSet())
# re:.*deprecated_aliases\.py:16: DeprecationWarning: notifyAll\(\) is deprecated, use notify_all\(\) instead
#   c.notifyAll()
# re:.*deprecated_aliases\.py:19: DeprecationWarning: currentThread\(\) is deprecated, use current_thread\(\) instead
#   return threading.currentThread().getName()
# re:.*deprecated_aliases\.py:19: DeprecationWarning: getName\(\) is deprecated, get the name attribute instead
#   return threading.currentThread().getName()
# re:.*deprecated_aliases\.py:24: DeprecationWarning: setDaemon\(\) is deprecated, set the daemon attribute instead
#   x = threading.Thread(name="x"); x.setDaemon(True); print(x.daemon)
