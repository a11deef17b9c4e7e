# A module of deprecated_aliases.py: its calls of deprecated aliases do not
# warn (DeprecationWarning is shown only for __main__ by default).
import threading

def name():
    return threading.currentThread().getName()
