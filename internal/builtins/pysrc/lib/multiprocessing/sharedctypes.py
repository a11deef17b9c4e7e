"""multiprocessing.sharedctypes: C-typed values and arrays in shared
memory (written in Go in package multiprocessing)."""

from multiprocessing import Array, RawArray, RawValue, Value

__all__ = ['RawValue', 'RawArray', 'Value', 'Array']
