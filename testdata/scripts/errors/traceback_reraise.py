def f():
    try:
        1/0
    except Exception as e:
        raise e
    # end
def reraise():
    raise
try:
    f()
except:
    reraise()

# Output:
# Exit: 1
# Stderr:
# Traceback (most recent call last):
#   File "traceback_reraise.py", line 12, in <module>
#     reraise()
#   File "traceback_reraise.py", line 10, in <module>
#     f()
#   File "traceback_reraise.py", line 5, in f
#     raise e
#   File "traceback_reraise.py", line 3, in f
#     1/0
#     ~^~
# ZeroDivisionError: division by zero
