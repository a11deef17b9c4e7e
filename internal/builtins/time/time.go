// This file defines the module value and its functions.

package time

import (
	"fmt"
	"math"
	"time"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// Make makes the time module for rt. Its members, as in CPython:
//
//	sleep(secs)                  wait secs seconds (int or float) without holding the interpreter lock
//	time() -> float              seconds since the epoch
//	time_ns() -> int             nanoseconds since the epoch
//	monotonic() -> float         a clock that never goes back (seconds)
//	monotonic_ns() -> int
//	perf_counter() -> float      the same clock as monotonic
//	perf_counter_ns() -> int
//	process_time() -> float      CPU time (user + system) of the process
//	process_time_ns() -> int
//	ctime(secs=None) -> str      'Wed Nov 25 12:38:18 2026' in local time
//	asctime(t=None) -> str       the same format from a struct_time or 9-tuple
//	localtime(secs=None) -> struct_time
//	gmtime(secs=None) -> struct_time
//	mktime(t) -> float           inverse of localtime
//	strftime(format, t=None) -> str   glibc's directives in the C locale
//	struct_time(seq)             the struct_time type (a 9-sequence with tm_* attributes)
//	timezone, altzone, daylight, tzname
//
// strftime implements the directives of glibc's strftime in the C locale
// (%a %A %b %B %c %C %d %D %e %F %g %G %h %H %I %j %k %l %m %M %n %p %P
// %r %R %s %S %t %T %u %U %V %w %W %x %X %y %Y %z %Z %%, with the flags
// - _ 0 ^); other directives are copied unchanged, as glibc does.
// Differences from CPython: a struct_time never compares equal to a tuple
// (Starlark compares values of different types as unequal); mktime
// corrects a tm_isdst that contradicts the zone by exactly one hour.
func Make(rt *core.Runtime) (starlark.Value, error) {
	return newTimeModule(time.Local), nil
}

// timeModule holds the state of one time module: its time zone.
type timeModule struct {
	loc *time.Location
}

// monoStart is the origin of monotonic() and perf_counter().
var monoStart = time.Now()

func newTimeModule(loc *time.Location) *core.Module {
	m := &timeModule{loc: loc}
	std, dst, stdOff, dstOff := tmZones(loc)
	daylight := 0
	if std != dst || stdOff != dstOff {
		daylight = 1
	}
	b := func(name string, fn func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error)) *starlark.Builtin {
		return starlark.NewBuiltin(name, fn)
	}
	return core.NewModule("time", starlark.StringDict{
		"sleep":           b("sleep", tmSleep),
		"time":            b("time", tmNoArgs(func() starlark.Value { return starlark.Float(float64(time.Now().UnixNano()) / 1e9) })),
		"time_ns":         b("time_ns", tmNoArgs(func() starlark.Value { return starlark.MakeInt64(time.Now().UnixNano()) })),
		"monotonic":       b("monotonic", tmNoArgs(func() starlark.Value { return starlark.Float(time.Since(monoStart).Seconds()) })),
		"monotonic_ns":    b("monotonic_ns", tmNoArgs(func() starlark.Value { return starlark.MakeInt64(int64(time.Since(monoStart))) })),
		"perf_counter":    b("perf_counter", tmNoArgs(func() starlark.Value { return starlark.Float(time.Since(monoStart).Seconds()) })),
		"perf_counter_ns": b("perf_counter_ns", tmNoArgs(func() starlark.Value { return starlark.MakeInt64(int64(time.Since(monoStart))) })),
		"process_time":    b("process_time", tmNoArgs(func() starlark.Value { return starlark.Float(float64(tmProcessTime()) / 1e9) })),
		"process_time_ns": b("process_time_ns", tmNoArgs(func() starlark.Value { return starlark.MakeInt64(tmProcessTime()) })),
		"ctime":           b("ctime", m.ctime),
		"asctime":         b("asctime", m.asctime),
		"localtime":       b("localtime", m.localtime),
		"gmtime":          b("gmtime", m.gmtime),
		"mktime":          b("mktime", m.mktime),
		"strftime":        b("strftime", m.strftime),
		"struct_time":     b("struct_time", tmStructTimeNew),
		"timezone":        starlark.MakeInt(-stdOff),
		"altzone":         starlark.MakeInt(-dstOff),
		"daylight":        starlark.MakeInt(daylight),
		"tzname":          starlark.Tuple{starlark.String(std), starlark.String(dst)},
	})
}

// tmZones returns the standard and daylight-saving names and offsets of
// loc this year (the same twice when loc has no daylight-saving time).
func tmZones(loc *time.Location) (std, dst string, stdOff, dstOff int) {
	y := time.Now().Year()
	jan := time.Date(y, 1, 1, 0, 0, 0, 0, loc)
	jul := time.Date(y, 7, 1, 0, 0, 0, 0, loc)
	n1, o1 := jan.Zone()
	n2, o2 := jul.Zone()
	switch {
	case jul.IsDST():
		return n1, n2, o1, o2
	case jan.IsDST():
		return n2, n1, o2, o1
	}
	return n1, n1, o1, o1
}

func tmNoArgs(f func() starlark.Value) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackArgs(fn.Name(), args, kwargs); err != nil {
			return nil, err
		}
		return f(), nil
	}
}

// tmSeconds converts an int, float or bool argument to seconds, as
// CPython's time functions do: "'str' object cannot be interpreted as an
// integer", and ValueError for NaN.
func tmSeconds(v starlark.Value) (float64, error) {
	f, err := core.Seconds(v)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(f) {
		return 0, core.NewError(core.ValueError, "Invalid value NaN (not a number)")
	}
	return f, nil
}

func tmSleep(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var secs starlark.Value
	if err := starlark.UnpackArgs("sleep", args, kwargs, "secs", &secs); err != nil {
		return nil, err
	}
	f, err := tmSeconds(secs)
	if err != nil {
		return nil, err
	}
	if f < 0 {
		return nil, core.NewError(core.ValueError, "sleep length must be non-negative")
	}
	if f*1e9 >= math.MaxInt64 {
		return nil, core.NewError(core.OverflowError, "sleep length is too large")
	}
	if err := core.Sleep(th, core.SecondsDuration(f)); err != nil {
		return nil, err
	}
	return starlark.None, nil
}

// instant returns the time for an optional secs argument (None: now),
// floored to a whole second as CPython does.
func (m *timeModule) instant(secs starlark.Value) (time.Time, error) {
	if secs == nil || secs == starlark.None {
		return time.Now(), nil
	}
	f, err := tmSeconds(secs)
	if err != nil {
		return time.Time{}, err
	}
	f = math.Floor(f)
	if f >= 1<<63 || f < -(1<<63) || math.IsInf(f, 0) {
		return time.Time{}, core.NewError(core.OverflowError, "timestamp out of range for platform time_t")
	}
	return time.Unix(int64(f), 0), nil
}

func (m *timeModule) ctime(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var secs starlark.Value = starlark.None
	if err := starlark.UnpackArgs("ctime", args, kwargs, "secs?", &secs); err != nil {
		return nil, err
	}
	t, err := m.instant(secs)
	if err != nil {
		return nil, err
	}
	return starlark.String(tmFromTime(t.In(m.loc)).asctime()), nil
}

func (m *timeModule) localtime(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var secs starlark.Value = starlark.None
	if err := starlark.UnpackArgs("localtime", args, kwargs, "secs?", &secs); err != nil {
		return nil, err
	}
	t, err := m.instant(secs)
	if err != nil {
		return nil, err
	}
	return tmFromTime(t.In(m.loc)), nil
}

func (m *timeModule) gmtime(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var secs starlark.Value = starlark.None
	if err := starlark.UnpackArgs("gmtime", args, kwargs, "secs?", &secs); err != nil {
		return nil, err
	}
	t, err := m.instant(secs)
	if err != nil {
		return nil, err
	}
	st := tmFromTime(t.UTC())
	st.zone = "GMT"
	return st, nil
}

// timeArg decodes an optional struct_time or 9-tuple argument of fn
// (None or absent: the current local time), checking its fields as
// CPython's asctime and strftime do.
func (m *timeModule) timeArg(fn string, v starlark.Value) (*structTime, error) {
	if v == nil || v == starlark.None {
		return tmFromTime(time.Now().In(m.loc)), nil
	}
	st, err := tmFromValue(fn, v)
	if err != nil {
		return nil, err
	}
	return st.checked()
}

func (m *timeModule) asctime(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var t starlark.Value = starlark.None
	if err := starlark.UnpackArgs("asctime", args, kwargs, "t?", &t); err != nil {
		return nil, err
	}
	st, err := m.timeArg("asctime", t)
	if err != nil {
		return nil, err
	}
	return starlark.String(st.asctime()), nil
}

func (m *timeModule) mktime(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var t starlark.Value
	if err := starlark.UnpackArgs("mktime", args, kwargs, "t", &t); err != nil {
		return nil, err
	}
	st, err := tmFromValue("mktime", t)
	if err != nil {
		return nil, err
	}
	return starlark.Float(float64(m.unix(st))), nil
}

// unix converts broken-down local time to seconds since the epoch, as C's
// mktime: out-of-range fields are normalised, tm_isdst -1 lets the zone
// decide, 0 or 1 contradicting the zone shift the result by one hour.
func (m *timeModule) unix(st *structTime) int64 {
	f := st.f
	t := time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], 0, m.loc)
	secs := t.Unix()
	if f[8] >= 0 && t.IsDST() != (f[8] > 0) {
		if f[8] > 0 {
			secs -= 3600
		} else {
			secs += 3600
		}
	}
	return secs
}

func (m *timeModule) strftime(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var format, t starlark.Value
	t = starlark.None
	if err := starlark.UnpackArgs("strftime", args, kwargs, "format", &format, "t?", &t); err != nil {
		return nil, err
	}
	fs, ok := format.(starlark.String)
	if !ok {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("strftime() argument 1 must be str, not %s", core.TypeName(format)))
	}
	st, err := m.timeArg("strftime", t)
	if err != nil {
		return nil, err
	}
	if !st.hasZone {
		// A plain tuple: the zone name follows tm_isdst, the offset is 0.
		std, dst, _, _ := tmZones(m.loc)
		switch {
		case st.f[8] == 0:
			st.zone = std
		case st.f[8] > 0:
			st.zone = dst
		}
	}
	return starlark.String(m.format(string(fs), st)), nil
}
