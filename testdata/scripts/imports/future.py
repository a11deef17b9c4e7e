# from __future__ imports are accepted; the __future__ module as CPython 3.11's.
from __future__ import annotations, print_function, division
import __future__


def f(x: int) -> list[int]:
    return [x]


print(f(1), 7 / 2)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(), hex(feature.compiler_flag))
print(__future__.annotations is annotations, sorted(__future__.__all__) == sorted(["all_feature_names"] + __future__.all_feature_names))

# Output:
# [1] 3.5
# nested_scopes _Feature((2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0), 16) (2, 1, 0, 'beta', 1) (2, 2, 0, 'alpha', 0) 0x10
# generators _Feature((2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), 0) (2, 2, 0, 'alpha', 1) (2, 3, 0, 'final', 0) 0x0
# division _Feature((2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 131072) (2, 2, 0, 'alpha', 2) (3, 0, 0, 'alpha', 0) 0x20000
# absolute_import _Feature((2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0), 262144) (2, 5, 0, 'alpha', 1) (3, 0, 0, 'alpha', 0) 0x40000
# with_statement _Feature((2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0), 524288) (2, 5, 0, 'alpha', 1) (2, 6, 0, 'alpha', 0) 0x80000
# print_function _Feature((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 1048576) (2, 6, 0, 'alpha', 2) (3, 0, 0, 'alpha', 0) 0x100000
# unicode_literals _Feature((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 2097152) (2, 6, 0, 'alpha', 2) (3, 0, 0, 'alpha', 0) 0x200000
# barry_as_FLUFL _Feature((3, 1, 0, 'alpha', 2), (4, 0, 0, 'alpha', 0), 4194304) (3, 1, 0, 'alpha', 2) (4, 0, 0, 'alpha', 0) 0x400000
# generator_stop _Feature((3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0), 8388608) (3, 5, 0, 'beta', 1) (3, 7, 0, 'alpha', 0) 0x800000
# annotations _Feature((3, 7, 0, 'beta', 1), None, 16777216) (3, 7, 0, 'beta', 1) None 0x1000000
# True True
