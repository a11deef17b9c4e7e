# A child started by 'fork' sees the globals as they were at start():
# changes made before start() are seen, changes made after are not.
import multiprocessing as mp

counter = 1
items = ["a"]
table = {"k": 1}


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm1(self):
        return abs(self.x) + abs(self.y)


origin = Point(0, 0)
square = lambda n: n * n


def show(q):
    q.put((counter, items, table, origin.norm1(), type(origin).__name__, square(3)))


def bump():
    global counter
    counter += 10


q = mp.Queue()
counter = 2
items.append("b")
bump()
origin = Point(3, -4)
p = mp.Process(target=show, args=(q,))
p.start()
counter = 100
items.append("after")
table["k"] = 99
print(q.get())
p.join()
p = mp.Process(target=show, args=(q,))
p.start()
print(q.get())
p.join()

# Output:
# (12, ['a', 'b'], {'k': 1}, 7, 'Point', 9)
# (100, ['a', 'b', 'after'], {'k': 99}, 7, 'Point', 9)
