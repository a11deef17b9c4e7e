package broker

// This file defines the messages of the parent–child protocol: requests,
// responses, their operations and result codes, encoded as wire tuples
// (plain values only) and framed by WriteFrame.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/wire"
)

// An Op is an operation of the protocol: OpNew, OpCancel and OpNextTask
// are the protocol's own; the others are operations on an object of one
// kind (see kinds.go).
type Op uint8

// The operations. The comment of each says what the request carries and
// what the response does.
const (
	_ Op = iota

	OpNew      // Kind, N, Data, Timeout: make an object -> N = id (Data for a memory block)
	OpCancel   // Req: abandon request Req (never answered)
	OpNextTask // ID (pool), N = 1 when leaving, Data = outcome of the previous task: served by the parent

	OpPut         // queue: Data, Block, Timeout
	OpGet         // queue: Block, Timeout -> Data
	OpGetN        // queue: N at most, Block, Timeout -> N items joined in Data (JoinItems)
	OpUnget       // queue: items joined in Data go back to the front
	OpQSize       // queue: -> N
	OpLockAcquire // lock: Block, Timeout
	OpLockRelease // lock
	OpLockState   // lock: -> N = 1 when held, Data = holder
	OpSend        // pipe: N = end, Data
	OpRecv        // pipe: N = end, Block, Timeout -> Data
	OpPoll        // pipe: N = end, Timeout -> N = 1 when data or end-of-file is ready
	OpRef         // pipe: N = end: one more holder (the client)
	OpClose       // pipe: N = end: one holder fewer

	OpSemAcquire    // semaphore: Block, Timeout
	OpSemRelease    // semaphore
	OpSemValue      // semaphore: -> N = value, Data = bound ("-1": none)
	OpRLockAcquire  // rlock: Owner, Block, Timeout
	OpRLockRelease  // rlock: Owner
	OpRLockState    // rlock: -> N = count, Data = owner
	OpEventSet      // event: -> N = flag
	OpEventClear    // event: -> N = flag
	OpEventIsSet    // event: -> N = flag
	OpEventWait     // event: Timeout -> N = flag
	OpCondWait      // condition: Owner, Timeout -> N = 1 when notified
	OpCondNotify    // condition: Owner, N waiters (all when < 0)
	OpBarrierWait   // barrier: Timeout, N = 1 for the barrier's own timeout -> N = index
	OpBarrierAction // barrier: N = 0 when the action succeeded
	OpBarrierAbort  // barrier -> as OpBarrierState
	OpBarrierReset  // barrier -> as OpBarrierState
	OpBarrierState  // barrier -> N = waiting, Data "1" when broken
	OpCountAdd      // counter: N added
	OpCountDone     // counter: one fewer (task_done)
	OpCountJoin     // counter: wait until zero

	OpDictGet        // dict: Data = (key) -> (value)
	OpDictSet        // dict: Data = (k1, v1, k2, v2...)
	OpDictDel        // dict: Data = (key) -> (value)
	OpDictLen        // dict: -> N
	OpDictHas        // dict: Data = (key) -> N
	OpDictItems      // dict: -> (k1, v1...)
	OpDictPop        // dict: Data = (key) -> (value)
	OpDictClear      // dict
	OpDictSetDefault // dict: Data = (key, default) -> (value)
	OpDictPopItem    // dict: -> (key, value) of the last inserted, () when empty
	OpListGet        // list: N = index -> (item)
	OpListSet        // list: N = index, Data = (item) -> (old)
	OpListDel        // list: N = index -> (item)
	OpListLen        // list: -> N
	OpListItems      // list: -> (items...)
	OpListAppend     // list: Data = (items...)
	OpListInsert     // list: N = index, Data = (items...)
	OpListClear      // list

	opCount
)

// A Code is the outcome of a request.
type Code uint8

// The result codes. Msg carries the message of the errors that have one.
const (
	OK            Code = iota
	Empty              // queue.Empty
	Full               // queue.Full
	TimedOut           // acquire, poll, wait timed out
	EOF                // EOFError: the other end has no holder left
	Interrupted        // the request was cancelled
	ValueError         // ValueError(Msg)
	Failed             // OSError(Msg); BrokenPipeError when BrokenPipe
	BrokenPipe         // BrokenPipeError(Msg)
	AssertFailed       // AssertionError(Msg)
	BrokenBarrier      // threading.BrokenBarrierError
	RunAction          // the last waiter of a barrier runs the action (Data), then sends OpBarrierAction
	KeyError           // KeyError(the key encoded in Data)
	IndexError         // IndexError(Msg)
	TypeError          // TypeError(Msg)
	Stop               // OpNextTask: no task, the worker ends
)

// A Kind is a kind of shared object.
type Kind uint8

// The kinds of shared object.
const (
	kindNone Kind = iota

	Queue
	Lock
	Pipe
	Semaphore
	RLock
	Event
	Condition
	Barrier
	Counter
	Dict
	List
	Memory

	kindCount
)

// Request is one operation on a shared object.
type Request struct {
	Req     int64 // the request's number on its channel; 0: one-way (Post)
	Op      Op
	Kind    Kind // of OpNew
	ID      int64
	N       int64
	Data    []byte
	Owner   string // "pid:thread" of the caller, for recursive locks and conditions
	Block   bool
	Timeout float64 // seconds; < 0: none
}

// Response answers the request with the same Req.
type Response struct {
	Req  int64
	Code Code
	N    int64
	Data []byte
	Msg  string
}

// Fail returns a response with code c and message msg.
func Fail(c Code, msg string) *Response { return &Response{Code: c, Msg: msg} }

func noSuch(what string) *Response { return Fail(Failed, "no such "+what) }

func (r *Request) marshal() ([]byte, error) {
	return wire.Marshal(starlark.Tuple{
		starlark.MakeInt64(r.Req), starlark.MakeInt(int(r.Op)), starlark.MakeInt(int(r.Kind)),
		starlark.MakeInt64(r.ID), starlark.MakeInt64(r.N), starlark.Bytes(r.Data), starlark.String(r.Owner),
		starlark.Bool(r.Block), starlark.Float(r.Timeout),
	}, nil)
}

func (r *Response) marshal() ([]byte, error) {
	return wire.Marshal(starlark.Tuple{
		starlark.MakeInt64(r.Req), starlark.MakeInt(int(r.Code)), starlark.MakeInt64(r.N),
		starlark.Bytes(r.Data), starlark.String(r.Msg),
	}, nil)
}

func unmarshalRequest(p []byte) (*Request, error) {
	t, err := tupleOf(p, 9)
	if err != nil {
		return nil, err
	}
	r := &Request{}
	var op, kind int64
	ok := asInt(t[0], &r.Req) && asInt(t[1], &op) && asInt(t[2], &kind) &&
		asInt(t[3], &r.ID) && asInt(t[4], &r.N) && asBytes(t[5], &r.Data) && asStr(t[6], &r.Owner)
	b, okb := t[7].(starlark.Bool)
	f, okf := t[8].(starlark.Float)
	if !ok || !okb || !okf || op <= 0 || op >= int64(opCount) || kind < 0 || kind >= int64(kindCount) {
		return nil, fmt.Errorf("malformed request")
	}
	r.Op, r.Kind, r.Block, r.Timeout = Op(op), Kind(kind), bool(b), float64(f)
	return r, nil
}

func unmarshalResponse(p []byte) (*Response, error) {
	t, err := tupleOf(p, 5)
	if err != nil {
		return nil, err
	}
	r := &Response{}
	var code int64
	if !(asInt(t[0], &r.Req) && asInt(t[1], &code) && asInt(t[2], &r.N) && asBytes(t[3], &r.Data) && asStr(t[4], &r.Msg)) || code < 0 || code > int64(Stop) {
		return nil, fmt.Errorf("malformed response")
	}
	r.Code = Code(code)
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
