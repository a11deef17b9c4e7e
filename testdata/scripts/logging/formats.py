# logging: Formatter's validation of the three styles, missing fields, defaults.
import logging

for f, st in [("{", "{"), ("{abc", "{"), ("}", "{"), ("{a!x}", "{"), ("{a:qq}", "{"), ("{a.b[1]}", "{"), ("{1a-}", "{"), ("{a!rr}", "{"), ("{{}}", "{"),
              ("$", "$"), ("$a $", "$"), ("${a", "$"), ("%(a)", "%"), ("%(a)z", "%"), ("%(a)-5.2f", "%"), ("%s", "%"), ("x", "%"), ("%(a)*d", "%"), ("", "%"), ("", "{"), ("a", "%s")]:
    try:
        fm = logging.Formatter(f, style=st)
        print(repr(f), "ok", fm._fmt)
    except ValueError as e:
        print(repr(f), e)
r = logging.makeLogRecord({"msg": "hi"})
for f, st in [("%(nope)s", "%"), ("{nope}", "{"), ("${nope}", "$"), ("%(msg)s %(levelno)5d|%(message)-4s|%%", "%"), ("{msg!r:>6} {levelno:03d} {{x}}", "{")]:
    try:
        print(repr(logging.Formatter(f, style=st).format(r)))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(logging.Formatter("%(x)s|%(message)s", defaults={"x": 5}).format(r)))
print(repr(logging.Formatter("{x}|{message}", style="{", defaults={"x": 5}).format(r)))


# A converter set on the class (a built-in function is not bound), and a method converter.
import time
logging.Formatter.converter = time.gmtime
f = logging.Formatter("%(asctime)s|%(message)s")
r = logging.makeLogRecord({'created': 86400.25, 'msecs': 250.0, 'msg': 'hi'})
print(f.format(r))


class G(logging.Formatter):
    def converter(self, t):
        return time.gmtime(t + 3600)


print(G("%(asctime)s").format(r))

# Output:
# '{' invalid format: Single '{' encountered in format string
# '{abc' invalid format: expected '}' before end of string
# '}' invalid format: Single '}' encountered in format string
# '{a!x}' invalid format: invalid conversion: 'x'
# '{a:qq}' invalid format: bad specifier: 'qq'
# '{a.b[1]}' ok {a.b[1]}
# '{1a-}' invalid format: invalid field name/expression: '1a-'
# '{a!rr}' invalid format: expected ':' after conversion specifier
# '{{}}' invalid format: no fields
# '$' invalid format: bare '$' not allowed
# '$a $' invalid format: bare '$' not allowed
# '${a' invalid format: bare '$' not allowed
# '%(a)' Invalid format '%(a)' for '%' style
# '%(a)z' Invalid format '%(a)z' for '%' style
# '%(a)-5.2f' ok %(a)-5.2f
# '%s' Invalid format '%s' for '%' style
# 'x' Invalid format 'x' for '%' style
# '%(a)*d' ok %(a)*d
# '' ok %(message)s
# '' ok {message}
# 'a' Style must be one of: %,{,$
# ValueError Formatting field not found in record: 'nope'
# ValueError Formatting field not found in record: 'nope'
# ValueError Formatting field not found in record: 'nope'
# TypeError %d format: a real number is required, not NoneType
# TypeError unsupported format string passed to NoneType.__format__
# '5|hi'
# '5|hi'
# 1970-01-02 00:00:00,250|hi
# 1970-01-02 01:00:00,250
