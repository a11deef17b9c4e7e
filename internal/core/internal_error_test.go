package core

import (
	"strings"
	"testing"
)

func TestNewInternalError(t *testing.T) {
	t.Setenv("PYCONC_DEBUG", "")
	recovered := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = NewInternalError(r, "x.py")
			}
		}()
		var s []int
		_ = s[len(s)] // a bug: an index out of range
		return nil
	}()
	want := "pyconc internal error at x.py: runtime error: index out of range [0] with length 0"
	if recovered == nil || recovered.Error() != want {
		t.Errorf("got %v, want %s", recovered, want)
	}
	if got := NewInternalError("boom", "").Error(); got != "pyconc internal error: boom" {
		t.Errorf("got %q", got)
	}
	t.Setenv("PYCONC_DEBUG", "1")
	if got := NewInternalError("boom", "").Error(); !strings.Contains(got, "goroutine") {
		t.Errorf("PYCONC_DEBUG=1: no stack in %q", got)
	}
}
