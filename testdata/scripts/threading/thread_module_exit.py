# The program does not wait for threads started by _thread: they end with
# it; threading lists such a thread (as Dummy-N) once it has called
# current_thread(), and _count() counts it. interrupt_main() raises
# KeyboardInterrupt in the main thread.
import _thread
import threading
import time

started = _thread.allocate_lock()
started.acquire()

def forever(n):
    print("thread", n, "runs as", threading.current_thread().name)
    started.release()
    while True:
        time.sleep(0.01)

def silent():
    started.release()
    while True:
        time.sleep(0.01)

_thread.start_new_thread(silent, ())
started.acquire()
_thread.start_new_thread(forever, (1,))
started.acquire()
print(threading.active_count(), [t.name for t in threading.enumerate()], _thread._count())

def poke():
    time.sleep(0.05)
    _thread.interrupt_main()

_thread.start_new_thread(poke, ())
try:
    time.sleep(0.5)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt in the main thread")
print("main ends")

# Output:
# thread 1 runs as Dummy-1
# 2 ['MainThread', 'Dummy-1'] 2
# KeyboardInterrupt in the main thread
# main ends
