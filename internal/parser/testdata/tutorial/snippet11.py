for o in jo:
    o.join()

# 所有的子进程结束的操作
print('全部发送完毕')

