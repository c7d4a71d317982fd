package figures

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"strings"
	"testing"
)

// Every word table lists each word once.
func TestTablesHaveNoDuplicates(t *testing.T) {
	for _, tb := range wordTables {
		if d := duplicates(tb.table.sources()...); len(d) > 0 {
			t.Errorf("%s lists %q more than once", tb.name, d)
		}
	}
}

// Every table declared in the package is in wordTables or lexicons, so that
// prepareTables builds it with the others.
func TestTablesAreRegistered(t *testing.T) {
	registered := map[string]bool{}
	for _, tb := range wordTables {
		registered[tb.name] = true
	}
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi fs.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
	if err != nil {
		t.Fatal(err)
	}
	lexCount := 0
	for _, pkg := range pkgs {
		for _, file := range pkg.Files {
			for _, decl := range file.Decls {
				gd, ok := decl.(*ast.GenDecl)
				if !ok || gd.Tok != token.VAR {
					continue
				}
				for _, spec := range gd.Specs {
					vs := spec.(*ast.ValueSpec)
					for i, v := range vs.Values {
						u, ok := v.(*ast.UnaryExpr)
						if !ok {
							continue
						}
						cl, ok := u.X.(*ast.CompositeLit)
						if !ok {
							continue
						}
						typ := types(cl.Type)
						switch {
						case typ == "lexicon":
							lexCount++
						case typ == "wordSet" || typ == "wordTable":
							if name := vs.Names[i].Name; !registered[name] {
								t.Errorf("%s is not listed in wordTables", name)
							}
						}
					}
				}
			}
		}
	}
	if lexCount != len(lexicons) {
		t.Errorf("%d lexicons declared, %d listed in lexicons", lexCount, len(lexicons))
	}
}

// types names a composite literal's type: wordSet, wordTable, lexicon.
func types(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Ident:
		return x.Name
	case *ast.IndexExpr:
		return types(x.X)
	}
	return ""
}
