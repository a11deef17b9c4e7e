# The helper modules: time, os, random, sys, math, json; importing a sibling file.
import time, os, random, sys, math, json
import _helper
from _helper import double, GREETING as hello

t0 = time.time()
time.sleep(0.05)
print(time.time() - t0 >= 0.04, time.monotonic() > 0, time.perf_counter() > 0, type(time.time_ns()).__name__)
print(len(time.ctime(0).split()) == 5, time.strftime("%Y-%m-%d", time.gmtime(0)), time.gmtime(86400).tm_mday)
print(os.getpid() > 0, os.getppid() >= 0, os.cpu_count() >= 1, os.sep, os.path.join("a", "b", "c.txt"))
print(os.path.basename("/x/y.py"), os.path.dirname("/x/y.py"), os.path.exists("modules.py"), os.path.exists("nope.py"))
print(os.getenv("PYCONC_SURELY_UNSET"), os.getenv("PYCONC_SURELY_UNSET", "dflt"))
random.seed(1)
r = random.random()
print(0 <= r < 1, 1 <= random.randint(1, 6) <= 6, random.choice(["a"]), random.randrange(0, 10, 5) in (0, 5))
xs = list(range(10))
random.shuffle(xs)
print(sorted(xs) == list(range(10)), len(random.sample(xs, 3)), 2 <= random.uniform(2, 3) <= 3)
print(sys.argv[0], sys.platform, sys.maxsize, sys.version.startswith("3."))
sys.stdout.write("written directly\n")
print(math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.pi > 3.14)
print(json.dumps({"a": [1, 2, None, True]}), json.loads('{"x": [1, 2.5, "s"]}'))
print(_helper.double(21), double(2), hello, _helper.__name__)

# Output:
# True True True int
# True 1970-01-01 2
# True True True / a/b/c.txt
# y.py /x True False
# None dflt
# True True a True
# True 3 True
# modules.py linux 9223372036854775807 True
# written directly
# 4.0 2 3 True
# {"a": [1, 2, null, true]} {'x': [1, 2.5, 's']}
# 42 4 hello from _helper _helper
