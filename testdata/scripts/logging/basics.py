# logging: the hierarchy, levels, basicConfig, the record attributes and the three styles.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s %(levelno)d %(name)s %(module)s %(filename)s %(funcName)s "
                           "%(lineno)d %(threadName)s %(processName)s: %(message)s")
log = logging.getLogger(__name__)
log.debug("hello %s %d", "world", 3)


def f():
    log.info("in f %(a)s %(b)r", {'a': 1, 'b': 'x'})
    log.log(25, "level 25")


f()
print(logging.root.handlers[0].formatter._fmt == logging.root.handlers[0].formatter._style._fmt)

# The hierarchy, placeholders and propagation.
abc = logging.getLogger("a.b.c")
a = logging.getLogger("a")
ab = logging.getLogger("a.b")
print(abc.parent is ab, ab.parent is a, a.parent is logging.root, logging.getLogger() is logging.root)
print(logging.getLogger("a.b.c") is abc, abc.getChild("d").name, logging.root.getChild("z").name)
print(type(logging.Logger.manager.loggerDict["a"]).__name__, "x.y" in logging.Logger.manager.loggerDict)
logging.getLogger("x.y.z")
print(type(logging.Logger.manager.loggerDict["x.y"]).__name__, type(logging.Logger.manager.loggerDict["x"]).__name__)
xy = logging.getLogger("x.y")
print(logging.getLogger("x.y.z").parent is xy, xy.parent is logging.root)

# Levels.
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(11), logging.getLevelName("nope"))
logging.addLevelName(11, "ELEVEN")
print(logging.getLevelName(11), logging.getLevelName("ELEVEN"), logging.getLevelNamesMapping()["WARN"])
log.log(11, "eleven")
print(repr(log), repr(logging.root), repr(logging.root.handlers[0]), repr(abc))
print(log.getEffectiveLevel(), log.isEnabledFor(5), abc.getEffectiveLevel(), abc.level)
log.setLevel("WARNING")
log.info("not shown")
log.warning("shown")
abc.setLevel(logging.ERROR)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.WARNING), abc.isEnabledFor(logging.ERROR))
for bad in ["LOUD", 1.5]:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    log.log("INFO", "x")
except TypeError as e:
    print(e)

# Module-level functions log to the root.
logging.warning("root %s", "warning")
logging.info("root info")
logging.error("root error")
logging.critical("root critical")
logging.fatal("root fatal")
logging.log(logging.WARNING, "root log")

# Propagation, filters and handlers with other styles.
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("{levelname:>8}|{name}|{message}", style="{"))
a.addHandler(h)
print(a.hasHandlers(), logging.getLogger("q").hasHandlers())
ab.warning("to a's handler and the root's")
a.propagate = False
ab.warning("to a's handler only")


class OnlyX(logging.Filter):
    def filter(self, record):
        return 'x' in record.getMessage()


fx = OnlyX()
h.addFilter(fx)
a.addFilter(lambda r: r.levelno > logging.INFO)
abc.setLevel(logging.NOTSET)
abc.warning("x1 passes")
abc.warning("y1 is filtered by the handler")
a.info("x2 is filtered by the logger")
a.error("x3 passes")
ab.error("x4: a logger's filters see only its own records")
h.removeFilter(fx)
a.filters.clear()
h.setFormatter(logging.Formatter("$levelname ${name}: $message $$", style="$"))
a.critical("template style")
nf = logging.Filter("a.b")
print(nf.filter(logging.makeLogRecord({"name": "a.b"})), nf.filter(logging.makeLogRecord({"name": "a.bc"})),
      nf.filter(logging.makeLogRecord({"name": "a.b.c"})), nf.filter(logging.makeLogRecord({"name": "a"})),
      logging.Filter().filter(logging.makeLogRecord({"name": "z"})))

# LoggerAdapter and extra.
h.setFormatter(logging.Formatter("%(user)s %(message)s"))
ad = logging.LoggerAdapter(a, {'user': 'ann'})
ad.warning("adapted %d", 1)
a.warning("with extra", extra={"user": "bob"})
print(repr(ad), ad.name, ad.getEffectiveLevel(), ad.isEnabledFor(logging.DEBUG))
try:
    a.warning("bad extra", extra={"name": "x"})
except KeyError as e:
    print("KeyError", e)

# disable.
h.setFormatter(logging.Formatter("%(message)s"))
logging.disable(logging.WARNING)
a.warning("disabled")
a.error("not disabled")
logging.disable(logging.NOTSET)
a.warning("enabled again")

# NullHandler: a library's logger with it prints nothing of its own.
lib = logging.getLogger("lib")
lib.addHandler(logging.NullHandler())
lib.propagate = False
lib.error("nothing")
print(repr(logging.NullHandler()), logging.NullHandler().lock)


# Output:
# DEBUG 10 __main__ basics basics.py <module> 9 MainThread MainProcess: hello world 3
# INFO 20 __main__ basics basics.py f 13 MainThread MainProcess: in f 1 'x'
# Level 25 25 __main__ basics basics.py f 14 MainThread MainProcess: level 25
# True
# True True True True
# True a.b.c.d z
# Logger False
# PlaceHolder PlaceHolder
# True True
# DEBUG 20 Level 11 Level nope
# ELEVEN 11 30
# ELEVEN 11 __main__ basics basics.py <module> 36 MainThread MainProcess: eleven
# <Logger __main__ (DEBUG)> <RootLogger root (DEBUG)> <StreamHandler <stdout> (NOTSET)> <Logger a.b.c (DEBUG)>
# 10 False 10 0
# WARNING 30 __main__ basics basics.py <module> 41 MainThread MainProcess: shown
# 40 False True
# ValueError Unknown level: 'LOUD'
# TypeError Level not an integer or a valid string: 1.5
# level must be an integer
# WARNING 30 root basics basics.py <module> 55 MainThread MainProcess: root warning
# INFO 20 root basics basics.py <module> 56 MainThread MainProcess: root info
# ERROR 40 root basics basics.py <module> 57 MainThread MainProcess: root error
# CRITICAL 50 root basics basics.py <module> 58 MainThread MainProcess: root critical
# CRITICAL 50 root basics basics.py <module> 59 MainThread MainProcess: root fatal
# WARNING 30 root basics basics.py <module> 60 MainThread MainProcess: root log
# True True
#  WARNING|a.b|to a's handler and the root's
# WARNING 30 a.b basics basics.py <module> 67 MainThread MainProcess: to a's handler and the root's
#  WARNING|a.b|to a's handler only
#  WARNING|a.b.c|x1 passes
#    ERROR|a|x3 passes
#    ERROR|a.b|x4: a logger's filters see only its own records
# CRITICAL a: template style $
# True False True False True
# ann adapted 1
# bob with extra
# <LoggerAdapter a (DEBUG)> a 10 True
# KeyError "Attempt to overwrite 'name' in LogRecord"
# not disabled
# enabled again
# <NullHandler (NOTSET)> None
