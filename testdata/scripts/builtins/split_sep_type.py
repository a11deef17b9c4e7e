# str.split and rsplit with a separator that is not a str raise TypeError.
for f in ("abc".split, "a b".rsplit):
    try:
        f(1)
    except TypeError as e:
        print("TypeError:", e)
print("a,b".split(","), "a b".split(None))

# Output:
# TypeError: must be str or None, not int
# TypeError: must be str or None, not int
# ['a', 'b'] ['a', 'b']
