// Package builtins holds pyconc's built-in modules: time, os, os.path,
// random, sys, math and json here, threading, queue and multiprocessing in
// subpackages. modules.go is the one list of them: Modules() gives the
// interpreter (package interp) the function that makes each module, which
// it calls once per runtime when a script first imports the module.
// Module packages never import this package, so the list can name them all.
package builtins
