# Under 'fork' (the default on Linux) the child does not run the main
# module again: no __main__ guard is needed, and the top level prints once.
import multiprocessing as mp

print("top level", mp.get_start_method())


def work(q, label):
    q.put((label, mp.current_process().name, __name__))


q = mp.Queue()
p = mp.Process(target=work, args=(q, "a"))
p.start()
print(q.get())
p.join()
print(p.name, p.exitcode)

# Output:
# top level fork
# ('a', 'Process-1', '__main__')
# Process-1 0
