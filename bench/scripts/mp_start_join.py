# 50 x Process start + join (CPython's default start method: fork).
import multiprocessing as mp

def nothing():
    pass

if __name__ == "__main__":
    for _ in range(50):
        p = mp.Process(target=nothing)
        p.start()
        p.join()
        assert p.exitcode == 0
