package multiprocessing

import (
	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines multiprocessing's logger: get_logger, log_to_stderr,
// the messages CPython's multiprocessing logs at the life points of a
// process, and the logging set-up a child inherits from its parent.

// The logging levels multiprocessing adds (multiprocessing.SUBDEBUG,
// SUBWARNING), and those it logs at.
const (
	levelSubDebug   = 5
	levelDebug      = 10
	levelInfo       = 20
	levelSubWarning = 25
)

// defaultLogFormat is multiprocessing.util.DEFAULT_LOGGING_FORMAT.
const defaultLogFormat = "[%(levelname)s/%(processName)s] %(message)s"

// logState is the logging part of a runtime's multiprocessing state
// (guarded by rtState.mu).
type logState struct {
	logger   starlark.Value // the 'multiprocessing' logger once get_logger made it, else nil
	toStderr bool           // log_to_stderr was called
	exiting  bool           // the exit messages were logged
}

// getLogger is multiprocessing.get_logger(): logging's logger
// 'multiprocessing', made not to propagate the first time.
func getLogger(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return stateOf(core.RuntimeOf(th)).getLogger(th)
}

func (st *rtState) getLogger(th *starlark.Thread) (starlark.Value, error) {
	st.mu.Lock()
	lg := st.log.logger
	st.mu.Unlock()
	if lg != nil {
		return lg, nil
	}
	logging, err := st.rt.Import(th, "logging")
	if err != nil {
		return nil, err
	}
	lg, err = core.CallMethod(th, logging, "getLogger", starlark.Tuple{starlark.String("multiprocessing")}, nil)
	if err != nil {
		return nil, err
	}
	if err := core.SetAttr(th, lg, "propagate", starlark.MakeInt(0)); err != nil {
		return nil, err
	}
	st.mu.Lock()
	if st.log.logger == nil {
		st.log.logger = lg
	}
	lg = st.log.logger
	st.mu.Unlock()
	return lg, nil
}

// logToStderr is multiprocessing.log_to_stderr(level=None): a
// StreamHandler on sys.stderr with multiprocessing's format added to the
// logger, whose level is set when level is given.
func logToStderr(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var level starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "level?", &level); err != nil {
		return nil, err
	}
	st := stateOf(core.RuntimeOf(th))
	if err := st.logToStderr(th, level); err != nil {
		return nil, err
	}
	return st.getLogger(th)
}

func (st *rtState) logToStderr(th *starlark.Thread, level starlark.Value) error {
	lg, err := st.getLogger(th)
	if err != nil {
		return err
	}
	logging, err := st.rt.Import(th, "logging")
	if err != nil {
		return err
	}
	formatter, err := core.CallMethod(th, logging, "Formatter", starlark.Tuple{starlark.String(defaultLogFormat)}, nil)
	if err != nil {
		return err
	}
	handler, err := core.CallMethod(th, logging, "StreamHandler", nil, nil)
	if err != nil {
		return err
	}
	if _, err := core.CallMethod(th, handler, "setFormatter", starlark.Tuple{formatter}, nil); err != nil {
		return err
	}
	if _, err := core.CallMethod(th, lg, "addHandler", starlark.Tuple{handler}, nil); err != nil {
		return err
	}
	if level.Truth() {
		if _, err := core.CallMethod(th, lg, "setLevel", starlark.Tuple{level}, nil); err != nil {
			return err
		}
	}
	st.mu.Lock()
	st.log.toStderr = true
	st.mu.Unlock()
	return nil
}

// logf logs msg % args at level on the logger, if get_logger made it
// (as CPython's util.info and util.debug). Errors of logging are
// dropped: they are logging's to report.
func (st *rtState) logf(th *starlark.Thread, level int, msg string, args ...starlark.Value) {
	st.mu.Lock()
	lg := st.log.logger
	st.mu.Unlock()
	if lg == nil || th == nil {
		return
	}
	callArgs := append(starlark.Tuple{starlark.MakeInt(level), starlark.String(msg)}, args...)
	_, _ = core.CallMethod(th, lg, "log", callArgs, nil)
}

// logPrep is what a child inherits of the logging set-up, sent in its
// start-up message: None without a logger, else (log_to_stderr, the
// logger's effective level), as CPython's preparation data.
func (st *rtState) logPrep(th *starlark.Thread) starlark.Value {
	st.mu.Lock()
	lg, toStderr := st.log.logger, st.log.toStderr
	st.mu.Unlock()
	if lg == nil || th == nil {
		return starlark.None
	}
	level, err := core.CallMethod(th, lg, "getEffectiveLevel", nil, nil)
	if err != nil {
		return starlark.None
	}
	return starlark.Tuple{starlark.Bool(toStderr), level}
}

// applyLogPrep sets up a child's logging as its parent's (prep from
// logPrep).
func (st *rtState) applyLogPrep(th *starlark.Thread, prep starlark.Value) {
	t, ok := prep.(starlark.Tuple)
	if !ok || len(t) != 2 {
		return
	}
	if t[0].Truth() {
		if err := st.logToStderr(th, starlark.None); err != nil {
			return
		}
	}
	lg, err := st.getLogger(th)
	if err != nil {
		return
	}
	_, _ = core.CallMethod(th, lg, "setLevel", starlark.Tuple{t[1]}, nil)
}

// logExit logs what CPython's util._exit_function logs at the end of a
// process (once): the shutting down, then the daemon children it
// terminates and the children it joins.
func (st *rtState) logExit(th *starlark.Thread) {
	st.mu.Lock()
	done := st.log.exiting || st.log.logger == nil
	st.log.exiting = true
	st.mu.Unlock()
	if done {
		return
	}
	st.logf(th, levelInfo, "process shutting down")
	st.logf(th, levelDebug, `running all "atexit" finalizers with priority >= 0`)
	live := st.liveChildren()
	var daemons, others []string
	for _, c := range live {
		if p := procOf(c); p != nil {
			p.mu.Lock()
			if p.daemon {
				daemons = append(daemons, p.name)
			}
			others = append(others, p.name)
			p.mu.Unlock()
		}
	}
	for _, name := range daemons {
		st.logf(th, levelInfo, "calling terminate() for daemon %s", starlark.String(name))
	}
	for _, name := range others {
		st.logf(th, levelInfo, "calling join() for process %s", starlark.String(name))
	}
	st.logf(th, levelDebug, `running the remaining "atexit" finalizers`)
}

// LogExit logs, when the script made multiprocessing's logger, what
// CPython's multiprocessing logs at the end of a program ("process
// shutting down", the children it joins). The interpreter calls it on
// the main thread once the script's threads are done, before Shutdown;
// a worker logs these itself after its target.
func LogExit(th *starlark.Thread) {
	stateOf(core.RuntimeOf(th)).logExit(th)
}
