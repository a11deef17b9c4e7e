text = "12a"
number = int(text)

# Output:
# Exit: 1
# Stderr:
# Traceback (most recent call last):
#   File "value_error.py", line 2, in <module>
#     number = int(text)
# ValueError: invalid literal for int() with base 10: '12a'
