package extract

import (
	"testing"
	"unicode"
)

// TestMaybeRTL: no rune of a right-to-left script is outside maybeRTL.
func TestMaybeRTL(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !maybeRTL(r) && unicode.In(r, rtlScripts...) {
			t.Fatalf("maybeRTL(%U) = false for a rune of a right-to-left script", r)
		}
	}
}

// TestIsLetter: isLetter is unicode.IsLetter.
func TestIsLetter(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isLetter(r) != unicode.IsLetter(r) {
			t.Fatalf("isLetter(%U) = %v, unicode.IsLetter says %v", r, isLetter(r), unicode.IsLetter(r))
		}
	}
}
