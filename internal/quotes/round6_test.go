package quotes

import (
	"strings"
	"testing"
)

// Cases for the rules added after the sixth check on pages the engine had
// never seen (held-out labels kept outside the repository): one group per
// error cause. All sentences are written for these tests.
var round6Tests = []struct {
	name  string
	lang  string
	paras []string
	want  []want
}{
	{"en added before a number is a score or a figure, not words", "en", []string{
		"The index added 12.5 points, or 0.3%, to 4,210.08.",
		"Jo Marsh added 19 points off the bench.",
		"\"We stayed patient,\" Marsh added.",
		"Marsh added that the team would rest on Friday.",
	}, []want{
		{Speaker: "Jo Marsh", Kind: "direct", Text: "We stayed patient"},
		{Speaker: "Jo Marsh", Kind: "indirect", Text: "the team would rest on Friday"},
	}},
	{"en told is not inverted: the listener after it is not the speaker", "en", []string{
		"Mara Quist, a researcher in soil science at the Institute of Crop Studies at the State University of Nordland who was not part of the trial, told Farm Weekly: \"The yields look good, but one season proves little.\"",
		"But she said the method still deserves a larger test.",
	}, []want{
		{Speaker: "Mara Quist", Group: "person", Kind: "direct", Text: "one season proves little"},
		{Speaker: "Mara Quist", Kind: "indirect", Text: "the method still deserves a larger test"},
	}},
}

func TestFindRound6(t *testing.T) {
	for _, tt := range round6Tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(tt.lang, tt.paras...)
			got := Find(d)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d quotes, want %d:\n%s", len(got), len(tt.want), dump(got))
			}
			for i, w := range tt.want {
				q := got[i]
				ok := strings.Contains(q.Text, w.Text) &&
					(w.Speaker == "" && q.Speaker == "" || w.Speaker != "" && q.Speaker == w.Speaker) &&
					(w.Role == "" || q.Role == w.Role) &&
					(w.Kind == "" || q.Kind == w.Kind) &&
					(w.Group == "" || q.Group == w.Group) &&
					q.Anonymous == w.Anonymous
				if !ok {
					t.Errorf("quote %d:\n got  %s\n want %+v", i, dump([]Quote{q}), w)
				}
				checkRange(t, d, q)
			}
		})
	}
}
