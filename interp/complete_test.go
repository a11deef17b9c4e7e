package interp

import (
	"bytes"
	"context"
	"reflect"
	"testing"
)

// TestComplete completes names, keywords, module members and attributes
// in a session, with a script thread running meanwhile.
func TestComplete(t *testing.T) {
	var out bytes.Buffer
	in := New(Options{Stdout: &out, Stderr: &out})
	defer in.Close()
	s := in.NewSession()
	ctx := context.Background()
	setup := `import time, threading
counter_value = 1
def countdown(n):
    return n
class Point:
    def __init__(self):
        self.x = 1
        self.y_axis = 2
        self._private = 3
    def norm(self):
        return 0
    @property
    def prop(self):
        return self.x
p = Point()
text = 'abc'
stop = threading.Event()
def spin():
    n = 0
    while not stop.is_set():
        n += 1
t = threading.Thread(target=spin)
t.start()
`
	if _, err := s.Run(ctx, setup); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if _, err := s.Run(ctx, "stop.set(); t.join()\n"); err != nil {
			t.Error(err)
		}
		if err := s.Close(ctx); err != nil {
			t.Error(err)
		}
	}()
	cases := []struct {
		line  string
		start int
		want  []string // exactly, unless some is set
		some  bool     // want only lists some of the completions
	}{
		{line: "coun", want: []string{"countdown(", "counter_value"}},
		{line: "x = 1 + counter_", start: 8, want: []string{"counter_value"}},
		{line: "whi", want: []string{"while "}},
		{line: "tr", want: []string{"try:"}, some: true},
		{line: "Tru", want: []string{"True"}},
		{line: "prin", want: []string{"print("}},
		{line: "time.sl", start: 5, want: []string{"sleep("}},
		{line: "print(time.mono", start: 11, want: []string{"monotonic("}, some: true},
		{line: "p.", start: 2, want: []string{"norm(", "prop", "x", "y_axis"}},
		{line: "p._", start: 2, want: []string{"_private"}},
		{line: "p.__ini", start: 2, want: []string{"__init__("}},
		{line: "text.up", start: 5, want: []string{"upper("}},
		{line: "threading.Thr", start: 10, want: []string{"Thread(", "ThreadError("}},
		{line: "import thr", start: 7, want: []string{"threading"}},
		{line: "from mul", start: 5, want: []string{"multiprocessing"}},
		{line: "nosuch.x", start: 7, want: nil},
		{line: "p.prop.", start: 7, want: nil},
		{line: "__pc_", want: nil},
	}
	for _, c := range cases {
		start, got := s.Complete(c.line, len(c.line))
		if start != c.start {
			t.Errorf("Complete(%q): start %d, want %d", c.line, start, c.start)
		}
		if c.some {
			for _, w := range c.want {
				if !contains(got, w) {
					t.Errorf("Complete(%q) = %q, missing %q", c.line, got, w)
				}
			}
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Complete(%q) = %q, want %q", c.line, got, c.want)
		}
	}
	// pos in the middle of the line completes the word before it.
	if start, got := s.Complete("coun + 1", 4); start != 0 || !contains(got, "countdown(") {
		t.Errorf("Complete in the middle: %d %q", start, got)
	}
}
