package interp

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestFuncRunsWithoutTheLock has two script threads call a Go function
// that waits until both calls are inside it: this only ends if the calls
// overlap, that is, if the Go function runs without the interpreter lock.
func TestFuncRunsWithoutTheLock(t *testing.T) {
	var inside, peak atomic.Int32
	both := make(chan struct{})
	var once sync.Once
	work := Func("work", func(ctx context.Context, args []any, kwargs map[string]any) (any, error) {
		n := inside.Add(1)
		defer inside.Add(-1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		if n == 2 {
			once.Do(func() { close(both) })
		}
		select {
		case <-both:
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(10 * time.Second):
			return nil, fmt.Errorf("the other call never came in")
		}
		time.Sleep(200 * time.Millisecond) // some Go work
		return fmt.Sprintf("%s done", args[0]), nil
	})
	in, out, _ := newTestInterp(t, Options{Predeclared: map[string]any{"work": work}})
	start := time.Now()
	run(t, in, `
import threading
results = []
def run(name):
    results.append(work(name))
ts = [threading.Thread(target=run, args=(n,)) for n in ("a", "b")]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results))
`)
	t.Logf("two 200 ms Go calls from two script threads took %v", time.Since(start))
	if out.String() != "['a done', 'b done']\n" {
		t.Errorf("output %q", out.String())
	}
	if peak.Load() != 2 {
		t.Errorf("at most %d Go calls ran at once, want 2", peak.Load())
	}
}

// TestFuncArgumentsResultsAndErrors checks conversions and the mapping
// of Go errors to Python exceptions.
func TestFuncArgumentsResultsAndErrors(t *testing.T) {
	fail := Func("fail", func(ctx context.Context, args []any, kwargs map[string]any) (any, error) {
		switch args[0] {
		case "value":
			return nil, &Exception{Class: "ValueError", Message: "bad value"}
		case "unknown":
			return nil, &Exception{Class: "NoSuchError", Message: "odd"}
		}
		return nil, errors.New("plain Go error")
	})
	echo := func(ctx context.Context, args []any, kwargs map[string]any) (any, error) {
		return map[string]any{"args": args, "kwargs": kwargs}, nil
	}
	mod := NewModule(map[string]any{"echo": echo})
	in, out, _ := newTestInterp(t, Options{
		Predeclared: map[string]any{"fail": fail},
		Modules:     map[string]ModuleMaker{"gotools": mod},
	})
	run(t, in, `
import gotools
r = gotools.echo(1, 2.5, "s", b"b", [1, (2, 3)], {"k": None}, True, flag=False)
print(r["args"], r["kwargs"])
for what in ("value", "unknown", "plain"):
    try:
        fail(what)
    except Exception as e:
        print(type(e).__name__, e)
try:
    gotools.echo(object())
except TypeError as e:
    print("TypeError", e)
`)
	want := `[1, 2.5, "s", b"b", [1, [2, 3]], {"k": None}, True] {"flag": False}
ValueError bad value
RuntimeError NoSuchError: odd
RuntimeError plain Go error
TypeError echo() argument 1: cannot convert a value of type 'object' to a Go value
`
	want = replaceQuotes(want)
	if out.String() != want {
		t.Errorf("output:\n%s\nwant:\n%s", out.String(), want)
	}
}

// replaceQuotes writes Python's single quotes for a readable want text.
func replaceQuotes(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == '"' {
			b[i] = '\''
		}
	}
	return string(b)
}

// TestFuncContextEndsWithTheThread cancels Exec while a Go function
// waits: its ctx ends and Exec returns promptly.
func TestFuncContextEndsWithTheThread(t *testing.T) {
	entered := make(chan struct{})
	var sawCancel atomic.Bool
	wait := Func("wait", func(ctx context.Context, args []any, kwargs map[string]any) (any, error) {
		close(entered)
		<-ctx.Done()
		sawCancel.Store(true)
		return nil, ctx.Err()
	})
	in, _, _ := newTestInterp(t, Options{Predeclared: map[string]any{"wait": wait}})
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-entered
		cancel()
	}()
	err := in.Exec(ctx, "w.py", []byte("wait()\nprint('not reached')\n"))
	if !errors.Is(err, context.Canceled) || !sawCancel.Load() {
		t.Errorf("err = %v, Go function saw cancel: %v", err, sawCancel.Load())
	}
}
