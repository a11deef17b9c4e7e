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
//	    maxsize, unfinished_tasks, queue (a copy of the items, as a list)
//	SimpleQueue()
//	    put(item, block=True, timeout=None), put_nowait(item),
//	    get(block=True, timeout=None), get_nowait(), qsize(), empty()
//	Empty, Full               # exception classes
//
// All four queue classes may be subclassed by scripts.
package queue
