package pyformat

import "go.starlark.net/starlark"

// Hooks lets the runtime supply Python semantics this package cannot know.
//
// The package calls the hooks only for values that are not built-in scalars:
// starlark.Int, Float, String, Bytes, Bool and None are formatted here.
type Hooks interface {
	// Str returns Python's str(v).
	Str(v starlark.Value) (string, error)
	// Repr returns Python's repr(v).
	Repr(v starlark.Value) (string, error)
	// Format is called for values that are not int/float/str/bool/None
	// (e.g. instances with __format__); ok=false means "no __format__":
	// then format(str(v), spec) rules apply (spec must be empty, else
	// TypeError "unsupported format string passed to X.__format__").
	Format(v starlark.Value, spec string) (s string, ok bool, err error)
	// GetAttr returns v.name, for "{0.name}".
	GetAttr(v starlark.Value, name string) (starlark.Value, error)
	// GetItem returns v[key], for "{0[key]}" and "%(key)s".
	GetItem(v starlark.Value, key starlark.Value) (starlark.Value, error)
	// TypeName returns Python's type name, for messages: 'int', 'str', 'Point'.
	TypeName(v starlark.Value) string
}

// MappingHooks may be implemented by a Hooks value to tell which values
// count as mappings for printf-style formatting. CPython treats any object
// with __getitem__ (dict, list, bytes, instances defining __getitem__) as a
// mapping there, which lets "%(name)s" look keys up in it and suppresses the
// "not all arguments converted" check. Without this interface, values that
// implement starlark.Mapping or starlark.Indexable count as mappings.
type MappingHooks interface {
	// IsMapping reports whether v has Python's __getitem__.
	IsMapping(v starlark.Value) bool
}

func isMapping(h Hooks, v starlark.Value) bool {
	if m, ok := h.(MappingHooks); ok {
		return m.IsMapping(v)
	}
	switch v.(type) {
	case starlark.Mapping, starlark.Indexable:
		return true
	}
	return false
}
