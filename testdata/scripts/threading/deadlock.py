# Two threads take two locks in opposite order: CPython hangs forever here,
# pyconc reports the deadlock and exits 1.
import threading
import time

a = threading.Lock()
b = threading.Lock()

def one():
    with a:
        time.sleep(0.1)
        with b:
            print("one got both")

def two():
    with b:
        time.sleep(0.1)
        with a:
            print("two got both")

t1 = threading.Thread(target=one, name="one")
t2 = threading.Thread(target=two, name="two")
t1.start(); t2.start()
t1.join(); t2.join()
print("never printed")

# Skip-python3: CPython hangs on a deadlock
# Output:
# Exit: 1
# Stderr:
# deadlock: all threads are blocked
#   Thread MainThread:
#     File "deadlock.py", line 24, in <module>
#   Thread one:
#     File "deadlock.py", line 12, in one
#       with b:
#   Thread two:
#     File "deadlock.py", line 18, in two
#       with a:
