package os

// This file defines the file-descriptor functions of os on Windows: none
// yet (pipe, read, write, close, dup, dup2, fdopen are Unix-only in pyconc).

import "github.com/pyconc/pyconc/internal/core"

// fdFunctions returns os's file-descriptor functions, by name: none.
func fdFunctions() map[string]core.MethodFunc { return nil }
