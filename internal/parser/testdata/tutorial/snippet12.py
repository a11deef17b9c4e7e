from multiprocessing import Process

count = 1

