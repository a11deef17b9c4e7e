# A child sees the environment and working directory of the parent at the
# time of start(), even after the parent changed them.
import multiprocessing as mp
import os

def show(label):
    print(label, os.getenv("PYCONC_TEST_VAR"), os.path.basename(os.getcwd()))

if __name__ == "__main__":
    for i in range(2):
        p = mp.Process(target=show, args=("before %d:" % i,))
        p.start(); p.join()
    os.environ["PYCONC_TEST_VAR"] = "set by the parent"
    p = mp.Process(target=show, args=("after setenv:",))
    p.start(); p.join()
    os.chdir("..")
    p = mp.Process(target=show, args=("after chdir:",))
    p.start(); p.join()

# Output:
# before 0: None processes
# before 1: None processes
# after setenv: set by the parent processes
# after chdir: set by the parent scripts
