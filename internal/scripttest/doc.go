// Package scripttest is pyconc's one script-test harness: it runs Python
// script files and compares what they do with the expectation block written
// at their end, with pyconc (in a process or in this one) and with python3,
// the reference.
//
// # Script tests
//
// A script test is a file testdata/scripts/<topic>/<name>.py: a Python
// program that ends with a comment block saying what running it must give:
//
//	# Output:            the exact standard output, one "# " line each ("#" alone: an empty line)
//	# Unordered output:  instead of "# Output:": the same lines in any order (threads racing)
//	# Exit: N            the exit status (default 0)
//	# Stderr:            lines that must appear in standard error, in order; a line
//	#                    "re:PATTERN" is a regular expression matching a whole line
//	# Skip-python3: why  not run with python3 by Differential (pyconc-only behaviour,
//	#                    such as the deadlock report, where CPython hangs)
//
// When the exit status is not 0 and the block lists standard-error lines,
// the last line of standard error must match the last of them (the
// exception). File names in tracebacks are compared by their base names.
// Files and folders whose name starts with "_" are helper modules and
// packages that tests import, not tests.
//
// # Adding a script
//
// Write the program without a block, then let CPython write the block:
//
//	python3 testdata/expect.py testdata/scripts/<topic>/<name>.py
//
// expect.py runs each named script that has no block yet with python3 and
// appends "# Output:", "# Exit:" and "# Stderr:" (the traceback without its
// caret lines). Review the block: it is the test's contract. To regenerate a
// block, delete it and run expect.py again. Where pyconc deliberately differs
// from CPython, write the block by hand and add "# Skip-python3: why".
// Scripts must be deterministic: threads that race print through
// "# Unordered output:", and no assertion depends on timing.
//
// # Running scripts from Go tests
//
// Run runs every script test under a folder, one parallel subtest each, with
// a Runner: Command runs a program (the pyconc binary, or the test binary
// acting as pyconc) in a child process, in the script's folder; InProcess
// runs the script on an interp.Interpreter in the test's own process.
// Differential runs the same scripts with python3 (skipped when python3 is
// not on PATH) and checks that CPython gives what the blocks say, so every
// block is checked against both implementations:
//
//	func TestScripts(t *testing.T) {
//		scripttest.Run(t, "../../testdata/scripts/threading", scripttest.InProcess(interp.Options{}))
//	}
//
// cmd/pyconc's TestScripts and TestDifferential run every script under
// testdata/scripts with the real command; a package whose behaviour a topic
// tests runs that topic in-process too (core, threading, queue, builtins),
// from an external test package (package x_test), since scripttest imports
// interp. The lowering reads its topic's blocks with Files and Parse and
// runs the scripts on its own test runtime.
//
// Go tests stay Go tests where they test Go APIs or what a script cannot
// observe: goroutine leaks, the deadlock hook, interrupts, standard input,
// temporary files.
package scripttest
