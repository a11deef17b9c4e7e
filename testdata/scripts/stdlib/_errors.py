# Helper of the module tests: err(f, *args) is the exception f raises.

def err(f, *args, **kwargs):
    """Call f and return "Type: message" of the exception it raises."""
    try:
        f(*args, **kwargs)
    except BaseException as e:
        return type(e).__name__ + ": " + str(e)
    return "no exception"
