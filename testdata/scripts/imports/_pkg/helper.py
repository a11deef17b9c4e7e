print("init", __name__, __package__)


def twice(x):
    return 2 * x


def fail(x):
    return 10 // x
