// Command benchreport reads what the benchmarks wrote (native.json,
// browser.json) in a bench directory, prints the table and writes
// summary.json beside them. `./build.sh bench` runs it last.
//
//	benchreport -dir dist/bench -wasm dist/extension/lede.wasm
package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"

	"lede/internal/bench"
)

func main() {
	dir := flag.String("dir", "dist/bench", "the bench directory (LEDE_BENCH_OUT of the benchmarks)")
	wasm := flag.String("wasm", "dist/extension/lede.wasm", "the shipped WASM core")
	names := flag.String("names", "", "the same core built with its function names (no -s -w), for the code size by package")
	flag.Parse()
	if err := run(*dir, *wasm, *names); err != nil {
		fmt.Fprintln(os.Stderr, "benchreport:", err)
		os.Exit(1)
	}
}

func run(dir, wasm, names string) error {
	var nat *bench.NativeReport
	var br *bench.BrowserReport
	var n bench.NativeReport
	if err := bench.ReadJSON(dir, bench.NativeFile, &n); err == nil {
		nat = &n
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	var b bench.BrowserReport
	if err := bench.ReadJSON(dir, bench.BrowserFile, &b); err == nil {
		br = &b
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if nat == nil && br == nil {
		return fmt.Errorf("no %s or %s in %s: run the benchmarks first (./build.sh bench)", bench.NativeFile, bench.BrowserFile, dir)
	}
	raw, err := os.ReadFile(wasm)
	if err != nil {
		return err
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(raw)
	zw.Close()
	s := bench.Summarise(nat, br, int64(len(raw)), int64(gz.Len()))
	if names != "" {
		m, err := os.ReadFile(names)
		if err != nil {
			return err
		}
		pkgs, code, data, err := bench.WasmCodeByPackage(m)
		if err != nil {
			return fmt.Errorf("%s: %w", names, err)
		}
		s.WasmCodeBytes, s.WasmDataBytes = code, data
		s.WasmCodeByPackage = pkgs[:min(len(pkgs), 30)]
	}
	bench.PrintTable(os.Stdout, s, nat, br)
	if err := bench.WriteJSON(dir, bench.SummaryFile, s); err != nil {
		return err
	}
	fmt.Printf("\nsummary: %s/%s; per-page data: %s, %s\n", dir, bench.SummaryFile, bench.NativeFile, bench.BrowserFile)
	return nil
}
