package main

import (
	"os"
	"os/signal"
	"sync/atomic"

	"github.com/pyconc/pyconc/interp"
)

// interrupter turns Ctrl-C into KeyboardInterrupt while a chunk typed at
// the prompt runs. While the prompt reads a line the terminal is in raw
// mode and Ctrl-C reaches the line editor as a key instead; a SIGINT that
// arrives between the two is ignored rather than killing the session.
type interrupter struct {
	in      *interp.Interpreter
	running atomic.Bool
	sigs    chan os.Signal
	done    chan struct{}
}

// startInterrupter installs the SIGINT handler; stop removes it.
func startInterrupter(in *interp.Interpreter) *interrupter {
	it := &interrupter{in: in, sigs: make(chan os.Signal, 1), done: make(chan struct{})}
	signal.Notify(it.sigs, os.Interrupt)
	go it.loop()
	return it
}

func (it *interrupter) loop() {
	for {
		select {
		case <-it.sigs:
			if it.running.Load() {
				it.in.Interrupt()
			}
		case <-it.done:
			return
		}
	}
}

// run calls fn with Ctrl-C delivering KeyboardInterrupt to it.
func (it *interrupter) run(fn func()) {
	it.running.Store(true)
	defer it.running.Store(false)
	fn()
}

// stop removes the handler.
func (it *interrupter) stop() {
	signal.Stop(it.sigs)
	close(it.done)
}
