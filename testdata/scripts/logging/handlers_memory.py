# logging.handlers: MemoryHandler (capacity, flushLevel, flushOnClose, setTarget) and BufferingHandler.
import logging
import logging.handlers
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=out)
log = logging.getLogger("mem")
log.propagate = False
log.addHandler(mh)
log.warning("one")
log.warning("two")
print("buffered", len(mh.buffer))
log.warning("three: full, flushed")
print("buffered", len(mh.buffer))
log.warning("four")
log.error("five: flushLevel")
log.warning("six")
mh.setTarget(None)
log.warning("seven")
print("buffered", len(mh.buffer))
mh.setTarget(out)
mh.close()
print("after close", len(mh.buffer), mh.target)
log.removeHandler(mh)

bh = logging.handlers.BufferingHandler(2)
log.addHandler(bh)
log.warning("a")
print(len(bh.buffer), bh.shouldFlush(bh.buffer[0]))
log.warning("b")
print(len(bh.buffer))
log.removeHandler(bh)
mh2 = logging.handlers.MemoryHandler(10, target=out, flushOnClose=False)
log.addHandler(mh2)
log.warning("dropped at close")
mh2.close()
print(len(mh2.buffer))

# Output:
# buffered 2
# WARNING one
# WARNING two
# WARNING three: full, flushed
# buffered 0
# WARNING four
# ERROR five: flushLevel
# buffered 2
# WARNING six
# WARNING seven
# after close 0 None
# 1 False
# 0
# 1
