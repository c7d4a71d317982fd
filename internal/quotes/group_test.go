package quotes

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestGroup(t *testing.T) {
	qs := []Quote{
		{Speaker: "王立新", Role: "甲乙科技首席执行官", Group: "person", Text: "a"},
		{Speaker: "快手内部人士", Anonymous: true, Group: "person", Text: "b"},
		{Speaker: "王立新", Group: "person", Text: "c"},
		{Speaker: "", Group: "unattributed", Text: "d"},
		{Speaker: "丙丁集团", Group: "organisation", Text: "e"},
		{Speaker: "公司", Role: "财报", Group: "source", Text: "f"},
		{Speaker: "王立新", Role: "甲乙科技首席执行官", Group: "person", Text: "g"},
		{Speaker: "丙丁集团", Group: "organisation", Text: "h"},
	}
	got := Group(qs)
	want := Groups{
		People: []Speaker{
			{Name: "王立新", Role: "甲乙科技首席执行官", Count: 3, Quotes: []int{0, 2, 6}},
			{Name: "快手内部人士", Anonymous: true, Count: 1, Quotes: []int{1}},
		},
		Organisations: []Speaker{{Name: "丙丁集团", Count: 2, Quotes: []int{4, 7}}},
		Sources:       []Speaker{{Name: "公司", Role: "财报", Count: 1, Quotes: []int{5}}},
		Unattributed:  []int{3},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Group:\n got  %+v\n want %+v", got, want)
	}
}

func TestGroupEmptyIsJSONArrays(t *testing.T) {
	b, err := json.Marshal(Group(nil))
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"people":[],"organisations":[],"sources":[],"unattributed":[]}`; string(b) != want {
		t.Errorf("got %s, want %s", b, want)
	}
}

// A role learned at the first mention shows on the card even when the first
// quote came from a short name (the engine fills Role from memory).
func TestGroupFromFind(t *testing.T) {
	d := doc("en",
		"Acme chief executive Jane Roe opened the plant in March.",
		`"It is the right time," Roe said.`,
		"A person familiar with the matter said the plant cost $2 billion.",
		`"We will hire locally," she said.`,
	)
	g := Group(Find(d))
	if len(g.People) != 2 {
		t.Fatalf("people: %+v", g.People)
	}
	if p := g.People[0]; p.Name != "Jane Roe" || p.Role != "Acme chief executive" || p.Count != 1 {
		t.Errorf("first card %+v", p)
	}
	if p := g.People[1]; !p.Anonymous || p.Count != 2 {
		t.Errorf("second card %+v (she resolves to the last person mentioned)", p)
	}
}
