package multiprocessing

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/wire"
)

// This file defines the requests and responses of the shared-object
// protocol, encoded with package wire (plain values only).

// Operations on shared objects.
const (
	opNew     = "new"     // Kind, N (maxsize or duplex flag) -> N = id
	opPut     = "put"     // ID, Data, Block, Timeout
	opGet     = "get"     // ID, Block, Timeout -> Data
	opSize    = "qsize"   // ID -> N
	opAcquire = "acquire" // ID, Block, Timeout
	opRelease = "release" // ID
	opSend    = "send"    // ID, N (end), Data
	opRecv    = "recv"    // ID, N (end), Block, Timeout -> Data
	opPoll    = "poll"    // ID, N (end), Timeout -> N (1: data or EOF ready)
	opRef     = "ref"     // ID, N (end): one more holder of the end
	opClose   = "close"   // ID, N (end): one holder fewer
	opCancel  = "cancel"  // Req: abandon the request Req
)

// Result codes of a response ("" is success).
const (
	resEmpty   = "empty"   // queue.Empty
	resFull    = "full"    // queue.Full
	resTimeout = "timeout" // acquire/poll timed out: False
	resEOF     = "eof"     // EOFError
	resIntr    = "intr"    // interrupted (cancelled)
	resValue   = "value:"  // ValueError + message
	resError   = "error:"  // any other failure + message
)

// request is one operation on a shared object.
type request struct {
	Req     int64
	Op      string
	Kind    string
	ID      int64
	N       int64
	Data    []byte
	Block   bool
	Timeout float64 // seconds; < 0: none
}

// response answers the request with the same Req.
type response struct {
	Req  int64
	Code string
	N    int64
	Data []byte
}

func (r *request) marshal() ([]byte, error) {
	return wire.Marshal(starlark.Tuple{
		starlark.MakeInt64(r.Req), starlark.String(r.Op), starlark.String(r.Kind),
		starlark.MakeInt64(r.ID), starlark.MakeInt64(r.N), starlark.Bytes(r.Data),
		starlark.Bool(r.Block), starlark.Float(r.Timeout),
	}, nil)
}

func (r *response) marshal() ([]byte, error) {
	return wire.Marshal(starlark.Tuple{
		starlark.MakeInt64(r.Req), starlark.String(r.Code), starlark.MakeInt64(r.N), starlark.Bytes(r.Data),
	}, nil)
}

func unmarshalRequest(p []byte) (*request, error) {
	t, err := tupleOf(p, 8)
	if err != nil {
		return nil, err
	}
	r := &request{}
	ok := asInt(t[0], &r.Req) && asStr(t[1], &r.Op) && asStr(t[2], &r.Kind) &&
		asInt(t[3], &r.ID) && asInt(t[4], &r.N) && asBytes(t[5], &r.Data)
	b, okb := t[6].(starlark.Bool)
	f, okf := t[7].(starlark.Float)
	if !ok || !okb || !okf {
		return nil, fmt.Errorf("malformed request")
	}
	r.Block, r.Timeout = bool(b), float64(f)
	return r, nil
}

func unmarshalResponse(p []byte) (*response, error) {
	t, err := tupleOf(p, 4)
	if err != nil {
		return nil, err
	}
	r := &response{}
	if !(asInt(t[0], &r.Req) && asStr(t[1], &r.Code) && asInt(t[2], &r.N) && asBytes(t[3], &r.Data)) {
		return nil, fmt.Errorf("malformed response")
	}
	return r, nil
}

func tupleOf(p []byte, n int) (starlark.Tuple, error) {
	v, err := wire.Unmarshal(p, nil)
	if err != nil {
		return nil, err
	}
	t, ok := v.(starlark.Tuple)
	if !ok || len(t) != n {
		return nil, fmt.Errorf("malformed message")
	}
	return t, nil
}

func asInt(v starlark.Value, out *int64) bool {
	i, ok := v.(starlark.Int)
	if !ok {
		return false
	}
	*out, ok = i.Int64()
	return ok
}

func asStr(v starlark.Value, out *string) bool {
	s, ok := v.(starlark.String)
	*out = string(s)
	return ok
}

func asBytes(v starlark.Value, out *[]byte) bool {
	s, ok := v.(starlark.Bytes)
	*out = []byte(s)
	return ok
}
