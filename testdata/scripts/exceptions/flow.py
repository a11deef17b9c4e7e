# return/break/continue through try, except, finally and with; finally ordering.
def f():
    try:
        return "from try"
    finally:
        print("finally after return")

def g():
    try:
        raise ValueError("x")
    except ValueError:
        return "from except"
    finally:
        print("finally after except-return")

def h():
    try:
        return "try"
    finally:
        return "finally wins"

def loop():
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
    return out

def nested():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log

def while_try():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            break
        except Exception:
            pass
    return n

print(f())
print(g())
print(h())
print(loop())
print(nested())
print(while_try())

def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                return "returned in except at %s" % e
    return "end"
print(swallow())

def unbound():
    try:
        item = int("nope")
    except ValueError:
        item = -1
    return item
print(unbound())

total = 0
for i in range(5):
    try:
        total += 10 // (i - 2)
    except ZeroDivisionError:
        total += 1000
print("total", total)

# Output:
# finally after return
# from try
# finally after except-return
# from except
# finally wins
# [0, 'f0', 'f1', 2, 'f2', 3, 'f3', 'f4']
# ['inner try', 'inner finally', 'outer except', 'outer finally']
# 3
# returned in except at 1
# -1
# total 1000
