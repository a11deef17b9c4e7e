# multiprocessing's logger: get_logger, log_to_stderr (its handler and
# format), SUBDEBUG/SUBWARNING, the messages of a child's life and of the
# end of the program, and a child that logs as its parent set up.
# The logger's stream is sys.stderr, here made stdout so that the output
# is ordered (the children run this line too).
import logging
import multiprocessing as mp
import sys

sys.stderr = sys.stdout

def work(x):
    log = mp.get_logger()
    log.info("working on %d", x)
    log.debug("not shown at INFO")
    log.warning("a warning from %s", mp.current_process().name)

def quiet():
    mp.get_logger().setLevel(mp.SUBDEBUG)
    mp.get_logger().log(mp.SUBWARNING, "subwarning")
    mp.get_logger().log(mp.SUBDEBUG, "subdebug")

if __name__ == "__main__":
    log = mp.get_logger()
    print(log.name, log.propagate, log.level, log.handlers, mp.get_logger() is log)
    print(mp.SUBDEBUG, mp.SUBWARNING)
    same = mp.log_to_stderr()
    print(same is log, log.level, len(log.handlers))
    h = log.handlers[0]
    print(type(h).__name__, h.formatter._fmt, h.stream is sys.stderr)
    log.warning("warned at level %s", log.level)
    log.info("info is not shown at NOTSET's effective WARNING")
    log.setLevel(logging.INFO)
    log.info("now shown")
    p = mp.Process(target=work, args=(7,), name="Worker")
    p.start()
    p.join()
    print("exitcode", p.exitcode)
    p = mp.Process(target=quiet)
    p.start()
    p.join()
    print("exitcode", p.exitcode)
    print("main done")

# Output:
# multiprocessing 0 0 [] True
# 5 25
# True 0 1
# StreamHandler [%(levelname)s/%(processName)s] %(message)s True
# [WARNING/MainProcess] warned at level 0
# [INFO/MainProcess] now shown
# [INFO/Worker] child process calling self.run()
# [INFO/Worker] working on 7
# [WARNING/Worker] a warning from Worker
# [INFO/Worker] process shutting down
# [INFO/Worker] process exiting with exitcode 0
# exitcode 0
# [INFO/Process-2] child process calling self.run()
# [Level 25/Process-2] subwarning
# [Level 5/Process-2] subdebug
# [INFO/Process-2] process shutting down
# [DEBUG/Process-2] running all "atexit" finalizers with priority >= 0
# [DEBUG/Process-2] running the remaining "atexit" finalizers
# [INFO/Process-2] process exiting with exitcode 0
# exitcode 0
# main done
# [INFO/MainProcess] process shutting down
