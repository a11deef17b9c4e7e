//go:build !unix && !windows

package broker

// This file defines the arenas of shared memory where pyconc has none
// (js, wasip1, plan9): making one fails, with a message the script sees.

import (
	"errors"
	"runtime"
)

var errNoSharedMemory = errors.New("shared memory (multiprocessing.Value, Array, RawValue, RawArray) is not supported by pyconc on " + runtime.GOOS)

func newArena(int) (*arena, error) { return nil, errNoSharedMemory }

func mapArena(string, int) ([]byte, error) { return nil, errNoSharedMemory }
