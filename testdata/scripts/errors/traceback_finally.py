def f():
    try:
        x = {}["k"]
    finally:
        print("cleanup")

f()

# Output:
# cleanup
# Exit: 1
# Stderr:
# Traceback (most recent call last):
#   File "traceback_finally.py", line 7, in <module>
#     f()
#   File "traceback_finally.py", line 3, in f
#     x = {}["k"]
#         ~~^^^^^
# KeyError: 'k'
