package multiprocessing

import (
	"errors"
	"strings"
	"testing"

	"github.com/pyconc/pyconc/internal/core"
)

func TestPoolBasics(t *testing.T) {
	errs := runOK(t, `
def sq(x):
    return x * x

def add(a, b=0, c=0):
    return a + b + c

def fails(x):
    if x == 3:
        boom()
    return x

def slow(x):
    sleep(x)
    return x

got = []
def remember(v):
    got.append(v)

if __name__ == "__main__":
    p = mp.Pool(2)
    print(p)
    print(p.map(sq, range(10)), p.map(sq, []), p.map(sq, range(7), 3))
    print(p.starmap(add, [(1, 2), (3, 4)]), p.apply(add, (1,), {"c": 5}))
    print(p.imap(sq, [1, 2, 3]), sorted(p.imap_unordered(sq, [1, 2, 3])))
    r = p.apply_async(add, (2, 3), callback=remember)
    print(r.get(timeout=10), got, r.ready(), r.successful())
    m = p.map_async(sq, [4, 5], callback=remember)
    m.wait()
    print(m.get(), got)
    r = p.apply_async(slow, (0.5,))
    print(catch(r.get, 0.05), catch(r.successful))
    print(r.get())
    e = p.map_async(fails, range(6), chunksize=1, error_callback=remember)
    print(catch(e.get), e.successful(), len(got))
    print(catch(p.map, fails, range(6)))
    print(catch(p.join))
    p.close()
    print(catch(p.map, sq, [1]), p)
    p.join()
    q = mp.Pool(1).__enter__()
    print(q.map(sq, range(3)))
    q.__exit__(None, None, None)
    print(catch(q.map, sq, [1]))
    print(catch(mp.Pool(1).apply, lambda: 1))
`, `<multiprocessing.pool.Pool state=RUN pool_size=2>
[0, 1, 4, 9, 16, 25, 36, 49, 64, 81] [] [0, 1, 4, 9, 16, 25, 36]
[3, 7] 6
[1, 4, 9] [1, 4, 9]
5 [5] True True
[16, 25] [5, [16, 25]]
multiprocessing.context.TimeoutError ValueError: <multiprocessing.pool.ApplyResult object at 0xADDR> not ready
0.5
ValueError: boom False 3
ValueError: boom
ValueError: Pool is still running
ValueError: Pool not running <multiprocessing.pool.Pool state=CLOSE pool_size=2>
[0, 1, 4]
ValueError: Pool not running
_pickle.PicklingError: Can't pickle <function lambda at 0xADDR>: attribute lookup <lambda> on __main__ failed (while sending a task to a Pool worker)
`)
	if errs != "" {
		t.Errorf("stderr:\n%s", errs)
	}
}

func TestPoolRemoteTraceback(t *testing.T) {
	_, errs, err := run(t, `
def inner(x):
    boom()

def fails(x):
    inner(x)

if __name__ == "__main__":
    mp.Pool(1).apply(fails, (1,))
`)
	var pe *core.PyError
	if !errors.As(err, &pe) || pe.Value.Class != core.ValueError {
		t.Fatalf("got %v\n%s", err, errs)
	}
	st := pe.State()
	cause, _ := st.Cause.(*core.Instance)
	if cause == nil || cause.Class != RemoteTraceback {
		t.Fatalf("cause %v", st.Cause)
	}
	msg := core.ExcMessage(cause)
	for _, want := range []string{"\n\"\"\"\nTraceback (most recent call last):\n", "in fails\n", "in inner\n", "ValueError: boom\n\"\"\""} {
		if !strings.Contains(msg, want) {
			t.Errorf("remote traceback lacks %q:\n%s", want, msg)
		}
	}
	if !strings.Contains(st.RemoteTraceback, "in inner") {
		t.Errorf("RemoteTraceback %q", st.RemoteTraceback)
	}
}

func TestPoolWorkerKilled(t *testing.T) {
	runOK(t, `
def pid_of(x):
    return getpid()

def hang(x):
    sleep(30.0)

def exits(x):
    hard_exit(7)

def init(q):
    q.put(getpid())

if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Pool(2, initializer=init, initargs=(q,))
    pids = sorted([q.get(timeout=10), q.get(timeout=10)])
    r = p.map_async(hang, [1, 2], chunksize=1)
    sleep(0.3)
    kill(pids[0], 9)
    t0 = now()
    msg = catch(r.get, 5).replace(str(pids[0]), "PID")
    cut = msg.index("SpawnPoolWorker-") + len("SpawnPoolWorker-")
    print(msg[:cut] + "N" + msg[msg.index(" (pid"):], now() - t0 < 1)  # workers start concurrently: any may be pids[0]
    print(sorted(p.map(pid_of, range(4), 1)) != [], q.get(timeout=10) not in pids)
    print(catch(p.apply, exits, (1,)).split(" (pid")[0][:-2])
    print(p.map(pid_of, [-1, -2]) != [])
    p.terminate()
    p.join()

    m = mp.Pool(1, maxtasksperchild=2)
    seen = [m.apply(pid_of, (i,)) for i in range(6)]
    print(len(set(seen)))
    m.close()
    m.join()
`, `multiprocessing.pool.WorkerLostError: pool worker SpawnPoolWorker-N (pid PID) was killed by SIGKILL while running a task of this call (exitcode -9) True
True True
multiprocessing.pool.WorkerLostError: pool worker SpawnPoolWorker
True
3
`)
}
