def f(n):
    try:
        if n == 0:
            return "zero"
        r = 10 // n
    except ZeroDivisionError as e:
        return "never"
    else:
        print("else", r)
    finally:
        print("finally", n)
    return r

print(f(0), f(2))

def g():
    try:
        raise ValueError("bad")
    except (KeyError, ValueError) as e:
        print("caught", e)
        return e
    finally:
        print("g finally")
print(repr(g()))

def loops():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    else:
        out.append("else")
    return out
print(loops())

def nested():
    try:
        try:
            raise KeyError("k")
        except ValueError:
            print("wrong")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
        try:
            raise
        except KeyError:
            print("reraised")
nested()

def override():
    try:
        return 1
    finally:
        return 2
print(override())

def while_try():
    i = 0
    while True:
        i += 1
        try:
            if i < 3:
                continue
            return i
        except Exception:
            pass
print(while_try())

try:
    x = 1 / 0
except ZeroDivisionError:
    x = "module"
print(x)

for k in range(3):
    try:
        if k == 1:
            break
    finally:
        print("k", k)
else:
    print("no")

def bare():
    try:
        raise RuntimeError("r")
    except:
        return "bare"
print(bare())

def chain():
    try:
        raise ValueError("a") from KeyError("b")
    except ValueError as e:
        print(repr(e))
chain()

class MyErr(Exception):
    pass
try:
    raise MyErr("mine")
except Exception as e:
    print(type(e) == MyErr, e)

def uncaught():
    try:
        raise KeyError("x")
    except ValueError:
        pass
try:
    uncaught()
except KeyError as e:
    print("propagated", e)

# Output:
# finally 0
# else 5
# finally 2
# zero 5
# caught bad
# g finally
# ValueError('bad')
# [0, 'f0', 'f1', 2, 'f2', 3, 'f3', 'f4']
# inner finally
# outer caught KeyError('k')
# reraised
# 2
# 3
# module
# k 0
# k 1
# bare
# ValueError('a')
# True mine
# propagated 'x'
