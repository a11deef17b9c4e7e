class QuotaError(Exception):
    pass

def check(n):
    if n > 3:
        raise QuotaError("quota exceeded: %d > 3" % n)
    return n

for i in range(10):
    print(check(i))

# Output:
# 0
# 1
# 2
# 3
# Exit: 1
# Stderr:
# Traceback (most recent call last):
#   File "custom_uncaught.py", line 10, in <module>
#     print(check(i))
#   File "custom_uncaught.py", line 6, in check
#     raise QuotaError("quota exceeded: %d > 3" % n)
# QuotaError: quota exceeded: 4 > 3
