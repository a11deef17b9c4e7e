total = 0
def add(n):
    global total
    total += n

def make():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

def read(path):
    with open(path) as f:
        data = f.read()
    return data
