package core

// This file defines ExcRecord, the plain description of an exception that
// crosses to another process, and the conversions to and from it.

import (
	"strings"

	"go.starlark.net/starlark"
)

// ExcRecord describes an exception for another process: its class (by
// module and name), its arguments, the complete traceback text where it
// was raised, and its instance attributes (those of a script exception
// class, and errno/code... of built-in ones). The values are for the
// serialiser to encode.
type ExcRecord struct {
	Class, Module string
	Args          []starlark.Value
	Traceback     string
	Attrs         map[string]starlark.Value
}

// RecordOf describes err for another process. The traceback text is
// FormatException's rendering of err, including any RemoteTraceback it
// carries itself. Script code is not run (a script __str__ is not used
// for the message of the text).
func RecordOf(err *PyError) ExcRecord {
	inst := err.Value
	st := ExcStateOf(inst)
	r := ExcRecord{Class: inst.Class.Name(), Module: inst.Class.Module}
	if st != nil {
		r.Args = append([]starlark.Value(nil), st.Args...)
	}
	r.Traceback = formatException(inst.Runtime(), nil, err)
	for _, name := range inst.OwnNames() {
		if r.Attrs == nil {
			r.Attrs = map[string]starlark.Value{}
		}
		r.Attrs[name], _ = inst.GetOwn(name)
	}
	return r
}

// FromRecord rebuilds an exception described by RecordOf in another
// process. lookupClass finds a class by module and name (nil when unknown;
// lookupClass itself may be nil); built-in exception classes are found
// without it. The exception carries r.Traceback as its RemoteTraceback. An
// unknown class gives a RuntimeError whose message is the original
// "Type: message" line.
func FromRecord(r ExcRecord, lookupClass func(module, name string) *Class) *PyError {
	var c *Class
	if lookupClass != nil {
		c = lookupClass(r.Module, r.Class)
	}
	if c == nil && (r.Module == "builtins" || r.Module == "") {
		c = ExceptionClasses()[r.Class]
	}
	var inst *Instance
	if c == nil || !c.IsSubclass(BaseException) {
		inst = NewException(RuntimeError, starlark.String(recordLastLine(r)))
	} else {
		inst = NewException(c, r.Args...)
		ExcStateOf(inst).Args = append(starlark.Tuple(nil), r.Args...)
		for k, v := range r.Attrs {
			inst.SetOwn(k, v)
		}
	}
	ExcStateOf(inst).RemoteTraceback = r.Traceback
	return &PyError{Value: inst}
}

// recordLastLine returns the "Type: message" line of a record: the last
// line of its traceback text, else one made from its class and args.
func recordLastLine(r ExcRecord) string {
	if lines := strings.Split(strings.TrimRight(r.Traceback, "\n"), "\n"); len(lines) > 0 && lines[len(lines)-1] != "" {
		return lines[len(lines)-1]
	}
	name := r.Class
	if r.Module != "" && r.Module != "builtins" && r.Module != "__main__" {
		name = r.Module + "." + name
	}
	inst := NewException(Exception, r.Args...)
	if msg := ExcMessage(inst); msg != "" {
		return name + ": " + msg
	}
	return name
}
