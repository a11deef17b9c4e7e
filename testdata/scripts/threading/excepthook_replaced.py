# A replaced threading.excepthook gets the exception's type, value,
# traceback and thread, and may call threading.__excepthook__; a hook that
# raises is reported as "Exception in threading.excepthook".
import threading

class M(threading.Thread):
    def run(self):
        threading.Lock().release()
def hook(args):
    print("hook", args.exc_type, args.exc_value.args if False else "", args.thread == m, args.thread.name)
    print(type(args), str(args.exc_traceback).startswith("<traceback object at"))
    threading.__excepthook__(args)
threading.excepthook = hook
m = M(); m.start(); m.join()
def badhook(args):
    threading.Lock().release()
threading.excepthook = badhook
m2 = M(); m2.start(); m2.join()
threading.excepthook = threading.__excepthook__
print("end")

# Output:
# hook <class 'RuntimeError'>  True Thread-1
# <class '_thread._ExceptHookArgs'> True
# end
# Stderr:
# Exception in thread Thread-1:
# Traceback (most recent call last):
#   File "excepthook_replaced.py", line 8, in run
#     threading.Lock().release()
# RuntimeError: release unlocked lock
# Exception in threading.excepthook:
# Traceback (most recent call last):
#   File "excepthook_replaced.py", line 16, in badhook
#     threading.Lock().release()
# RuntimeError: release unlocked lock
