# The default reprs, which contain addresses: each is printed with its
# address (0x and lowercase hex digits) replaced by "0x...".


def addr(s, prefix, suffix=">"):
    if not (s.startswith(prefix + "0x") and s.endswith(suffix)):
        return "unexpected: " + s
    digits = s[len(prefix) + 2:len(s) - len(suffix)]
    if not digits or not all(c in "0123456789abcdef" for c in digits):
        return "unexpected: " + s
    return prefix + "0x..." + suffix


def f():
    pass


class A:
    def m(self):
        pass


class Outer:
    class Inner:
        pass


print(addr(str(A()), "<__main__.A object at "))
print(addr(str(f), "<function f at "))
print(addr(str(A().m), "<bound method A.m of <__main__.A object at ", ">>"))
print(addr(str(Outer.Inner()), "<__main__.Outer.Inner object at "))
print(addr(str(object()), "<object object at "))
print(addr(str(iter([])), "<list_iterator object at "))
print(addr(str(map(str, [])), "<map object at "))
print(addr(str([].append), "<built-in method append of list object at "))

# Output:
# <__main__.A object at 0x...>
# <function f at 0x...>
# <bound method A.m of <__main__.A object at 0x...>>
# <__main__.Outer.Inner object at 0x...>
# <object object at 0x...>
# <list_iterator object at 0x...>
# <map object at 0x...>
# <built-in method append of list object at 0x...>
