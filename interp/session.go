// This file defines Session, the interactive prompt's module: Run,
// NeedsMore, Globals, Close, and the definitions sent to child processes.

package interp

import (
	"context"
	"errors"
	"strings"
	"sync"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/hidden"
	"github.com/pyconc/pyconc/internal/lower"
	"github.com/pyconc/pyconc/internal/parser"
	"github.com/pyconc/pyconc/internal/pyast"
)

// sessionFile is the file name of interactive input in tracebacks.
const sessionFile = "<stdin>"

// echoName is the variable that receives the value of an expression
// statement typed at the prompt.
const echoName = hidden.Echo

// Session runs chunks of source one after the other in one module
// (__main__), as Python's interactive prompt does: a function defined by
// one chunk sees the variables later chunks rebind, threads started by a
// chunk keep running, and the value of an expression statement is echoed.
// Make one with Interpreter.NewSession; its methods must not be called
// concurrently.
type Session struct {
	in *Interpreter

	mu    sync.Mutex
	cells starlark.StringDict // the session's variables (each a *core.Cell)
	defs  strings.Builder     // definitions sent to child processes
}

// NewSession starts an interactive session on the interpreter.
func (in *Interpreter) NewSession() *Session {
	s := &Session{in: in, cells: starlark.StringDict{}}
	in.mu.Lock()
	in.session = s
	in.mu.Unlock()
	in.recordMainSpec(sessionFile, nil, false)
	return s
}

// Run compiles and runs one chunk. When the chunk is one expression
// statement whose value is not None, echo is its repr (and the value is
// kept in _), as at Python's prompt. err is a *SyntaxError (NeedsMore
// tells beforehand whether input typed at a prompt is complete), an
// *Error (the traceback to print), an *ExitError (sys.exit), a
// *DeadlockError, or ctx's error.
func (s *Session) Run(ctx context.Context, src string) (echo string, err error) {
	defer recoverInternal(&err, sessionFile)
	in := s.in
	mod, err := parser.Parse(sessionFile, []byte(src))
	if err != nil {
		return "", syntaxErrorFrom(err, []byte(src))
	}
	// The value of an expression statement ending the chunk is echoed
	// (x = f(); x echoes x, as at Python's prompt).
	isExpr := false
	if n := len(mod.Body); n > 0 {
		if es, ok := mod.Body[n-1].(*pyast.ExprStmt); ok {
			isExpr = true
			mod.Body[n-1] = &pyast.Assign{
				Targets: []pyast.Expr{&pyast.Name{NamePos: es.Start(), Id: echoName}},
				EqPos:   es.Start(),
				Value:   es.X,
			}
		}
	}
	s.mu.Lock()
	session := s.cells
	s.mu.Unlock()
	isPredeclared := func(name string) bool { return in.isPredeclared(name) || session.Has(name) }
	f, err := lower.FileWith(mod, isPredeclared, lower.Options{Interactive: true, Session: session.Has})
	if err != nil {
		return "", syntaxErrorFrom(err, []byte(src))
	}
	prog, err := starlark.FileProgram(f, isPredeclared)
	if err != nil {
		return "", syntaxErrorFrom(err, []byte(src))
	}
	if ctx == nil {
		ctx = context.Background()
	}
	stop := context.AfterFunc(ctx, func() { in.rt.Abort(context.Cause(ctx)) })
	defer stop()
	predeclared := in.predeclared("__main__", sessionFile)
	for k, v := range session {
		predeclared[k] = v
	}
	th := in.main.Thread
	runErr := in.rt.RunMain(in.main, func() error {
		globals, err := prog.Init(th, predeclared)
		s.keep(globals)
		if err == nil && isExpr {
			echo, err = s.echo(th, globals)
		}
		return err
	})
	if runErr != nil {
		if isKeyboardInterrupt(runErr) || errors.Is(runErr, context.Canceled) {
			in.rt.StopThreads(in.main)
		}
		return "", in.convertError(ctx, runErr)
	}
	s.addDefinitions(src, mod)
	return echo, nil
}

// NeedsMore reports whether src, the lines typed so far at an interactive
// prompt (each ending with a newline), must wait for more lines before Run
// runs them, by the rules of CPython's prompt: an open bracket or
// triple-quoted string, a trailing backslash, a decorator or a block
// header without its body read on; a compound statement (one with a
// block, even on one line) goes on until an empty line; an empty line
// ends a block header that has no body (Run then reports the
// IndentationError). When the lines can never make a statement (one
// starts after a block that no empty line ended), err is the SyntaxError
// to report, and the lines are to be dropped. Other syntax errors are
// left to Run. NeedsMore runs nothing and may be called at any time.
func (s *Session) NeedsMore(src string) (more bool, err error) {
	lines := strings.Split(strings.TrimSuffix(src, "\n"), "\n")
	last := strings.TrimSpace(lines[len(lines)-1])
	blank := last == ""
	mod, perr := parser.Parse(sessionFile, []byte(src))
	if perr != nil {
		switch {
		case parser.IsIncomplete(perr):
			return !(blank && missesBlock(perr)), nil
		case strings.HasPrefix(last, "@"):
			return true, nil // a decorator: the definition follows
		}
		return false, nil // Run reports the error
	}
	if len(mod.Body) == 0 || !isCompound(mod.Body[0]) {
		return false, nil
	}
	if len(mod.Body) > 1 {
		// A statement after a block without the empty line that ends it.
		pos := mod.Body[1].Start()
		text := ""
		if n := int(pos.Line); n >= 1 && n <= len(lines) {
			text = lines[n-1]
		}
		return false, &SyntaxError{Kind: "SyntaxError", Msg: "invalid syntax", File: sessionFile, Line: int(pos.Line), Col: int(pos.Col), Text: text}
	}
	return !blank, nil
}

// missesBlock reports whether a parse error that only says the source
// ended too early is a block header's missing body.
func missesBlock(err error) bool {
	var list pyast.ErrorList
	return errors.As(err, &list) && len(list) > 0 && list[0].Kind == "IndentationError"
}

// isCompound reports whether a statement has a block, so that the prompt
// waits for an empty line after it.
func isCompound(st pyast.Stmt) bool {
	switch st.(type) {
	case *pyast.If, *pyast.While, *pyast.For, *pyast.FunctionDef, *pyast.ClassDef, *pyast.Try, *pyast.With:
		return true
	}
	return false
}

// keep adds the cells a chunk created to the session.
func (s *Session) keep(globals starlark.StringDict) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, v := range globals {
		if _, ok := v.(*core.Cell); ok && k != echoName {
			s.cells[k] = v
		}
	}
}

// echo returns the repr of the chunk's expression value and stores it in
// _, unless it is None.
func (s *Session) echo(th *starlark.Thread, globals starlark.StringDict) (string, error) {
	c, ok := globals[echoName].(*core.Cell)
	if !ok {
		return "", nil
	}
	v, err := c.Get()
	if err != nil || v == starlark.None {
		return "", err
	}
	text, err := core.Repr(th, v)
	if err != nil {
		return "", err
	}
	s.mu.Lock()
	under, ok := s.cells["_"].(*core.Cell)
	if !ok {
		under = core.NewCell("_", true)
		s.cells["_"] = under
	}
	s.mu.Unlock()
	under.Set(v)
	return text, nil
}

// addDefinitions appends the chunk's definitions (def, class, import, and
// assignments without calls) to the source that child processes load as
// __mp_main__: a function defined at the prompt can be a Process target.
func (s *Session) addDefinitions(src string, mod *pyast.Module) {
	lines := strings.SplitAfter(src, "\n")
	kept := false
	for i, st := range mod.Body {
		if !isDefinition(st) {
			continue
		}
		first := int(startLine(st))
		last := len(lines)
		if i+1 < len(mod.Body) {
			last = int(startLine(mod.Body[i+1])) - 1
		}
		for n := first; n <= last && n <= len(lines); n++ {
			s.defs.WriteString(lines[n-1])
			if !strings.HasSuffix(lines[n-1], "\n") {
				s.defs.WriteByte('\n')
			}
		}
		kept = true
	}
	if kept {
		s.in.recordMainSpec(sessionFile, []byte(s.defs.String()), false)
	}
}

// isDefinition reports whether a statement typed at the prompt is sent to
// child processes.
func isDefinition(st pyast.Stmt) bool {
	switch st := st.(type) {
	case *pyast.FunctionDef, *pyast.ClassDef, *pyast.Import, *pyast.ImportFrom:
		return true
	case *pyast.Assign:
		if n, ok := st.Targets[0].(*pyast.Name); ok && n.Id == echoName {
			return false // an expression typed at the prompt
		}
		return !hasCall(st.Value)
	}
	return false
}

// hasCall reports whether an expression may call something (so that
// replaying it in a child could have effects).
func hasCall(e pyast.Expr) bool {
	switch e := e.(type) {
	case *pyast.Call, *pyast.Comprehension, *pyast.Lambda:
		return true
	case *pyast.Name, *pyast.Int, *pyast.Float, *pyast.Str, *pyast.Bytes:
		return false
	case *pyast.Tuple:
		return anyCall(e.Elts)
	case *pyast.List:
		return anyCall(e.Elts)
	case *pyast.Set:
		return anyCall(e.Elts)
	case *pyast.Dict:
		return anyCall(e.Keys) || anyCall(e.Values)
	case *pyast.UnaryOp:
		return hasCall(e.X)
	case *pyast.BinOp:
		return hasCall(e.X) || hasCall(e.Y)
	}
	return true
}

func anyCall(list []pyast.Expr) bool {
	for _, e := range list {
		if e != nil && hasCall(e) {
			return true
		}
	}
	return false
}

// startLine returns the first line of a statement, decorators included.
func startLine(st pyast.Stmt) int32 {
	line := st.Start().Line
	var decs []pyast.Expr
	switch st := st.(type) {
	case *pyast.FunctionDef:
		decs = st.Decorators
	case *pyast.ClassDef:
		decs = st.Decorators
	}
	for _, d := range decs {
		if l := d.Start().Line; l < line { // the '@' is on the decorator's line
			line = l
		}
	}
	return line
}

// Globals returns the session's variables and their values (unbound
// variables are left out).
func (s *Session) Globals() starlark.StringDict {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(starlark.StringDict, len(s.cells))
	for k, v := range s.cells {
		if c, ok := v.(*core.Cell); ok {
			if cv, err := c.Get(); err == nil {
				out[k] = cv
			}
		}
	}
	return out
}

// Close ends the session as Python's prompt ends: it waits for the
// non-daemon threads and child processes.
func (s *Session) Close(ctx context.Context) error {
	in := s.in
	th := in.main.Thread
	err := in.rt.RunMain(in.main, func() error { return waitForThreads(th) })
	shutdownProcesses(in, err)
	if err != nil {
		return in.convertError(ctx, err)
	}
	return nil
}
