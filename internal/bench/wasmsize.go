package bench

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// WasmCode is the code of one Go package in a WASM module.
type WasmCode struct {
	Package string `json:"package"`
	Bytes   int    `json:"bytes"` // function bodies (the code section), not data
	Largest string `json:"largest"`
	LargeN  int    `json:"largestBytes"`
}

// WasmCodeByPackage sums the sizes of the module's function bodies by Go
// package, from the names the Go linker writes into the "name" section (build
// without -s -w). The data section (strings, tables, type and line data) is
// reported as a whole: dataBytes.
func WasmCodeByPackage(module []byte) (pkgs []WasmCode, codeBytes, dataBytes int, err error) {
	funcs, codeBytes, dataBytes, err := WasmFunctions(module)
	if err != nil {
		return nil, 0, 0, err
	}
	byPkg := map[string]*WasmCode{}
	for _, f := range funcs {
		p := wasmPackage(f.Name)
		c := byPkg[p]
		if c == nil {
			c = &WasmCode{Package: p}
			byPkg[p] = c
		}
		c.Bytes += f.Bytes
		if f.Bytes > c.LargeN {
			c.Largest, c.LargeN = f.Name, f.Bytes
		}
	}
	for _, c := range byPkg {
		pkgs = append(pkgs, *c)
	}
	sort.Slice(pkgs, func(i, j int) bool { return pkgs[i].Bytes > pkgs[j].Bytes })
	return pkgs, codeBytes, dataBytes, nil
}

// WasmFunc is one function of a WASM module: its name as the Go linker
// writes it (package path with "/" as "_", then the symbol) and its body's size.
type WasmFunc struct {
	Name  string
	Bytes int
}

// WasmFunctions lists the module's functions with their names (a build
// without -s -w) and the sizes of the code and data sections.
func WasmFunctions(module []byte) (funcs []WasmFunc, codeBytes, dataBytes int, err error) {
	if len(module) < 8 || string(module[:4]) != "\x00asm" {
		return nil, 0, 0, errors.New("not a WASM module")
	}
	r := wasmReader{b: module, i: 8}
	var bodies []int
	names := map[int]string{}
	imports := 0
	for r.i < len(r.b) && r.err == nil {
		id := r.byte()
		size := int(r.uleb())
		end := r.i + size
		if end > len(r.b) {
			return nil, 0, 0, errors.New("truncated section")
		}
		sec := wasmReader{b: r.b[:end], i: r.i}
		switch id {
		case 2: // imports: functions among them take the first indices
			for n := sec.uleb(); n > 0 && sec.err == nil; n-- {
				sec.name()
				sec.name()
				switch sec.byte() {
				case 0:
					sec.uleb()
					imports++
				case 1:
					sec.byte()
					sec.limits()
				case 2:
					sec.limits()
				case 3:
					sec.byte()
					sec.byte()
				}
			}
		case 10: // code
			for n := sec.uleb(); n > 0 && sec.err == nil; n-- {
				start := sec.i
				body := int(sec.uleb())
				sec.i += body
				bodies = append(bodies, sec.i-start)
			}
			codeBytes = size
		case 11:
			dataBytes = size
		case 0:
			if sec.name() == "name" {
				for sec.i < end && sec.err == nil {
					sub := sec.byte()
					subEnd := sec.i + int(sec.uleb())
					if sub == 1 {
						for n := sec.uleb(); n > 0 && sec.err == nil; n-- {
							idx := int(sec.uleb())
							names[idx] = sec.name()
						}
					}
					sec.i = subEnd
				}
			}
		}
		if sec.err != nil {
			return nil, 0, 0, sec.err
		}
		r.i = end
	}
	if len(names) == 0 {
		return nil, 0, 0, errors.New("the module has no function names (built with -s?)")
	}
	for k, size := range bodies {
		funcs = append(funcs, WasmFunc{names[k+imports], size})
	}
	return funcs, codeBytes, dataBytes, nil
}

// WasmPackage is the Go package of a function name in a WASM module.
func WasmPackage(name string) string { return wasmPackage(name) }

// wasmPackage is the Go package of a WASM function name, written with "/"
// turned into "_": golang.org_x_net_html.__Tokenizer_.Next → golang.org/x/net/html.
func wasmPackage(name string) string {
	p := name
	from := 0
	if strings.HasPrefix(name, "github.com_") || strings.HasPrefix(name, "golang.org_") {
		from = strings.IndexByte(name, '_')
	}
	if j := strings.IndexByte(name[from:], '.'); j >= 0 {
		p = name[:from+j]
	}
	p = strings.TrimSuffix(strings.ReplaceAll(p, "_", "/"), "/")
	if p == "" {
		return "?"
	}
	return p
}

type wasmReader struct {
	b   []byte
	i   int
	err error
}

func (r *wasmReader) byte() byte {
	if r.i >= len(r.b) {
		r.err = fmt.Errorf("truncated module at %d", r.i)
		return 0
	}
	c := r.b[r.i]
	r.i++
	return c
}

func (r *wasmReader) uleb() uint64 {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		c := r.byte()
		v |= uint64(c&0x7f) << shift
		if c < 0x80 || r.err != nil {
			break
		}
	}
	return v
}

func (r *wasmReader) name() string {
	n := int(r.uleb())
	if r.i+n > len(r.b) {
		r.err = errors.New("truncated name")
		return ""
	}
	s := string(r.b[r.i : r.i+n])
	r.i += n
	return s
}

func (r *wasmReader) limits() {
	if r.byte()&1 != 0 {
		r.uleb()
	}
	r.uleb()
}
