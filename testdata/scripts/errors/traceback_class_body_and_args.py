class A:
    def m(self, x):
        return x
    v = len(5)

# Output:
# Exit: 1
# Stderr:
# Traceback (most recent call last):
#   File "traceback_class_body_and_args.py", line 1, in <module>
#     class A:
#   File "traceback_class_body_and_args.py", line 4, in A
#     v = len(5)
#         ^^^^^^
# TypeError: object of type 'int' has no len()
