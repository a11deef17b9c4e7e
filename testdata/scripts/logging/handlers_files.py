# logging: FileHandler (mode, delay), RotatingFileHandler, basicConfig(filename=).
import logging
import logging.handlers
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
tmp = os.path.join(here, "_handlers_files_tmp_%d" % os.getpid())
if not os.path.isdir(tmp):
    os.mkdir(tmp)


def clean():
    for name in sorted(os.listdir(tmp)):
        os.remove(os.path.join(tmp, name))


def show(name):
    with open(os.path.join(tmp, name)) as f:
        print(name, repr(f.read()))


clean()
path = os.path.join(tmp, "app.log")
log = logging.getLogger("files")
log.propagate = False
fh = logging.FileHandler(path, mode="w")
fh.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log.addHandler(fh)
log.warning("one")
log.error("two %d", 2)
print(repr(fh).replace(tmp, "TMP"), fh.baseFilename == path, fh.mode, fh.stream is not None)
print(fh.encoding, fh.errors, logging.FileHandler(path, "ab", delay=True).encoding,
      logging.FileHandler(path, encoding="utf-8", delay=True).encoding)
fh.close()
print(fh.stream)
show("app.log")
log.removeHandler(fh)

dh = logging.FileHandler(os.path.join(tmp, "delayed.log"), delay=True)
print(dh.stream, os.path.exists(os.path.join(tmp, "delayed.log")))
log.addHandler(dh)
log.warning("now it opens")
dh.close()
show("delayed.log")
log.removeHandler(dh)

rh = logging.handlers.RotatingFileHandler(os.path.join(tmp, "rot.log"), maxBytes=30, backupCount=2)
rh.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(rh)
for i in range(8):
    log.warning("message number %d", i)
rh.close()
log.removeHandler(rh)
print(sorted(os.listdir(tmp)))
for name in ["rot.log", "rot.log.1", "rot.log.2"]:
    show(name)

rh = logging.handlers.RotatingFileHandler(os.path.join(tmp, "named.log"), maxBytes=20, backupCount=1)
rh.namer = lambda name: name + ".bak"
log.addHandler(rh)
for i in range(3):
    log.warning("0123456789 %d", i)
rh.close()
log.removeHandler(rh)
print(sorted(n for n in os.listdir(tmp) if n.startswith("named")))

logging.basicConfig(filename=os.path.join(tmp, "basic.log"), filemode="w", level=logging.INFO,
                    format="%(name)s|%(levelname)s|%(message)s")
logging.info("basic %s", "file")
logging.getLogger("x.y").warning("child")
logging.shutdown()
show("basic.log")
logging.basicConfig(stream=sys.stdout, force=True, format="%(message)s")
logging.warning("forced to stdout")
try:
    logging.basicConfig(stream=sys.stdout, filename="x", force=True)
except ValueError as e:
    print(e)
try:
    logging.basicConfig(handlers=[], stream=sys.stdout, force=True)
except ValueError as e:
    print(e)
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print(e)
try:
    logging.basicConfig(style="#", force=True)
except ValueError as e:
    print(e)
clean()
os.rmdir(tmp)



# Output:
# <FileHandler TMP/app.log (NOTSET)> True w True
# locale None None utf-8
# None
# app.log 'WARNING:files:one\nERROR:files:two 2\n'
# None False
# delayed.log 'now it opens\n'
# ['app.log', 'delayed.log', 'rot.log', 'rot.log.1', 'rot.log.2']
# rot.log 'message number 7\n'
# rot.log.1 'message number 6\n'
# rot.log.2 'message number 5\n'
# ['named.log', 'named.log.1.bak']
# basic.log 'root|INFO|basic file\nx.y|WARNING|child\n'
# forced to stdout
# 'stream' and 'filename' should not be specified together
# 'stream' or 'filename' should not be specified together with 'handlers'
# Unrecognised argument(s): bogus
# Style must be one of: %,{,$
