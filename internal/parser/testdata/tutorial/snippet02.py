print('这是主进程——>进程号：', os.getpid(), '  主进程号（pycharm）：', os.getppid())
# 实例化一个子进程对象
obj = Process(target=func)
obj.start()     # 执行子进程对象
print('执行了完了主进程的内容')

# 输出
