# Chinese text: length, slices, reversal, iteration, search, formatting width.
s = "多进程之间的数据是隔离的"
print(len(s), s[:3], s[-3:], s[::-1], s[2:8:2])
print([ch for ch in s[:4]], s.find("数据"), s.index("隔离"), s.count("的"))
print(f"[{s[:2]:>6}] [{s[:2]:<6}] [{s[:2]:^6}]", "%-6s|" % s[:2])
names = ["小杨", "鲍勃", "艾伦"]
for i, name in enumerate(names):
    print(i, name, name[::-1], len(name))
print("、".join(sorted(names)), "，".join(n[:1] for n in names))

# Output:
# 12 多进程 隔离的 的离隔是据数的间之程进多 程间数
# ['多', '进', '程', '之'] 6 9 2
# [    多进] [多进    ] [  多进  ] 多进    |
# 0 小杨 杨小 2
# 1 鲍勃 勃鲍 2
# 2 艾伦 伦艾 2
# 小杨、艾伦、鲍勃 小，鲍，艾
