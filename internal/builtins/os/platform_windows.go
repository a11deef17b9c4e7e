// This file defines the members of the os module that differ on Windows:
// the platform's names and separators, and kill. getuid does not exist
// there, as in CPython.

package os

import (
	"os"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// platformMembers returns the members of the os module particular to Windows.
func platformMembers() starlark.StringDict {
	return starlark.StringDict{
		"name":    starlark.String("nt"),
		"pathsep": starlark.String(";"),
		"linesep": starlark.String("\r\n"),
		"devnull": starlark.String("nul"),
		"kill":    starlark.NewBuiltin("kill", osKill),
	}
}

// osKill is os.kill(pid, signal): Windows has no signals, so the process
// is terminated (TerminateProcess), as CPython does for any signal other
// than CTRL_C_EVENT and CTRL_BREAK_EVENT, which pyconc does not provide.
func osKill(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var pid, sig int
	if err := starlark.UnpackArgs(fn.Name(), args, kwargs, "pid", &pid, "signal", &sig); err != nil {
		return nil, err
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return nil, core.MapError(err)
	}
	defer p.Release()
	if err := p.Kill(); err != nil {
		return nil, core.MapError(err)
	}
	return starlark.None, nil
}
