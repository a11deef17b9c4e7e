// This file defines the conversions between Go values and script values:
// ToValue and FromValue.

package interp

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"sort"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// ToValue converts a Go value to the script value it stands for:
//
//	nil                          None
//	bool                         bool
//	int, int8..int64, uint..     int
//	float32, float64             float
//	string                       str
//	[]byte                       bytes
//	*big.Int                     int
//	[]any and other slices       list (elements converted)
//	map[string]any and other
//	maps with convertible keys   dict (keys and values converted)
//	GoFunc, or a func with
//	GoFunc's signature           a function (see Func) named "gofunc"
//	starlark.Value               itself
//
// Other values give an error. The result is a new, unfrozen value (a
// starlark.Value is returned as it is). Where a value has a name
// (Options.Predeclared, a module's members, Set), a GoFunc's function is
// named by it.
func ToValue(x any) (starlark.Value, error) {
	return toValueNamed(anonymousFunc, x)
}

// anonymousFunc is the name of a function ToValue makes of a GoFunc that
// has no name of its own.
const anonymousFunc = "gofunc"

// toValueNamed is ToValue, a GoFunc becoming a function named name.
func toValueNamed(name string, x any) (starlark.Value, error) {
	switch fn := x.(type) {
	case GoFunc:
		return Func(name, fn), nil
	case func(context.Context, []any, map[string]any) (any, error):
		return Func(name, fn), nil
	}
	switch x := x.(type) {
	case nil:
		return starlark.None, nil
	case starlark.Value:
		return x, nil
	case bool:
		return starlark.Bool(x), nil
	case int:
		return starlark.MakeInt(x), nil
	case int8:
		return starlark.MakeInt64(int64(x)), nil
	case int16:
		return starlark.MakeInt64(int64(x)), nil
	case int32:
		return starlark.MakeInt64(int64(x)), nil
	case int64:
		return starlark.MakeInt64(x), nil
	case uint:
		return starlark.MakeUint64(uint64(x)), nil
	case uint8:
		return starlark.MakeUint64(uint64(x)), nil
	case uint16:
		return starlark.MakeUint64(uint64(x)), nil
	case uint32:
		return starlark.MakeUint64(uint64(x)), nil
	case uint64:
		return starlark.MakeUint64(x), nil
	case float32:
		return starlark.Float(x), nil
	case float64:
		return starlark.Float(x), nil
	case string:
		return starlark.String(x), nil
	case []byte:
		return starlark.Bytes(x), nil
	case *big.Int:
		return starlark.MakeBigInt(x), nil
	case []any:
		list := make([]starlark.Value, len(x))
		for i, e := range x {
			v, err := ToValue(e)
			if err != nil {
				return nil, err
			}
			list[i] = v
		}
		return starlark.NewList(list), nil
	case map[string]any:
		d := starlark.NewDict(len(x))
		for _, k := range sortedKeys(x) {
			v, err := ToValue(x[k])
			if err != nil {
				return nil, err
			}
			if err := d.SetKey(starlark.String(k), v); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	return reflectToValue(reflect.ValueOf(x))
}

// toValues converts the values of a map of names (Options.Predeclared,
// the members of a module), each GoFunc named by its key.
func toValues(m map[string]any) (starlark.StringDict, error) {
	d := make(starlark.StringDict, len(m))
	for k, x := range m {
		v, err := toValueNamed(k, x)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", k, err)
		}
		d[k] = v
	}
	return d, nil
}

// sortedKeys returns the keys of m in order, so that conversions are
// deterministic.
func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// reflectToValue converts the slices, arrays and maps ToValue does not
// list by type.
func reflectToValue(rv reflect.Value) (starlark.Value, error) {
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		list := make([]starlark.Value, rv.Len())
		for i := range list {
			v, err := ToValue(rv.Index(i).Interface())
			if err != nil {
				return nil, err
			}
			list[i] = v
		}
		return starlark.NewList(list), nil
	case reflect.Map:
		d := starlark.NewDict(rv.Len())
		iter := rv.MapRange()
		for iter.Next() {
			k, err := ToValue(iter.Key().Interface())
			if err != nil {
				return nil, err
			}
			v, err := ToValue(iter.Value().Interface())
			if err != nil {
				return nil, err
			}
			if err := d.SetKey(k, v); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	if !rv.IsValid() {
		return starlark.None, nil
	}
	return nil, fmt.Errorf("cannot convert Go value of type %s to a script value", rv.Type())
}

// FromValue converts a script value to a Go value:
//
//	None          nil
//	bool          bool
//	int           int64, or *big.Int beyond int64
//	float         float64
//	str           string
//	bytes         []byte
//	list, tuple   []any (elements converted)
//	set           []any (elements converted)
//	dict          map[string]any when every key is a str, otherwise
//	              map[any]any (keys must convert to comparable values)
//
// Other values (functions, instances, modules...) give an error.
// Containers are copied, so the result shares nothing with the script;
// read a value that other script threads may change only while holding
// the interpreter lock (as Call, Get and the arguments of Func do).
func FromValue(v starlark.Value) (any, error) {
	switch x := v.(type) {
	case starlark.NoneType:
		return nil, nil
	case starlark.Bool:
		return bool(x), nil
	case starlark.Int:
		if i, ok := x.Int64(); ok {
			return i, nil
		}
		return x.BigInt(), nil
	case starlark.Float:
		return float64(x), nil
	case starlark.String:
		return string(x), nil
	case starlark.Bytes:
		return []byte(x), nil
	case *starlark.List:
		return fromSequence(x)
	case starlark.Tuple:
		return fromSequence(x)
	case *starlark.Set:
		return fromSequence(x)
	case *starlark.Dict:
		return fromDict(x)
	}
	return nil, fmt.Errorf("cannot convert a value of type '%s' to a Go value", core.TypeName(v))
}

// fromSequence converts the elements of a list, tuple or set.
func fromSequence(seq starlark.Iterable) (any, error) {
	out := []any{}
	iter := seq.Iterate()
	defer iter.Done()
	var e starlark.Value
	for iter.Next(&e) {
		x, err := FromValue(e)
		if err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, nil
}

// fromDict converts a dict to map[string]any, or to map[any]any when a
// key is not a str.
func fromDict(d *starlark.Dict) (any, error) {
	items := d.Items()
	allStr := true
	for _, kv := range items {
		if _, ok := kv[0].(starlark.String); !ok {
			allStr = false
			break
		}
	}
	if allStr {
		m := make(map[string]any, len(items))
		for _, kv := range items {
			v, err := FromValue(kv[1])
			if err != nil {
				return nil, err
			}
			m[string(kv[0].(starlark.String))] = v
		}
		return m, nil
	}
	m := make(map[any]any, len(items))
	for _, kv := range items {
		k, err := FromValue(kv[0])
		if err != nil {
			return nil, err
		}
		if k != nil && !reflect.TypeOf(k).Comparable() {
			return nil, fmt.Errorf("cannot convert a dict key of type '%s' to a Go map key", core.TypeName(kv[0]))
		}
		if f, ok := k.(float64); ok && math.IsNaN(f) {
			return nil, fmt.Errorf("cannot convert a NaN dict key to a Go map key")
		}
		v, err := FromValue(kv[1])
		if err != nil {
			return nil, err
		}
		m[k] = v
	}
	return m, nil
}
