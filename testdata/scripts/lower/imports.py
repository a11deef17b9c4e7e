import math
import math as m
from math import sqrt, floor as fl
print(math.floor(2.5), m.sqrt(16.0), sqrt(9.0), fl(3.7))
try:
    import nosuchmodule
except ImportError:
    print("no module")
from math import *
def use():
    return ceil(1.2)
print(floor(4.5), use(), pi > 3)

# Output:
# 2 4.0 3.0 3
# no module
# 4 2 True
