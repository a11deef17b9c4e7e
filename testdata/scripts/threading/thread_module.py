# The _thread module: start_new_thread (args, kwargs, its argument errors),
# allocate_lock and LockType shared with threading, RLock, get_ident, exit,
# stack_size, TIMEOUT_MAX, error, _count; a thread started by _thread is a
# _DummyThread for threading once it calls current_thread(); an exception
# escaping its function is printed as CPython's unraisable hook does.
import _thread
import threading

done = _thread.allocate_lock()
done.acquire()
out = []

def work(a, b=0, *, c=0):
    out.append((a, b, c, _thread.get_ident() != threading.main_thread().ident))
    done.release()

ident = _thread.start_new_thread(work, (1,), {"b": 2, "c": 3})
done.acquire()
print(out, type(ident).__name__)

def named():
    t = threading.current_thread()
    out.append((t.name, type(t).__name__, t.daemon, t.ident == _thread.get_ident()))
    done.release()
    _thread.exit()
    out.append("not reached")

_thread.start_new_thread(named, ())
done.acquire()
print(out[-1])

def fails(x):
    done.release()
    raise ValueError("bad %d" % x)

_thread.start_new_thread(fails, (7,))
done.acquire()
# The thread prints its exception after releasing the lock: wait until it
# has ended (_count falls once the exception is printed).
import time
while _thread._count():
    time.sleep(0.005)

def quits():
    try:
        raise SystemExit(3)
    finally:
        done.release()

_thread.start_new_thread(quits, ())
done.acquire()

for args in [(1, ()), (work, []), (work, (), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print(e)
try:
    _thread.start_new_thread(work)
except TypeError as e:
    print(e)

print(isinstance(threading.Lock(), _thread.LockType), threading.Lock is _thread.allocate_lock)
print(_thread.LockType, _thread.RLock, _thread.error is RuntimeError, _thread.TIMEOUT_MAX == threading.TIMEOUT_MAX)
try:
    _thread.LockType()
except TypeError as e:
    print(e)
r = _thread.RLock()
print(r.acquire(), r.acquire(), str(r).startswith("<locked _thread.RLock object owner=%d count=2" % _thread.get_ident()))
r.release(); r.release()
print(str(_thread.allocate_lock()).startswith("<unlocked _thread.lock object at 0x"), type(_thread.allocate_lock()).__name__)
print(_thread.stack_size(), _thread.stack_size(65536), _thread.stack_size(), _thread.stack_size())
for size in (100, -1):
    try:
        _thread.stack_size(size)
    except ValueError as e:
        print(e)
print(threading.stack_size is _thread.stack_size, _thread.get_ident() == threading.get_ident())
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)

# Output:
# [(1, 2, 3, True)] int
# ('Dummy-1', '_DummyThread', True, True)
# first arg must be callable
# 2nd arg must be a tuple
# optional 3rd arg must be a dictionary
# start_new_thread expected at least 2 arguments, got 1
# True True
# <class '_thread.lock'> <class '_thread.RLock'> True True
# cannot create '_thread.lock' instances
# True True True
# True lock
# 0 0 65536 0
# size not valid: 100 bytes
# size must be 0 or a positive value
# True True
# SystemExit ()
# Stderr:
# re:Exception ignored in thread started by: <function fails at 0x[0-9a-f]+>
# Traceback (most recent call last):
#   File "thread_module.py", line 34, in fails
#     raise ValueError("bad %d" % x)
# ValueError: bad 7
