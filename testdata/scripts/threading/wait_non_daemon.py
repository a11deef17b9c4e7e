# The program waits at exit for its non-daemon threads, and for the threads
# they start; daemon threads are abandoned, and a thread inherits the
# daemon flag of the thread that makes it.
import threading

main_done = threading.Event()
def late():
    main_done.wait()  # until the main module has ended
    print("late thread done")
    threading.Thread(target=lambda: print("grandchild")).start()
threading.Thread(target=late).start()

def forever():
    e = threading.Event()
    e.wait()
d = threading.Thread(target=forever, daemon=True)
d.start()
def sub():
    print("non-daemon inherits", threading.current_thread().daemon)
def parent():
    c = threading.Thread(target=sub)
    print(c.daemon)
d2 = threading.Thread(target=parent, daemon=True)
d2.start(); d2.join()
print("main module done")
main_done.set()

# Output:
# True
# main module done
# late thread done
# grandchild
