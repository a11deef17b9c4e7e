package core

// This file defines lazyRE: a regular expression compiled on first use, so
// that the tables of error messages cost nothing at start-up (every child
// process starts the runtime).

import (
	"regexp"
	"sync"
)

// lazyRE is a regular expression compiled the first time it is used.
type lazyRE struct {
	pattern string
	once    sync.Once
	re      *regexp.Regexp
}

// lazyRegexp returns a regular expression compiled on first use; the
// pattern must be valid (it panics then, as regexp.MustCompile would).
func lazyRegexp(pattern string) *lazyRE { return &lazyRE{pattern: pattern} }

func (l *lazyRE) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.pattern) })
	return l.re
}

// FindStringSubmatch is regexp.Regexp's.
func (l *lazyRE) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }

// ReplaceAllString is regexp.Regexp's.
func (l *lazyRE) ReplaceAllString(src, repl string) string {
	return l.get().ReplaceAllString(src, repl)
}
