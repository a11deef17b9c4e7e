print('这是一个子进程——>进程号：', os.getpid(), '  主进程号：', os.getppid())
print(f'这是一个子进程——>我的名字是{name}，今年{age}')


