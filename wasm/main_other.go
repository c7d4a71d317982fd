//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

// main explains how to build the bridge; it only runs under GOOS=js GOARCH=wasm.
func main() {
	fmt.Fprintln(os.Stderr, "lede/wasm is the WebAssembly bridge: build it with GOOS=js GOARCH=wasm (./build.sh does)")
	os.Exit(2)
}
