# logging: exception and stack texts, asctime and msecs, lastResort, handleError, Formatter hooks.
import logging
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class Stdout:
    """sys.stdout with this folder's path left out of tracebacks."""

    def write(self, s):
        sys.stdout.write(s.replace(HERE, ""))

    def flush(self):
        pass


h = logging.StreamHandler(Stdout())
h.setFormatter(logging.Formatter("%(levelname)s %(funcName)s:%(lineno)d %(message)s"))
log = logging.getLogger("rec")
log.addHandler(h)
log.propagate = False


def fail():
    raise ValueError("bad value")


def caller():
    try:
        fail()
    except ValueError:
        log.exception("it failed: %s", "details")
        log.error("no traceback")
        log.error("with exc_info", exc_info=True)
    try:
        try:
            fail()
        except ValueError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as e:
        log.warning("chained", exc_info=e)
        saved = e
    log.info("not shown: level")
    log.warning("exc_info tuple", exc_info=(type(saved), saved, saved.__traceback__))
    log.warning("stack", stack_info=True)


caller()
log.error("exception outside a handler", exc_info=True)


def helper(msg):
    log.warning(msg, stacklevel=2)


def outer():
    helper("reported at outer's line")


outer()

# asctime, msecs, created; a fixed record and a UTC converter.
f = logging.Formatter("%(asctime)s|%(msecs)d|%(message)s")
f.converter = time.gmtime
r = logging.makeLogRecord({"created": 1700000000.123456, "msecs": 123.0, "msg": "fixed %s", "args": ("rec",)})
print(f.format(r))
print(f.formatTime(r, "%d/%m/%Y %H.%M.%S"))
f2 = logging.Formatter("%(asctime)s %(message)s", datefmt="%H:%M")
f2.converter = time.gmtime
print(f2.format(r))
f.default_msec_format = "%s.%03d"
print(f.format(r))
f.default_time_format = "%H:%M:%S"
f.default_msec_format = None
print(f.format(r))
print(logging.Formatter("{asctime}", style="{").usesTime(), logging.Formatter("$asctime", style="$").usesTime(),
      logging.Formatter("%(message)s").usesTime())
rec = log.makeRecord("rec", logging.INFO, "/x/y/mod.py", 7, "m %d", (1,), None, "fn")
print(rec.filename, rec.module, rec.pathname, rec.lineno, rec.funcName, rec.getMessage(), rec.levelname)
print(isinstance(rec.created, float), rec.msecs == int((rec.created - int(rec.created)) * 1000),
      rec.relativeCreated > 0, rec.thread > 0, rec.threadName, rec.processName, rec.process == os.getpid())
print(repr(rec))
d = logging.makeLogRecord({"msg": "%(a)s and %(b)s", "args": {"a": 1, "b": 2}})
print(d.getMessage())
d = logging.LogRecord("n", 10, "p", 1, "%(a)s", ({"a": 1},), None)
print(d.args, d.getMessage())


class Upper(logging.Formatter):
    def formatMessage(self, record):
        return super().formatMessage(record).upper()

    def formatException(self, ei):
        return "EXC " + ei[0].__name__

    def formatStack(self, stack_info):
        return "STACK"


h.setFormatter(Upper("%(levelname)s %(message)s"))
try:
    1 / 0
except ZeroDivisionError:
    log.exception("custom")
log.warning("custom stack", stack_info=True)
h.setFormatter(logging.Formatter("%(message)s", defaults={"x": 1}))
log.warning("defaults")
h.setFormatter(logging.Formatter("%(x)s %(message)s", defaults={"x": "dflt"}))
log.warning("defaults")
bf = logging.BufferingFormatter()
print(repr(bf.format([r, r])), repr(bf.format([])))

# No handler anywhere: the last resort prints the message alone on stderr.
bare = logging.getLogger("bare")
bare.warning("to the last resort")
bare.info("below the last resort's level")
logging.lastResort = None
bare.warning("no handlers")
bare.warning("no handlers, said once")

# A handler whose formatting fails: handleError prints "--- Logging error ---" on stderr.
h.setFormatter(logging.Formatter("%(message)s"))
log.warning("%d items", "not a number")
logging.raiseExceptions = False
log.warning("%d items", "silently dropped")
print("done")


# Output:
# ERROR caller:35 it failed: details
# Traceback (most recent call last):
#   File "records.py", line 33, in caller
#     fail()
#   File "records.py", line 28, in fail
#     raise ValueError("bad value")
# ValueError: bad value
# ERROR caller:36 no traceback
# ERROR caller:37 with exc_info
# Traceback (most recent call last):
#   File "records.py", line 33, in caller
#     fail()
#   File "records.py", line 28, in fail
#     raise ValueError("bad value")
# ValueError: bad value
# WARNING caller:44 chained
# Traceback (most recent call last):
#   File "records.py", line 40, in caller
#     fail()
#   File "records.py", line 28, in fail
#     raise ValueError("bad value")
# ValueError: bad value
#
# The above exception was the direct cause of the following exception:
#
# Traceback (most recent call last):
#   File "records.py", line 42, in caller
#     raise RuntimeError("wrapped") from e
# RuntimeError: wrapped
# WARNING caller:47 exc_info tuple
# Traceback (most recent call last):
#   File "records.py", line 40, in caller
#     fail()
#   File "records.py", line 28, in fail
#     raise ValueError("bad value")
# ValueError: bad value
#
# The above exception was the direct cause of the following exception:
#
# Traceback (most recent call last):
#   File "records.py", line 42, in caller
#     raise RuntimeError("wrapped") from e
# RuntimeError: wrapped
# WARNING caller:48 stack
# Stack (most recent call last):
#   File "records.py", line 51, in <module>
#     caller()
#   File "records.py", line 48, in caller
#     log.warning("stack", stack_info=True)
# ERROR <module>:52 exception outside a handler
# NoneType: None
# WARNING outer:60 reported at outer's line
# 2023-11-14 22:13:20,123|123|fixed rec
# 14/11/2023 22.13.20
# 22:13 fixed rec
# 2023-11-14 22:13:20.123|123|fixed rec
# 22:13:20|123|fixed rec
# True True False
# mod.py mod /x/y/mod.py 7 fn m 1 INFO
# True True True True MainThread MainProcess True
# <LogRecord: rec, 20, /x/y/mod.py, 7, "m %d">
# 1 and 2
# {'a': 1} 1
# ERROR CUSTOM
# EXC ZeroDivisionError
# WARNING CUSTOM STACK
# STACK
# defaults
# dflt defaults
# 'fixed recfixed rec' ''
# done
# Stderr:
# to the last resort
# No handlers could be found for logger "bare"
# --- Logging error ---
# Traceback (most recent call last):
# TypeError: %d format: a real number is required, not str
# Call stack:
#   File "records.py", line 126, in <module>
#     log.warning("%d items", "not a number")
# Message: '%d items'
# Arguments: ('not a number',)
