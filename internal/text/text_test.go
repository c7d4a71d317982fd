package text

import (
	"strings"
	"testing"
	"unicode"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"chinese full stops", "今天下雨。明天天晴！后天呢？", []string{"今天下雨。", "明天天晴！", "后天呢？"}},
		{"closing quote stays with its sentence", "他说：“我们会赢。”大家都笑了。", []string{"他说：“我们会赢。”", "大家都笑了。"}},
		{"a full stop inside an open quotation does not split", "她表示：“第一点。第二点。”随后离开。", []string{"她表示：“第一点。第二点。”", "随后离开。"}},
		{"english sentences", "Sales rose. Profits fell! Why?", []string{"Sales rose.", "Profits fell!", "Why?"}},
		{"abbreviations and initials", "Mr. Smith met J. Doe at 3 p.m. today. They talked.", []string{"Mr. Smith met J. Doe at 3 p.m. today.", "They talked."}},
		{"decimal numbers", "Revenue was 3.5 billion. It grew.", []string{"Revenue was 3.5 billion.", "It grew."}},
		{"lower-case after a period continues", "It cost approx. ten dollars.", []string{"It cost approx. ten dollars."}},
		{"newlines end sentences", "Headline\nBody text here.", []string{"Headline", "Body text here."}},
		{"period before chinese", "The model is AI.中文句子。", []string{"The model is AI.", "中文句子。"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := []rune(tt.in)
			var got []string
			for _, sp := range Sentences(tt.in) {
				got = append(got, string(rs[sp.Start:sp.End]))
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("sentence %d = %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestDetectLang(t *testing.T) {
	tests := []struct {
		text, hint, want string
	}{
		{"美国当地时间周四，公司宣布了新的计划。", "", "zh"},
		{"美国当地时间周四，公司宣布了新的计划。", "en", "zh"},
		{"The company announced a new plan on Thursday.", "", "en"},
		{"The company announced a new plan on Thursday.", "en-GB", "en"},
		{"Die Firma kündigte am Donnerstag einen Plan an.", "de", "de"},
		{"会社は木曜日に新しい計画を発表した。", "", "ja"},
		{"회사는 목요일에 새로운 계획을 발표했다.", "", "ko"},
		{"Компания объявила о новом плане.", "", "ru"},
		{"Apple发布了iPhone，售价为999美元，销量大增。", "", "zh"},
		{"", "fr", "fr"},
	}
	for _, tt := range tests {
		if got := DetectLang(tt.text, tt.hint); got != tt.want {
			t.Errorf("DetectLang(%q, %q) = %q, want %q", tt.text, tt.hint, got, tt.want)
		}
	}
}

func TestNewDocOffsets(t *testing.T) {
	doc := NewDoc("zh", []Para{{Text: "  第一段。 ", Node: 3}, {Text: "   "}, {Text: "Second ¶ two.", Node: 9}})
	if doc.Text != "第一段。\nSecond ¶ two." {
		t.Fatalf("Text = %q", doc.Text)
	}
	if len(doc.Paras) != 2 {
		t.Fatalf("empty paragraphs must be dropped, got %d", len(doc.Paras))
	}
	rs := []rune(doc.Text)
	for _, p := range doc.Paras {
		if got := string(rs[p.Start:p.End]); got != p.Text {
			t.Errorf("para %q at [%d,%d) reads %q", p.Text, p.Start, p.End, got)
		}
	}
	if doc.Paras[1].Node != 9 || doc.Paras[1].Start != 5 {
		t.Errorf("second paragraph = %+v", doc.Paras[1])
	}
}

func TestToLowerMatchesStrings(t *testing.T) {
	for _, s := range []string{"", "abc", "ABC中", "中文。", "中文Ａ", "hello 世界", "ÉTÉ", "\xff", "中\xe4\xb8", "한국어", "ひらがな",
		"It’s — “Quoted”", "Ⱥ and İ", "aB\xffC", "x\uFFFDY", "ΣΑΣ"} {
		if got, want := ToLower(s), strings.ToLower(s); got != want {
			t.Errorf("ToLower(%q) = %q, want %q", s, got, want)
		}
	}
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if isCaseless(r) && unicode.ToLower(r) != r {
			t.Fatalf("U+%04X has a lower case but isCaseless says none", r)
		}
	}
}

func TestIsCJKMatchesTables(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) ||
			unicode.Is(unicode.Hangul, r) || (r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef)
		if IsCJK(r) != want {
			t.Fatalf("IsCJK(U+%04X) = %v, want %v", r, !want, want)
		}
	}
}
