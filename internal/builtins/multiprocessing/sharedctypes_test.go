package multiprocessing

import "testing"

// TestValueArrayErrors checks what differs from CPython in Value and
// Array (the words of errors, an Array of "u" with a value); the rest is
// the script test processes/value_array.py.
func TestValueArrayErrors(t *testing.T) {
	runOK(t, `
if __name__ == "__main__":
    a = mp.Array("d", [1, 2, 3, 4])
    a.__setitem__(slice(1, 3), [9, 8])
    print(a[:], catch(a.__setitem__, 0, "x"), catch(lambda: a[4]))
    print(catch(mp.Value, "i", 1.5), catch(mp.Value, "z"), catch(mp.Array, "i", -1))
    u = mp.Array("u", 4)
    u.value = "ab"
    print(u.value, u[0], u[:] == "ab\x00\x00")
`, "[1.0, 9.0, 8.0, 4.0] TypeError: must be real number, not str error: SynchronizedArray index 4 out of range [-4:3]\nTypeError: int expected instead of float TypeError: bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d, or c), not 'z' ValueError: Array length must be >= 0\nab a True\n")
}
