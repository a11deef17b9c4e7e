# The json module: dumps and loads give CPython's text, values and errors.
import json
from _errors import err

print(repr(json.dumps({"a": 1})))
print(repr(json.dumps({"a": 1, "b": [1, 2.5, None, True, "x\u00e9\n\""], 3: {}, 1.5: [], None: 1, False: 2})))
print(repr(json.dumps([1e16, 1e-5, 0.1, 1e22, 123456789.0, float("inf"), float("nan"), -0.0, 1e6, 1 << 70])))
print(repr(json.dumps({"a": [1, {"b": []}], "c": {}}, indent=2)))
print(repr(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent="\t")))
print(repr(json.dumps("😀é", ensure_ascii=False)))
print(repr(json.dumps("😀\x01\x7f")))
print(repr(json.dumps([1, 2], separators=(",", ":"))))
print(repr(json.dumps((1, 2))))
print(repr(json.dumps([], indent=2)))
print(repr(json.dumps({}, indent=0)))
print(repr(json.dumps([1], indent=0)))
print(repr(json.dumps([set([1])], default=sorted)))
print(err(json.dumps, {(1, 2): 1}))
print(err(json.dumps, set([1, 2])))
print(err(json.dumps, float("nan"), allow_nan=False))
a = []
a.append(a)
print(err(json.dumps, a))
v = json.loads('{"a": [1, 2.0, 1e5, true, null, "\\u00e9", "\\ud83d\\ude00"]}')
print(repr(v))
print(type(v["a"][1]).__name__)
print(repr(json.loads(" 5 ")))
print(repr(json.loads("123456789012345678901234567890")))
print(repr(json.loads(json.dumps({"k": [1, "two", 3.5]}))))
print(err(json.loads, "{bad"))
print(err(json.loads, ""))
print(err(json.loads, "[1,]"))

# Output:
# '{"a": 1}'
# '{"a": 1, "b": [1, 2.5, null, true, "x\\u00e9\\n\\""], "3": {}, "1.5": [], "null": 1, "false": 2}'
# '[1e+16, 1e-05, 0.1, 1e+22, 123456789.0, Infinity, NaN, -0.0, 1000000.0, 1180591620717411303424]'
# '{\n  "a": [\n    1,\n    {\n      "b": []\n    }\n  ],\n  "c": {}\n}'
# '{\n\t"a": 2,\n\t"b": 1\n}'
# '"😀é"'
# '"\\ud83d\\ude00\\u0001\\u007f"'
# '[1,2]'
# '[1, 2]'
# '[]'
# '{}'
# '[\n1\n]'
# '[[1]]'
# TypeError: keys must be str, int, float, bool or None, not tuple
# TypeError: Object of type set is not JSON serializable
# ValueError: Out of range float values are not JSON compliant
# ValueError: Circular reference detected
# {'a': [1, 2.0, 100000.0, True, None, 'é', '😀']}
# float
# 5
# 123456789012345678901234567890
# {'k': [1, 'two', 3.5]}
# JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)
# JSONDecodeError: Expecting value: line 1 column 1 (char 0)
# JSONDecodeError: Expecting value: line 1 column 4 (char 3)
