# A syntax error in an imported file raises SyntaxError with the file,
# line, column and source line, and a traceback shows them as CPython does.
try:
    import _broken
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename.endswith("_broken.py"), e.lineno, e.offset, repr(e.text))
    print(str(e))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
e = SyntaxError("made", ("/x/made.py", 3, 5, "x = (1 +\n"))
print(e.msg, e.filename, e.lineno, e.offset, e.end_offset, str(e), e.args[0])
import _broken

# Output:
# SyntaxError invalid syntax True 1 7 'def f(:\n'
# invalid syntax (_broken.py, line 1)
# True True
# made /x/made.py 3 5 None made (made.py, line 3) made
# Exit: 1
# Stderr:
# Traceback (most recent call last):
#   File "syntax_error_import.py", line 11, in <module>
#     import _broken
#   File "_broken.py", line 1
#     def f(:
# SyntaxError: invalid syntax
