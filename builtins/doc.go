// Package builtins holds pyconc's built-in modules: time, os, random, sys
// (one file each), go.starlark.net's math and json, and, in subpackages,
// threading, queue and multiprocessing. Modules() lists them all for the
// interpreter (package interp), which creates each module once per runtime
// when a script first imports it.
package builtins
