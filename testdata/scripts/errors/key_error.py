config = {"a": 1}
print(config["a"])
print(config["missing"])

# Output:
# 1
# Exit: 1
# Stderr:
# Traceback (most recent call last):
#   File "key_error.py", line 3, in <module>
#     print(config["missing"])
# KeyError: 'missing'
