# f-strings, str.format and %-formatting side by side.
rows = [("threads", 10000, 0.0412), ("processes", 50, 1.2345), ("queues", 50000, 0.5)]
print(f"{'what':<10}|{'count':>8}|{'seconds':>9}")
print("-" * 29)
for name, count, secs in rows:
    print(f"{name:<10}|{count:>8,}|{secs:>9.3f}")
print("{:=^29}".format(" totals "))
print("%-10s|%8d|%9.3f" % ("sum", sum(r[1] for r in rows), sum(r[2] for r in rows)))
print(f"{0.1234:.1%} {255:#06x} {7:b} {1e6:.2e} {3:+d}")
