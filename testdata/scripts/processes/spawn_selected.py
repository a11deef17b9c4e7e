# set_start_method('spawn') gives spawn's behaviour: the child runs the
# main module again as __mp_main__ (so the guard is needed), and pool
# workers are SpawnPoolWorker-N.
import multiprocessing as mp

print("top level as", __name__)


def work(q):
    q.put((__name__, mp.current_process().name, mp.get_start_method()))


def name(_):
    return mp.current_process().name.rsplit("-", 1)[0]


if __name__ == "__main__":
    mp.set_start_method("spawn")
    q = mp.Queue()
    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get())
    p.join()
    with mp.Pool(1) as pool:
        print(pool.map(name, [1]))
    try:
        mp.set_start_method("fork")
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(mp.get_all_start_methods())

# Output:
# top level as __main__
# top level as __mp_main__
# ('__mp_main__', 'Process-1', 'spawn')
# top level as __mp_main__
# ['SpawnPoolWorker']
# RuntimeError: context has already been set
# ['fork', 'spawn', 'forkserver']
