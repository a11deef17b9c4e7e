// Package os is pyconc's os module, with os.environ and the os.path
// module (CPython's posixpath).
//
// Make and MakePath, named in package builtins' list of modules, make the
// os and os.path modules of a runtime (os.path is one module per runtime,
// also os's path attribute); their doc comments list the members.
package os
