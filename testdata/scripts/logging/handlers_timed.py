# logging.handlers: TimedRotatingFileHandler's intervals and suffixes, a forced rollover, bad arguments.
import logging
import logging.handlers
import os
import time

here = os.path.dirname(os.path.abspath(__file__))
tmp = os.path.join(here, "_handlers_timed_tmp_%d" % os.getpid())
if not os.path.isdir(tmp):
    os.mkdir(tmp)
for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))

h = logging.handlers.TimedRotatingFileHandler(os.path.join(tmp, "t.log"), when="S", backupCount=2, utc=True)
log = logging.getLogger("t")
log.addHandler(h)
log.propagate = False
print(h.interval, h.suffix, h.rolloverAt - int(time.time()) in (0, 1))
for i in range(3):
    log.warning("m%d", i)
    h.rolloverAt = 0
log.warning("last")
h.close()
print(sorted(os.listdir(tmp)))
for name in sorted(os.listdir(tmp)):
    with open(os.path.join(tmp, name)) as f:
        print(name, repr(f.read()))
for w in ["MIDNIGHT", "W0", "H", "D", "M", "s"]:
    x = logging.handlers.TimedRotatingFileHandler(os.path.join(tmp, "u.log"), when=w, interval=2, utc=True, delay=True)
    print(w, x.when, x.interval, x.suffix, (x.rolloverAt - int(time.time())) <= x.interval)
for w in ["W9", "W", "X"]:
    try:
        logging.handlers.TimedRotatingFileHandler(os.path.join(tmp, "u.log"), when=w, delay=True)
    except ValueError as e:
        print(e)
for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)

# Output:
# 1 %Y-%m-%d_%H-%M-%S True
# ['t.log', 't.log.1969-12-31_23-59-59']
# t.log 'last\n'
# t.log.1969-12-31_23-59-59 'm2\n'
# MIDNIGHT MIDNIGHT 172800 %Y-%m-%d True
# W0 W0 1209600 %Y-%m-%d True
# H H 7200 %Y-%m-%d_%H True
# D D 172800 %Y-%m-%d True
# M M 120 %Y-%m-%d_%H-%M True
# s S 2 %Y-%m-%d_%H-%M-%S True
# Invalid day specified for weekly rollover: W9
# You must specify a day for weekly rollover from 0 to 6 (0 is Monday): W
# Invalid rollover interval specified: X
