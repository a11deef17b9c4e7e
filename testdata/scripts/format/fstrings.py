# f-strings and the format-spec mini-language.
name = "pyconc"
n = 1234567
pi = 3.14159265
w = 12
print(f"{name}|{name!r}|{name:>10}|{name:*<10}|{name:^10}|")
print(f"{n:,}|{n:_}|{n:>12,}|{n:012d}|{-n:+d}|{n: d}|")
print(f"{255:x}|{255:X}|{255:#x}|{255:o}|{255:#o}|{5:b}|{5:#010b}|")
print(f"{pi:.2f}|{pi:10.3f}|{pi:<10.1f}|{pi:e}|{pi:.3E}|{pi:g}|{1e20:g}|{0.5:%}|{0.256:.1%}|")
print(f"{pi:{w}.{2}f}|{name:>{w}}|{{braces}}|{n=}|{pi = :.1f}")
print(f"{'nested'}", f'{"other"}', f"{3 + 4}", f"{[1, 2][1]}", f"{ {'a': 1}['a'] }")
print(f"{True}|{None}|{1.0}|{10 / 3}|{2 ** 64}|{1e-5}|{100.0:n}|{1234:n}")
print("{} and {}".format("a", "b"), "{1}{0}".format("x", "y"), "{name}-{0}".format(1, name="n"))
print("{:08.3f}|{:+.2e}|{:,.2f}|{!r:>8}".format(3.14159, 12345.678, 1234567.891, "s"))
print("%5.2f|%-10s|%03d|%x|%X|%o|%r|%%|%(k)s|%c|%e" % (3.14159, "left", 7, 255, 255, 8, "r", "c") if False else "%5.2f|%-10s|%03d|%x|%X|%o|%r|%%" % (3.14159, "left", 7, 255, 255, 8, "r"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%s" % [1, 2], "%s %s" % (1, "a"))
print("%+d|% d|%5s|%-5d|%.3s|%10.4f|%#x|%i" % (5, 5, "ab", 3, "abcdef", 2.5, 255, 9))
print(format(3.5, ".3f"), format(42, "08b"), format("x", "^5"), format(1234.5, ",.1f"))


# Output:
# pyconc|'pyconc'|    pyconc|pyconc****|  pyconc  |
# 1,234,567|1_234_567|   1,234,567|000001234567|-1234567| 1234567|
# ff|FF|0xff|377|0o377|101|0b00000101|
# 3.14|     3.142|3.1       |3.141593e+00|3.142E+00|3.14159|1e+20|50.000000%|25.6%|
#         3.14|      pyconc|{braces}|n=1234567|pi = 3.1
# nested other 7 2 1
# True|None|1.0|3.3333333333333335|18446744073709551616|1e-05|100|1234
# a and b yx n-1
# 0003.142|+1.23e+04|1,234,567.89|     's'
#  3.14|left      |007|ff|FF|10|'r'|%
# Ann is 30 [1, 2] 1 a
# +5| 5|   ab|3    |abc|    2.5000|0xff|9
# 3.500 00101010   x   1,234.5
