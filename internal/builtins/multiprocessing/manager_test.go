package multiprocessing

import "testing"

// TestManagerShutdown checks what a shut-down Manager says (pyconc's
// words; CPython's AssertionError "server not yet started" says less); the
// rest of Manager is the script test processes/manager_objects.py.
func TestManagerShutdown(t *testing.T) {
	runOK(t, `
if __name__ == "__main__":
    m = mp.Manager().__enter__()
    print(m.dict(a=1))
    m.__exit__(None, None, None)
    print(catch(m.dict))
`, `{'a': 1}
OSError: the Manager is not running (shut down)
`)
}
