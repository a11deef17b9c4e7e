def load(d):
    try:
        return d["key"]
    except KeyError as e:
        raise RuntimeError("config incomplete") from e

load({})

# Output:
# Exit: 1
# Stderr:
# Traceback (most recent call last):
#   File "raise_from.py", line 3, in load
#     return d["key"]
# KeyError: 'key'
# The above exception was the direct cause of the following exception:
# Traceback (most recent call last):
#   File "raise_from.py", line 7, in <module>
#     load({})
#   File "raise_from.py", line 5, in load
#     raise RuntimeError("config incomplete") from e
# RuntimeError: config incomplete
