# logging: the module-level functions configure the root once (basicConfig's defaults: sys.stderr, BASIC_FORMAT).
import logging

print(logging.root.handlers)
logging.info("not shown: the root's level is WARNING")
logging.warning("first %s", "warning")
print(logging.root.handlers, logging.root.handlers[0].formatter._fmt)
logging.basicConfig(level=logging.DEBUG, format="%(message)s")
logging.debug("not shown: basicConfig did nothing, the root had a handler")
logging.getLogger("app.db").error("error %d", 42)
logging.getLogger("app").critical("critical")
try:
    int("x")
except ValueError:
    logging.exception("conversion failed")
print("done")

# Output:
# []
# [<StreamHandler <stderr> (NOTSET)>] %(levelname)s:%(name)s:%(message)s
# done
# Stderr:
# WARNING:root:first warning
# ERROR:app.db:error 42
# CRITICAL:app:critical
# ERROR:root:conversion failed
# Traceback (most recent call last):
#   File "stderr_default.py", line 13, in <module>
#     int("x")
# ValueError: invalid literal for int() with base 10: 'x'
