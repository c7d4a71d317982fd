package quotes

import "testing"

// Cases for the rules added after the thirteenth check on pages the engine had
// never seen (held-out labels kept outside the repository; English and
// Chinese): one group per error cause. All sentences are written for these
// tests.
var round13Tests = []findCase{
	{"en caution and speculate report what someone says", "en", []string{
		"Maria Gonzalez cautioned that the method might fail in cold weather.",
		"Tom Baker speculates that it might be a fault in the valve.",
		"He describes the results as “promising,” but cautions that “we are far from done” with the work.",
	}, []want{
		{Speaker: "Maria Gonzalez", Kind: "indirect", Group: "person", Text: "the method might fail in cold weather"},
		{Speaker: "Tom Baker", Kind: "indirect", Group: "person", Text: "it might be a fault in the valve"},
		{Speaker: "Tom Baker", Kind: "direct", Text: "we are far from done"},
	}},
	{"en an -ing adjective after a comma is no participle aside before an inverted cue", "en", []string{
		"The new results were bold, groundbreaking advances, says Ana Ruiz, a chemist at Ohio State University.",
		"Those were interesting, promising times, said Ruiz.",
	}, []want{
		{Speaker: "Ana Ruiz", Role: "chemist at Ohio State University", Kind: "indirect", Text: "The new results were bold, groundbreaking advances"},
		{Speaker: "Ana Ruiz", Kind: "indirect", Text: "Those were interesting, promising times"},
	}},
	{"zh 雜誌 ends an outlet's name after a Latin name (Traditional), and 報導稱 goes on with it", "zh", []string{
		"香港時間3月2日消息，據美國TechNews.com雜誌報導，谷歌將在倫敦開設一家新的辦公室。",
		"報導稱，這家辦公室將容納約三千名員工。",
	}, []want{
		{Speaker: "美國TechNews.com雜誌", Kind: "indirect", Group: "organisation", Text: "谷歌將在倫敦開設一家新的辦公室"},
		{Speaker: "美國TechNews.com雜誌", Kind: "indirect", Group: "organisation", Text: "這家辦公室將容納約三千名員工"},
	}},
}

func TestRound13(t *testing.T) { runFindCases(t, round13Tests) }
