package sidebar

import "lede/internal/quotes"

// INTERIM: the quotes branch brings quotes.Group (the same contract); this
// copy lets the sidebar be built before it lands, and goes when it does.

type speaker struct {
	Name      string
	Role      string
	Anonymous bool
	Count     int
	Quotes    []int
}

type quoteGroups struct {
	People, Organisations, Sources []speaker
	Unattributed                   []int
}

func groupQuotes(qs []quotes.Quote) quoteGroups {
	var g quoteGroups
	type key struct{ group, name string }
	at := map[key]int{}
	for i, q := range qs {
		var section *[]speaker
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
			*section = append(*section, speaker{Name: q.Speaker})
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
