package threading

import (
	"strings"
	"testing"
)

func TestSubclassOrderT02(t *testing.T) {
	// The tutorial's t02: start() returns once the new thread runs, and it
	// keeps the interpreter lock until it blocks, so Thread-1 takes the
	// lock before Thread-2 even exists.
	expect(t, `
lock = threading.Lock()
def init(self, tid, name, counter):
    threading.Thread.__init__(self)
    self.threadID = tid
    self.name = name
    self.counter = counter
def run(self):
    print("start " + self.name)
    lock.acquire()
    for i in range(3):
        sleep(0.01 * self.counter)
        print("%s: %d" % (self.name, i))
    lock.release()
myThread = subclass("myThread", threading.Thread, {"__init__": init, "run": run})
t1 = myThread(1, "Thread-1", 1)
t2 = myThread(2, "Thread-2", 2)
t1.start()
t2.start()
for t in [t1, t2]:
    t.join()
print("exit main")
`, `start Thread-1
start Thread-2
Thread-1: 0
Thread-1: 1
Thread-1: 2
Thread-2: 0
Thread-2: 1
Thread-2: 2
exit main`)
}

func TestNamesAndCurrentThread(t *testing.T) {
	expect(t, `
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
def run(self):
    print("run", threading.current_thread() == self, threading.current_thread().extra)
Sub = subclass("Sub", threading.Thread, {"run": run})
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
`, `Thread-1 (worker) None None False False
<Thread(Thread-1 (worker), initial)>
hi w Thread-1 (worker) True
False True True
True
Thread-2
run True 42
named
renamed
again
Thread-3 (<lambda>)
MainThread <class 'threading._MainThread'> True
True
True True
True <class 'RuntimeError'>
True True
True`)
}

func TestThreadErrors(t *testing.T) {
	expect(t, `
t = threading.Thread(target=print)
print(catch(t.join))
t.start()
print(catch(t.start))
t.join()
print(catch(threading.current_thread().join))
def init(self):
    pass
Bad = subclass("Bad", threading.Thread, {"__init__": init})
b = Bad()
print(catch(b.start))
print(catch(lambda: b.name))
print(catch(b.is_alive))
print(catch(b.join))
print(catch(lambda: threading.Thread(group=1)))
r = threading.Thread(target=print)
r.start()
print(catch(r.setDaemon, True))
def joinself():
    print(catch(threading.current_thread().join))
j = threading.Thread(target=joinself); j.start(); j.join()
`, `RuntimeError: cannot join thread before it is started

RuntimeError: threads can only be started once
RuntimeError: cannot join current thread
RuntimeError: thread.__init__() not called
AssertionError: Thread.__init__() not called
AssertionError: Thread.__init__() not called
RuntimeError: Thread.__init__() not called
AssertionError: group argument must be None for now

RuntimeError: cannot set daemon status of active thread
RuntimeError: cannot join current thread`)
}

func TestEnumerateActiveCount(t *testing.T) {
	expect(t, `
gate = threading.Lock()
def wait_gate():
    gate.acquire()
    gate.release()
def names():
    return ",".join(sorted([t.name for t in threading.enumerate()]))
print(threading.active_count(), threading.activeCount(), names())
gate.acquire()
ts = [threading.Thread(target=wait_gate, name="w%d" % i) for i in range(3)]
print(threading.active_count())
for t in ts:
    t.start()
print(threading.active_count(), len(threading.enumerate()), names())
gate.release()
for t in ts:
    t.join()
print(threading.active_count(), names())
`, `1 1 MainThread
1
4 4 MainThread,w0,w1,w2
1 MainThread`)
}

func TestJoinTimeout(t *testing.T) {
	expect(t, `
go = threading.Event()
def slow(label="slow"):
    go.wait()
    print(label + " done")
t = threading.Thread(target=slow, kwargs={"label": "bg"})
begin = now()
t.start()
print(t.is_alive())
t.join(0.1)
t.join(timeout=0.1)
w = now() - begin
print(t.is_alive(), w >= 0.2)
go.set()
t.join()
print(t.is_alive())
t.join(-1)
`, `True
True True
bg done
False`)
}

func TestDaemonAbandoned(t *testing.T) {
	noLeak(t, func() {
		r := expect(t, `
def forever():
    e = threading.Event()
    e.wait()
d = threading.Thread(target=forever, daemon=True)
d.start()
def sub():
    print("non-daemon inherits", threading.current_thread().daemon)
def parent():
    c = threading.Thread(target=sub)
    print(c.daemon)
d2 = threading.Thread(target=parent, daemon=True)
d2.start(); d2.join()
print("main done")
`, "True\nmain done")
		_ = r
	})
}

func TestWaitForNonDaemon(t *testing.T) {
	r := expect(t, `
def late():
    sleep(0.1)
    print("late thread done")
    threading.Thread(target=lambda: print("grandchild")).start()
threading.Thread(target=late).start()
print("main module done")
`, "main module done\nlate thread done\ngrandchild")
	if !strings.Contains(r.out, "grandchild") {
		t.Fail()
	}
}
