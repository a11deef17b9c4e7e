package broker

// This file defines the one table of the kinds of shared object: how the
// store makes an object of each kind, and the operations on it.

// An opDef is an operation on objects of one kind. exec runs it on obj
// (the object the request's ID names, of the operation's kind).
type opDef struct {
	exec    func(s *Store, client int64, r *Request, obj any, intr <-chan struct{}) *Response
	mayWait func(r *Request) bool // nil: never waits
}

// A kindDef is a kind of shared object.
type kindDef struct {
	name string // in errors: "no such queue"
	// make makes the object of an OpNew request for client, or fails.
	// The response it returns, if not nil, is the answer (its N is set
	// to the new id).
	make func(s *Store, client int64, r *Request) (any, *Response)
	ops  map[Op]opDef
}

// kinds is the table of kinds.
var kinds = [kindCount]kindDef{
	Queue: {"queue", newQueue, map[Op]opDef{
		OpPut:   {queuePut, ifBlock},
		OpGet:   {queueGet, ifBlock},
		OpGetN:  {queueGetN, ifBlock},
		OpUnget: {queueUnget, nil},
		OpQSize: {queueSize, nil},
	}},
	Lock: {"lock", newLock, map[Op]opDef{
		OpLockAcquire: {lockAcquire, ifBlock},
		OpLockRelease: {lockRelease, nil},
		OpLockState:   {lockState, nil},
	}},
	Pipe: {"pipe", newPipe, map[Op]opDef{
		OpSend:  {pipeSend, nil},
		OpRecv:  {pipeRecv, ifBlock},
		OpPoll:  {pipePoll, func(r *Request) bool { return r.Timeout != 0 }},
		OpRef:   {pipeRef, nil},
		OpClose: {pipeClose, nil},
	}},
	Semaphore: {"semaphore", newSemaphore, map[Op]opDef{
		OpSemAcquire: {semAcquire, ifBlock},
		OpSemRelease: {semRelease, nil},
		OpSemValue:   {semValue, nil},
	}},
	RLock: {"lock", newRLock, map[Op]opDef{
		OpRLockAcquire: {rlockAcquire, ifBlock},
		OpRLockRelease: {rlockRelease, nil},
		OpRLockState:   {rlockState, nil},
	}},
	Event: {"event", newEvent, map[Op]opDef{
		OpEventSet:   {eventSet, nil},
		OpEventClear: {eventClear, nil},
		OpEventIsSet: {eventIsSet, nil},
		OpEventWait:  {eventWait, always},
	}},
	Condition: {"condition", newCondition, map[Op]opDef{
		OpCondWait:   {condWait, always},
		OpCondNotify: {condNotify, nil},
	}},
	Barrier: {"barrier", newBarrier, map[Op]opDef{
		OpBarrierWait:   {barrierWait, always},
		OpBarrierAction: {barrierAction, nil},
		OpBarrierAbort:  {barrierAbort, nil},
		OpBarrierReset:  {barrierReset, nil},
		OpBarrierState:  {barrierState, nil},
	}},
	Counter: {"counter", newCounter, map[Op]opDef{
		OpCountAdd:  {counterAdd, nil},
		OpCountDone: {counterDone, nil},
		OpCountJoin: {counterJoin, always},
	}},
	Dict: {"dict", newDict, map[Op]opDef{
		OpDictGet:        {dictGet, nil},
		OpDictSet:        {dictSet, nil},
		OpDictDel:        {dictDel, nil},
		OpDictLen:        {dictLen, nil},
		OpDictHas:        {dictHas, nil},
		OpDictItems:      {dictItems, nil},
		OpDictPop:        {dictDel, nil},
		OpDictClear:      {dictClear, nil},
		OpDictSetDefault: {dictSetDefault, nil},
		OpDictPopItem:    {dictPopItem, nil},
	}},
	List: {"list", newList, map[Op]opDef{
		OpListGet:    {listGet, nil},
		OpListSet:    {listSet, nil},
		OpListDel:    {listDel, nil},
		OpListLen:    {listLen, nil},
		OpListItems:  {listItems, nil},
		OpListAppend: {listAppend, nil},
		OpListInsert: {listInsert, nil},
		OpListClear:  {listClear, nil},
	}},
	Memory: {"shared memory", newMemory, nil},
}

// opKinds maps each operation on objects to its kind (kindNone for the
// protocol's own operations).
var opKinds = func() (k [opCount]Kind) {
	for kind, def := range kinds {
		for op := range def.ops {
			k[op] = Kind(kind)
		}
	}
	return k
}()

// always is a mayWait for operations that always may wait.
func always(*Request) bool { return true }

// ifBlock is a mayWait for operations that wait when r.Block is set.
func ifBlock(r *Request) bool { return r.Block }

// MayWait reports whether a request may wait (it is then served on its
// own goroutine, and a caller runs it where it may be interrupted).
func MayWait(r *Request) bool {
	if r.Op == OpNextTask {
		return true
	}
	if r.Op >= opCount {
		return false
	}
	def := kinds[opKinds[r.Op]].ops[r.Op]
	return def.mayWait != nil && def.mayWait(r)
}
