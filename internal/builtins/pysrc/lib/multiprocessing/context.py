"""multiprocessing.context: the exceptions of multiprocessing and the
Process class (all written in Go in package multiprocessing)."""

from multiprocessing import (AuthenticationError, BufferTooShort, Process,
                             ProcessError, TimeoutError)

__all__ = ()
