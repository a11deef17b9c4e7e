# The time module: struct_time, gmtime, asctime, strftime, mktime, sleep and their errors.
import time
from _errors import err

print(repr(time.asctime(time.gmtime(0))))
print(repr(time.asctime(time.gmtime(1700000000.7))))
print(repr(time.asctime(time.gmtime(1e9))))
print(len(time.ctime(1e9)) == 24, time.ctime(1e9) == time.asctime(time.localtime(1e9)))
t = time.gmtime(1700000000)
print(repr(t[0]))
print(repr(t[-1]))
print(repr(t[2:4]))
print(repr(len(t)))
print(repr(tuple(t)))
print(repr(t.tm_wday))
print(repr(t.tm_zone))
print(repr(t))
print(repr(time.asctime(t)))
print(repr(time.mktime(time.localtime(1700000000))))
print(repr(time.strftime("%Y-%m-%d %H:%M:%S", t)))
print(repr(time.strftime("%a %A %b %B %y %j %p %I %Z %z %% %c %x %X", t)))
print(repr(time.strftime("%q %-d %e", (2023, 7, 4, 0, 0, 0, 1, 185, 0))))
print(repr(time.strftime("%Y-%m-%d", (2023, 0, 0, 0, 0, 0, 0, 0, 0))))
print(repr(time.asctime((2023, 0, 0, 0, 0, 0, 0, 0, 0))))
print(err(time.asctime, (2023, 13, 14, 22, 13, 20, 1, 318, 1)))
print(err(time.asctime, (2023, 7, 14)))
print(err(time.strftime, 1))
print(err(time.sleep, -1))
print(err(time.sleep, "a"))
print(err(time.localtime, float("nan")))
print(type(time.time()).__name__, type(time.time_ns()).__name__)
a = time.monotonic()
time.sleep(0.01)
time.sleep(0)
b = time.monotonic()
print(repr(b - a >= 0.01))
print(repr(time.perf_counter_ns() > 0))
print(repr(time.process_time() >= 0))
print(repr(time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9)).tm_isdst))

# Output:
# 'Thu Jan  1 00:00:00 1970'
# 'Tue Nov 14 22:13:20 2023'
# 'Sun Sep  9 01:46:40 2001'
# True True
# 2023
# 0
# (14, 22)
# 9
# (2023, 11, 14, 22, 13, 20, 1, 318, 0)
# 1
# 'GMT'
# time.struct_time(tm_year=2023, tm_mon=11, tm_mday=14, tm_hour=22, tm_min=13, tm_sec=20, tm_wday=1, tm_yday=318, tm_isdst=0)
# 'Tue Nov 14 22:13:20 2023'
# 1700000000.0
# '2023-11-14 22:13:20'
# 'Tue Tuesday Nov November 23 318 PM 10 GMT +0000 % Tue Nov 14 22:13:20 2023 11/14/23 22:13:20'
# '%q 4  4'
# '2023-01-01'
# 'Mon Jan  1 00:00:00 2023'
# ValueError: month out of range
# TypeError: asctime(): illegal time tuple argument
# TypeError: strftime() argument 1 must be str, not int
# ValueError: sleep length must be non-negative
# TypeError: 'str' object cannot be interpreted as an integer
# ValueError: Invalid value NaN (not a number)
# float int
# True
# True
# True
# 9
