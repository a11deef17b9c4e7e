def pair(a, b):
    return (a, b)

print(pair(1, 2))
pair(1)

# Output:
# (1, 2)
# Exit: 1
# Stderr:
# Traceback (most recent call last):
#   File "type_error_args.py", line 5, in <module>
#     pair(1)
# TypeError: pair() missing 1 required positional argument: 'b'
