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
// The parent–child channel is one end of a Unix socketpair inherited by
// the child (exec.Cmd.ExtraFiles): no other process can connect to it. Both
// sides prove that they hold the per-run authkey with an HMAC-SHA256
// challenge–response in each direction, as multiprocessing.connection does
// (deliver_challenge/answer_challenge), so a worker never talks to a
// descriptor that was not set up by its parent.
//
// A child never outlives its parent: children are started with
// SysProcAttr.Pdeathsig = SIGKILL from one dedicated goroutine locked to
// its OS thread for the life of the process (Pdeathsig fires when the
// forking thread exits, not the process), and a worker must treat
// end-of-file on Parent() as the order to exit (the parent closed the
// channel or died), which also covers a parent that died before the child
// could arm Pdeathsig.
package reexec
