count = random.random()
print(f'给{age}岁的{name}发了一封邮件！延迟{count}秒')
time.sleep(count)      # 模拟网络延迟
"""
多个进程同时运行（注意，子进程的执行顺序不是根据启动顺序决定的）
"""


