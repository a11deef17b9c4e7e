// This file defines struct_time, the broken-down time of localtime and gmtime.

package time

import (
	"fmt"
	"math"
	"strings"
	"time"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/core"
)

// structTime is time.struct_time: a read-only sequence of the nine fields
// (tm_year, tm_mon, tm_mday, tm_hour, tm_min, tm_sec, tm_wday with
// Monday=0, tm_yday, tm_isdst) plus tm_zone and tm_gmtoff.
type structTime struct {
	f       [9]int
	zone    string
	gmtoff  int
	hasZone bool // zone and gmtoff are known (localtime, gmtime)
}

var (
	_ starlark.Indexable  = (*structTime)(nil)
	_ starlark.Sliceable  = (*structTime)(nil)
	_ starlark.Iterable   = (*structTime)(nil)
	_ starlark.HasAttrs   = (*structTime)(nil)
	_ starlark.Comparable = (*structTime)(nil)
)

var tmFieldNames = [9]string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}

// tmFromTime breaks t down in its own location.
func tmFromTime(t time.Time) *structTime {
	isdst := 0
	if t.IsDST() {
		isdst = 1
	}
	zone, off := t.Zone()
	return &structTime{
		f:    [9]int{t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), (int(t.Weekday()) + 6) % 7, t.YearDay(), isdst},
		zone: zone, gmtoff: off, hasZone: true,
	}
}

// tmFromValue decodes a struct_time or a 9-tuple of ints.
func tmFromValue(fn string, v starlark.Value) (*structTime, error) {
	switch v := v.(type) {
	case *structTime:
		c := *v
		return &c, nil
	case starlark.Tuple:
		if len(v) != 9 {
			return nil, core.NewError(core.TypeError, fn+"(): illegal time tuple argument")
		}
		st := &structTime{}
		for i, x := range v {
			n, err := tmInt(x)
			if err != nil {
				return nil, err
			}
			st.f[i] = n
		}
		return st, nil
	}
	return nil, core.NewError(core.TypeError, "Tuple or struct_time argument required")
}

func tmInt(x starlark.Value) (int, error) {
	switch x := x.(type) {
	case starlark.Int:
		n, ok := x.Int64()
		if !ok || n > math.MaxInt32 || n < math.MinInt32 {
			return 0, core.NewError(core.OverflowError, "Python int too large to convert to C int")
		}
		return int(n), nil
	case starlark.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	}
	return 0, core.NewError(core.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", core.TypeName(x)))
}

// checked validates the fields as CPython's checktm does for asctime and
// strftime, normalising 0 months, days and year days to 1.
func (st *structTime) checked() (*structTime, error) {
	c := *st
	f := &c.f
	if f[1] == 0 {
		f[1] = 1
	}
	if f[2] == 0 {
		f[2] = 1
	}
	if f[7] == 0 {
		f[7] = 1
	}
	switch {
	case f[1] < 1 || f[1] > 12:
		return nil, core.NewError(core.ValueError, "month out of range")
	case f[2] < 1 || f[2] > 31:
		return nil, core.NewError(core.ValueError, "day of month out of range")
	case f[3] < 0 || f[3] > 23:
		return nil, core.NewError(core.ValueError, "hour out of range")
	case f[4] < 0 || f[4] > 59:
		return nil, core.NewError(core.ValueError, "minute out of range")
	case f[5] < 0 || f[5] > 61:
		return nil, core.NewError(core.ValueError, "seconds out of range")
	case f[6] < 0:
		return nil, core.NewError(core.ValueError, "day of week out of range")
	case f[7] < 1 || f[7] > 366:
		return nil, core.NewError(core.ValueError, "day of year out of range")
	}
	f[6] %= 7
	if f[8] < -1 {
		f[8] = -1
	} else if f[8] > 1 {
		f[8] = 1
	}
	return &c, nil
}

// asctime formats st as C's asctime: 'Wed Nov 25 12:38:18 2026'.
func (st *structTime) asctime() string {
	f := st.f
	mon := f[1]
	if mon < 1 || mon > 12 {
		mon = 1
	}
	return fmt.Sprintf("%s %s%3d %02d:%02d:%02d %d", tmDayNames[((f[6]%7)+7)%7][:3], tmMonthNames[mon-1][:3], f[2], f[3], f[4], f[5], f[0])
}

func (st *structTime) tuple() starlark.Tuple {
	t := make(starlark.Tuple, 9)
	for i, n := range st.f {
		t[i] = starlark.MakeInt(n)
	}
	return t
}

// String returns CPython's repr: time.struct_time(tm_year=2026, ...).
func (st *structTime) String() string {
	var b strings.Builder
	b.WriteString("time.struct_time(")
	for i, n := range st.f {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s=%d", tmFieldNames[i], n)
	}
	b.WriteString(")")
	return b.String()
}

// Type returns "time.struct_time".
func (st *structTime) Type() string { return "time.struct_time" }

// Freeze does nothing: struct_time values are immutable.
func (st *structTime) Freeze() {}

// Truth returns True.
func (st *structTime) Truth() starlark.Bool { return starlark.True }

// Hash hashes like the equivalent tuple.
func (st *structTime) Hash() (uint32, error) { return st.tuple().Hash() }

// Len returns 9.
func (st *structTime) Len() int { return 9 }

// Index returns field i.
func (st *structTime) Index(i int) starlark.Value { return starlark.MakeInt(st.f[i]) }

// Slice returns a tuple of the selected fields.
func (st *structTime) Slice(start, end, step int) starlark.Value {
	return st.tuple().Slice(start, end, step)
}

// Iterate iterates over the nine fields.
func (st *structTime) Iterate() starlark.Iterator { return st.tuple().Iterate() }

// structTimeAttrs are the attributes of struct_time: the nine tm_* fields,
// tm_zone and tm_gmtoff (None for a struct_time made from a tuple),
// n_fields and n_sequence_fields.
var structTimeAttrs = core.NewMethods(nil).WithProps(structTimeProps())

func structTimeProps() map[string]core.Getter {
	props := map[string]core.Getter{
		"tm_zone": func(recv starlark.Value) (starlark.Value, error) {
			if st := recv.(*structTime); st.hasZone {
				return starlark.String(st.zone), nil
			}
			return starlark.None, nil
		},
		"tm_gmtoff": func(recv starlark.Value) (starlark.Value, error) {
			if st := recv.(*structTime); st.hasZone {
				return starlark.MakeInt(st.gmtoff), nil
			}
			return starlark.None, nil
		},
		"n_fields":          func(starlark.Value) (starlark.Value, error) { return starlark.MakeInt(9), nil },
		"n_sequence_fields": func(starlark.Value) (starlark.Value, error) { return starlark.MakeInt(9), nil },
	}
	for i, name := range tmFieldNames {
		i := i
		props[name] = func(recv starlark.Value) (starlark.Value, error) {
			return starlark.MakeInt(recv.(*structTime).f[i]), nil
		}
	}
	return props
}

// Attr returns an attribute of structTimeAttrs.
func (st *structTime) Attr(name string) (starlark.Value, error) {
	return structTimeAttrs.Attr(st, name)
}

// AttrNames lists the attributes.
func (st *structTime) AttrNames() []string { return structTimeAttrs.Names() }

// CompareSameType compares the fields as tuples.
func (st *structTime) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	return starlark.CompareDepth(op, st.tuple(), y.(*structTime).tuple(), depth)
}

// tmStructTimeNew is time.struct_time(seq).
func tmStructTimeNew(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var seq starlark.Value
	if err := starlark.UnpackArgs("struct_time", args, kwargs, "sequence", &seq); err != nil {
		return nil, err
	}
	if st, ok := seq.(*structTime); ok {
		return st, nil
	}
	var items starlark.Tuple
	if it, ok := seq.(starlark.Iterable); ok {
		iter := it.Iterate()
		var x starlark.Value
		for iter.Next(&x) {
			items = append(items, x)
		}
		iter.Done()
	} else {
		return nil, core.NewError(core.TypeError, "constructor requires a sequence")
	}
	if len(items) != 9 {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("time.struct_time() takes a 9-sequence (%d-sequence given)", len(items)))
	}
	return tmFromValue("struct_time", items)
}
