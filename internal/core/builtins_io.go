package core

// This file defines print() and input() on the runtime's standard streams.

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"go.starlark.net/starlark"
)

// print(*objects, sep=' ', end='\n', file=None, flush=False): the whole
// text is built first and written with one Write call (to the runtime's
// Stdout, a file, or a Go-defined stream such as sys.stderr), so that
// lines printed by concurrent threads never mix. A file-like object
// defined by the script gets one write call per piece, as in CPython.
func builtinPrint(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var sep, end, file, flush starlark.Value = starlark.None, starlark.None, starlark.None, starlark.False
	if err := unpackArgs("print", nil, kwargs, "sep?", &sep, "end?", &end, "file?", &file, "flush?", &flush); err != nil {
		return nil, err
	}
	sepS, endS := " ", "\n"
	for _, p := range []struct {
		name string
		v    starlark.Value
		dst  *string
	}{{"sep", sep, &sepS}, {"end", end, &endS}} {
		switch s := p.v.(type) {
		case starlark.NoneType:
		case starlark.String:
			*p.dst = string(s)
		default:
			return nil, NewError(TypeError, fmt.Sprintf("%s must be None or a string, not %s", p.name, TypeName(p.v)))
		}
	}
	var parts []string
	for i, a := range args {
		if i > 0 {
			parts = append(parts, sepS)
		}
		s, err := Str(th, a)
		if err != nil {
			return nil, err
		}
		parts = append(parts, s)
	}
	parts = append(parts, endS)
	if _, isScript := file.(*Instance); isScript {
		// A script's file-like object sees one write per piece, as in CPython.
		for i, p := range parts {
			if err := writeText(th, file, p, bool(flush.Truth()) && i == len(parts)-1); err != nil {
				return nil, err
			}
		}
		return starlark.None, nil
	}
	return starlark.None, writeText(th, file, strings.Join(parts, ""), bool(flush.Truth()))
}

// writeText writes s to a print-style file argument: None for the
// runtime's Stdout, a File, or any object with a write method.
func writeText(th *starlark.Thread, file starlark.Value, s string, flush bool) error {
	switch f := file.(type) {
	case starlark.NoneType:
		out := stdoutOf(th)
		if _, err := out.WriteString(s); err != nil {
			return osError(err, "")
		}
		if flush {
			_ = out.Flush()
		}
		return nil
	case *File:
		if _, err := f.write(th, s); err != nil {
			return err
		}
		if flush {
			return f.flush()
		}
		return nil
	}
	w, err := GetAttr(th, file, "write")
	if err != nil {
		return err
	}
	if _, err := starlark.Call(th, w, starlark.Tuple{starlark.String(s)}, nil); err != nil {
		return err
	}
	if flush {
		if fl, ok, err := lookupAttr(th, file, "flush"); err != nil {
			return err
		} else if ok {
			_, err := starlark.Call(th, fl, nil, nil)
			return err
		}
	}
	return nil
}

// fallbackStdout is used by threads that belong to no runtime.
var fallbackStdout = NewOutput(os.Stdout)

// stdoutOf returns the standard output of th's runtime.
func stdoutOf(th *starlark.Thread) *Output {
	if rt := RuntimeOf(th); rt != nil && rt.Stdout != nil {
		return rt.Stdout
	}
	return fallbackStdout
}

// stdinKey keys the runtime's shared standard input reader.
type stdinKey struct{}

// stdinReader reads lines of the runtime's Stdin for input(). A read
// interrupted by Ctrl-C continues in the background; its line is given
// to the next input().
type stdinReader struct {
	mu      sync.Mutex
	r       *bufio.Reader
	pending chan lineResult
}

type lineResult struct {
	line string
	err  error
}

// readLine starts (or resumes) reading one line.
func (s *stdinReader) readLine() chan lineResult {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.pending != nil {
		return s.pending
	}
	ch := make(chan lineResult, 1)
	s.pending = ch
	go func() {
		line, err := s.r.ReadString('\n')
		ch <- lineResult{line, err}
	}()
	return ch
}

// done forgets a consumed read.
func (s *stdinReader) done(ch chan lineResult) {
	s.mu.Lock()
	if s.pending == ch {
		s.pending = nil
	}
	s.mu.Unlock()
}

// input(prompt=”)
func builtinInput(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var prompt starlark.Value
	if err := unpackPositional("input", args, kwargs, 0, &prompt); err != nil {
		return nil, err
	}
	if prompt != nil {
		s, err := Str(th, prompt)
		if err != nil {
			return nil, err
		}
		out := stdoutOf(th)
		_, _ = out.WriteString(s)
		_ = out.Flush()
	}
	var in io.Reader = os.Stdin
	rt := RuntimeOf(th)
	if rt != nil && rt.Stdin != nil {
		in = rt.Stdin
	}
	var sr *stdinReader
	if rt != nil {
		sr = rt.Shared(stdinKey{}, func() any { return &stdinReader{r: bufio.NewReader(in)} }).(*stdinReader)
	} else {
		sr = &stdinReader{r: bufio.NewReader(in)}
	}
	var res lineResult
	err := Block(th, false, func(intr <-chan struct{}) error {
		ch := sr.readLine()
		select {
		case res = <-ch:
			sr.done(ch)
			return nil
		case <-intr:
			return ErrInterrupted
		}
	})
	if err != nil {
		return nil, err
	}
	if res.err != nil && res.line == "" {
		if res.err == io.EOF {
			return nil, NewError(EOFError, "EOF when reading a line")
		}
		return nil, osError(res.err, "")
	}
	line := strings.TrimSuffix(res.line, "\n")
	line = strings.TrimSuffix(line, "\r")
	return starlark.String(line), nil
}
