# Targets of processes and pools, defined in a package module.

def square(x):
    return x * x


def report(q, tag):
    q.put((tag, __name__))


class Job:
    def __init__(self, n):
        self.n = n

    def run(self):
        return self.n + 1
