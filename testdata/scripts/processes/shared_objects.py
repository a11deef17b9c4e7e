# Queues, pipes, locks, events, values and arrays shared with children.
import multiprocessing as mp
import queue

def producer(q, n):
    for i in range(n):
        q.put(i * i)
    q.put(None)

def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(("echo", msg))
    conn.close()

def add_many(counter, arr, lock):
    for _ in range(200):
        with lock:
            counter.value += 1
    for i in range(len(arr)):
        arr[i] = arr[i] * 2

def wait_event(ev, q):
    q.put(ev.wait(5))

if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, 5))
    p.start()
    got = []
    while True:
        item = q.get(timeout=10)
        if item is None:
            break
        got.append(item)
    p.join()
    print("queue:", got)
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print("queue.Empty after timeout")

    parent, child = mp.Pipe()
    p = mp.Process(target=echo, args=(child,))
    p.start()
    for msg in ["hi", [1, 2], {"k": (3, 4)}]:
        parent.send(msg)
        print("pipe:", parent.recv())
    parent.send(None)
    p.join()
    print("poll after child end:", parent.poll(0.1))

    counter = mp.Value("i", 0)
    arr = mp.Array("d", [1.0, 2.5, 4.0])
    lock = mp.Lock()
    ps = [mp.Process(target=add_many, args=(counter, arr, lock)) for _ in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    print("value:", counter.value, "array:", list(arr), len(arr), arr[-1])

    ev = mp.Event()
    q = mp.Queue()
    p = mp.Process(target=wait_event, args=(ev, q))
    p.start()
    ev.set()
    print("event seen by child:", q.get(timeout=10))
    p.join()

# Output:
# queue: [0, 1, 4, 9, 16]
# queue.Empty after timeout
# pipe: ('echo', 'hi')
# pipe: ('echo', [1, 2])
# pipe: ('echo', {'k': (3, 4)})
# poll after child end: False
# value: 600 array: [8.0, 20.0, 32.0] 3 32.0
# event seen by child: True
