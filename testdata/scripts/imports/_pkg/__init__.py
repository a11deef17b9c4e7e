# A package beside the tests: its __init__ imports its own submodules relatively.
print("init", __name__, __package__)
LEVEL = "top"
from . import helper
from .helper import twice
