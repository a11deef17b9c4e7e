# What a child's exit says: its exitcode (0, sys.exit's, 1 after an
# exception, whose traceback the child prints under "Process NAME:"), and a
# daemon child still running at the end is terminated, not waited for.
import multiprocessing as mp
import sys
import time

def quiet():
    pass

def code3():
    sys.exit(3)

def raises():
    raise ValueError("boom")

def forever():
    while True:
        time.sleep(0.05)

if __name__ == "__main__":
    mp.set_start_method("spawn")
    ps = [mp.Process(target=t) for t in [quiet, code3, raises]]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print([p.exitcode for p in ps])
    d = mp.Process(target=forever, daemon=True)
    d.start()
    print("daemon left running", d.is_alive())

# Output:
# [0, 3, 1]
# daemon left running True
# Stderr:
# Process Process-3:
# Traceback (most recent call last):
#   File "child_errors.py", line 15, in raises
#     raise ValueError("boom")
# ValueError: boom
