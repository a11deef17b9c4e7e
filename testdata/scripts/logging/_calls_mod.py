# A module of calls.py's: its logger is named by __name__.
import logging

log = logging.getLogger(__name__)


def work():
    log.warning("from the module")


class K:
    def method(self):
        log.warning("from a method")

    log.warning("from a class body")
