// This file defines the time module and its struct_time values.

package builtins

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"syscall"
	"time"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/core"
)

// MakeTime makes the time module for rt. Its members, as in CPython:
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
func MakeTime(rt *core.Runtime) (starlark.Value, error) {
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

// tmProcessTime returns the CPU time of the process in nanoseconds.
func tmProcessTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func tmNoArgs(f func() starlark.Value) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackArgs(fn.Name(), args, kwargs); err != nil {
			return nil, err
		}
		return f(), nil
	}
}

// tmSeconds converts an int or float argument to float64, as CPython's
// time functions do ("'str' object cannot be interpreted as an integer").
func tmSeconds(v starlark.Value) (float64, error) {
	switch v := v.(type) {
	case starlark.Int:
		f := v.Float()
		return float64(f), nil
	case starlark.Float:
		if v != v {
			return 0, core.NewError(core.ValueError, "Invalid value NaN (not a number)")
		}
		return float64(v), nil
	case starlark.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	return 0, core.NewError(core.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", core.TypeName(v)))
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
	if err := core.Sleep(th, time.Duration(f*1e9)); err != nil {
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

var (
	tmDayNames   = [7]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	tmMonthNames = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// format expands the strftime directives of f for st.
func (m *timeModule) format(f string, st *structTime) string {
	var b strings.Builder
	year, mon, mday, hour, min, sec, wday, yday := st.f[0], st.f[1], st.f[2], st.f[3], st.f[4], st.f[5], st.f[6], st.f[7]
	if mon < 1 {
		mon = 1
	}
	sunday := (wday + 1) % 7 // 0 = Sunday, as C's tm_wday
	hour12 := hour % 12
	if hour12 == 0 {
		hour12 = 12
	}
	ampm := "AM"
	if hour >= 12 {
		ampm = "PM"
	}
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c != '%' || i+1 >= len(f) {
			b.WriteByte(c)
			continue
		}
		start := i
		i++
		pad := byte(0) // 0: the directive's default
		upper := false
		for i < len(f) && strings.IndexByte("-_0^#", f[i]) >= 0 {
			switch f[i] {
			case '^':
				upper = true
			case '#':
			default:
				pad = f[i]
			}
			i++
		}
		if i >= len(f) {
			b.WriteString(f[start:])
			break
		}
		num := func(n, width int, defPad byte) string {
			p := defPad
			if pad != 0 {
				p = pad
			}
			s := strconv.Itoa(n)
			switch p {
			case '-':
				return s
			case '_':
				p = ' '
			}
			for len(s) < width {
				s = string(p) + s
			}
			return s
		}
		text := func(s string) string {
			if upper {
				return strings.ToUpper(s)
			}
			return s
		}
		var out string
		switch f[i] {
		case 'a':
			out = text(tmDayNames[((wday%7)+7)%7][:3])
		case 'A':
			out = text(tmDayNames[((wday%7)+7)%7])
		case 'b', 'h':
			out = text(tmMonthNames[(mon-1)%12][:3])
		case 'B':
			out = text(tmMonthNames[(mon-1)%12])
		case 'c':
			out = text(st.asctime())
		case 'C':
			out = num(year/100, 2, '0')
		case 'd':
			out = num(mday, 2, '0')
		case 'D':
			out = m.format("%m/%d/%y", st)
		case 'e':
			out = num(mday, 2, ' ')
		case 'F':
			out = m.format("%Y-%m-%d", st)
		case 'g', 'G', 'V':
			iy, iw := time.Date(year, time.Month(mon), mday, 12, 0, 0, 0, time.UTC).ISOWeek()
			switch f[i] {
			case 'g':
				out = num(iy%100, 2, '0')
			case 'G':
				out = num(iy, 1, '0')
			default:
				out = num(iw, 2, '0')
			}
		case 'H':
			out = num(hour, 2, '0')
		case 'I':
			out = num(hour12, 2, '0')
		case 'j':
			out = num(yday, 3, '0')
		case 'k':
			out = num(hour, 2, ' ')
		case 'l':
			out = num(hour12, 2, ' ')
		case 'm':
			out = num(mon, 2, '0')
		case 'M':
			out = num(min, 2, '0')
		case 'n':
			out = "\n"
		case 'p':
			out = ampm
		case 'P':
			out = strings.ToLower(ampm)
		case 'r':
			out = m.format("%I:%M:%S %p", st)
		case 'R':
			out = m.format("%H:%M", st)
		case 's':
			out = num(int(m.unix(st)), 1, '0')
		case 'S':
			out = num(sec, 2, '0')
		case 't':
			out = "\t"
		case 'T', 'X':
			out = m.format("%H:%M:%S", st)
		case 'u':
			out = num(wday%7+1, 1, '0')
		case 'U':
			out = num((yday-1+7-sunday)/7, 2, '0')
		case 'w':
			out = num(sunday, 1, '0')
		case 'W':
			out = num((yday-1+7-wday%7)/7, 2, '0')
		case 'x':
			out = m.format("%m/%d/%y", st)
		case 'y':
			out = num(((year%100)+100)%100, 2, '0')
		case 'Y':
			out = num(year, 1, '0')
		case 'z':
			off := st.gmtoff
			sign := '+'
			if off < 0 {
				sign, off = '-', -off
			}
			out = fmt.Sprintf("%c%02d%02d", sign, off/3600, off/60%60)
		case 'Z':
			out = text(st.zone)
		case '%':
			out = "%"
		default:
			out = f[start : i+1]
		}
		b.WriteString(out)
	}
	return b.String()
}

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

// Attr returns tm_* fields, tm_zone, tm_gmtoff and n_fields.
func (st *structTime) Attr(name string) (starlark.Value, error) {
	for i, n := range tmFieldNames {
		if n == name {
			return starlark.MakeInt(st.f[i]), nil
		}
	}
	switch name {
	case "tm_zone":
		if !st.hasZone {
			return starlark.None, nil
		}
		return starlark.String(st.zone), nil
	case "tm_gmtoff":
		if !st.hasZone {
			return starlark.None, nil
		}
		return starlark.MakeInt(st.gmtoff), nil
	case "n_fields", "n_sequence_fields":
		return starlark.MakeInt(9), nil
	}
	return nil, nil
}

// AttrNames lists the attributes.
func (st *structTime) AttrNames() []string {
	return append(tmFieldNames[:], "n_fields", "n_sequence_fields", "tm_gmtoff", "tm_zone")
}

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
