package queue

import (
	"bytes"
	"context"
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/builtins/threading"
	"github.com/pyconc/pyconc/internal/core"
)

// The harness runs a Starlark program as the main thread of a runtime with
// the queue and threading modules and helpers: sleep(s), now(),
// catch(f, *args) -> "Type: msg" or None, subclass(name, base, {methods}).

var fileOptions = &syntax.FileOptions{Set: true, While: true, TopLevelControl: true, GlobalReassign: true, Recursion: true}

func excText(err error) string {
	var pe *core.PyError
	if !errors.As(err, &pe) {
		return "error: " + err.Error()
	}
	c := pe.Value.Class
	name := c.QualName
	if c.Module != "builtins" {
		name = c.Module + "." + name
	}
	if msg := core.ExcMessage(pe.Value); msg != "" {
		return name + ": " + msg
	}
	return name
}

func builtin(name string, f func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)) *starlark.Builtin {
	return starlark.NewBuiltin(name, func(th *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return f(th, args, kwargs)
	})
}

// keyed is a Go value whose instances compare by their "k" attribute, as a
// script class with __lt__ would once the object model honours it.
type keyed struct {
	k int
	v string
}

func (k *keyed) String() string        { return k.v }
func (k *keyed) Type() string          { return "keyed" }
func (k *keyed) Freeze()               {}
func (k *keyed) Truth() starlark.Bool  { return true }
func (k *keyed) Hash() (uint32, error) { return uint32(k.k), nil }
func (k *keyed) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	return starlark.CompareDepth(op, starlark.MakeInt(k.k), starlark.MakeInt(y.(*keyed).k), depth)
}

type result struct {
	out, err string
	runErr   error
	rt       *core.Runtime
}

func runWith(t testing.TB, src string, setup func(rt *core.Runtime)) result {
	t.Helper()
	var out, errb bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	rt := core.NewRuntime(ctx)
	rt.Stdout, rt.Stderr = core.NewOutput(&out), core.NewOutput(&errb)
	if setup != nil {
		setup(rt)
	}
	qm, _ := Make(rt)
	tm, _ := threading.Make(rt)
	pre := core.Universe()
	pre["queue"], pre["threading"] = qm, tm
	pre["sleep"] = builtin("sleep", func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		s, err := threading.Seconds(args[0], "a number")
		if err != nil {
			return nil, err
		}
		return starlark.None, core.Sleep(th, threading.Duration(s))
	})
	pre["now"] = builtin("now", func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return starlark.Float(float64(time.Now().UnixNano()) / 1e9), nil
	})
	pre["keyed"] = builtin("keyed", func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var k int
		var v string
		if err := starlark.UnpackPositionalArgs("keyed", args, kwargs, 2, &k, &v); err != nil {
			return nil, err
		}
		return &keyed{k, v}, nil
	})
	pre["catch"] = builtin("catch", func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if _, err := starlark.Call(th, args[0], args[1:], kwargs); err != nil {
			return starlark.String(excText(err)), nil
		}
		return starlark.None, nil
	})
	pre["subclass"] = builtin("subclass", func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var name string
		var base *core.Class
		var ns *starlark.Dict
		if err := starlark.UnpackPositionalArgs("subclass", args, kwargs, 3, &name, &base, &ns); err != nil {
			return nil, err
		}
		dict := map[string]starlark.Value{}
		for _, kv := range ns.Items() {
			dict[string(kv[0].(starlark.String))] = kv[1]
		}
		return core.NewClass(name, "__main__", []*core.Class{base}, dict, nil)
	})
	ts := rt.NewThread("MainThread")
	ts.Thread.Print = func(_ *starlark.Thread, msg string) { _, _ = rt.Stdout.WriteString(msg + "\n") }
	runErr := rt.RunMain(ts, func() error {
		_, err := starlark.ExecFileOptions(fileOptions, ts.Thread, "main.star", src, pre)
		if werr := threading.WaitForThreads(ts.Thread); err == nil {
			err = werr
		}
		return err
	})
	rt.Close()
	return result{out.String(), errb.String(), runErr, rt}
}

func expect(t *testing.T, src, want string) {
	t.Helper()
	r := runWith(t, src, nil)
	if r.runErr != nil {
		t.Fatalf("error: %v\nstdout:\n%s\nstderr:\n%s", r.runErr, r.out, r.err)
	}
	if strings.TrimSpace(r.out) != strings.TrimSpace(want) {
		t.Errorf("stdout:\n%s\nwant:\n%s\nstderr:\n%s", r.out, want, r.err)
	}
}

func noLeak(t *testing.T, f func()) {
	t.Helper()
	before := runtime.NumGoroutine()
	f()
	for end := time.Now().Add(2 * time.Second); runtime.NumGoroutine() > before && time.Now().Before(end); {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines before, %d after", before, n)
	}
}

func TestQueueBasics(t *testing.T) {
	expect(t, `
small = queue.Queue(2)
small.put("a")
small.put("b")
print(small.full(), small.qsize(), small.maxsize, small.unfinished_tasks, small.queue)
print(small.get() + small.get(), small.empty())
print(catch(small.get_nowait), catch(small.get, False), catch(small.get, timeout=-1))
b = now()
print(catch(small.get, timeout=0.05), now() - b >= 0.05)
small.put(1); small.put(2)
print(catch(small.put_nowait, 3), catch(small.put, 3, False), catch(small.put, 3, timeout=-1))
b = now()
print(catch(small.put, 3, True, 0.05), now() - b >= 0.05)
for i in range(4):
    small.task_done()
print(catch(small.task_done))
u = queue.Queue()
print(catch(u.put, 1, timeout=-1), u.full(), u.maxsize)
print(queue.Empty, queue.Full, queue.Empty.__mro__[1])
print(str(u).startswith("<queue.Queue object at 0x"))
`, `True 2 2 2 ['a', 'b']
ab True
_queue.Empty _queue.Empty ValueError: 'timeout' must be a non-negative number
_queue.Empty True
queue.Full queue.Full ValueError: 'timeout' must be a non-negative number
queue.Full True
ValueError: task_done() called too many times
None False 0
<class '_queue.Empty'> <class 'queue.Full'> <class 'Exception'>
True`)
}

func TestQueueWorkersM04(t *testing.T) {
	noLeak(t, func() {
		expect(t, `
q = queue.Queue(5)
lock = threading.Lock()
results = []
def worker():
    while True:
        item = q.get()
        if item == "stop":
            q.task_done()
            break
        sleep(0.002)
        lock.acquire()
        results.append(item * item)
        lock.release()
        q.task_done()
threads = [threading.Thread(target=worker) for i in range(3)]
for t in threads:
    t.start()
for n in range(1, 21):
    q.put(n)
q.join()
print(len(results), 0)
total = 0
for r in results:
    total += r
print(total, q.qsize(), q.empty())
for t in threads:
    q.put("stop")
q.join()
for t in threads:
    t.join()
print(threading.active_count() == 1)
`, "20 0\n2870 0 True\nTrue")
	})
}

func TestLifoPriority(t *testing.T) {
	expect(t, `
lifo = queue.LifoQueue()
for w in ["One", "Two", "Three"]:
    lifo.put(w)
print(lifo.qsize(), [lifo.get() for i in range(3)])
stack = queue.LifoQueue()
def waiter():
    print("got", stack.get())
w = threading.Thread(target=waiter); w.start()
sleep(0.05)
print(w.is_alive())
stack.put("late")
w.join()
pq = queue.PriorityQueue()
for x in [(3, "c"), (1, "a"), (5, "e"), (2, "b"), (4, "d"), (2, "a")]:
    pq.put(x)
out = []
while not pq.empty():
    out.append(pq.get())
print(out)
for x in [30, 10, 20, 5, 50, 1]:
    pq.put(x)
print([pq.get() for i in range(6)])
for k in [3, 1, 2]:
    pq.put(keyed(k, "k%d" % k))
print([str(pq.get()) for i in range(3)])
pq.put(1)
print(catch(pq.put, "x") != None)
`, `3 ['Three', 'Two', 'One']
True
got late
[(1, 'a'), (2, 'a'), (2, 'b'), (3, 'c'), (4, 'd'), (5, 'e')]
[1, 5, 10, 20, 30, 50]
['k1', 'k2', 'k3']
True`)
}

func TestSimpleQueueAndSubclass(t *testing.T) {
	expect(t, `
s = queue.SimpleQueue()
s.put(1); s.put_nowait(2); s.put(3, False, 1)
print(s.qsize(), s.empty(), s.get(), s.get_nowait(), s.get(timeout=0.01))
print(catch(s.get_nowait), catch(s.get, timeout=-1), catch(s.get, timeout=0.01))
print(catch(queue.SimpleQueue, 1), str(s).startswith("<_queue.SimpleQueue object at"))
def init(self, tag):
    queue.Queue.__init__(self, 3)
    self.tag = tag
def put2(self, item):
    queue.Queue.put(self, item)
    queue.Queue.put(self, item)
Twice = subclass("Twice", queue.Queue, {"__init__": init, "put2": put2})
tq = Twice("t")
tq.put2("x")
print(tq.tag, tq.qsize(), tq.maxsize, tq.get(), tq.full())
Pq = subclass("Pq", queue.PriorityQueue, {})
p = Pq()
p.put(2); p.put(1)
print(p.get())
`, `3 False 1 2 3
_queue.Empty ValueError: 'timeout' must be a non-negative number _queue.Empty
TypeError: SimpleQueue() takes no arguments True
t 2 3 x False
1`)
}

func TestQueueCtrlCAndDeadlock(t *testing.T) {
	noLeak(t, func() {
		r := runWith(t, "queue.Queue().get()", func(rt *core.Runtime) {
			time.AfterFunc(100*time.Millisecond, rt.InterruptMain)
		})
		var pe *core.PyError
		if !errors.As(r.runErr, &pe) || pe.Value.Class != core.KeyboardInterrupt {
			t.Errorf("get: error %v, want KeyboardInterrupt", r.runErr)
		}
	})
	noLeak(t, func() {
		r := runWith(t, "q = queue.Queue(1)\nq.put(1)\nq.put(2, timeout=30)", func(rt *core.Runtime) {
			time.AfterFunc(100*time.Millisecond, rt.InterruptMain)
		})
		var pe *core.PyError
		if !errors.As(r.runErr, &pe) || pe.Value.Class != core.KeyboardInterrupt {
			t.Errorf("put: error %v, want KeyboardInterrupt", r.runErr)
		}
	})
	noLeak(t, func() {
		r := runWith(t, `
q = queue.Queue()
def w():
    q.get()
threading.Thread(target=w).start()
q.put(1)
q.join()
`, nil)
		var de *core.DeadlockError
		if !errors.As(r.rt.Err(), &de) {
			t.Errorf("join: runtime error %v, want deadlock", r.rt.Err())
		}
	})
}
