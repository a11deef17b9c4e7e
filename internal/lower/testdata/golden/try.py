def find(items, key):
    for i, item in enumerate(items):
        try:
            if item == key:
                return i
            if item is None:
                break
            if item == 0:
                continue
        except (KeyError, ValueError) as e:
            print(e)
            raise
        else:
            pass
        finally:
            print("done")
    return -1
