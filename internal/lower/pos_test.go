package lower

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"go.starlark.net/syntax"
)

// TestPositions checks that every node of the lowered trees of the test
// scripts carries a valid position, and that no node is shared.
func TestPositions(t *testing.T) {
	files, _ := filepath.Glob(scriptsDir + "/*.py")
	golden, _ := filepath.Glob("testdata/golden/*.py")
	for _, file := range append(files, golden...) {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		f, err := lowerSrc(t, file, string(src))
		if err != nil {
			t.Fatal(err)
		}
		seen := map[interface{}]bool{}
		checked := 0
		var walk func(v reflect.Value, path string)
		walk = func(v reflect.Value, path string) {
			switch v.Kind() {
			case reflect.Interface:
				if !v.IsNil() {
					walk(v.Elem(), path)
				}
			case reflect.Ptr:
				if v.IsNil() {
					return
				}
				if _, ok := v.Interface().(syntax.Node); ok {
					if seen[v.Interface()] {
						t.Errorf("%s: node %s shared", file, path)
					}
					seen[v.Interface()] = true
				}
				walk(v.Elem(), path)
			case reflect.Slice:
				for i := 0; i < v.Len(); i++ {
					walk(v.Index(i), path)
				}
			case reflect.Struct:
				if p, ok := v.Interface().(syntax.Position); ok {
					checked++
					if !p.IsValid() || p.Line == 0 {
						t.Errorf("%s: invalid position in %s", file, path)
					}
					return
				}
				for i := 0; i < v.NumField(); i++ {
					fld := v.Type().Field(i)
					if !fld.IsExported() || fld.Name == "Module" || fld.Name == "Options" || fld.Name == "Function" || fld.Name == "Binding" {
						continue
					}
					walk(v.Field(i), path+"."+v.Type().Name()+"."+fld.Name)
				}
			}
		}
		for _, s := range f.Stmts {
			walk(reflect.ValueOf(s), "")
		}
		if checked < 20 {
			t.Errorf("%s: only %d positions checked", file, checked)
		}
	}
}
