global count
count += 1

