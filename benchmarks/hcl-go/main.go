// The same measurement as `IacLint.Benchmarks hcl-parse` with HashiCorp's own parser (hclsyntax.ParseConfig),
// built offline against Debian's golang-github-hashicorp-hcl-v2-dev. Not part of the product or its tests.
// The files' bytes are read first; the first pass in this fresh process is the cold figure; after 5 untimed passes,
// ITERATIONS passes give the warmed figure. Times are the process's CPU time (all threads, the collector's too).
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unsafe"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

const clockProcessCPUTime = 2

func cpuSeconds() float64 {
	var ts syscall.Timespec
	syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockProcessCPUTime, uintptr(unsafe.Pointer(&ts)), 0)
	return float64(ts.Sec) + float64(ts.Nsec)/1e9
}

func main() {
	root := os.Args[1]
	iterations := 20
	if len(os.Args) > 2 {
		iterations, _ = strconv.Atoi(os.Args[2])
	}
	var names []string
	filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && (strings.HasSuffix(path, ".tf") || strings.HasSuffix(path, ".tfvars") || strings.HasSuffix(path, ".hcl")) {
			names = append(names, path)
		}
		return nil
	})
	sort.Strings(names)
	var contents [][]byte
	total := 0
	for _, name := range names {
		data, _ := os.ReadFile(name)
		contents = append(contents, data)
		total += len(data)
	}
	parse := func() int {
		items := 0
		for i, data := range contents {
			file, _ := hclsyntax.ParseConfig(data, names[i], hcl.Pos{Line: 1, Column: 1})
			if body, ok := file.Body.(*hclsyntax.Body); ok {
				items += len(body.Attributes) + len(body.Blocks)
			}
		}
		return items
	}
	mb := float64(total) / 1024 / 1024

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	coldStart, coldCPU := time.Now(), cpuSeconds()
	coldItems := parse()
	coldWall, coldCPUSeconds := time.Since(coldStart).Seconds(), cpuSeconds()-coldCPU

	runtime.ReadMemStats(&after)
	allocated := float64(after.TotalAlloc-before.TotalAlloc) / 1024 / 1024

	for i := 0; i < 5; i++ {
		parse()
	}
	start, cpu := time.Now(), cpuSeconds()
	items := 0
	for i := 0; i < iterations; i++ {
		items += parse()
	}
	wall, cpuSecondsUsed := time.Since(start).Seconds(), cpuSeconds()-cpu

	fmt.Printf("hashicorp hcl-parse: %d files, %.2f MB, %d top-level items, %.1f MB allocated per pass\n", len(names), mb, coldItems, allocated)
	fmt.Printf("hashicorp cold: 1 pass in %.1f ms CPU (%.1f ms wall) = %.1f MB/s\n", coldCPUSeconds*1000, coldWall*1000, mb/coldCPUSeconds)
	fmt.Printf("hashicorp warmed: %d passes in %.1f ms CPU (%.1f ms wall) = %.1f MB/s (%d top-level items)\n", iterations, cpuSecondsUsed*1000, wall*1000, mb*float64(iterations)/cpuSecondsUsed, items/iterations)
}
