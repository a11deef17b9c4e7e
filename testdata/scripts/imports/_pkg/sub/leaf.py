print("init", __name__, __package__)
from ..sub import LEVEL as up


def where():
    return __name__ + " in " + __package__
