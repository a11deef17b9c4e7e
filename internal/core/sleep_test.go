package core

import (
	"context"
	"testing"
	"time"
)

// TestSleepQueue checks that sleeps end in deadline order, and that an
// interruption ends a sleep at once and is not undone by its late timer.
func TestSleepQueue(t *testing.T) {
	rt := NewRuntime(context.Background())
	defer rt.Close()
	a, b := rt.NewThread("a"), rt.NewThread("b")
	start := time.Now()
	if !a.beginSleep(60*time.Millisecond, a.intrChan()) || !b.beginSleep(20*time.Millisecond, b.intrChan()) {
		t.Fatal("sleep interrupted before it began")
	}
	select {
	case <-a.wake:
		t.Fatal("the longer sleep ended first")
	case <-b.wake:
	}
	<-a.wake
	if d := time.Since(start); d < 60*time.Millisecond {
		t.Fatalf("sleep ended after %v", d)
	}

	intr := a.intrChan()
	if !a.beginSleep(time.Hour, intr) {
		t.Fatal("sleep interrupted before it began")
	}
	a.interrupt()
	select {
	case <-a.wake:
	case <-time.After(5 * time.Second):
		t.Fatal("interrupted sleep did not end")
	}
	if !isClosed(intr) {
		t.Fatal("interrupt channel not closed")
	}
	// An interrupted thread does not begin a new sleep.
	if a.beginSleep(time.Hour, intr) {
		t.Fatal("sleep began although the thread was interrupted")
	}
}
