package quotes

import "testing"

// Cases for the rules added after the twelfth check on pages the engine had
// never seen (held-out labels kept outside the repository; a Chinese round):
// one group per error cause. All sentences are written for these tests.
var round12Tests = []findCase{
	{"zh 习 is a surname: a name introduced with a title is a person a later 他 refers to", "zh", []string{
		"《城乡》杂志发表习海涛教授重要文章。",
		"习海涛在文章中指出，老城区的改造要先听居民的意见。",
		"他强调，改造不能一拆了之。",
	}, []want{
		{Speaker: "习海涛", Role: "教授", Kind: "indirect", Group: "person", Text: "老城区的改造要先听居民的意见"},
		{Speaker: "习海涛", Role: "教授", Kind: "indirect", Group: "person", Text: "改造不能一拆了之"},
	}},
	{"zh a publishing verb before a name ends its role (杂志发表|主任X的文章)", "zh", []string{
		"该刊发表副院长周文斌署名文章。周文斌在文章中说，医院要减少患者排队的时间。",
	}, []want{
		{Speaker: "周文斌", Role: "副院长", Kind: "indirect", Text: "医院要减少患者排队的时间"},
	}},
	{"zh 要求 before a comma reports a directive; 按照要求/提出要求 are nouns", "zh", []string{
		"市长李建国要求，各区要在月底前完成自查。",
		"按照要求，各单位要上报名单。",
		"公司提出要求，员工必须准时到岗。",
		"市政府明确要求，学校不得提前开学。",
	}, []want{
		{Speaker: "李建国", Role: "市长", Kind: "indirect", Text: "各区要在月底前完成自查"},
		{Speaker: "市政府", Kind: "indirect", Group: "organisation", Text: "学校不得提前开学"},
	}},
	{"zh 说到底 is a connective, not 说", "zh", []string{
		"年会说到底是同事之间交流的机会。",
	}, nil},
	{"zh a relative clause opened by 负责 before a title and a name describes the speaker", "zh", []string{
		"负责欧洲业务的主管张明表示，公司明年会增长。",
		"负责这项工作表示很累。",
	}, []want{
		{Speaker: "张明", Kind: "indirect", Text: "公司明年会增长"},
	}},
	{"zh a long description before a title and a Latin name: the name speaks; 早前 is a time word", "zh", []string{
		"某评级机构负责亚洲和非洲地区主权信用评级业务的主管Anna Berger早前亦曾表示，该国将会违约。",
	}, []want{
		{Speaker: "Anna Berger", Role: "主管", Kind: "indirect", Text: "该国将会违约"},
	}},
}

func TestRound12(t *testing.T) { runFindCases(t, round12Tests) }
