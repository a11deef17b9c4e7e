# A try statement nested (under an if, a for, a with) in a loop whose body is
# one try/except: the closures of the inner try are hoisted inside the
# closure that runs the loop.
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit")

def f(hs):
    for h in hs:
        try:
            if h:
                try:
                    print(h)
                    if h == 2:
                        raise ValueError(h)
                except ValueError:
                    print("caught")
                finally:
                    print("fin")
            for i in range(2):
                with CM():
                    print("i", i)
        except Exception:
            raise
    return "done"

print(f([1, 0, 2]))

def g(xs):
    for x in xs:
        try:
            while x:
                try:
                    x -= 1
                    if x == 1:
                        continue
                    print("x", x)
                finally:
                    print("f", x)
            1 / (x - 0)
        except ZeroDivisionError as e:
            print("zde", e)

g([3])

# Output:
# 1
# fin
# enter
# i 0
# exit
# enter
# i 1
# exit
# enter
# i 0
# exit
# enter
# i 1
# exit
# 2
# caught
# fin
# enter
# i 0
# exit
# enter
# i 1
# exit
# done
# x 2
# f 2
# f 1
# x 0
# f 0
# zde division by zero
