# concurrent.futures._builtin: the built-in TimeoutError under another name,
# for _base, which exports it as its own TimeoutError (as CPython 3.11's
# concurrent.futures.TimeoutError is the built-in one). pyconc does not yet
# fall back to a built-in for a module's global name that the module binds
# later, so _base cannot write "TimeoutError = TimeoutError".

builtin_timeout_error = TimeoutError
