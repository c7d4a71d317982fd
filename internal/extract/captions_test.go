package extract

import (
	"strings"
	"testing"
)

// articleAround wraps fragment in a news page with enough prose around it
// to be the article.
func articleAround(fragment string) string {
	prose := `<p>The harbour authority said on Tuesday that the new ferry terminal would open in the spring, two years later than planned, after a dispute over the cost of the sea wall.</p>
<p>Engineers had warned that the original design, drawn up before the storms of the last decade, would not survive a winter of high tides, and the council agreed to pay for a stronger one.</p>`
	return `<html><head><title>Ferry terminal delayed</title></head><body><nav><a href="/">Home</a></nav>
<article><h1>Ferry terminal delayed</h1>` + prose + fragment + prose + `</article></body></html>`
}

// TestAltCaptions: the first line after a picture that says what the
// picture's alt text says is its caption, whatever its markup; prose, links
// and lines before the picture are not.
func TestAltCaptions(t *testing.T) {
	tests := []struct {
		name, fragment, line string
		caption              bool
	}{
		{"centred paragraph", `<p align="center"><img src="a.jpg" alt="The old pier at low tide."></p><p align="center">The old pier at low tide.</p>`,
			"The old pier at low tide.", true},
		{"span under the image", `<div align="center"><img src="a.jpg" alt="Workers on the sea wall"><br><span>Workers on the sea wall</span></div>`,
			"Workers on the sea wall", true},
		{"title attribute, small difference", `<table><tr><td><img src="a.jpg" title="▲ Ferries waiting in the bay (Port Authority)"><p>Ferries waiting in the bay (Port Authority).</p></td></tr></table>`,
			"Ferries waiting in the bay (Port Authority).", true},
		{"prose after a picture", `<p><img src="a.jpg" alt="The pier"></p><p>The pier, built in 1890, has been closed to the public since a storm damaged its deck three winters ago.</p>`,
			"The pier, built in 1890, has been closed to the public since a storm damaged its deck three winters ago.", false},
		{"picture after the line's text", `<p>Boats in the harbour were moved to the inner basin. <img src="a.jpg" alt="Boats in the harbour were moved to the inner basin."></p>`,
			"Boats in the harbour were moved to the inner basin.", false},
		{"linked teaser", `<div><img src="a.jpg" alt="Storm closes the pier"><a href="/storm">Storm closes the pier</a></div>`,
			"Storm closes the pier", false},
	}
	for _, tt := range tests {
		_, res := extractHTML(t, articleAround(tt.fragment), "https://news.example.org/ferry")
		if !res.IsArticle {
			t.Fatalf("%s: not an article: %s", tt.name, res.Reason)
		}
		if inText := strings.Contains(resultText(res), tt.line); inText == tt.caption {
			t.Errorf("%s: %q in the text: %v, want %v", tt.name, tt.line, inText, !tt.caption)
		}
	}
}
