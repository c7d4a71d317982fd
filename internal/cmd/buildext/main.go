// Command buildext builds the loadable extension into DIR/extension and, with
// -zip, DIR/lede-<version>.zip. build.sh runs it; see package buildext.
package main

import (
	"flag"
	"fmt"
	"os"

	"lede/internal/buildext"
)

func main() {
	out := flag.String("out", "dist", "output directory")
	root := flag.String("root", ".", "repository root")
	zip := flag.Bool("zip", true, "also write the zip")
	flag.Parse()
	if _, err := buildext.Build(buildext.Options{Root: *root, OutDir: *out, Zip: *zip, Log: os.Stdout}); err != nil {
		fmt.Fprintln(os.Stderr, "buildext:", err)
		os.Exit(1)
	}
}
