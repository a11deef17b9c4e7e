# 实例化一个子进程对象
obj = Process(target=func, args=lis)   # args以元组的形式给子进程func函数传位置参数
obj.start()     # 执行子进程对象
print('执行了完了主进程的内容')

# 输出
