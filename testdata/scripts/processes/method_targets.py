# Bound methods cross to a child as pickle sends them (the instance and the
# method's name): a Process target, a Pool function, a classmethod, and the
# method of a shared object.
import multiprocessing as mp


class Scaler:
    def __init__(self, k):
        self.k = k

    def scale(self, x):
        return x * self.k

    def report(self, q):
        q.put(("report", self.k))

    @classmethod
    def kind(cls, x):
        return cls.__name__ + str(x)


if __name__ == "__main__":
    s = Scaler(3)
    q = mp.Queue()
    p = mp.Process(target=s.report, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode)
    with mp.Pool(2) as pool:
        print(pool.map(s.scale, range(5)))
        print(pool.map(Scaler.kind, [1, 2]))
    p = mp.Process(target=q.put, args=("put by a child",))
    p.start()
    p.join()
    print(q.get())

# Output:
# ('report', 3)
# 0
# [0, 3, 6, 9, 12]
# ['Scaler1', 'Scaler2']
# put by a child
