package multiprocessing

import (
	"sync/atomic"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/core"
)

// This file defines multiprocessing.Pipe and its Connection objects:
// handles of the two ends of a pipe of the store.

// Connection is one end of a Pipe. The other end sees end-of-file once
// every copy of this end is closed (close(), or the end of a process that
// held one).
type Connection struct {
	pipe, end          int64
	readable, writable bool
	closed             atomic.Bool
}

var connMethods = core.NewMethods(map[string]core.MethodFunc{
	"send":       connSend,
	"send_bytes": connSend,
	"recv":       connRecv,
	"recv_bytes": connRecv,
	"poll":       connPoll,
	"close":      connClose,
}).WithProps(map[string]core.Getter{
	"closed": func(recv starlark.Value) (starlark.Value, error) {
		return starlark.Bool(recv.(*Connection).isClosed()), nil
	},
	"readable": func(recv starlark.Value) (starlark.Value, error) {
		return starlark.Bool(recv.(*Connection).readable), nil
	},
	"writable": func(recv starlark.Value) (starlark.Value, error) {
		return starlark.Bool(recv.(*Connection).writable), nil
	},
})

func newPipe(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	duplex := true
	if err := starlark.UnpackArgs("Pipe", args, kwargs, "duplex?", &duplex); err != nil {
		return nil, err
	}
	id, err := newObject(th, broker.Pipe, 0)
	if err != nil {
		return nil, err
	}
	if duplex {
		return starlark.Tuple{
			&Connection{pipe: id, end: 0, readable: true, writable: true},
			&Connection{pipe: id, end: 1, readable: true, writable: true},
		}, nil
	}
	// End 0 receives what end 1 sends.
	return starlark.Tuple{
		&Connection{pipe: id, end: 0, readable: true},
		&Connection{pipe: id, end: 1, writable: true},
	}, nil
}

// String, Type, Freeze, Truth and Hash make Connection a starlark.Value.
func (c *Connection) String() string        { return objRepr("multiprocessing.connection.Connection", c) }
func (c *Connection) Type() string          { return "Connection" }
func (c *Connection) Freeze()               {}
func (c *Connection) Truth() starlark.Bool  { return starlark.True }
func (c *Connection) Hash() (uint32, error) { return uint32(c.pipe<<1 | c.end), nil }
func (c *Connection) isClosed() bool        { return c.closed.Load() }

// handle encodes the end as pipe<<3 | end<<2 | readable<<1 | writable.
// Sent to a child that does not exist yet (h.forClient), the end gains
// a holder on its behalf.
func (c *Connection) handle(h *hooks) (string, uint64, error) {
	if c.isClosed() {
		return "", 0, core.NewError(core.OSError, "handle is closed")
	}
	if h.forClient > 0 {
		h.state().b.Ref(h.forClient, c.pipe, c.end)
	}
	return "conn", uint64(c.pipe)<<3 | uint64(c.end)<<2 | b2u(c.readable)<<1 | b2u(c.writable), nil
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// decodeConnection decodes the handle of a pipe end, which gains a
// holder (this process) unless h says the sender counted it already.
func decodeConnection(h *hooks, _ string, id uint64) (starlark.Value, error) {
	c := &Connection{pipe: int64(id >> 3), end: int64(id>>2) & 1, readable: id&2 != 0, writable: id&1 != 0}
	if h.refOnDecode {
		h.state().b.Do(&broker.Request{Op: broker.OpRef, ID: c.pipe, N: c.end}, nil)
	}
	return c, nil
}

// Attr returns a method or closed/readable/writable.
func (c *Connection) Attr(name string) (starlark.Value, error) { return connMethods.Attr(c, name) }

// AttrNames lists the methods and attributes.
func (c *Connection) AttrNames() []string { return connMethods.Names() }

func (c *Connection) check(read bool) error {
	switch {
	case c.isClosed():
		return core.NewError(core.OSError, "handle is closed")
	case read && !c.readable:
		return core.NewError(core.OSError, "connection is write-only")
	case !read && !c.writable:
		return core.NewError(core.OSError, "connection is read-only")
	}
	return nil
}

func connSend(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	c := recv.(*Connection)
	var data []byte
	if name == "send_bytes" {
		var buf starlark.Bytes
		offset, size := 0, -1
		if err := starlark.UnpackArgs(name, args, kwargs, "buf", &buf, "offset?", &offset, "size?", &size); err != nil {
			return nil, err
		}
		if offset < 0 || offset > len(buf) {
			return nil, core.NewError(core.ValueError, "offset is negative or too large")
		}
		if size < 0 {
			size = len(buf) - offset
		}
		if offset+size > len(buf) {
			return nil, core.NewError(core.ValueError, "buffer length < offset + size")
		}
		data = []byte(buf[offset : offset+size])
	} else {
		var obj starlark.Value
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &obj); err != nil {
			return nil, err
		}
		if err := c.check(false); err != nil {
			return nil, err
		}
		var err error
		if data, err = encode(th, obj, "an object sent on a Connection"); err != nil {
			return nil, err
		}
	}
	if err := c.check(false); err != nil {
		return nil, err
	}
	res, err := call(th, &broker.Request{Op: broker.OpSend, ID: c.pipe, N: c.end, Data: data})
	if err != nil {
		return nil, err
	}
	if res.Code != broker.OK {
		return nil, failure(res)
	}
	return starlark.None, nil
}

func connRecv(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	c := recv.(*Connection)
	maxlength := -1
	if name == "recv_bytes" {
		if err := starlark.UnpackArgs(name, args, kwargs, "maxlength?", &maxlength); err != nil {
			return nil, err
		}
	} else if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	if err := c.check(true); err != nil {
		return nil, err
	}
	res, err := call(th, &broker.Request{Op: broker.OpRecv, ID: c.pipe, N: c.end, Block: true, Timeout: -1})
	if err != nil {
		return nil, err
	}
	if res.Code != broker.OK {
		return nil, failure(res)
	}
	if name == "recv_bytes" {
		if maxlength >= 0 && len(res.Data) > maxlength {
			return nil, core.NewError(core.OSError, "bad message length")
		}
		return starlark.Bytes(res.Data), nil
	}
	return decode(th, res.Data)
}

func connPoll(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	c := recv.(*Connection)
	timeout := core.TimeoutSeconds(0) // poll() does not wait
	if err := starlark.UnpackArgs(name, args, kwargs, "timeout?", &timeout); err != nil {
		return nil, err
	}
	if err := c.check(true); err != nil {
		return nil, err
	}
	d := timeout.Duration()
	r := &broker.Request{Op: broker.OpPoll, ID: c.pipe, N: c.end, Timeout: -1}
	if d >= 0 {
		r.Timeout = d.Seconds()
	}
	res, err := call(th, r)
	if err != nil {
		return nil, err
	}
	if res.Code != broker.OK {
		return nil, failure(res)
	}
	return starlark.Bool(res.N == 1), nil
}

func connClose(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	c := recv.(*Connection)
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	if c.closed.Swap(true) {
		return starlark.None, nil
	}
	if _, err := call(th, &broker.Request{Op: broker.OpClose, ID: c.pipe, N: c.end}); err != nil {
		return nil, err
	}
	return starlark.None, nil
}
