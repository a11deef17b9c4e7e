package interp

import (
	"bytes"
	"context"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestMain makes the test binary a host that can start worker processes:
// a child re-executes it, and RunWorkerIfChild runs the worker there.
// The workers get the Go functions of workerTestOptions.
// With noDispatchEnv set, the binary plays a host that never made the
// call (TestProcessWithoutWorkerDispatch).
func TestMain(m *testing.M) {
	if os.Getenv(noDispatchEnv) != "1" && RunWorkerIfChild(workerTestOptions()) {
		return
	}
	os.Exit(m.Run())
}

// noDispatchEnv makes the test binary skip the worker dispatch.
const noDispatchEnv = "PYCONC_TEST_NO_DISPATCH"

// workerTestOptions are the options the tests' worker processes use: the
// Go function double, which scripts may call in a child.
func workerTestOptions() Options {
	return Options{Predeclared: map[string]any{
		"double": Func("double", func(ctx context.Context, args []any, kwargs map[string]any) (any, error) {
			return args[0].(int64) * 2, nil
		}),
	}}
}

// syncBuffer is a bytes.Buffer that script threads, child processes and
// the test may use at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// waitFor polls cond until it holds or d passes, and reports whether it held.
func waitFor(d time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(5 * time.Millisecond)
	}
	return true
}

// newTestInterp makes an interpreter writing to buffers, closed at the
// end of the test.
func newTestInterp(t *testing.T, opts Options) (*Interpreter, *syncBuffer, *syncBuffer) {
	t.Helper()
	out, errOut := &syncBuffer{}, &syncBuffer{}
	opts.Stdout, opts.Stderr = out, errOut
	in := New(opts)
	t.Cleanup(in.Close)
	return in, out, errOut
}

// run runs src and fails the test on error.
func run(t *testing.T, in *Interpreter, src string) {
	t.Helper()
	if err := in.Exec(context.Background(), "test.py", []byte(strings.TrimLeft(src, "\n"))); err != nil {
		t.Fatalf("Exec: %v", err)
	}
}
