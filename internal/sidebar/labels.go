package sidebar

import "lede/internal/figures"

// The words the view-model itself writes in the UI language: a figure's
// qualifier and its direction arrow. Everything else the sidebar says in
// its own words comes from the extension's locale strings.

// qualifierLabels: the figures package's qualifiers in each UI language.
var qualifierLabels = map[string]map[string]string{
	"en": {
		figures.QualMoreThan: "more than",
		figures.QualNearly:   "nearly",
		figures.QualAbout:    "about",
		figures.QualAtLeast:  "at least",
		figures.QualBelow:    "below",
		figures.QualUpTo:     "up to",
	},
	"zh": {
		figures.QualMoreThan: "超过",
		figures.QualNearly:   "近",
		figures.QualAbout:    "约",
		figures.QualAtLeast:  "至少",
		figures.QualBelow:    "低于",
		figures.QualUpTo:     "最多",
	},
}

// arrows show a figure's direction.
var arrows = map[string]string{"up": "↑", "down": "↓"}

func qualifierLabel(q, lang string) string {
	if q == "" {
		return ""
	}
	if l, ok := qualifierLabels[lang][q]; ok {
		return l
	}
	return q
}
