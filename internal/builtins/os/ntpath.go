// This file defines the path operations of ntpath, os.path on Windows.

package os

import (
	"os"
	"strings"
)

// nt is ntpath: '\' and '/' separate; a path may start with a drive, a
// letter and a colon ("C:") or a UNC share ("\\server\share").
var nt = &flavor{
	module:     "ntpath",
	sep:        `\`,
	altsep:     "/",
	join:       ntJoin,
	split:      ntSplit,
	splitext:   ntSplitext,
	splitdrive: ntSplitdrive,
	normpath:   ntNormpath,
	normcase:   func(p string) string { return strings.ToLower(strings.ReplaceAll(p, "/", `\`)) },
	isabs:      ntIsabs,
	home:       ntHome,
}

func ntIsSep(c byte) bool { return c == '\\' || c == '/' }

// ntLastSep returns the index of the last separator of p, or -1.
func ntLastSep(p string) int { return strings.LastIndexAny(p, `\/`) }

// ntSplitdrive splits p into its drive ("C:", "\\server\share", or "")
// and the rest.
func ntSplitdrive(p string) (drive, rest string) {
	if len(p) < 2 {
		return "", p
	}
	norm := strings.ReplaceAll(p, "/", `\`)
	if strings.HasPrefix(norm, `\\`) {
		// A UNC share \\server\share, \\?\UNC\server\share, or a device \\.\name.
		start := 2
		if len(norm) >= 8 && strings.EqualFold(norm[:8], `\\?\UNC\`) {
			start = 8
		}
		i := strings.IndexByte(norm[start:], '\\')
		if i < 0 {
			return p, ""
		}
		i += start
		j := strings.IndexByte(norm[i+1:], '\\')
		if j < 0 {
			return p, ""
		}
		j += i + 1
		return p[:j], p[j:]
	}
	if norm[1] == ':' {
		return p[:2], p[2:]
	}
	return "", p
}

// ntIsabs is ntpath.isabs: a UNC path, a rooted path, or a drive and a root.
func ntIsabs(p string) bool {
	if len(p) > 3 {
		p = p[:3]
	}
	p = strings.ReplaceAll(p, "/", `\`)
	return strings.HasPrefix(p, `\`) || (len(p) == 3 && p[1:] == `:\`)
}

// ntJoin is ntpath.join.
func ntJoin(parts ...string) string {
	drive, path := ntSplitdrive(parts[0])
	for _, part := range parts[1:] {
		d, p := ntSplitdrive(part)
		if p != "" && ntIsSep(p[0]) {
			// An absolute part replaces the path (and the drive, if it has one).
			if d != "" || drive == "" {
				drive = d
			}
			path = p
			continue
		}
		if d != "" && d != drive {
			if !strings.EqualFold(d, drive) {
				// Another drive: the parts before are dropped.
				drive, path = d, p
				continue
			}
			drive = d // the same drive spelled in another case
		}
		if path != "" && !ntIsSep(path[len(path)-1]) {
			path += `\`
		}
		path += p
	}
	// A UNC drive and a relative path need a separator between them.
	if path != "" && !ntIsSep(path[0]) && drive != "" && !strings.HasSuffix(drive, ":") {
		return drive + `\` + path
	}
	return drive + path
}

// ntSplit is ntpath.split: (drive + head, tail), the head without its
// trailing separators unless it is only separators.
func ntSplit(p string) (head, tail string) {
	drive, rest := ntSplitdrive(p)
	i := ntLastSep(rest) + 1
	head, tail = rest[:i], rest[i:]
	if trimmed := strings.TrimRight(head, `\/`); trimmed != "" {
		head = trimmed
	}
	return drive + head, tail
}

// ntSplitext is ntpath.splitext: as posixpath's, with either separator.
func ntSplitext(p string) (root, ext string) { return splitextAfter(p, ntLastSep(p)) }

// ntNormpath is ntpath.normpath: '/' becomes '\', repeated separators and
// "." go, ".." removes the component before it (or, after a root, itself).
func ntNormpath(p string) string {
	p = strings.ReplaceAll(p, "/", `\`)
	prefix, rest := ntSplitdrive(p)
	if strings.HasPrefix(rest, `\`) {
		prefix += `\`
		rest = strings.TrimLeft(rest, `\`)
	}
	var out []string
	for _, c := range strings.Split(rest, `\`) {
		switch {
		case c == "" || c == ".":
		case c != "..":
			out = append(out, c)
		case len(out) > 0 && out[len(out)-1] != "..":
			out = out[:len(out)-1]
		case len(out) == 0 && strings.HasSuffix(prefix, `\`):
			// ".." at the root stays at the root.
		default:
			out = append(out, c)
		}
	}
	if prefix == "" && len(out) == 0 {
		return "."
	}
	return prefix + strings.Join(out, `\`)
}

// ntHome is the home folder of expanduser: %USERPROFILE%, else
// %HOMEDRIVE%%HOMEPATH%.
func ntHome() (string, bool) {
	if h, ok := os.LookupEnv("USERPROFILE"); ok {
		return h, true
	}
	path, ok := os.LookupEnv("HOMEPATH")
	if !ok {
		return "", false
	}
	return os.Getenv("HOMEDRIVE") + path, true
}
