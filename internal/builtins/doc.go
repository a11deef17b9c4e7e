// Package builtins lists the modules pyconc provides. Each module lives
// in its own package below this folder, one folder a module (time, os with
// os.path, sys, random, math, json, threading, queue, multiprocessing);
// modules.go is the one list of them: Modules() gives the interpreter
// (package interp) the function that makes each module, which it calls
// once per runtime when a script first imports the module. Module packages
// never import this package, so the list can name them all.
package builtins
