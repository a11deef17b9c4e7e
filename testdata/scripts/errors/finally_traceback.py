def cleanup():
    print("cleanup runs")

def work(n):
    try:
        return [1, 2, 3][n]
    finally:
        cleanup()

def main():
    print(work(1))
    print(work(10))

main()

# Output:
# cleanup runs
# 2
# cleanup runs
# Exit: 1
# Stderr:
# Traceback (most recent call last):
#   File "finally_traceback.py", line 14, in <module>
#     main()
#   File "finally_traceback.py", line 12, in main
#     print(work(10))
#   File "finally_traceback.py", line 6, in work
#     return [1, 2, 3][n]
# IndexError: list index out of range
