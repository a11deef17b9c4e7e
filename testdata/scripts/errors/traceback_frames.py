def helper(x):
    return 10 / x

def main():
    helper(0)

main()

# Output:
# Exit: 1
# Stderr:
# Traceback (most recent call last):
#   File "traceback_frames.py", line 7, in <module>
#     main()
#   File "traceback_frames.py", line 5, in main
#     helper(0)
#   File "traceback_frames.py", line 2, in helper
#     return 10 / x
#            ~~~^~~
# ZeroDivisionError: division by zero
