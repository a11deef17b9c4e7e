// This file defines Session.Complete, the completion of a word typed at
// the prompt (Tab), as Python's rlcompleter does it.

package interp

import (
	"sort"
	"strings"
	"unicode"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/hidden"
)

// keywords are Python's keywords, completed at the prompt.
var keywords = []string{
	"False", "None", "True", "and", "as", "assert", "async", "await",
	"break", "class", "continue", "def", "del", "elif", "else", "except",
	"finally", "for", "from", "global", "if", "import", "in", "is",
	"lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
	"while", "with", "yield",
}

// Complete returns the completions of the word that ends at byte offset
// pos of line, as Python's rlcompleter finds them: a name completes to
// keywords, the session's variables and the built-ins; a dotted name
// (time.sl, obj.x.) completes to the attributes of the value before the
// last dot, hiding names that start with an underscore unless the prefix
// does. After "import " or "from " a name completes to module names.
//
// Each completion replaces line[start:pos]; callables get a "(" suffix
// and some keywords a space or a colon, as in Python. Complete takes the
// interpreter lock, so it may be called while script threads run (but
// not concurrently with Run).
func (s *Session) Complete(line string, pos int) (start int, completions []string) {
	if pos < 0 || pos > len(line) {
		pos = len(line)
	}
	start = wordStart(line, pos)
	word := line[start:pos]
	if isImportContext(line[:start]) {
		return start, s.moduleNames(word)
	}
	leave := s.in.rt.Enter(&starlark.Thread{Name: "completer"})
	defer leave()
	if dot := strings.LastIndexByte(word, '.'); dot >= 0 {
		return start + dot + 1, s.attrCompletions(word[:dot], word[dot+1:])
	}
	return start, s.nameCompletions(word)
}

// wordStart returns where the dotted name that ends at pos begins.
func wordStart(line string, pos int) int {
	i := pos
	for i > 0 {
		c := line[i-1]
		if c == '.' || c == '_' || c >= 0x80 || unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)) {
			i--
			continue
		}
		break
	}
	return i
}

// isImportContext reports whether the text before a word makes it a
// module name: "import " or "from " opening the statement.
func isImportContext(before string) bool {
	f := strings.Fields(before)
	return len(f) == 1 && (f[0] == "import" || f[0] == "from") && strings.HasSuffix(before, " ")
}

// moduleNames lists the modules pyconc and the host provide (in Go and in
// Python) whose names start with prefix; a submodule completes once the
// prefix reaches its parent's dot (multiprocessing. -> multiprocessing.pool).
func (s *Session) moduleNames(prefix string) []string {
	matches := func(name string) bool {
		return strings.HasPrefix(name, prefix) && !strings.Contains(name[len(prefix):], ".")
	}
	var out []string
	for name := range s.in.makers {
		if matches(name) {
			out = append(out, name)
		}
	}
	for _, name := range library.Names() {
		if _, dup := s.in.makers[name]; !dup && matches(name) && !strings.HasPrefix(name, "_") {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// nameCompletions lists the keywords, session variables and built-ins
// that start with prefix. The caller holds the interpreter lock.
func (s *Session) nameCompletions(prefix string) []string {
	seen := map[string]bool{}
	var out []string
	for _, kw := range keywords {
		if !strings.HasPrefix(kw, prefix) {
			continue
		}
		seen[kw] = true
		switch kw {
		case "finally", "try":
			kw += ":"
		case "False", "None", "True", "break", "continue", "pass", "else":
		default:
			kw += " "
		}
		out = append(out, kw)
	}
	add := func(name string, v starlark.Value) {
		if seen[name] || !strings.HasPrefix(name, prefix) || strings.HasPrefix(name, hidden.Prefix) {
			return
		}
		seen[name] = true
		out = append(out, callableSuffix(name, v))
	}
	for name, v := range s.Globals() {
		add(name, v)
	}
	for name, v := range s.in.universe {
		add(name, v)
	}
	sort.Strings(out)
	return out
}

// attrCompletions lists the attributes of the value of the dotted name
// expr that start with prefix. The caller holds the interpreter lock.
func (s *Session) attrCompletions(expr, prefix string) []string {
	v, ok := s.lookupDotted(expr)
	if !ok {
		return nil
	}
	names := attrNames(v)
	noPrefix := ""
	switch prefix {
	case "":
		noPrefix = "_"
	case "_":
		noPrefix = "__"
	}
	var out []string
	for _, name := range names {
		if !strings.HasPrefix(name, prefix) || (noPrefix != "" && strings.HasPrefix(name, noPrefix)) {
			continue
		}
		if strings.HasPrefix(name, hidden.Prefix) {
			continue
		}
		av, _ := safeAttr(v, name)
		out = append(out, callableSuffix(name, av))
	}
	return out
}

// lookupDotted finds the value of a dotted name (a, a.b, a.b.c) among the
// session's variables and the built-ins, reading attributes only where
// that runs no script code (no property, no __getattr__).
func (s *Session) lookupDotted(expr string) (starlark.Value, bool) {
	parts := strings.Split(expr, ".")
	for _, p := range parts {
		if !isIdentifier(p) {
			return nil, false
		}
	}
	v, ok := s.Globals()[parts[0]]
	if !ok {
		if v, ok = s.in.universe[parts[0]]; !ok {
			return nil, false
		}
	}
	for _, p := range parts[1:] {
		if v, ok = safeAttr(v, p); !ok {
			return nil, false
		}
	}
	return v, true
}

// safeAttr reads an attribute without running script code: properties and
// __getattr__ of instances are left alone.
func safeAttr(v starlark.Value, name string) (starlark.Value, bool) {
	ha, ok := v.(starlark.HasAttrs)
	if !ok {
		return nil, false
	}
	if o, ok := v.(*core.Instance); ok {
		cv, _ := o.Class.Lookup(name)
		if _, isProp := cv.(*core.Property); isProp {
			return nil, false
		}
		if !contains(o.AttrNames(), name) {
			return nil, false // it could only come from __getattr__
		}
	}
	av, err := ha.Attr(name)
	if err != nil || av == nil {
		return nil, false
	}
	return av, true
}

// attrNames lists a value's attributes and those of its class (the
// methods of str, list, dict... live on the class), sorted, without
// duplicates.
func attrNames(v starlark.Value) []string {
	var names []string
	if ha, ok := v.(starlark.HasAttrs); ok {
		names = append(names, ha.AttrNames()...)
	}
	if _, isInstance := v.(*core.Instance); !isInstance {
		if _, isClass := v.(*core.Class); !isClass {
			if c := core.ClassOf(v); c != nil {
				names = append(names, c.AttrNames()...)
			}
		}
	}
	sort.Strings(names)
	out := names[:0]
	for i, n := range names {
		if i == 0 || names[i-1] != n {
			out = append(out, n)
		}
	}
	return out
}

// callableSuffix adds "(" to the name of a callable value, as Python's
// completer does.
func callableSuffix(name string, v starlark.Value) string {
	if _, ok := v.(starlark.Callable); ok {
		return name + "("
	}
	return name
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || unicode.IsLetter(r) || (i > 0 && unicode.IsDigit(r))) {
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
