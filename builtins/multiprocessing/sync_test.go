package multiprocessing

import (
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// extraPredeclared are the test scripts' helpers beyond mp_test.go's.
var extraPredeclared = starlark.StringDict{
	// kill(pid, sig) sends a signal.
	"kill": starlark.NewBuiltin("kill", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var pid, sig int
		if err := starlark.UnpackPositionalArgs("kill", args, kwargs, 2, &pid, &sig); err != nil {
			return nil, err
		}
		return starlark.None, killProcess(pid, sig)
	}),
	// hard_exit(n) is os._exit(n).
	"hard_exit": starlark.NewBuiltin("hard_exit", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var n int
		if err := starlark.UnpackPositionalArgs("hard_exit", args, kwargs, 1, &n); err != nil {
			return nil, err
		}
		os.Exit(n)
		return starlark.None, nil
	}),
	// slice(start, stop, step=None) is a slice object.
	"slice": starlark.NewBuiltin("slice", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		s := &testSlice{starlark.None, starlark.None, starlark.None}
		if err := starlark.UnpackPositionalArgs("slice", args, kwargs, 2, &s.start, &s.stop, &s.step); err != nil {
			return nil, err
		}
		return s, nil
	}),
	// now() is time.monotonic().
	"now": starlark.NewBuiltin("now", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
		return starlark.Float(float64(time.Now().UnixNano()) / 1e9), nil
	}),
	// catch(f, *args) calls f and returns "Type: message" of what it
	// raised, or None.
	"catch": starlark.NewBuiltin("catch", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		_, err := starlark.Call(th, args[0], args[1:], kwargs)
		if err == nil {
			return starlark.None, nil
		}
		var pe *core.PyError
		if errors.As(err, &pe) {
			name := pe.Value.Class.Name()
			if m := pe.Value.Class.Module; m != "builtins" && m != "" {
				name = m + "." + name
			}
			msg := core.ExcMessage(pe.Value)
			if msg == "" {
				return starlark.String(name), nil
			}
			return starlark.String(name + ": " + msg), nil
		}
		return starlark.String("error: " + err.Error()), nil
	}),
}

var addrRE = regexp.MustCompile(`0x[0-9a-f]+`)

func runOK(t *testing.T, src, want string) string {
	t.Helper()
	out, errs, err := run(t, src)
	if err != nil {
		t.Fatalf("%v\nstdout:\n%s\nstderr:\n%s", err, out, errs)
	}
	out = addrRE.ReplaceAllString(out, "0xADDR")
	// The cores before and after Python reprs differ in quotes only.
	if want != "" && strings.ReplaceAll(out, `"`, "'") != strings.ReplaceAll(want, `"`, "'") {
		t.Errorf("stdout:\n%s\nwant:\n%s\nstderr:\n%s", out, want, errs)
	}
	return errs
}

func TestSemaphoreRLockEvent(t *testing.T) {
	runOK(t, `
def worker(sem, ev, q, rl):
    ev.wait()
    sem.acquire()
    q.put("in")
    sleep(0.1)
    q.put("out")
    sem.release()
    rl.acquire()
    rl.acquire()
    q.put("r")
    rl.release()
    rl.release()

if __name__ == "__main__":
    sem, ev, q, rl = mp.Semaphore(1), mp.Event(), mp.Queue(), mp.RLock()
    print(sem, ev.is_set(), ev.wait(0.05))
    ps = [mp.Process(target=worker, args=(sem, ev, q, rl)) for i in range(3)]
    for p in ps:
        p.start()
    ev.set()
    got = [q.get(timeout=10) for i in range(9)]
    for p in ps:
        p.join()
    seq = [g for g in got if g != "r"]
    print(seq == ["in", "out"] * 3, len([g for g in got if g == "r"]), [p.exitcode for p in ps])
    b = mp.BoundedSemaphore(2)
    print(b.acquire(), b.acquire(), b.acquire(timeout=0.05), b)
    b.release()
    b.release()
    print(catch(b.release))
    print(rl.acquire(), rl.acquire(False), rl)
    rl.release()
    rl.release()
    print(catch(rl.release), rl)
    ev.clear()
    print(ev.is_set(), ev.wait(0))
    s = mp.Semaphore(0)
    print(s.acquire(False), s.get_value())
    s.release()
    s.__enter__()
    s.__exit__(None, None, None)
`, `<Semaphore(value=1)> False False
True 3 [0, 0, 0]
True True False <BoundedSemaphore(value=0, maxvalue=2)>
ValueError: semaphore or lock released too many times
True True <RLock(Thread-1, 2)>
AssertionError: attempt to release recursive lock not owned by thread <RLock(None, 0)>
False False
False 0
`)
}

func TestConditionBarrier(t *testing.T) {
	runOK(t, `
def waiter(cond, q, n):
    cond.acquire()
    q.put(("waiting", n))
    ok = cond.wait(10)
    q.put(("woken", ok))
    cond.release()

def party(bar, q):
    q.put(bar.wait(10))

def act():
    print("action")

if __name__ == "__main__":
    cond, q = mp.Condition(), mp.Queue()
    ps = [mp.Process(target=waiter, args=(cond, q, i)) for i in range(2)]
    for p in ps:
        p.start()
    print(sorted([q.get(timeout=10)[0] for i in range(2)]))
    sleep(0.1)
    cond.acquire()
    cond.notify()
    cond.release()
    print(q.get(timeout=10))
    cond.acquire()
    cond.notify_all()
    cond.release()
    print(q.get(timeout=10))
    for p in ps:
        p.join()
    print(catch(cond.notify), catch(cond.wait, 0.1))
    cond.acquire()
    print(cond.wait(0.05), cond.wait_for(lambda: 7, 1), cond.wait_for(lambda: 0, 0.05))
    cond.release()
    c2 = mp.Condition(mp.Lock())
    c2.acquire()
    print(c2.wait(0.01))
    c2.release()

    bar = mp.Barrier(3, action=act)
    print(bar.parties, bar.n_waiting, bar.broken)
    ps = [mp.Process(target=party, args=(bar, q)) for i in range(2)]
    for p in ps:
        p.start()
    me = bar.wait(10)
    for p in ps:
        p.join()
    print(sorted([me, q.get(), q.get()]))
    b2 = mp.Barrier(2, timeout=0.05)
    print(catch(b2.wait), b2.broken)
    b2.reset()
    print(b2.broken, b2.n_waiting)
    b2.abort()
    print(catch(b2.wait))
`, `["waiting", "waiting"]
("woken", True)
("woken", True)
AssertionError: lock is not owned AssertionError: must acquire() condition before using wait()
False 7 0
False
3 0 False
action
[0, 1, 2]
threading.BrokenBarrierError True
False 0
threading.BrokenBarrierError
`)
}

// testSlice stands for core's slice object (which the test's core lacks).
type testSlice struct{ start, stop, step starlark.Value }

func (s *testSlice) String() string        { return "slice" }
func (s *testSlice) Type() string          { return "slice" }
func (s *testSlice) Freeze()               {}
func (s *testSlice) Truth() starlark.Bool  { return true }
func (s *testSlice) Hash() (uint32, error) { return 0, nil }
func (s *testSlice) AttrNames() []string   { return []string{"start", "step", "stop"} }
func (s *testSlice) Attr(name string) (starlark.Value, error) {
	switch name {
	case "start":
		return s.start, nil
	case "stop":
		return s.stop, nil
	case "step":
		return s.step, nil
	}
	return nil, nil
}
