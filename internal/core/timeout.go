package core

// This file defines Timeout, the argument type of every blocking call that
// takes a timeout (acquire, wait, join, get, put, result...).

import (
	"math"
	"time"

	"go.starlark.net/starlark"
)

// TimeoutMax is threading.TIMEOUT_MAX: the largest timeout, in seconds,
// that a blocking call accepts.
const TimeoutMax = 9223372036.0

// Forever is the duration of a wait without a timeout.
const Forever time.Duration = -1

// Timeout is a timeout argument, decoded by starlark.UnpackArgs:
//
//	var timeout core.Timeout
//	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "timeout?", &timeout); err != nil { ... }
//	d := timeout.Duration() // Forever when absent or None
//
// It accepts None, int, float and bool and rejects other types with
// CPython's TypeError. A negative number is kept as it is: its meaning
// differs between calls (Lock.acquire: no limit when -1, an error otherwise;
// queue.get: an error; Event.wait: poll), see Negative, NonNegative and
// Bounded.
type Timeout struct {
	set     bool    // a number was given (not None, not absent)
	seconds float64 // the number, when set
	integer bool    // the number was an int or a bool (not a float)
	none    bool    // None was given
}

var _ starlark.Unpacker = (*Timeout)(nil)

// TimeoutSeconds returns the Timeout of sec seconds (for Go callers).
func TimeoutSeconds(sec float64) Timeout { return Timeout{set: true, seconds: sec} }

// Unpack decodes v.
func (t *Timeout) Unpack(v starlark.Value) error {
	if v == starlark.None {
		*t = Timeout{none: true}
		return nil
	}
	sec, err := Seconds(v)
	if err != nil {
		return err
	}
	_, isFloat := v.(starlark.Float)
	*t = Timeout{set: true, seconds: sec, integer: !isFloat}
	return nil
}

// IsNone reports whether None was given (the locks' acquire rejects it).
func (t Timeout) IsNone() bool { return t.none }

// IsSet reports whether a number was given (None and absence are not).
func (t Timeout) IsSet() bool { return t.set }

// Seconds returns the number given (0 when none was).
func (t Timeout) Seconds() float64 { return t.seconds }

// Negative reports whether a negative number was given.
func (t Timeout) Negative() bool { return t.set && t.seconds < 0 }

// Duration returns the time to wait: Forever when no number was given, 0
// for a number ≤ 0 (poll), the duration otherwise.
func (t Timeout) Duration() time.Duration {
	if !t.set {
		return Forever
	}
	return SecondsDuration(t.seconds)
}

// NonNegative returns ValueError "'timeout' must be a non-negative number"
// when a negative number was given (queue.Queue.get, put), nil otherwise.
func (t Timeout) NonNegative() error {
	if t.Negative() {
		return NewError(ValueError, "'timeout' must be a non-negative number")
	}
	return nil
}

// Bounded returns the errors of the calls that convert their timeout as
// CPython's C code does (_thread's locks, _queue.SimpleQueue.get):
// ValueError for NaN, OverflowError for a number of seconds whose count of
// nanoseconds does not fit in 64 bits, worded as CPython 3.11 words it for
// an int and for a float. (Beyond TIMEOUT_MAX but within that range, a
// timeout is accepted and waits without limit, as in CPython.)
func (t Timeout) Bounded() error {
	switch {
	case !t.set:
		return nil
	case math.IsNaN(t.seconds):
		return NewError(ValueError, "Invalid value NaN (not a number)")
	case t.integer && math.Abs(t.seconds) > maxTimeoutSeconds:
		return NewError(OverflowError, "timestamp too large to convert to C _PyTime_t")
	case !t.integer && !(math.Abs(t.seconds)*1e9 < maxNanoseconds):
		return NewError(OverflowError, "timestamp out of range for platform time_t")
	}
	return nil
}

// The largest timeout CPython converts, as a float count of nanoseconds
// (2**63) and as a whole number of seconds.
const (
	maxNanoseconds    = 9223372036854775808.0
	maxTimeoutSeconds = 9223372036
)

// Seconds converts a Python number (int, float, bool) to seconds, with
// CPython's TypeError for other types.
func Seconds(v starlark.Value) (float64, error) {
	switch x := v.(type) {
	case starlark.Int:
		f, _ := starlark.AsFloat(x) // ±Inf when too large for a float
		return f, nil
	case starlark.Float:
		return float64(x), nil
	case starlark.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	}
	return 0, NewError(TypeError, "'"+TypeName(v)+"' object cannot be interpreted as an integer")
}

// SecondsDuration converts seconds to a time.Duration, saturating at the
// largest duration; negative values and NaN give 0.
func SecondsDuration(sec float64) time.Duration {
	if sec <= 0 || math.IsNaN(sec) {
		return 0
	}
	if sec >= TimeoutMax {
		return math.MaxInt64
	}
	return time.Duration(sec * float64(time.Second))
}
