package figures

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestTry prints the figures of FIG_TRY="lang|text" (a debugging aid; skips
// otherwise).
func TestTry(t *testing.T) {
	s := os.Getenv("FIG_TRY")
	if s == "" {
		t.Skip("set FIG_TRY=lang|text")
	}
	lang, in, _ := strings.Cut(s, "|")
	for _, f := range findIn(lang, in) {
		fmt.Printf("%q %v-%v unit=%q %s q=%q d=%q about=%q period=%q\n", f.Text, f.Value, f.High, f.Unit, f.Kind, f.Qualifier, f.Direction, f.About, f.Period)
	}
}
