# An exception escaping a thread is reported by threading.excepthook and
# the program goes on; the hook can be replaced.
import threading

def bad():
    raise ValueError("bad thing in thread")

t = threading.Thread(target=bad, name="Worker-A")
t.start(); t.join()
print("main continues")

def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)

threading.excepthook = hook
t = threading.Thread(target=bad, name="Worker-B")
t.start(); t.join()
print("done")

# Output:
# main continues
# hook: ValueError bad thing in thread Worker-B
# done
# Stderr:
# Exception in thread Worker-A:
# Traceback (most recent call last):
#     raise ValueError("bad thing in thread")
# ValueError: bad thing in thread
