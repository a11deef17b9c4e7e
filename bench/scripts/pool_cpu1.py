# CPU-bound work on Pool(1) (compare with pool_cpu2.py for the speed-up).
import multiprocessing as mp

def burn(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total

if __name__ == "__main__":
    with mp.Pool(1) as pool:
        pool.map(burn, [300000] * 8)
