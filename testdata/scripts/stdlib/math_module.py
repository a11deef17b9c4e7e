# The math module: constants, functions and CPython's domain and range errors.
import math
from _errors import err

print(repr(math.pi))
print(repr(math.e))
print(repr(math.tau))
print(repr(math.inf > 1e308))
print(repr(math.isnan(math.nan)))
print(repr(math.isinf(-math.inf)))
print(repr(math.isfinite(1)))
print(err(math.sqrt, -1))
print(err(math.log, 0))
print(err(math.log, -1))
print(err(math.exp, 1000))
print(err(math.acos, 2))
print(err(math.factorial, -1))
print(err(math.pow, 0, -1))
print(err(math.atanh, 1))
print(err(math.fmod, 1, 0))
print(repr(math.sqrt(16)))
print(repr(math.log(8, 2)))
print(repr(math.floor(2.5)))
print(repr(math.ceil(2.1)))
print(repr(math.gcd(12, 18)))
print(repr(math.lcm(4, 6)))
print(repr(math.isqrt(17)))
print(repr(math.comb(5, 2)))
print(repr(math.perm(5, 2)))
print(repr(math.factorial(20)))
print(repr(math.prod([1, 2, 3])))
print(repr(math.fsum([0.1] * 10)))
print(repr(math.isclose(1.0, 1.0 + 1e-10)))
print(repr(math.trunc(-2.7)))
print(repr(math.log2(8)))
print(repr(math.log10(1000)))
print(repr(math.hypot(3, 4)))
print(repr(math.fmod(7, 3)))
print(repr(math.modf(2.5)))
print(repr(math.frexp(8.0)))
print(repr(math.ldexp(1, 3)))
print(repr(math.dist([0, 0], [3, 4])))


class Five:
    def __index__(self):
        return 5


print(math.factorial(Five()), math.gcd(Five(), 15), math.comb(Five(), 2), math.isqrt(Five()))
print(err(math.factorial, 2.5))

# Output:
# 3.141592653589793
# 2.718281828459045
# 6.283185307179586
# True
# True
# True
# True
# ValueError: math domain error
# ValueError: math domain error
# ValueError: math domain error
# OverflowError: math range error
# ValueError: math domain error
# ValueError: factorial() not defined for negative values
# ValueError: math domain error
# ValueError: math domain error
# ValueError: math domain error
# 4.0
# 3.0
# 2
# 3
# 6
# 12
# 4
# 10
# 20
# 2432902008176640000
# 6
# 1.0
# True
# -2
# 3.0
# 3.0
# 5.0
# 1.0
# (0.5, 2.0)
# (0.5, 4)
# 8.0
# 5.0
# 120 5 10 2
# TypeError: 'float' object cannot be interpreted as an integer
