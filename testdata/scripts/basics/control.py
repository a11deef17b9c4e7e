# Top-level control flow, loops with else, break and continue.
total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    total += i
print("total", total)

n = 0
while n < 5:
    n += 1
else:
    print("while finished normally at", n)

for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("no break in for")

for x in [1, 2, 3]:
    if x == 2:
        print("break at", x)
        break
else:
    print("not printed")

i = 0
while True:
    i += 1
    if i == 3:
        break
print("i", i)

grade = 85
if grade >= 90:
    print("A")
elif grade >= 80:
    print("B")
else:
    print("C")

for a, b in [(1, "one"), (2, "two")]:
    print(a, b)
for i, ch in enumerate("xyz", 1):
    print(i, ch, end="; ")
print()
for k, v in {"a": 1, "b": 2}.items():
    print(k, "=", v)
x = 5; y = 6; print(x + y)
if x < y: print("one-line if")
value = "big" if x > 3 else "small"
print(value)
print(0 < x < 10, 0 < x < 3, 1 < 2 < 3 < 4, x == 5 != y)

# Output:
# total 16
# while finished normally at 5
# no break in for
# break at 2
# i 3
# B
# 1 one
# 2 two
# 1 x; 2 y; 3 z; 
# a = 1
# b = 2
# 11
# one-line if
# big
# True False True True
