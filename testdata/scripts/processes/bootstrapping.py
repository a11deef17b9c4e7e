# A process started at the top level of the main module, without the
# `if __name__ == "__main__":` guard: the child, loading the module, tries
# to start it again before its bootstrapping is done, and fails.
import multiprocessing as mp

def f():
    print("never")

mp.set_start_method("spawn", force=True)
p = mp.Process(target=f)
p.start()
p.join()
print("exitcode", p.exitcode)

# Output:
# exitcode 1
# Stderr:
#   File "bootstrapping.py", line 11, in <module>
#     p.start()
# re:RuntimeError: ?
# re:\s+An attempt has been made to start a new process before the
# re:\s+current process has finished its bootstrapping phase\.
