// Package wire serialises Python values between pyconc processes: the
// arguments of a multiprocessing.Process, the items of a Queue, the
// messages of a Pipe, the requests of the parent–child channel (which
// package broker frames).
//
// # Payload
//
// A payload is the format version (one byte, Version) followed by one
// value. Every value starts with a one-byte tag:
//
//	N T F                   None, True, False
//	i zigzag-varint         int that fits in 64 bits
//	I sign len magnitude    any other int (sign 0 or 1, big-endian magnitude)
//	f 8 bytes               float (IEEE 754, big-endian)
//	s len bytes             str
//	b len bytes             bytes
//	t n value*n             tuple
//	l n value*n             list         (memoised)
//	d n (key value)*n       dict         (memoised)
//	S n value*n             set          (memoised)
//	g module qualname       a module-level function or class, by name
//	o class native? n (name value)*n
//	                        an instance of a class: the class (a 'g' value),
//	                        the Go state of a Go-defined base if any (a flag
//	                        byte and a value, see Hooks), its attributes
//	                        (memoised)
//	e class args tb n (name value)*n
//	                        an exception: class, args tuple, traceback text
//	                        and attributes (memoised)
//	h kind id               a handle of a shared object (Handle)
//	r index                 a back-reference to the index-th memoised value
//	m value name            a bound method: its receiver and its name
//
// Lengths and counts are unsigned varints and every one is checked against
// the bytes left in the payload before anything is allocated; nesting is
// limited to MaxDepth.
//
// Shared references and cycles. Lists, dicts, sets and instances are
// memoised: a second occurrence of the same object is sent as a
// back-reference, so shared structure and cycles survive the trip
// (l.append(l) arrives as a list that contains itself), as with pickle.
//
// # Errors
//
// Values that cannot cross are reported with CPython's pickle messages:
//
//	TypeError: cannot pickle 'generator' object
//	_pickle.PicklingError: Can't pickle <function <lambda> at 0x...>: attribute lookup <lambda> on __main__ failed
//	AttributeError: Can't pickle local object 'outer.<locals>.inner'
//
// followed, when the caller said where the value was going (Hooks.Where),
// by " (while sending WHERE)". Malformed input yields
// _pickle.UnpicklingError; values nested deeper than MaxDepth yield
// RecursionError "maximum recursion depth exceeded while pickling an object".
//
// Everything that is not a plain value — functions and classes by name,
// instances' Go state, handles of shared objects, and the runtime new
// instances belong to — goes through the Hooks the caller supplies.
package wire
