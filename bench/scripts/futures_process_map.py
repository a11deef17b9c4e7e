# ProcessPoolExecutor(2).map over 100,000 ints, chunksize 1000.
from concurrent.futures import ProcessPoolExecutor


def double(x):
    return 2 * x


if __name__ == '__main__':
    with ProcessPoolExecutor(2) as ex:
        total = sum(ex.map(double, range(100000), chunksize=1000))
    assert total == 2 * sum(range(100000))
