# Loops whose whole body is one try/except (pyconc turns them inside out):
# resuming after a handled exception, break/continue/return in the body and
# in the handler, while loops, nested loops, unpacking targets.
def parse_all(items):
    out = []
    for s in items:
        try:
            out.append(int(s))
        except ValueError as e:
            out.append("bad:" + s)
    return out

print(parse_all(["1", "x", "3", "", "5"]))

def first_negative(xs):
    for i, x in enumerate(xs):
        try:
            if x < 0:
                return (i, x)
            if x == 99:
                break
            if x == 0:
                continue
            10 // (x - 5)
        except ZeroDivisionError:
            print("five at", i)
    return "none"

print(first_negative([1, 0, 5, 7, -2, 8]))
print(first_negative([1, 99, -1]))

def handler_flow(xs):
    seen = []
    for x in xs:
        try:
            seen.append(10 // x)
        except ZeroDivisionError:
            if len(seen) > 2:
                break
            seen.append("zero")
            continue
    return seen

print(handler_flow([5, 0, 2, 0, 1, 0, 9]))

def handler_return(xs):
    for x in xs:
        try:
            {}[x]
        except KeyError as e:
            if x == "stop":
                return "stopped at %s" % e
    return "end"

print(handler_return(["a", "b", "stop", "c"]))

n = 0
total = 0
while n < 10:
    try:
        n += 1
        if n % 3 == 0:
            raise ValueError(n)
        total += n
    except ValueError as e:
        total += 100
print("while:", n, total)

grid = []
for row in range(3):
    for col in range(3):
        try:
            grid.append(row * 3 // (col - 1))
        except ZeroDivisionError:
            grid.append(None)
print(grid)

pairs = [(1, 2), (3, 0), (4, 2)]
for a, b in pairs:
    try:
        print(a, "/", b, "=", a / b)
    except ZeroDivisionError:
        print(a, "/", b, "failed; a and b are still", a, b)

def reraise():
    for x in [1, 2, 3]:
        try:
            if x == 2:
                raise KeyError(x)
        except ValueError:
            print("not this one")
    return "unreachable"

try:
    reraise()
except KeyError as e:
    print("propagated", repr(e))

letters = []
for ch in "ab!c":
    try:
        if not ch.isalpha():
            raise ValueError(ch)
        letters.append(ch.upper())
    except ValueError:
        letters.append("?")
print(letters)

d = {"x": 1, "y": 0, "z": 2}
for k in d:
    try:
        print(k, 6 // d[k])
    except ZeroDivisionError:
        print(k, "skipped")


# Output:
# [1, 'bad:x', 3, 'bad:', 5]
# five at 2
# (4, -2)
# none
# [2, 'zero', 5]
# stopped at 'stop'
# while: 10 337
# [0, None, 0, -3, None, 3, -6, None, 6]
# 1 / 2 = 0.5
# 3 / 0 failed; a and b are still 3 0
# 4 / 2 = 2.0
# propagated KeyError(2)
# ['A', 'B', '?', 'C']
# x 6
# y skipped
# z 3
