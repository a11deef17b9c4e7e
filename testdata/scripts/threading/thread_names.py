# Thread names, idents, native ids, daemon flags, reprs, the current and
# main threads, a subclass overriding run, and the old camelCase aliases.
import threading

def worker(greeting, who="x"):
    print(greeting, who, threading.current_thread().name, threading.currentThread() == me[0])
me = [None]
t = threading.Thread(target=worker, args=("hi",), kwargs={"who": "w"})
me[0] = t
print(t.name, t.ident, t.native_id, t.daemon, t.is_alive())
print(repr(t))
t.start(); t.join()
print(t.is_alive(), t.ident > 0, t.native_id > 0)
print(str(t).startswith("<Thread(Thread-1 (worker), stopped "))
class Sub(threading.Thread):
    def run(self):
        print("run", threading.current_thread() == self, threading.current_thread().extra)
s = Sub()
s.extra = 42
print(s.name)
s.start(); s.join()
u = threading.Thread(target=worker, name="named", args=("yo",))
print(u.getName()); u.setName("renamed"); print(u.name); u.name = "again"; print(u.getName())
v = threading.Thread(target=lambda: None)
print(v.name)
print(threading.current_thread().name, type(threading.current_thread()), threading.main_thread() == threading.current_thread())
print(str(threading.current_thread()).startswith("<_MainThread(MainThread, started "))
print(threading.get_ident() == threading.current_thread().ident, threading.get_native_id() == threading.main_thread().native_id)
print(threading.TIMEOUT_MAX == 9223372036.0, threading.ThreadError)
d = threading.Thread(target=worker, daemon=True)
print(d.daemon, d.isDaemon()); d.daemon = False; d.setDaemon(True); print(d.daemon)

# Output:
# Thread-1 (worker) None None False False
# <Thread(Thread-1 (worker), initial)>
# hi w Thread-1 (worker) True
# False True True
# True
# Thread-2
# run True 42
# named
# renamed
# again
# Thread-3 (<lambda>)
# MainThread <class 'threading._MainThread'> True
# True
# True True
# True <class 'RuntimeError'>
# True True
# True
