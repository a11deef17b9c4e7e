# A module whose top level raises: the error reaches the importer, the
# module is forgotten, and a second import runs it again.
try:
    import _raises
except RuntimeError as e:
    print("caught", e)
import _pkg.helper
_pkg.helper.fail(0)

# Exit: 1
# Output:
# caught at import
# init _pkg _pkg
# init _pkg.helper _pkg
# Stderr:
# Traceback (most recent call last):
#   File "import_failure.py", line 8, in <module>
#     _pkg.helper.fail(0)
#   File "helper.py", line 9, in fail
#     return 10 // x
# ZeroDivisionError: integer division or modulo by zero
