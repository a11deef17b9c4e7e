# Under 'fork' the child has the definitions the parent made inside if,
# try and with statements: the branch the parent took (a def in each
# branch of an if), an import guarded by try/except ImportError (also one
# that failed in the parent), a class defined in a with block.
import multiprocessing as mp
import sys
import threading

MODE = len(sys.argv) + 1   # 2

if MODE == 1:
    def helper(x):
        return "first %d" % x
elif MODE == 2:
    def helper(x):
        return "second %d" % x
else:
    def helper(x):
        return "third %d" % x

if MODE == 2:
    def other():
        return "other from the if"
else:
    def other():
        return "other from the else"

try:
    import json
except ImportError:
    json = None

try:
    import no_such_module_for_pyconc
except ImportError:
    no_such_module_for_pyconc = None

lock = threading.Lock()
with lock:
    class Box:
        def __init__(self, v):
            self.v = v

        def show(self):
            return "Box(%r)" % self.v


def work(q):
    q.put(helper(3))
    q.put(other())
    q.put(json.dumps({"a": [1, 2]}))
    q.put(no_such_module_for_pyconc)
    q.put(Box(5).show())


if __name__ == "__main__":
    mp.set_start_method("fork")
    q = mp.Queue()
    p = mp.Process(target=work, args=(q,))
    p.start()
    for _ in range(5):
        print(q.get())
    p.join()
    print("exitcode", p.exitcode)

# Output:
# second 3
# other from the if
# {"a": [1, 2]}
# None
# Box(5)
# exitcode 0
