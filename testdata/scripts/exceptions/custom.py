# Custom exception classes, raise from, with, suppression.
class AppError(Exception):
    pass

class WorkerError(AppError):
    def __init__(self, worker, reason):
        super().__init__("%s failed: %s" % (worker, reason))
        self.worker = worker
        self.reason = reason

try:
    raise WorkerError("w1", "timeout")
except AppError as e:
    print(type(e).__name__, e, e.worker, e.reason, e.args)

class Plain(Exception):
    def __init__(self, code):
        self.code = code

try:
    raise Plain(7)
except Plain as e:
    print("Plain", e.code, e.args, repr(e))

try:
    try:
        {}["x"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print("cause:", repr(e.__cause__))

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Resource("a") as r:
    print("inside", r.name)

with Resource("outer") as o, Resource("inner") as i:
    print("both", o.name, i.name)

with Resource("quiet", suppress=True):
    raise RuntimeError("suppressed")
print("after suppressed")

try:
    with Resource("loud"):
        raise RuntimeError("propagates")
except RuntimeError as e:
    print("caught", e)

def early():
    with Resource("ret"):
        return "returned inside with"
print(early())

for i in range(3):
    with Resource("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)

try:
    raise 42
except TypeError as e:
    print("TypeError:", e)

# Output:
# WorkerError w1 failed: timeout w1 timeout ('w1 failed: timeout',)
# Plain 7 (7,) Plain(7)
# cause: KeyError('x')
# enter a
# inside a
# exit a None None
# enter outer
# enter inner
# both outer inner
# exit inner None None
# exit outer None None
# enter quiet
# exit quiet RuntimeError suppressed
# after suppressed
# enter loud
# exit loud RuntimeError propagates
# caught propagates
# enter ret
# exit ret None None
# returned inside with
# enter loop0
# body 0
# exit loop0 None None
# enter loop1
# exit loop1 None None
# enter loop2
# exit loop2 None None
# TypeError: exceptions must derive from BaseException
