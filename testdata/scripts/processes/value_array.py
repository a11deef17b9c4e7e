# Value, Array, RawValue and RawArray in shared memory, written by
# children under the Value's lock.
import multiprocessing as mp

def catch(f, *args):
    try:
        f(*args)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

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
    mp.set_start_method("spawn")
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
    a[1:3] = [9, 8]
    print(a[:], catch(a.__setitem__, 0, "x"))
    u = mp.Array("u", 4)
    u[0], u[1] = "a", "b"
    print(u[0], u[:] == "ab\x00\x00")
    print(mp.RawArray("i", [1, 2])[:])
    l = mp.Lock()
    w = mp.Value("i", 1, lock=l)
    print(w.get_lock() == l, w.acquire(), w.release())

# Output:
# 600 [-7.0, 2.0, 3.0, 10.0] [-7.0, 2.0, 3.0, 10.0] 4 [2.0, 3.0] [10.0, 3.0, 2.0, -7.0] True 16
# <Synchronized wrapper for c_int(600)> 1.5 True é c_short(4464)
# 255 9223372036854775807 c_int(0) c_uint(5)
# [-7.0, 9.0, 8.0, 10.0] TypeError: must be real number, not str
# a True
# [1, 2]
# True True None
