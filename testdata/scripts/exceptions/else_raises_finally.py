# An exception raised in a try statement's else clause runs the finally
# clause before it propagates.
def f():
    try:
        print("body")
    except KeyError:
        print("no")
    else:
        raise ValueError("from else")
    finally:
        print("finally runs")

try:
    f()
except ValueError as e:
    print("caught", e)

def g():
    for i in range(2):
        try:
            pass
        except Exception:
            pass
        else:
            if i:
                raise KeyError(i)
        finally:
            print("fin", i)

try:
    g()
except KeyError as e:
    print("caught", e)

# Output:
# body
# finally runs
# caught from else
# fin 0
# fin 1
# caught 1
