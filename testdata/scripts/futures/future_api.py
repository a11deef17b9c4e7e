# Future on its own: states, result/exception with timeout, cancel,
# callbacks (at once on a done future), set_* and InvalidStateError, repr.
import concurrent.futures as cf
from concurrent.futures import Future


def state(f):
    r = repr(f)
    return r[r.index('state='):]


f = Future()
print(state(f), f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), f.running(), state(f))
print(f.cancel(), f.cancelled())
f.add_done_callback(lambda fut: print("callback", fut.result()))
f.set_result(3)
print(state(f), f.done(), f.result(), f.exception())
f.add_done_callback(lambda fut: print("callback at once", fut.result()))
try:
    f.set_result(4)
except cf.InvalidStateError as e:
    print(type(e).__name__, str(e).split(':')[0])
try:
    f.set_exception(ValueError())
except cf.InvalidStateError as e:
    print(type(e).__name__, str(e).split(':')[0])

f = Future()
f.set_exception(KeyError('k'))
print(state(f), repr(f.exception()))
try:
    f.result()
except KeyError as e:
    print("raised", repr(e))

f = Future()
try:
    f.result(timeout=0.01)
except TimeoutError as e:
    print("timeout", repr(e))
try:
    f.exception(timeout=0)
except cf.TimeoutError as e:
    print("timeout", repr(e))

f = Future()
calls = []
f.add_done_callback(lambda fut: calls.append(fut.cancelled()))
print(f.cancel(), f.cancel(), f.cancelled(), f.done(), state(f), calls)
for get in (f.result, f.exception):
    try:
        get()
    except cf.CancelledError as e:
        print(repr(e), isinstance(e, cf._base.Error))
print(f.set_running_or_notify_cancel(), state(f))
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print(e)

f = Future()
f.set_running_or_notify_cancel()
print(f.cancel(), f.cancelled())
f.set_result([1])
print(state(f))
f = Future()
f.set_result(None)
print(state(f))
print(issubclass(cf.BrokenExecutor, RuntimeError), issubclass(cf.CancelledError, Exception))
from concurrent.futures.thread import BrokenThreadPool
print(BrokenThreadPool.__mro__[1] is cf.BrokenExecutor)

# Output:
# state=pending> False False False
# True True state=running>
# False False
# callback 3
# state=finished returned int> True 3 None
# callback at once 3
# InvalidStateError FINISHED
# InvalidStateError FINISHED
# state=finished raised KeyError> KeyError('k')
# raised KeyError('k')
# timeout TimeoutError()
# timeout TimeoutError()
# True True True True state=cancelled> [True]
# CancelledError() True
# CancelledError() True
# False state=cancelled>
# Future in unexpected state
# False False
# state=finished returned list>
# state=finished returned NoneType>
# True True
# True
# Stderr:
# re:Future \d+ in unexpected state: CANCELLED_AND_NOTIFIED
