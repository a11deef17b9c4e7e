class A:
    def __init__(self):
        self.x = 1

a = A()
print(a.x)
print(a.y)

# Output:
# 1
# Exit: 1
# Stderr:
# Traceback (most recent call last):
#   File "attribute_error.py", line 7, in <module>
#     print(a.y)
# AttributeError: 'A' object has no attribute 'y'
