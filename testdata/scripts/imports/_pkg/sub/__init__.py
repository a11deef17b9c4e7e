print("init", __name__, __package__)
from .. import helper as h
from ..helper import twice
from .. import LEVEL
from . import leaf
