// Package figures finds the meaningful numbers of an article — money,
// percentages, counts, multiples and measures — in English and Chinese text,
// normalises their values and says what each one counts.
//
// The stages, each with its tables at the top of its file:
//
//	number/      scan numbers: digits, Chinese numerals, English number words
//	tables.go    word tables as data, built into maps on first use (lexicon.go indexes them)
//	units.go     the lexicons: currencies, percent markers, units, measure words
//	quantity.go  read the unit written around each number (Quantities)
//	find.go      decide what is a figure: no dates, codes, names, ranks (Find)
//	context.go   qualifier, direction and what the figure is about (a short
//	             noun phrase or nothing: cleanEnAbout, cleanZhAbout)
//	compact.go   the compact value for a UI language (Compact)
//	group.go     the sidebar's sections, repeated rows and charts (Sections)
//
// Pure Go, no model: rules and word lists, one pass over the text.
package figures

// Figure is one number found in the article text.
type Figure struct {
	Text      string  `json:"text"`                // as written, e.g. "超过35万块", "$13.72 billion"
	Value     float64 `json:"value"`               // normalised value (万 = 1e4, billion = 1e9, 30% = 30)
	High      float64 `json:"high,omitempty"`      // upper bound of a range (Value is the lower bound)
	Unit      string  `json:"unit"`                // ISO currency, "%", "pp", or the counted noun/measure word
	Kind      string  `json:"kind"`                // money, percent, count, multiple, measure
	Qualifier string  `json:"qualifier,omitempty"` // more than, nearly, about, at least, below, up to
	Direction string  `json:"direction,omitempty"` // up or down
	About     string  `json:"about,omitempty"`     // what it counts or measures
	Period    string  `json:"period,omitempty"`    // the year it refers to when the sentence says (2021), for charts
	Sentence  string  `json:"sentence"`            // the sentence that holds it
	Start     int     `json:"start"`               // offset into the Analysis text, in Unicode code points
	End       int     `json:"end"`                 // end offset (exclusive), code points
	Node      int     `json:"node"`                // node id of the paragraph element that holds it (-1 unknown)
	Quote     int     `json:"quote"`               // index into Analysis.Quotes when said inside a quotation, else -1
}
