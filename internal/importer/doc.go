// Package importer is pyconc's import system, the one place where a dotted
// module name becomes a module, as CPython's importlib is:
//
//   - the search, in CPython's order: the host's Go-defined modules, the
//     modules CPython builds into its interpreter (sys, time, _thread...),
//     the user's files and packages beside the main script (or in the
//     host's fs.FS), then pyconc's standard library: modules written in Go
//     and modules written in Python, embedded in the binary (a Library);
//   - packages: a folder with __init__.py, whose files are its submodules
//     (import pkg.mod binds pkg and sets pkg.mod); a Go-defined module is a
//     package when modules are named under it (multiprocessing.pool) or the
//     library has a folder of its name;
//   - each module runs its top level once per interpreter: a thread that
//     imports a module another thread is running waits for it, as with
//     CPython's module locks (two threads importing each other's modules
//     get the partly initialised one instead of a deadlock), and a
//     circular import sees the module partly initialised;
//   - a folder without __init__.py is a namespace package, found only when
//     no module of its name is;
//   - sys.modules (Modules): what a script puts there is what importing
//     the name gives, what it deletes is imported again;
//   - CPython's errors: No module named 'x', 'pkg' is not a package.
//
// The programs of the library's modules are compiled on first import and
// kept for the whole process: every Interpreter reuses them. Nothing is
// read or compiled before a script imports it. A library file that opens
// with BuiltinDirective stands for code CPython writes in C: tracebacks show
// no entry in it.
//
// Relative names (from . import x) are resolved by package core, which
// knows the importing module's __package__; the importer sees absolute
// names only.
package importer
