package multiprocessing

// This file defines the tests' kill() on Windows, which has no signals:
// the process ends.

import "os"

func killProcess(pid, _ int) error {
	p, err := os.FindProcess(pid)
	if err != nil {
		return err
	}
	return p.Kill()
}
