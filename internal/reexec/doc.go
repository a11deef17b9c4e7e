// Package reexec starts worker processes by re-executing the running
// binary, in the manner of moby's reexec package, with a private,
// authenticated channel between parent and child.
//
// An embedding host makes one call first thing in its main:
//
//	func main() {
//		if reexec.Init() {
//			return
//		}
//		...
//	}
//
// Init returns false in an ordinary process. In a process started by
// Command/Start it recognises itself (the environment variable EnvName names
// the entry point, EnvFD the inherited descriptor of the channel, EnvKey
// the authkey; all three are removed from the environment at once),
// authenticates the channel, runs the registered entry and returns true:
// main must then return. A binary started in worker mode by hand, without
// the parent's channel, prints an error and exits with status 2.
//
// The parent–child channel is private. On Unix it is one end of a
// socketpair inherited by the child (exec.Cmd.ExtraFiles; EnvFD holds its
// descriptor number): no other process can connect to it. Windows has no
// socketpair: the parent listens on a loopback TCP port for the duration
// of the start, EnvFD holds "tcp:" and the address, and the child
// connects. Both sides prove that they hold the per-run authkey with an
// HMAC-SHA256 challenge–response in each direction, as
// multiprocessing.connection does (deliver_challenge/answer_challenge), so
// a worker never talks to a channel that was not set up by its parent,
// and a parent rejects any other local process that connects to its port
// first. On systems that cannot start processes (js, wasip1, plan9) Start
// returns an error saying so.
//
// A child never outlives its parent. On every system a worker must treat
// end-of-file (or any error) on Parent() as the order to exit: the parent
// closed the channel or died, and the system closes a dead process's end.
// On Linux, children are also started with SysProcAttr.Pdeathsig = SIGKILL
// from one dedicated goroutine locked to its OS thread for the life of the
// process (Pdeathsig fires when the forking thread exits, not the
// process), which kills a worker even while it is not reading.
package reexec
