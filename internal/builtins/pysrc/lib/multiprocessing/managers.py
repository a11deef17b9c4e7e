"""multiprocessing.managers: the manager of shared objects (written in Go
in package multiprocessing)."""

from multiprocessing import Manager as _Manager

__all__ = ['SyncManager']


def SyncManager():
    """An unstarted manager: its start() runs it (multiprocessing.Manager()
    returns one started)."""
    manager = _Manager()
    manager.shutdown()
    return manager
