// Command runner times the benchmark scripts of bench/scripts with pyconc
// and with the real CPython binary, and prints for each the best wall time
// of several runs, the peak memory, and the ratio pyconc/CPython.
//
//	go run ./bench/runner [-n 3] [-filter name] [-pyconc path] [-python path]
//
// Each script is run as "INTERPRETER script.py" from bench/scripts; a
// script whose name ends in _pair.py is skipped (it is the other half of a
// comparison that the script named in its first line makes).
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"
)

func main() {
	n := flag.Int("n", 3, "runs per script and interpreter (the best is kept)")
	filter := flag.String("filter", "", "only scripts whose name contains this")
	pyconc := flag.String("pyconc", "", "pyconc binary (default: build ./cmd/pyconc)")
	python := flag.String("python", "", "CPython binary (default: the real executable behind python3)")
	flag.Parse()

	dir := "bench/scripts"
	if *pyconc == "" {
		tmp, err := os.MkdirTemp("", "pyconc-bench")
		check(err)
		defer os.RemoveAll(tmp)
		*pyconc = filepath.Join(tmp, "pyconc")
		if runtime.GOOS == "windows" {
			*pyconc += ".exe" // what Windows runs
		}
		build := exec.Command("go", "build", "-o", *pyconc, "./cmd/pyconc")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		check(build.Run())
	}
	if *python == "" {
		out, err := exec.Command("python3", "-c", "import sys; print(sys.executable)").Output()
		check(err)
		*python = strings.TrimSpace(string(out))
	}
	scripts, err := filepath.Glob(filepath.Join(dir, "*.py"))
	check(err)
	sort.Strings(scripts)

	fmt.Printf("machine: %s/%s, %d CPUs; pyconc %s; CPython %s; best of %d\n",
		runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), *pyconc, *python, *n)
	fmt.Printf("%-28s %12s %12s %8s %10s %10s %8s\n", "script", "pyconc", "cpython", "ratio", "pyconc-MB", "cpython-MB", "ratio")
	report("startup (-c pass)", *n, []string{*pyconc, "-c", "pass"}, []string{*python, "-c", "pass"}, ".")
	for _, s := range scripts {
		name := filepath.Base(s)
		if *filter != "" && !strings.Contains(name, *filter) {
			continue
		}
		report(name, *n, []string{*pyconc, name}, []string{*python, name}, dir)
	}
}

// report runs both commands n times and prints one row.
func report(name string, n int, a, b []string, dir string) {
	ta, ma, errA := best(n, a, dir)
	tb, mb, errB := best(n, b, dir)
	if errA != nil || errB != nil {
		fmt.Printf("%-28s failed: pyconc: %v; cpython: %v\n", name, errA, errB)
		return
	}
	fmt.Printf("%-28s %12s %12s %8.2f %10.1f %10.1f %8.2f\n", name, ta.Round(time.Millisecond), tb.Round(time.Millisecond),
		float64(ta)/float64(tb), float64(ma)/1024, float64(mb)/1024, float64(ma)/float64(mb))
}

// best returns the shortest wall time of n runs and the peak RSS (KiB).
func best(n int, argv []string, dir string) (time.Duration, int64, error) {
	var bestT time.Duration
	var peak int64
	for i := 0; i < n; i++ {
		cmd := exec.Command(argv[0], argv[1:]...)
		cmd.Dir = dir
		cmd.Stdout = nil
		cmd.Stderr = os.Stderr
		start := time.Now()
		if err := cmd.Run(); err != nil {
			return 0, 0, err
		}
		d := time.Since(start)
		if i == 0 || d < bestT {
			bestT = d
		}
		if m := peakKiB(cmd.ProcessState); m > peak {
			peak = m
		}
	}
	return bestT, peak, nil
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "runner:", err)
		os.Exit(1)
	}
}
