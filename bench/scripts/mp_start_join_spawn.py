# 50 x Process start + join with the spawn start method.
import multiprocessing as mp

def nothing():
    pass

if __name__ == "__main__":
    mp.set_start_method("spawn")
    for _ in range(50):
        p = mp.Process(target=nothing)
        p.start()
        p.join()
        assert p.exitcode == 0
