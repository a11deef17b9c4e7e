# logging: where a record was logged from (module, funcName, lineno) and by which thread; warn's DeprecationWarning.
import logging
import sys
import threading

logging.basicConfig(stream=sys.stdout, format="%(name)s %(module)s %(funcName)s %(lineno)d %(threadName)s %(message)s")
import _calls_mod

_calls_mod.work()
_calls_mod.K().method()
f = lambda: logging.warning("lambda")
f()


def outer():
    def inner():
        with open(__file__) as fh:
            logging.warning("in with")
        try:
            raise ValueError
        except ValueError:
            logging.warning("in except")
        finally:
            logging.warning("in finally")
        for i in range(1):
            logging.warning("in loop")
    inner()


outer()
t = threading.Thread(target=_calls_mod.work, name="Worker-1")
t.start()
t.join()
log = logging.getLogger("x")
log.warn("deprecated method")
logging.warn("deprecated function")
print(logging.getLogger("_calls_mod").parent.name, logging.getLogger("_calls_mod") is _calls_mod.log)



# findCaller called directly, and stacklevel.
def user():
    return log.findCaller()


print(user()[1:3])


def wrap():
    log.warning("via wrap", stacklevel=2)


def caller():
    wrap()


caller()
log.warning("deep", stacklevel=50)

# Output:
# _calls_mod _calls_mod K 15 MainThread from a class body
# _calls_mod _calls_mod work 8 MainThread from the module
# _calls_mod _calls_mod method 13 MainThread from a method
# root calls <lambda> 11 MainThread lambda
# root calls inner 18 MainThread in with
# root calls inner 22 MainThread in except
# root calls inner 24 MainThread in finally
# root calls inner 26 MainThread in loop
# _calls_mod _calls_mod work 8 Worker-1 from the module
# x calls <module> 35 MainThread deprecated method
# root calls <module> 36 MainThread deprecated function
# root True
# (43, 'user')
# x calls caller 54 MainThread via wrap
# x calls <module> 58 MainThread deep
# Stderr:
# re:.*calls\.py:35: DeprecationWarning: The 'warn' method is deprecated, use 'warning' instead
#   log.warn("deprecated method")
# re:.*calls\.py:36: DeprecationWarning: The 'warn' function is deprecated, use 'warning' instead
#   logging.warn("deprecated function")
