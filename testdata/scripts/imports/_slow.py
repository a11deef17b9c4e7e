import time

print("slow begins")
time.sleep(0.2)
VALUE = 42
print("slow ends")
