package multiprocessing

import (
	"os"
	"strconv"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/wire"
)

// This file defines how the shared objects added after Queue, Lock and
// Pipe plug into the store, the channel server and the wire codec: kinds
// of objects the store creates (extKinds), operations it executes
// (extOps), operations a parent serves itself for its children instead of
// passing them to its backend (localOps), handles (handleValue,
// extHandles) and one-way requests (post).

// extOp is an operation of the store on an object of an extension kind.
type extOp struct {
	exec    func(s *store, client int64, r *request, intr <-chan struct{}) *response
	mayWait func(r *request) bool // nil: never waits
}

// localOp is an operation a parent serves for its child itself (the Pool
// owner serves its workers).
type localOp struct {
	exec    func(srv *server, r *request, intr <-chan struct{}) *response
	mayWait func(r *request) bool
	// undo, when not nil, is called when the answer could not be
	// written (the child is gone): what it handed over is taken back.
	undo func(srv *server, r *request, res *response)
}

var (
	// extKinds makes the store object of a new request's Kind (or a
	// failure response).
	extKinds = map[string]func(r *request) (any, *response){}
	// extOps are the store's operations on extension objects.
	extOps = map[string]extOp{}
	// localOps are served by the parent that receives them.
	localOps = map[string]localOp{}
	// extHandles decode handles by the kind's prefix (before ':').
	extHandles = map[string]func(h *hooks, kind string, id uint64) (starlark.Value, error){}
)

// always is a mayWait for operations that always may wait.
func always(*request) bool { return true }

// ifBlock is a mayWait for operations that wait when r.Block is set.
func ifBlock(r *request) bool { return r.Block }

// handleValue is a shared object that travels as a handle.
type handleValue interface {
	starlark.Value
	handle(h *hooks) (kind string, id uint64, err error)
}

// decodeExtHandle decodes the handle of an extension kind.
func decodeExtHandle(h *hooks, x wire.Handle) (starlark.Value, bool, error) {
	prefix, _, _ := strings.Cut(x.Kind, ":")
	dec := extHandles[prefix]
	if dec == nil {
		return nil, false, nil
	}
	v, err := dec(h, x.Kind, x.ID)
	return v, true, err
}

// extObject returns the extension object id of the store, or nil.
func extObject[T any](s *store, id int64) *T {
	s.mu.Lock()
	defer s.mu.Unlock()
	o, _ := s.ext[id].(*T)
	return o
}

// noSuch is the response for an unknown object.
func noSuch(what string) *response { return &response{Code: resError + "no such " + what} }

// post sends a one-way request: executed in order with the sender's
// other requests, never answered (an unbounded put from a child).
func post(th *starlark.Thread, r *request) {
	switch be := getBackend().(type) {
	case *store:
		be.do(rootClient, r, nil)
	case *remote:
		be.post(r)
	}
}

// post forwards a one-way request to the parent.
func (r *remote) post(req *request) {
	q := *req
	q.Req = 0
	if err := r.send(&q); err != nil {
		parentGone()
	}
}

// post serves a one-way request from a child in order.
func (s *server) post(req *request) {
	switch be := s.be.(type) {
	case *store:
		be.do(s.client, req, nil)
	case *remote:
		be.post(req)
	}
}

// resAssert is the code of an AssertionError with a message.
const resAssert = "assert:"

// resBroken is the code of threading.BrokenBarrierError.
const resBroken = "broken"

// fail turns an error response into the Python exception, knowing the
// codes of the extension objects.
func fail(res *response) error {
	switch {
	case strings.HasPrefix(res.Code, resAssert):
		return core.NewError(core.AssertionError, strings.TrimPrefix(res.Code, resAssert))
	case res.Code == resBroken:
		return brokenBarrier()
	}
	return failure(res)
}

// callOK runs a request that must succeed and returns its response.
func callOK(th *starlark.Thread, r *request) (*response, error) {
	res, err := call(th, r)
	if err != nil {
		return nil, err
	}
	if res.Code != "" {
		return nil, fail(res)
	}
	return res, nil
}

// ownerOf identifies the calling thread across processes (pid:thread),
// for recursive locks and conditions.
func ownerOf(th *starlark.Thread) string {
	var ident int64
	if ts := core.StateOf(th); ts != nil {
		ident = ts.Ident
	}
	return itoa(int64(pid())) + ":" + itoa(ident)
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func pid() int { return os.Getpid() }
