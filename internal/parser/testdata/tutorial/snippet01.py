print('这是一个子进程——>进程号：', os.getpid(), '  主进程号：', os.getppid())


