// The same measurement as `IacLint.Benchmarks hcl-parse` with HashiCorp's own parser (hclsyntax.ParseConfig),
// built offline against Debian's golang-github-hashicorp-hcl-v2-dev. Not part of the product or its tests.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

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
	for i := 0; i < 5; i++ {
		parse()
	}
	start := time.Now()
	items := 0
	for i := 0; i < iterations; i++ {
		items += parse()
	}
	seconds := time.Since(start).Seconds()
	mb := float64(total) / 1024 / 1024
	fmt.Printf("hashicorp hcl-parse: %d files, %.2f MB x %d in %.3f s = %.1f MB/s (%d top-level items)\n", len(names), mb, iterations, seconds, mb*float64(iterations)/seconds, items/iterations)
}
