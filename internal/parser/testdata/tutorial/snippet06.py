print('这是主进程——>进程号：', os.getpid(), '  主进程号（pycharm）：', os.getppid())
count = [('小杨', 18), ('鲍勃', 20), ('艾伦', 55)]
