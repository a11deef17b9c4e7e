package multiprocessing

import "testing"

// TestPoolBasics checks what the script test processes/pool_calls.py
// cannot (pyconc's own words): the pickling error of a lambda task names
// what was being sent; and nothing goes to stderr.
func TestPoolBasics(t *testing.T) {
	errs := runOK(t, `
if __name__ == "__main__":
    print(catch(mp.Pool(1).apply, lambda: 1))
`, `_pickle.PicklingError: Can't pickle <function lambda at 0xADDR>: attribute lookup <lambda> on __main__ failed (while sending a task to a Pool worker)
`)
	if errs != "" {
		t.Errorf("stderr:\n%s", errs)
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
    cut = msg.index("ForkPoolWorker-") + len("ForkPoolWorker-")
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
`, `multiprocessing.pool.WorkerLostError: pool worker ForkPoolWorker-N (pid PID) was killed by SIGKILL while running a task of this call (exitcode -9) True
True True
multiprocessing.pool.WorkerLostError: pool worker ForkPoolWorker
True
3
`)
}
