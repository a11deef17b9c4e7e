# A Process or Pool target defined in an imported module is sent as module +
# name, as pickle does; the child imports the module to find it.
import multiprocessing as mp
from _mpwork import tasks
import _mpwork.tasks


def main():
    q = mp.Queue()
    p = mp.Process(target=tasks.report, args=(q, "from-import"))
    p.start()
    print(q.get())
    p.join()
    print("exitcode", p.exitcode)

    with mp.Pool(2) as pool:
        print(pool.map(_mpwork.tasks.square, range(6)))
        print(pool.apply(tasks.square, (7,)))
        print([j.n for j in pool.map(tasks.Job, [1, 2])])


if __name__ == "__main__":
    main()

# Output:
# ('from-import', '_mpwork.tasks')
# exitcode 0
# [0, 1, 4, 9, 16, 25]
# 49
# [1, 2]
