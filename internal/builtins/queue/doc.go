// Package queue is pyconc's queue module: synchronised queues for Python
// threads, built on threading's waiting primitives, so every blocking get,
// put and join releases the interpreter lock while it waits, honours its
// timeout and Ctrl-C, and (without a timeout) counts for the deadlock
// detector.
//
// The module (made per runtime by Make, registered as "queue"):
//
//	Queue(maxsize=0)          # FIFO
//	LifoQueue(maxsize=0)      # LIFO, a Queue
//	PriorityQueue(maxsize=0)  # smallest first by <, a Queue
//	    put(item, block=True, timeout=None), put_nowait(item),
//	    get(block=True, timeout=None), get_nowait(),
//	    qsize(), empty(), full(), task_done(), join(),
//	    maxsize, unfinished_tasks, mutex (a threading.Lock),
//	    not_empty, not_full, all_tasks_done (Conditions over mutex),
//	    queue (the container, a list where CPython has a deque),
//	    _init(maxsize), _qsize(), _put(item), _get()  # the hooks
//	SimpleQueue()
//	    put(item, block=True, timeout=None), put_nowait(item),
//	    get(block=True, timeout=None), get_nowait(), qsize(), empty()
//	Empty, Full               # exception classes
//
// All four queue classes may be subclassed by scripts. As in CPython, the
// operations of a Queue go through its hooks when a subclass overrides one
// (or a script uses the queue attribute); a plain queue keeps its items in
// Go and calls none (see hooks.go).
package queue
