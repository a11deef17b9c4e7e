package core

import "testing"

// TestLazyPatternsCompile compiles every lazily compiled pattern, which
// would otherwise only fail when an error message first needs it.
func TestLazyPatternsCompile(t *testing.T) {
	res := []*lazyRE{reTooMany, reMissing, reUnexpKw, reMultiple, reParam, didYouMean}
	for _, r := range convRules {
		res = append(res, r.re)
	}
	for _, r := range res {
		func() {
			defer func() {
				if e := recover(); e != nil {
					t.Errorf("pattern %q: %v", r.pattern, e)
				}
			}()
			r.get()
		}()
	}
}
