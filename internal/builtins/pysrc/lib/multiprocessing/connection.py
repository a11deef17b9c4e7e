"""multiprocessing.connection: the connections between processes (written
in Go in package multiprocessing)."""

from multiprocessing import AuthenticationError, BufferTooShort, Pipe

__all__ = ['Pipe']
