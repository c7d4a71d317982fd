package quotes

import "testing"

// Cases for the rules added after the eleventh check on pages the engine had
// never seen (held-out labels kept outside the repository): one group per
// error cause. All sentences are written for these tests.
var round11Tests = []findCase{
	{"en raised or commanding voices are cues next to a quotation", "en", []string{
		"“Stay where you are! Nobody move!” a deputy shouts.",
		"“Keep your hands on the wheel,” a trooper ordered.",
		"“Breathe slowly and count to ten,” instructed Nadia Brooks, the ward nurse.",
		"The deputy ordered an evacuation of the block.",
	}, []want{
		{Speaker: "a deputy", Anonymous: true, Kind: "direct", Text: "Stay where you are! Nobody move!"},
		{Speaker: "a trooper", Anonymous: true, Kind: "direct", Text: "Keep your hands on the wheel"},
		{Speaker: "Nadia Brooks", Role: "the ward nurse", Kind: "direct", Text: "Breathe slowly and count to ten"},
	}},
	{"en a name with its affiliation: of the Body after the name is the role", "en", []string{
		"“We rebuilt the cooling loop twice,” says Pia Lund of the Design Office.",
		"Dr. Omar Haddad of the State Department of Health and Human Services says the outbreak is slowing down.",
		"Bank of Avalon said profits were flat.",
	}, []want{
		{Speaker: "Pia Lund", Role: "of the Design Office", Kind: "direct", Text: "We rebuilt the cooling loop twice"},
		{Speaker: "Omar Haddad", Role: "of the State Department of Health and Human Services", Kind: "indirect", Text: "the outbreak is slowing down"},
		{Speaker: "Bank of Avalon", Group: "organisation", Kind: "indirect", Text: "profits were flat"},
	}},
	{"en two roles joined by and before a name", "en", []string{
		"“The ice is thinner than we thought,” said lead author and ESA glaciologist Ines Moreau.",
		"Local columnist and part-time editor Glen Park asked if there were “any honest referees left?”",
	}, []want{
		{Speaker: "Ines Moreau", Role: "author and ESA glaciologist", Kind: "direct", Text: "The ice is thinner than we thought"},
		{Speaker: "Glen Park", Kind: "direct", Text: "any honest referees left?"},
	}},
	{"en asking: an indirect question leads into a quotation", "en", []string{
		"Rita Gomez posted a photo of the empty shelves, asking whether stores had “simply given up?”",
	}, []want{
		{Speaker: "Rita Gomez", Kind: "direct", Text: "simply given up?"},
	}},
	{"en an indirect question without a quotation is not reported speech", "en", []string{
		"The mayor asked if the council had read the report.",
	}, []want{}},
	{"en a clause and a participle before an inverted cue: the speaker follows the verb", "en", []string{
		"Roads crack when rain gets in, freeze and expand, leaving deep holes, said Ivo Marsh, who runs the repair crews.",
		"Sales rose, helped by warm weather, said Lena Quist.",
	}, []want{
		{Speaker: "Ivo Marsh", Kind: "indirect", Text: "Roads crack when rain gets in, freeze and expand, leaving deep holes"},
		{Speaker: "Lena Quist", Kind: "indirect", Text: "Sales rose, helped by warm weather"},
	}},
	{"en according to reports: the noun reports is no cue", "en", []string{
		"At least forty homes were flooded, according to early reports received by the council.",
	}, []want{}},
	{"en a trailing outlet report leaves a that-clause to its speaker", "en", []string{
		"Ana Ruiz, the chief executive, said in a memo that the “gap between the two brands has narrowed” as prices fell, the Daily Ledger reported last year.",
		"Residents reported hearing two loud bangs, police said.",
	}, []want{
		{Speaker: "Ana Ruiz", Kind: "indirect", Text: "gap between the two brands has narrowed"},
		{Speaker: "police", Kind: "indirect", Text: "Residents reported hearing two loud bangs"},
	}},
	{"en a double hyphen after a dateline is a dash, not part of the speaker", "en", []string{
		"OSLO -- The Polar Institute says the sea ice shrank again this summer.",
	}, []want{
		{Speaker: "Polar Institute", Group: "organisation", Kind: "indirect", Text: "the sea ice shrank again this summer"},
	}},
	{"en the suspect, the singer: person nouns that refer back", "en", []string{
		"The suspect, Karl Denton, was arrested at a motel.",
		"The suspect said he had been asleep all evening.",
		"Mia Holt opened the show with a ballad. After a second song, the singer and pianist told the crowd, “you are the loudest town on this tour.”",
	}, []want{
		{Speaker: "Karl Denton", Kind: "indirect", Text: "he had been asleep all evening"},
		{Speaker: "Mia Holt", Kind: "direct", Text: "you are the loudest town on this tour."},
	}},
	{"en responded that / replied that, and participles that report (concluding that, confirming that)", "en", []string{
		"Senator Vera Lind spoke first. Lind responded that the budget was already too tight.",
		"Lind then cited the earlier audit, concluding that the savings were “mostly imaginary.”",
		"“Not this year,” Lind replied.",
		"The agency responded to the letter on Monday.",
	}, []want{
		{Speaker: "Vera Lind", Kind: "indirect", Text: "the budget was already too tight"},
		{Speaker: "Vera Lind", Kind: "indirect", Text: "the savings were “mostly imaginary.”"},
		{Speaker: "Vera Lind", Kind: "direct", Text: "Not this year"},
	}},
	{"en a name ending in -ing opens a sentence when a verb follows it; the subject carries over ', and confirmed that'", "en", []string{
		"Redding is one of the firms bidding for the bridge, and confirmed that its design uses recycled steel.",
		"Hosting Ana Ruiz at the plant, managers said output had doubled.",
	}, []want{
		{Speaker: "Redding", Group: "organisation", Kind: "indirect", Text: "its design uses recycled steel"},
		{Speaker: "managers", Anonymous: true, Kind: "indirect", Text: "output had doubled"},
	}},
	{"en roles and affiliations inside commas: a second role after and, a place, a listed division name", "en", []string{
		"“The data surprised us,” senior author and NOAA ocean chemist Rafael Ortiz said in a statement.",
		"“We expect rare events,” Ortiz and his colleagues wrote in the journal.",
		"“Models like this pay off,” Hana Sato, a research fellow at the Weather Institute in Lyon, France, and co-author of the study, said.",
		"“This is the shortest path,” Tom Beck, vice president at Orion Air, Sea, and Land, said in the statement.",
	}, []want{
		{Speaker: "Rafael Ortiz", Role: "author and NOAA ocean chemist", Kind: "direct", Text: "The data surprised us"},
		{Speaker: "Rafael Ortiz", Kind: "direct", Text: "We expect rare events"},
		{Speaker: "Hana Sato", Role: "research fellow at the Weather Institute in Lyon", Kind: "direct", Text: "Models like this pay off"},
		{Speaker: "Tom Beck", Kind: "direct", Text: "This is the shortest path"},
	}},
	{"en a whole-sentence quotation with no cue after a sentence opened by its speaker", "en", []string{
		"Rep. Dana Voss pressed the point. “Which of these trucks can actually carry the load by next spring?”",
		"Mia Holt wrote the song in a week. “Blue Roads and Empty Skies” is the title track of the album.",
		"The council met on Tuesday. “Nothing about this plan adds up for the families here.”",
	}, []want{
		{Speaker: "Dana Voss", Kind: "direct", Text: "Which of these trucks can actually carry the load by next spring?"},
		{Speaker: "", Kind: "direct", Text: "Nothing about this plan adds up for the families here."},
	}},
	{"en a long lead-in that ends in a colon still gives the quotation to its subject", "en", []string{
		"Ruth Alder summed up the long trip from a small wooden boat in the northern sea to the cold counter of a big supermarket owned by a firm that has changed retail: “It is the old harbour meeting the new economy.”",
	}, []want{
		{Speaker: "Ruth Alder", Kind: "direct", Text: "It is the old harbour meeting the new economy."},
	}},
	{"en a long appositive (more than 24 tokens back to the name) still reaches the speaker", "en", []string{
		"“Runs like this give back more than we put in,” Karl Brandt, a research fellow at the Helmholtz Centre for Ocean Research in Kiel, Germany, and co-author of the new study, said in a statement.",
	}, []want{
		{Speaker: "Karl Brandt", Kind: "direct", Text: "Runs like this give back more than we put in"},
	}},
}

func TestRound11(t *testing.T) { runFindCases(t, round11Tests) }
