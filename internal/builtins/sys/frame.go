// This file defines sys._getframe and its frame and code objects.

package sys

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// Frame is a frame object of sys._getframe: one visible frame of a
// thread's call stack (as tracebacks show them), with f_back, f_code,
// f_lineno. It is a snapshot taken by _getframe: f_lineno does not move
// on as the frame runs.
type Frame struct {
	stack []core.Frame // outermost first
	i     int          // this frame's index in stack
}

// Frames returns the frames from the outermost to f (for the traceback
// module's format_stack(f)).
func (f *Frame) Frames() []core.Frame { return f.stack[:f.i+1] }

var frameMethods = core.NewMethods(nil).WithProps(map[string]core.Getter{
	"f_back": func(recv starlark.Value) (starlark.Value, error) {
		f := recv.(*Frame)
		if f.i == 0 {
			return starlark.None, nil
		}
		return &Frame{stack: f.stack, i: f.i - 1}, nil
	},
	"f_code": func(recv starlark.Value) (starlark.Value, error) {
		f := recv.(*Frame)
		return &Code{file: f.stack[f.i].File, name: f.stack[f.i].Func}, nil
	},
	"f_lineno": func(recv starlark.Value) (starlark.Value, error) {
		f := recv.(*Frame)
		return starlark.MakeInt(f.stack[f.i].Line), nil
	},
})

// String returns "<frame at 0x..., file 'F', line N, code f>".
func (f *Frame) String() string {
	fr := f.stack[f.i]
	return fmt.Sprintf("<frame at %#x, file '%s', line %d, code %s>", core.ID(f), fr.File, fr.Line, fr.Func)
}

// Type returns "frame".
func (f *Frame) Type() string { return "frame" }

// Freeze does nothing: a frame snapshot is immutable.
func (f *Frame) Freeze() {}

// Truth returns True.
func (f *Frame) Truth() starlark.Bool { return starlark.True }

// Hash hashes by identity.
func (f *Frame) Hash() (uint32, error) { return uint32(core.ID(f)), nil }

// Attr returns f_back, f_code or f_lineno.
func (f *Frame) Attr(name string) (starlark.Value, error) { return frameMethods.Attr(f, name) }

// AttrNames lists the attributes.
func (f *Frame) AttrNames() []string { return frameMethods.Names() }

// Code is the code object of a frame: co_filename and co_name.
type Code struct {
	file, name string
}

var codeMethods = core.NewMethods(nil).WithProps(map[string]core.Getter{
	"co_filename": func(recv starlark.Value) (starlark.Value, error) { return starlark.String(recv.(*Code).file), nil },
	"co_name":     func(recv starlark.Value) (starlark.Value, error) { return starlark.String(recv.(*Code).name), nil },
})

// String returns `<code object f at 0x..., file "F">`.
func (c *Code) String() string {
	return fmt.Sprintf("<code object %s at %#x, file \"%s\">", c.name, core.ID(c), c.file)
}

// Type returns "code".
func (c *Code) Type() string { return "code" }

// Freeze does nothing.
func (c *Code) Freeze() {}

// Truth returns True.
func (c *Code) Truth() starlark.Bool { return starlark.True }

// Hash hashes the file and name.
func (c *Code) Hash() (uint32, error) { return starlark.String(c.file + "\x00" + c.name).Hash() }

// Attr returns co_filename or co_name.
func (c *Code) Attr(name string) (starlark.Value, error) { return codeMethods.Attr(c, name) }

// AttrNames lists the attributes.
func (c *Code) AttrNames() []string { return codeMethods.Names() }

// sysGetframe is sys._getframe(depth=0): the caller's frame, or the one
// depth calls above it; ValueError "call stack is not deep enough" beyond
// the outermost.
func sysGetframe(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	depth := 0
	if err := starlark.UnpackArgs(fn.Name(), args, kwargs, "depth?", &depth); err != nil {
		return nil, err
	}
	stack := core.VisibleFrames(th.CallStack())
	i := len(stack) - 1 - depth
	if i < 0 || i >= len(stack) {
		return nil, core.NewError(core.ValueError, "call stack is not deep enough")
	}
	return &Frame{stack: stack, i: i}, nil
}
