// This file defines the path operations of posixpath, os.path on Unix.

package os

import (
	"os"
	"strings"
)

// posix is posixpath: '/' separates, and nothing names a drive.
var posix = &flavor{
	module:     "posixpath",
	sep:        "/",
	join:       posixJoin,
	split:      posixSplit,
	splitext:   posixSplitext,
	splitdrive: func(p string) (string, string) { return "", p },
	normpath:   posixNormpath,
	normcase:   func(p string) string { return p },
	isabs:      func(p string) bool { return strings.HasPrefix(p, "/") },
	home:       posixHome,
}

// posixJoin is posixpath.join.
func posixJoin(parts ...string) string {
	path := parts[0]
	for _, b := range parts[1:] {
		switch {
		case strings.HasPrefix(b, "/"):
			path = b
		case path == "" || strings.HasSuffix(path, "/"):
			path += b
		default:
			path += "/" + b
		}
	}
	return path
}

// posixSplit is posixpath.split.
func posixSplit(p string) (head, tail string) {
	i := strings.LastIndexByte(p, '/') + 1
	head, tail = p[:i], p[i:]
	if head != "" && head != strings.Repeat("/", len(head)) {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

// posixSplitext is posixpath.splitext.
func posixSplitext(p string) (root, ext string) {
	return splitextAfter(p, strings.LastIndexByte(p, '/'))
}

// splitextAfter is splitext of p whose last separator is at sep (-1 for
// none): the extension is from the last dot of the last component, unless
// that component is only dots before it (".bashrc" has none).
func splitextAfter(p string, sep int) (root, ext string) {
	dot := strings.LastIndexByte(p, '.')
	if dot > sep {
		for i := sep + 1; i < dot; i++ {
			if p[i] != '.' {
				return p[:dot], p[dot:]
			}
		}
	}
	return p, ""
}

// posixNormpath is posixpath.normpath.
func posixNormpath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var out []string
	for _, c := range strings.Split(p, "/") {
		if c == "" || c == "." {
			continue
		}
		if c != ".." || (initial == 0 && len(out) == 0) || (len(out) > 0 && out[len(out)-1] == "..") {
			out = append(out, c)
		} else if len(out) > 0 {
			out = out[:len(out)-1]
		}
	}
	s := strings.Repeat("/", initial) + strings.Join(out, "/")
	if s == "" {
		return "."
	}
	return s
}

// posixHome is the home folder of expanduser: $HOME, else the user's.
func posixHome() (string, bool) {
	if h, ok := os.LookupEnv("HOME"); ok {
		return h, true
	}
	d, err := os.UserHomeDir()
	return d, err == nil
}
