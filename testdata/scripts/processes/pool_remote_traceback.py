# An exception in a Pool worker is raised again by the caller, with the
# worker's traceback as its cause (multiprocessing.pool.RemoteTraceback).
import multiprocessing as mp

def inner(x):
    raise ValueError("boom")

def fails(x):
    inner(x)

if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Pool(1) as p:
        try:
            p.apply(fails, (1,))
        except ValueError as e:
            cause = e.__cause__
            print(type(e).__name__, e, type(cause).__module__, type(cause).__name__)
            tb = str(cause)
            print(tb.startswith('\n"""\nTraceback (most recent call last):\n'), "in fails\n" in tb, "in inner\n" in tb, tb.endswith('ValueError: boom\n"""'))
        p.apply(fails, (2,))

# Output:
# ValueError boom multiprocessing.pool RemoteTraceback
# True True True True
# Exit: 1
# Stderr:
# multiprocessing.pool.RemoteTraceback: 
# """
# Traceback (most recent call last):
#   File "pool_remote_traceback.py", line 9, in fails
#     inner(x)
#   File "pool_remote_traceback.py", line 6, in inner
#     raise ValueError("boom")
# ValueError: boom
# """
# The above exception was the direct cause of the following exception:
# Traceback (most recent call last):
#   File "pool_remote_traceback.py", line 21, in <module>
#     p.apply(fails, (2,))
# ValueError: boom
