package multiprocessing

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/core"
)

// This file defines the Process class: its state, constructor, properties
// and repr. Starting and waiting are in process_run.go.

// procState is the Native state of a Process instance.
type procState struct {
	mu       sync.Mutex
	name     string
	target   starlark.Value
	args     starlark.Tuple
	kwargs   *starlark.Dict
	daemon   bool
	identity []int
	parent   int // pid of the process that created the object

	current     bool // the object stands for the running process
	mainProcess bool // ... which is the root (MainProcess)
	parentProxy bool // the object stands for the parent (parent_process())

	closed   bool
	started  bool
	pid      int
	cmd      *exec.Cmd
	srv      *broker.Server
	done     chan struct{} // closed once the child is reaped and its channel settled
	code     *int
	sentinel int
	sent     syscall.Signal // the last signal sent by terminate() or kill()
}

// ProcessClass is multiprocessing.Process (module multiprocessing.context,
// as in CPython). Scripts may subclass it and override run.
var ProcessClass *core.Class

// PoolWorkerClass is the class of a Pool's worker processes (CPython's
// SpawnProcess named SpawnPoolWorker-N).
var PoolWorkerClass *core.Class

// init makes the two Process classes. They cannot be the values of their
// variables' initialisers: their methods reach them (Process.start encodes
// the Process object, whose class the codec looks up), an initialisation
// cycle Go refuses.
func init() {
	ProcessClass = core.MustClass("Process", "multiprocessing.context", []*core.Class{core.ObjectClass}, map[string]starlark.Value{
		"__init__":  core.NewGoMethod("__init__", processInit),
		"__repr__":  core.NewGoMethod("__repr__", processRepr),
		"start":     core.NewGoMethod("start", processStart),
		"run":       core.NewGoMethod("run", processRun),
		"join":      core.NewGoMethod("join", processJoin),
		"is_alive":  core.NewGoMethod("is_alive", processIsAlive),
		"terminate": core.NewGoMethod("terminate", processSignal("terminate", syscall.SIGTERM)),
		"kill":      core.NewGoMethod("kill", processSignal("kill", syscall.SIGKILL)),
		"close":     core.NewGoMethod("close", processClose),
		"name":      property("name", getName, setName),
		"daemon":    property("daemon", getDaemon, setDaemon),
		"pid":       property("pid", getPid, nil),
		"ident":     property("ident", getPid, nil),
		"exitcode":  property("exitcode", getExitcode, nil),
		"authkey":   property("authkey", getAuthkey, nil),
		"sentinel":  property("sentinel", getSentinel, nil),
	})
	ProcessClass.Alloc = func(th *starlark.Thread, inst *core.Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
		p := newProcState(core.RuntimeOf(th))
		if inst.Class != ProcessClass {
			// CPython names a subclass's instance after the subclass: Worker-3.
			p.name = inst.Class.Name() + strings.TrimPrefix(p.name, "Process")
		}
		inst.Native = p
		return nil
	}
	PoolWorkerClass = core.MustClass("PoolWorker", "multiprocessing.pool", []*core.Class{ProcessClass}, map[string]starlark.Value{
		"run": core.NewGoMethod("run", poolWorkerRun),
	})
	PoolWorkerClass.Alloc = ProcessClass.Alloc
	makeContextProcessClasses()
}

// newProcState numbers a new Process of the running process: Process-N,
// or Process-1:N in the child Process-1.
func newProcState(rt *core.Runtime) *procState {
	p := &procState{parent: os.Getpid(), args: starlark.Tuple{}, target: starlark.None, sentinel: -1}
	if rt != nil {
		st := stateOf(rt)
		id := st.currentIdentity()
		st.mu.Lock()
		st.counter++
		p.identity = append(append([]int(nil), id...), st.counter)
		st.mu.Unlock()
	}
	parts := make([]string, len(p.identity))
	for i, n := range p.identity {
		parts[i] = strconv.Itoa(n)
	}
	p.name = "Process-" + strings.Join(parts, ":")
	p.kwargs = starlark.NewDict(0)
	return p
}

// newProcessObject makes a Process instance with the given state (for
// MainProcess, the parent and the child's own process object).
func newProcessObject(rt *core.Runtime, p *procState) *core.Instance {
	if p.kwargs == nil {
		p.kwargs = starlark.NewDict(0)
	}
	if p.target == nil {
		p.target = starlark.None
	}
	p.sentinel = -1
	inst := core.NewInstance(rt, ProcessClass)
	inst.Native = p
	return inst
}

// procOf returns the state of a Process instance (nil otherwise).
func procOf(v starlark.Value) *procState {
	if inst, ok := v.(*core.Instance); ok {
		p, _ := inst.Native.(*procState)
		return p
	}
	return nil
}

func selfProc(self starlark.Value, method string) (*procState, error) {
	p := procOf(self)
	if p == nil {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("descriptor '%s' requires a 'Process' object but received a '%s'", method, core.TypeName(self)))
	}
	return p, nil
}

// property makes a Go property of the class.
func property(name string, get func(p *procState, th *starlark.Thread) (starlark.Value, error), set func(p *procState, v starlark.Value) error) *core.Property {
	prop := &core.Property{Get: starlark.NewBuiltin(name, func(th *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		if len(args) != 1 {
			return nil, core.NewError(core.TypeError, name+": expected the instance")
		}
		p, err := selfProc(args[0], name)
		if err != nil {
			return nil, err
		}
		return get(p, th)
	})}
	if set != nil {
		prop.Set = starlark.NewBuiltin(name, func(th *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
			if len(args) != 2 {
				return nil, core.NewError(core.TypeError, name+": expected the instance and a value")
			}
			p, err := selfProc(args[0], name)
			if err != nil {
				return nil, err
			}
			return starlark.None, set(p, args[1])
		})
	}
	return prop
}

func processInit(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	p, err := selfProc(self, "__init__")
	if err != nil {
		return nil, err
	}
	var group, target, name, daemon starlark.Value = starlark.None, starlark.None, starlark.None, starlark.None
	var pargs starlark.Value = starlark.Tuple{}
	var pkwargs starlark.Value = starlark.NewDict(0)
	if err := starlark.UnpackArgs("Process", args, kwargs, "group?", &group, "target?", &target, "name?", &name,
		"args?", &pargs, "kwargs?", &pkwargs, "daemon?", &daemon); err != nil {
		return nil, err
	}
	if group != starlark.None {
		return nil, core.NewError(core.AssertionError, "group argument must be None for now")
	}
	at, err := toTuple(pargs)
	if err != nil {
		return nil, err
	}
	kd, ok := pkwargs.(*starlark.Dict)
	if !ok {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("Process() argument after ** must be a mapping, not %s", core.TypeName(pkwargs)))
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.target, p.args, p.kwargs = target, at, kd
	if name != starlark.None {
		s, ok := name.(starlark.String)
		if !ok {
			return nil, core.NewError(core.TypeError, "name must be a string")
		}
		p.name = string(s)
	}
	if daemon != starlark.None {
		p.daemon = bool(daemon.Truth())
	}
	return starlark.None, nil
}

func toTuple(v starlark.Value) (starlark.Tuple, error) {
	switch x := v.(type) {
	case starlark.Tuple:
		return x, nil
	case starlark.Iterable:
		var out starlark.Tuple
		if n := starlark.Len(x); n > 0 {
			out = make(starlark.Tuple, 0, n)
		}
		it := x.Iterate()
		defer it.Done()
		var e starlark.Value
		for it.Next(&e) {
			out = append(out, e)
		}
		return out, nil
	}
	return nil, core.NewError(core.TypeError, fmt.Sprintf("argument after * must be an iterable, not %s", core.TypeName(v)))
}

func (p *procState) checkClosed() error {
	if p.closed {
		return core.NewError(core.ValueError, "process object is closed")
	}
	return nil
}

func getName(p *procState, _ *starlark.Thread) (starlark.Value, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return starlark.String(p.name), nil
}

func setName(p *procState, v starlark.Value) error {
	s, ok := v.(starlark.String)
	if !ok {
		return core.NewError(core.AssertionError, "name must be a string")
	}
	p.mu.Lock()
	p.name = string(s)
	p.mu.Unlock()
	return nil
}

func getDaemon(p *procState, _ *starlark.Thread) (starlark.Value, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return starlark.Bool(p.daemon), nil
}

func setDaemon(p *procState, v starlark.Value) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.started {
		return core.NewError(core.AssertionError, "process has already started")
	}
	p.daemon = bool(v.Truth())
	return nil
}

func getPid(p *procState, _ *starlark.Thread) (starlark.Value, error) {
	if err := p.checkClosed(); err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	switch {
	case p.current:
		return starlark.MakeInt(os.Getpid()), nil
	case p.parentProxy:
		return starlark.MakeInt(p.pid), nil
	case !p.started:
		return starlark.None, nil
	}
	return starlark.MakeInt(p.pid), nil
}

func getExitcode(p *procState, _ *starlark.Thread) (starlark.Value, error) {
	if err := p.checkClosed(); err != nil {
		return nil, err
	}
	if c := p.exitCode(); c != nil {
		return starlark.MakeInt(*c), nil
	}
	return starlark.None, nil
}

// exitCode returns the child's exit code, nil while it runs or before start.
func (p *procState) exitCode() *int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.code
}

func getAuthkey(p *procState, th *starlark.Thread) (starlark.Value, error) {
	return starlark.Bytes(stateOf(core.RuntimeOf(th)).authkey), nil
}

// signalNames maps -N exit codes to CPython's names in reprs.
var signalNames = map[int]string{-1: "-SIGHUP", -2: "-SIGINT", -3: "-SIGQUIT", -6: "-SIGABRT", -9: "-SIGKILL",
	-11: "-SIGSEGV", -13: "-SIGPIPE", -14: "-SIGALRM", -15: "-SIGTERM", -10: "-SIGUSR1", -12: "-SIGUSR2"}

func processRepr(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	p, err := selfProc(self, "__repr__")
	if err != nil {
		return nil, err
	}
	inst := self.(*core.Instance)
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.mainProcess {
		return starlark.String(fmt.Sprintf("<_MainProcess name='%s' parent=None started>", p.name)), nil
	}
	if p.parentProxy {
		return starlark.String(fmt.Sprintf("<_ParentProcess name='%s' parent=None unknown>", p.name)), nil
	}
	status := "initial"
	switch {
	case p.current:
		status = "started"
	case p.closed:
		status = "closed"
	case p.parent != os.Getpid():
		status = "unknown"
	case p.started && p.code != nil:
		status = "stopped"
	case p.started:
		status = "started"
	}
	info := []string{inst.Class.Name(), "name=" + core.ReprNoThread(starlark.String(p.name))}
	if p.started {
		info = append(info, fmt.Sprintf("pid=%d", p.pid))
	}
	info = append(info, fmt.Sprintf("parent=%d", p.parent), status)
	if status == "stopped" {
		code := strconv.Itoa(*p.code)
		if n, ok := signalNames[*p.code]; ok {
			code = n
		}
		info = append(info, "exitcode="+code)
	}
	if p.daemon {
		info = append(info, "daemon")
	}
	return starlark.String("<" + strings.Join(info, " ") + ">"), nil
}
