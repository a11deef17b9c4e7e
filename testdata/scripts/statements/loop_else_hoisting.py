# A loop with an else clause whose body holds a try and whose else clause
# holds another loop with a try: each loop's hoisted closures come before it.
def f(n):
    for i in range(n):
        try:
            if i == 1:
                return i
        finally:
            print("fin", i)
    else:
        for j in range(2):
            try:
                raise ValueError(j)
            except Exception as e:
                print("caught", e)
    while n:
        n -= 1
        with open(__file__) as fh:
            pass
    else:
        for k in range(2):
            try:
                print("k", k)
            finally:
                print("kfin")
    return "end"

print(f(0))
print(f(3))

# Output:
# caught 0
# caught 1
# k 0
# kfin
# k 1
# kfin
# end
# fin 0
# fin 1
# 1
