package sidebar

import (
	"strconv"

	"lede/internal/quotes"
)

// Voices is the "Who said what" section: people, organisations, sources
// (documents, surveys) and unattributed quotes, each group shown only when
// it has something.
type Voices struct {
	People        []Card      `json:"people"`
	Organisations []Card      `json:"organisations"`
	Sources       []Card      `json:"sources"`
	Unattributed  []QuoteItem `json:"unattributed"`
}

// Card is one speaker, with what the speaker said in text order.
type Card struct {
	ID        string      `json:"id"` // anchor: "s2"
	Name      string      `json:"name"`
	Role      string      `json:"role,omitempty"`
	Anonymous bool        `json:"anonymous,omitempty"`
	Count     int         `json:"count"`
	Quotes    []QuoteItem `json:"quotes"`
}

// QuoteItem is one quote under its speaker.
type QuoteItem struct {
	ID      string       `json:"id"`                // anchor, for links from figures: "q4"
	Quote   int          `json:"quote"`             // index into Analysis.quotes
	Kind    string       `json:"kind"`              // direct or indirect: names the badge in the UI strings
	Cue     string       `json:"cue,omitempty"`     // the speech verb phrase: 表示, told reporters
	Text    string       `json:"text"`              // the words
	Place   Place        `json:"place"`             // where it is on the page
	Figures []FigureLink `json:"figures,omitempty"` // figures said in it
}

// FigureLink points from a quote to a row of the Figures list.
type FigureLink struct {
	ID    string `json:"id"`    // the row's anchor: "f3"
	Value string `json:"value"` // its compact value
}

// voices arranges the quotes by speaker (quotes.Group) and places each one.
func voices(in Input, pl *placer) Voices {
	g := quotes.Group(in.Quotes)
	card := 0
	item := func(i int) QuoteItem {
		q := in.Quotes[i]
		s, e := pl.narrow(q.Start, q.End, q.Text)
		return QuoteItem{ID: "q" + strconv.Itoa(i), Quote: i, Kind: q.Kind, Cue: q.Cue, Text: q.Text, Place: pl.span(s, e, false)}
	}
	cards := func(ss []quotes.Speaker) []Card {
		out := make([]Card, 0, len(ss))
		for _, s := range ss {
			c := Card{ID: "s" + strconv.Itoa(card), Name: s.Name, Role: s.Role, Anonymous: s.Anonymous, Count: s.Count, Quotes: make([]QuoteItem, 0, len(s.Quotes))}
			card++
			for _, i := range s.Quotes {
				c.Quotes = append(c.Quotes, item(i))
			}
			out = append(out, c)
		}
		return out
	}
	v := Voices{People: cards(g.People), Organisations: cards(g.Organisations), Sources: cards(g.Sources), Unattributed: make([]QuoteItem, 0, len(g.Unattributed))}
	for _, i := range g.Unattributed {
		v.Unattributed = append(v.Unattributed, item(i))
	}
	return v
}

// each calls f on every quote item.
func (v *Voices) each(f func(*QuoteItem)) {
	for _, cs := range [][]Card{v.People, v.Organisations, v.Sources} {
		for c := range cs {
			for q := range cs[c].Quotes {
				f(&cs[c].Quotes[q])
			}
		}
	}
	for q := range v.Unattributed {
		f(&v.Unattributed[q])
	}
}
