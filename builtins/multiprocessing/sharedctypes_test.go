package multiprocessing

import "testing"

func TestValueArray(t *testing.T) {
	runOK(t, `
def child(v, a, s, n):
    for i in range(n):
        l = v.get_lock()
        l.acquire()
        v.value += 1
        l.release()
    a[0] = -7
    a[-1] = 2.5 * len(a)
    s.value = b"from child"

if __name__ == "__main__":
    v = mp.Value("i", 0)
    a = mp.Array("d", [1, 2, 3, 4])
    s = mp.Array("c", 16)
    ps = [mp.Process(target=child, args=(v, a, s, 200)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(v.value, a[:], list(a), len(a), a[1:3], a[::-1], s.value == b"from child", len(s.raw))
    print(v, mp.Value("d", 1.5).value, mp.Value("c", b"x").value == b"x", mp.Value("u", "é").value, mp.RawValue("h", 70000))
    print(mp.Value("B", -1).value, mp.Value("q", 9223372036854775807).value, mp.Value("i", lock=False), mp.Value("I", 5).get_obj())
    a.__setitem__(slice(1, 3), [9, 8])
    print(a[:], catch(a.__setitem__, 0, "x"), catch(lambda: a[4]))
    print(catch(mp.Value, "i", 1.5), catch(mp.Value, "z"), catch(mp.Array, "i", -1))
    u = mp.Array("u", 4)
    u.value = "ab"
    print(u.value, u[0], u[:] == "ab\x00\x00")
    print(mp.Array("i", 3).__class__ if False else "", mp.RawArray("i", [1, 2])[:])
    l = mp.Lock()
    w = mp.Value("i", 1, lock=l)
    print(w.get_lock() == l, w.acquire(), w.release())
`, "600 [-7.0, 2.0, 3.0, 10.0] [-7.0, 2.0, 3.0, 10.0] 4 [2.0, 3.0] [10.0, 3.0, 2.0, -7.0] True 16\n<Synchronized wrapper for c_int(600)> 1.5 True é c_short(4464)\n255 9223372036854775807 c_int(0) c_uint(5)\n[-7.0, 9.0, 8.0, 10.0] TypeError: must be real number, not str error: SynchronizedArray index 4 out of range [-4:3]\nTypeError: int expected instead of float TypeError: bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d, or c), not 'z' ValueError: Array length must be >= 0\nab a True\n [1, 2]\nTrue True None\n")
}
