package threading

import (
	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines the deprecated aliases of the module (currentThread,
// Thread.getName, Event.isSet...), which warn as CPython 3.11's do, and
// Thread.isAlive, removed in Python 3.9 and accepted here with the same
// kind of warning.

// deprecatedAlias returns the method or function old, which issues a
// DeprecationWarning "old() is deprecated, advice" at its caller
// (CPython's stacklevel=2), then does what impl does.
func deprecatedAlias(old, advice string, impl core.MethodFunc) core.MethodFunc {
	msg := old + "() is deprecated, " + advice
	return func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := core.Warn(th, core.DeprecationWarning, msg, 1); err != nil {
			return nil, err
		}
		return impl(th, b, args, kwargs)
	}
}

var (
	currentThreadAlias = deprecatedAlias("currentThread", "use current_thread() instead", currentThread)
	activeCountAlias   = deprecatedAlias("activeCount", "use active_count() instead", activeCount)
	getNameAlias       = deprecatedAlias("getName", "get the name attribute instead", threadGetName)
	setNameAlias       = deprecatedAlias("setName", "set the name attribute instead", threadSetName)
	isDaemonAlias      = deprecatedAlias("isDaemon", "get the daemon attribute instead", threadIsDaemon)
	setDaemonAlias     = deprecatedAlias("setDaemon", "set the daemon attribute instead", threadSetDaemon)
	isAliveAlias       = deprecatedAlias("isAlive", "use is_alive() instead", threadIsAlive)
	isSetAlias         = deprecatedAlias("isSet", "use is_set() instead", eventIsSet)
	notifyAllAlias     = deprecatedAlias("notifyAll", "use notify_all() instead", condNotifyAll)
)
