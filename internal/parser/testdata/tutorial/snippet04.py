print('这是主进程——>进程号：', os.getpid(), '  主进程号（pycharm）：', os.getppid())
# 实例化一个子进程对象
obj = Process(target=func, args=('小杨', '18')) # args以元组的形式给子进程func函数传位置参数
# kwargs以字典的形式给子进程func函数传关键字参数
# kwargs={'name': '小杨', 'age': 18}
obj.start()     # 执行子进程对象
print('执行了完了主进程的内容')

# 输出
