package reexec

// This file defines the registry of entry points, Init, and the worker's
// view of its parent (Parent, AuthKey).

import (
	"fmt"
	"net"
	"os"
	"strconv"
	"sync"
)

// Environment variables that mark a worker process.
const (
	EnvName = "PYCONC_REEXEC"     // the registered entry point's name
	EnvFD   = "PYCONC_REEXEC_FD"  // the channel: a descriptor number, or tcp:ADDRESS
	EnvKey  = "PYCONC_REEXEC_KEY" // the authkey, hex-encoded
)

var (
	mu      sync.Mutex
	entries = map[string]func(){}

	parent  net.Conn
	authkey []byte

	initCalled bool // Init has been called in this process
)

// Register adds a worker entry point under name. It panics when the name
// is taken. Call it from an init function, so that the entry exists in
// the child before main calls Init.
func Register(name string, entry func()) {
	mu.Lock()
	defer mu.Unlock()
	if _, dup := entries[name]; dup {
		panic("reexec: entry point " + strconv.Quote(name) + " registered twice")
	}
	entries[name] = entry
}

// Init must be called first thing in main. In an ordinary process it
// returns false at once. In a worker it authenticates the channel to the
// parent, runs the entry point named by the environment and returns true
// when the entry returns; main must then return. Without a valid channel
// it prints an error on stderr and exits with status 2.
func Init() bool {
	mu.Lock()
	initCalled = true
	mu.Unlock()
	name, ok := os.LookupEnv(EnvName)
	if !ok {
		return false
	}
	fdText, keyText := os.Getenv(EnvFD), os.Getenv(EnvKey)
	for _, k := range []string{EnvName, EnvFD, EnvKey} {
		os.Unsetenv(k)
	}
	mu.Lock()
	entry := entries[name]
	mu.Unlock()
	if entry == nil {
		fail(fmt.Errorf("no worker entry point %q in this binary", name))
	}
	conn, key, err := openParent(fdText, keyText)
	if err != nil {
		fail(err)
	}
	mu.Lock()
	parent, authkey = conn, key
	mu.Unlock()
	entry()
	return true
}

// Initialized reports whether Init has been called in this process: a
// program that never called it cannot start worker processes (the child
// would run the program's main instead of the worker).
func Initialized() bool {
	mu.Lock()
	defer mu.Unlock()
	return initCalled
}

// fail reports a worker that cannot start and exits with status 2.
func fail(err error) {
	fmt.Fprintf(os.Stderr, "%s: worker mode is for processes started by their parent: %v\n", progName(), err)
	os.Exit(2)
}

func progName() string {
	if exe, err := os.Executable(); err == nil {
		return exe
	}
	return os.Args[0]
}

// Parent returns the authenticated channel to the parent in a worker, nil
// in an ordinary process. The worker must exit when a read returns
// end-of-file (the parent is gone).
func Parent() net.Conn {
	mu.Lock()
	defer mu.Unlock()
	return parent
}

// AuthKey returns the authkey the parent gave the worker (nil in an
// ordinary process).
func AuthKey() []byte {
	mu.Lock()
	defer mu.Unlock()
	return authkey
}
