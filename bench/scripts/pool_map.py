# Pool(2).map over 200,000 ints.
import multiprocessing as mp

def double(x):
    return x * 2

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        r = pool.map(double, range(200000))
    assert r[-1] == 399998
