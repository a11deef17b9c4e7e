# ListProxy: slices read a snapshot as a list; del l[i] (negative too) and
# its IndexError.
import multiprocessing as mp

if __name__ == "__main__":
    with mp.Manager() as m:
        l = m.list([3, 1, 2, 5, 4])
        print(l[1:3], l[::-1], l[-2:], type(l[:]).__name__)
        del l[0]
        del l[-1]
        print(l, len(l))
        try:
            del l[10]
        except IndexError as e:
            print("IndexError:", e)

# Output:
# [1, 2] [4, 5, 2, 1, 3] [5, 4] list
# [1, 2, 5] 3
# IndexError: list assignment index out of range
