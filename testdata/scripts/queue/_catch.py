# catch(f, *args, **kwargs) calls f and returns None, or the last line of the
# traceback of the exception it raised ("Type: message"), for the queue
# script tests.


def catch(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except Exception as e:
        name = type(e).__qualname__
        if type(e).__module__ not in ("builtins", "__main__"):
            name = type(e).__module__ + "." + name
        msg = str(e)
        return name + ": " + msg if msg else name
    return None
