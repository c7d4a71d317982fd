package quotes

// Grouping for the sidebar's "Who said what": one card per speaker with the
// speaker's quotes in text order, in four sections — people, organisations,
// sources (documents, surveys) and unattributed quotes — so that the UI only
// renders.

// Speaker is one voice: a card in the sidebar.
type Speaker struct {
	Name      string `json:"name"`
	Role      string `json:"role,omitempty"`
	Anonymous bool   `json:"anonymous,omitempty"`
	Count     int    `json:"count"`
	Quotes    []int  `json:"quotes"` // indices into the quotes given to Group, in text order
}

// Groups are the quotes arranged by speaker. Speakers come in the order they
// first speak in the text.
type Groups struct {
	People        []Speaker `json:"people"`
	Organisations []Speaker `json:"organisations"`
	Sources       []Speaker `json:"sources"`
	Unattributed  []int     `json:"unattributed"` // indices of quotes without a speaker
}

// Group arranges quotes (as Find returns them, in text order) by speaker.
// A speaker's role is the first one given; a speaker is anonymous when any of
// its quotes is.
func Group(qs []Quote) Groups {
	g := Groups{People: []Speaker{}, Organisations: []Speaker{}, Sources: []Speaker{}, Unattributed: []int{}}
	type key struct{ group, name string }
	at := map[key]int{} // index in its section
	for i, q := range qs {
		var section *[]Speaker
		switch {
		case q.Speaker == "" || q.Group == "unattributed":
			g.Unattributed = append(g.Unattributed, i)
			continue
		case q.Group == "organisation":
			section = &g.Organisations
		case q.Group == "source":
			section = &g.Sources
		default:
			section = &g.People
		}
		k := key{q.Group, q.Speaker}
		n, ok := at[k]
		if !ok {
			n = len(*section)
			at[k] = n
			*section = append(*section, Speaker{Name: q.Speaker})
		}
		s := &(*section)[n]
		s.Count++
		s.Quotes = append(s.Quotes, i)
		if s.Role == "" {
			s.Role = q.Role
		}
		s.Anonymous = s.Anonymous || q.Anonymous
	}
	return g
}
