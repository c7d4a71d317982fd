package sidebar

import (
	"strconv"
	"strings"
	"time"
)

// dateLayouts are the forms of Analysis.published the sidebar can read
// (the extractor passes on what the page says: JSON-LD, meta, or a line).
var dateLayouts = []struct {
	layout  string
	hasTime bool
}{
	{time.RFC3339, true},
	{"2006-01-02T15:04:05", true},
	{"2006-01-02T15:04Z07:00", true},
	{"2006-01-02T15:04", true},
	{"2006-01-02 15:04:05", true},
	{"2006-01-02 15:04", true},
	{"2006-01-02", false},
	{"2006/01/02 15:04:05", true},
	{"2006/01/02 15:04", true},
	{"2006/01/02", false},
}

var enMonths = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// publishedLabel writes a publication date in the UI language, in the
// page's own time zone: "11 March 2025, 08:30", "2025年3月11日 08:30". What
// it cannot read it returns as it is.
func publishedLabel(s, lang string) string {
	s = strings.TrimSpace(s)
	for _, d := range dateLayouts {
		t, err := time.Parse(d.layout, s)
		if err != nil {
			continue
		}
		var out string
		if lang == "zh" {
			out = strconv.Itoa(t.Year()) + "年" + strconv.Itoa(int(t.Month())) + "月" + strconv.Itoa(t.Day()) + "日"
		} else {
			out = strconv.Itoa(t.Day()) + " " + enMonths[t.Month()-1] + " " + strconv.Itoa(t.Year())
		}
		if d.hasTime && (t.Hour() != 0 || t.Minute() != 0) {
			sep := ", "
			if lang == "zh" {
				sep = " "
			}
			out += sep + t.Format("15:04")
		}
		return out
	}
	return s
}
