package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestAnalyzeUILang: -ui chooses the language of the sidebar's view-model.
func TestAnalyzeUILang(t *testing.T) {
	page := filepath.Join("..", "..", "..", "testdata", "pages", "sample-zh.html")
	for _, tt := range []struct{ ui, want string }{{"en", "CN¥"}, {"zh", "亿元"}} {
		var out bytes.Buffer
		if err := run([]string{"analyze", "-ui", tt.ui, page}, &out); err != nil {
			t.Fatal(err)
		}
		var a struct {
			Sidebar struct {
				Lang    string
				Figures []struct{ Rows []struct{ Value string } }
			}
		}
		if err := json.Unmarshal(out.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		if a.Sidebar.Lang != tt.ui || len(a.Sidebar.Figures) == 0 || !strings.Contains(a.Sidebar.Figures[0].Rows[0].Value, tt.want) {
			t.Errorf("-ui %s: sidebar %+v", tt.ui, a.Sidebar)
		}
	}
	if err := run([]string{"analyze", "-ui", "fr", page}, &bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "-ui") {
		t.Errorf("-ui fr: err = %v, want a clear message", err)
	}
}
