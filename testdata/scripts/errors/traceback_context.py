try:
    d = {}
    d["k"]
except KeyError:
    x = 1/0

# Output:
# Exit: 1
# Stderr:
# Traceback (most recent call last):
#   File "traceback_context.py", line 3, in <module>
#     d["k"]
#     ~^^^^^
# KeyError: 'k'
#
# During handling of the above exception, another exception occurred:
#
# Traceback (most recent call last):
#   File "traceback_context.py", line 5, in <module>
#     x = 1/0
#         ~^~
# ZeroDivisionError: division by zero
