obj = Process(target=func)
obj.start()
print(count)		# ————>1 主进程的count没有被改变说明进程之间的数据时隔离的

# 输出
1
