# A Process subclass whose instance gets attributes (and a new name) after
# it was made: they travel to the child, which runs the overridden run.
import multiprocessing as mp

class MyProcess(mp.Process):
    def run(self):
        print("run", self.name, self.age, mp.current_process().name, mp.parent_process().name)

if __name__ == "__main__":
    mp.set_start_method("spawn")
    p = MyProcess()
    print(p.name)
    p.age = 16
    p.name = "小红"
    p.start()
    p.join()
    print(p.name, p.exitcode)

# Output:
# MyProcess-1
# run 小红 16 小红 MainProcess
# 小红 0
