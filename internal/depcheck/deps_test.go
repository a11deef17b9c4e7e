// Package depcheck holds a test that fails when a module appears in
// go.mod that nobody approved: pyconc's dependencies are go.starlark.net,
// github.com/chzyer/readline, golang.org/x/sys and golang.org/x/term, plus
// github.com/creack/pty for the tests of the interactive prompt.
package depcheck

import (
	"os"
	"strings"
	"testing"
)

// allowed are the modules go.mod may require, directly or indirectly.
var allowed = map[string]bool{
	"go.starlark.net":            true,
	"github.com/chzyer/readline": true,
	"golang.org/x/sys":           true,
	"golang.org/x/term":          true,
	"github.com/creack/pty":      true, // tests of the prompt in a pseudo-terminal
}

func TestNoNewDependency(t *testing.T) {
	data, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	inRequire := false
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "require ("):
			inRequire = true
			continue
		case inRequire && line == ")":
			inRequire = false
			continue
		case strings.HasPrefix(line, "require "):
			line = strings.TrimPrefix(line, "require ")
		case !inRequire:
			continue
		}
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if !allowed[fields[0]] {
			t.Errorf("go.mod requires %s: a new dependency must be justified and added to this test's list", fields[0])
		}
	}
}
