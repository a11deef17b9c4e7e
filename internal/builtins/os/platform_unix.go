//go:build unix

// This file defines the members of the os module that differ on Unix
// systems: the platform's names and separators, getuid and kill.

package os

import (
	"os"
	"syscall"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// platformMembers returns the members of the os module particular to Unix.
func platformMembers() starlark.StringDict {
	return starlark.StringDict{
		"name":    starlark.String("posix"),
		"pathsep": starlark.String(":"),
		"linesep": starlark.String("\n"),
		"devnull": starlark.String("/dev/null"),
		"getuid":  starlark.NewBuiltin("getuid", osNoArgs(func() starlark.Value { return starlark.MakeInt(os.Getuid()) })),
		"kill":    starlark.NewBuiltin("kill", osKill),
	}
}

// osKill is os.kill(pid, signal): kill(2).
func osKill(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var pid, sig int
	if err := starlark.UnpackArgs(fn.Name(), args, kwargs, "pid", &pid, "signal", &sig); err != nil {
		return nil, err
	}
	if err := syscall.Kill(pid, syscall.Signal(sig)); err != nil {
		return nil, core.MapError(err)
	}
	return starlark.None, nil
}
