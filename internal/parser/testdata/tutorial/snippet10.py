obj = Process(target=mail, args=info)
obj.start()
jo.append(obj)

    # 将所有的子进程全部放入jo列表，在循环join所有子进程，就能等待所有子进程结束后在做操作
