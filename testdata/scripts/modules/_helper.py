# A sibling module imported by modules.py.
GREETING = "hello from _helper"

def double(x):
    return 2 * x
