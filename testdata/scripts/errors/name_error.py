def f():
    return undefined_thing + 1

print("start")
f()

# Output:
# start
# Exit: 1
# Stderr:
# Traceback (most recent call last):
#   File "name_error.py", line 5, in <module>
#     f()
#   File "name_error.py", line 2, in f
#     return undefined_thing + 1
# NameError: name 'undefined_thing' is not defined
