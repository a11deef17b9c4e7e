//go:build !unix

package main

// This file defines peakKiB where the system reports no peak memory of an
// ended child (Windows): it is 0.

import "os"

// peakKiB returns 0: the peak memory is not known here.
func peakKiB(*os.ProcessState) int64 { return 0 }
