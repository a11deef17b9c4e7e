// Package broker is the service behind pyconc's multiprocessing shared
// objects: the protocol of the parent–child channel (its framing and
// messages; the channel itself and its authentication are package
// reexec's), the store of the
// objects in the root process of a process tree, the server that answers
// a child's requests, the client a child uses to reach its parent, and
// the shared memory of Value and Array.
//
// One Broker belongs to one root runtime (NewRoot) or to the runtime of
// a child process (NewChild); nothing is shared between two brokers of
// one OS process. A shared object is an id in the store. Every operation
// is a Request: executed directly by the root's Store, and in a child
// sent to its parent, which serves it from its own broker (the store, or
// its own parent: requests of grandchildren are forwarded).
//
// The kinds of object — queue, lock, pipe, semaphore, recursive lock,
// event, condition, barrier, counter, manager dict and list, shared
// memory block — are one table (kinds.go): how the store makes each one
// and its operations, each a typed Op. Requests that may wait are served
// on their own goroutine and wait on channels (no polling); a child
// interrupted sends OpCancel and takes the final answer, so that nothing
// is handed to a request that was abandoned.
//
// The values themselves are serialised by package wire before they reach
// the broker: the store holds bytes, except the keys of manager dicts,
// which it decodes (plain data) to hash them.
package broker
