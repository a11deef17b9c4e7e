package broker

import (
	"net"
	"testing"
	"time"
)

// TestKindsTable checks the one table: every kind has a name and a
// maker, and every operation but the protocol's own belongs to one kind.
func TestKindsTable(t *testing.T) {
	for k := Queue; k < kindCount; k++ {
		if kinds[k].name == "" || kinds[k].make == nil {
			t.Errorf("kind %d has no name or maker", k)
		}
	}
	seen := map[Op]Kind{}
	for k, def := range kinds {
		for op, d := range def.ops {
			if prev, dup := seen[op]; dup {
				t.Errorf("op %d in kinds %d and %d", op, prev, k)
			}
			seen[op] = Kind(k)
			if d.exec == nil {
				t.Errorf("op %d of kind %d has no exec", op, k)
			}
		}
	}
	for op := OpNew; op < opCount; op++ {
		own := op == OpNew || op == OpCancel || op == OpNextTask
		if _, ok := seen[op]; ok == own {
			t.Errorf("op %d: in the table %v, protocol's own %v", op, ok, own)
		}
	}
}

func TestProtocolRoundTrip(t *testing.T) {
	r := &Request{Req: 7, Op: OpCondWait, Kind: Condition, ID: 3, N: -1, Data: []byte("x"), Owner: "1:2", Block: true, Timeout: 0.5}
	p, err := r.marshal()
	if err != nil {
		t.Fatal(err)
	}
	back, err := unmarshalRequest(p)
	if err != nil || back.Req != 7 || back.Op != OpCondWait || back.Kind != Condition || back.ID != 3 || back.N != -1 ||
		string(back.Data) != "x" || back.Owner != "1:2" || !back.Block || back.Timeout != 0.5 {
		t.Errorf("request %+v, %v", back, err)
	}
	res := &Response{Req: 7, Code: KeyError, N: 2, Data: []byte("k"), Msg: "m"}
	if p, err = res.marshal(); err != nil {
		t.Fatal(err)
	}
	if back, err := unmarshalResponse(p); err != nil || back.Req != 7 || back.Code != KeyError || back.N != 2 || string(back.Data) != "k" || back.Msg != "m" {
		t.Errorf("response %+v, %v", back, err)
	}
	bad := &Request{Op: opCount}
	p, _ = bad.marshal()
	if _, err := unmarshalRequest(p); err == nil {
		t.Error("an unknown op was accepted")
	}
}

func newObj(t *testing.T, b *Broker, kind Kind, n int64) int64 {
	t.Helper()
	res := b.Do(&Request{Op: OpNew, Kind: kind, N: n}, nil)
	if res.Code != OK {
		t.Fatalf("new %d: %+v", kind, res)
	}
	return res.N
}

func TestStore(t *testing.T) {
	b := NewRoot()
	q := newObj(t, b, Queue, 1)
	if res := b.Do(&Request{Op: OpPut, ID: q, Data: []byte("a"), Block: true, Timeout: -1}, nil); res.Code != OK {
		t.Fatalf("put: %+v", res)
	}
	if res := b.Do(&Request{Op: OpPut, ID: q, Data: []byte("b"), Block: true, Timeout: 0.01}, nil); res.Code != Full {
		t.Errorf("put on a full queue: %+v", res)
	}
	if res := b.Do(&Request{Op: OpGet, ID: q, Block: true, Timeout: -1}, nil); string(res.Data) != "a" {
		t.Errorf("get: %+v", res)
	}
	if res := b.Do(&Request{Op: OpGet, ID: q}, nil); res.Code != Empty {
		t.Errorf("get on an empty queue: %+v", res)
	}
	if res := b.Do(&Request{Op: OpLockRelease, ID: q}, nil); res.Code != Failed || res.Msg != "no such lock" {
		t.Errorf("a lock op on a queue: %+v", res)
	}
	l := newObj(t, b, Lock, 0)
	if res := b.Do(&Request{Op: OpLockRelease, ID: l}, nil); res.Code != ValueError {
		t.Errorf("release of a free lock: %+v", res)
	}
	intr := make(chan struct{})
	b.Do(&Request{Op: OpLockAcquire, ID: l, Block: true, Timeout: -1}, nil)
	go func() { time.Sleep(10 * time.Millisecond); close(intr) }()
	if res := b.Do(&Request{Op: OpLockAcquire, ID: l, Block: true, Timeout: -1}, intr); res.Code != Interrupted {
		t.Errorf("interrupted acquire: %+v", res)
	}
	if res := b.Do(&Request{Op: OpNew, Kind: Barrier, N: 0}, nil); res.Code != ValueError {
		t.Errorf("barrier of 0 parties: %+v", res)
	}
}

// TestChildPipe serves a child's requests over a channel: a pipe end the
// child held reads end-of-file once the child is gone.
func TestChildPipe(t *testing.T) {
	root := NewRoot()
	parentEnd, childEnd := net.Pipe()
	client := root.NewClient()
	srv := root.Serve(parentEnd, client, nil)
	gone := make(chan struct{})
	child := NewChild(childEnd, func() { close(gone) })
	p := newObj(t, child, Pipe, 0)
	if res := child.Do(&Request{Op: OpSend, ID: p, N: 1, Data: []byte("hi")}, nil); res.Code != OK {
		t.Fatalf("send: %+v", res)
	}
	if res := child.Do(&Request{Op: OpRecv, ID: p, N: 0, Block: true, Timeout: -1}, nil); string(res.Data) != "hi" {
		t.Errorf("recv: %+v", res)
	}
	// The root holds end 0 too; end 1 is the child's only.
	root.Do(&Request{Op: OpRef, ID: p, N: 0}, nil)
	childEnd.Close()
	<-srv.Done()
	<-gone
	if res := root.Do(&Request{Op: OpRecv, ID: p, N: 0, Block: true, Timeout: 1}, nil); res.Code != EOF {
		t.Errorf("recv after the child ended: %+v", res)
	}
	if res := root.Do(&Request{Op: OpNextTask}, nil); res.Code != Failed {
		t.Errorf("OpNextTask on a store: %+v", res)
	}
}
