package number

import (
	"math"
	"testing"
)

type want struct {
	text  string
	value float64
}

func TestScan(t *testing.T) {
	tests := []struct {
		in   string
		want []want
	}{
		// digits, separators, decimals, full width
		{"It cost 1,234.5 dollars.", []want{{"1,234.5", 1234.5}}},
		{"预计１２．５亿", []want{{"１２．５亿", 1.25e9}}},
		{"Indian style 12,34,567 units", []want{{"12,34,567", 1234567}}},
		{"版本 192.168.0.1 不是小数", []want{{"192", 192}, {"168", 168}, {"0", 0}, {"1", 1}}},
		{"list 22,24,26", []want{{"22", 22}, {"24", 24}, {"26", 26}}},
		{"a drop of -3.5 points", []want{{"-3.5", -3.5}}},
		{"range 10-20 only", []want{{"10", 10}, {"20", 20}}},
		// Chinese numerals
		{"共一千二百三十四人", []want{{"一千二百三十四", 1234}}},
		{"两万五千辆", []want{{"两万五千", 25000}}},
		{"约二百五", []want{{"二百五", 250}}},
		{"壹佰伍拾元", []want{{"壹佰伍拾", 150}}},
		{"4.78万亿元", []want{{"4.78万亿", 4.78e12}}},
		{"3万4千人", []want{{"3万4千", 34000}}},
		{"二〇二四年", []want{{"二〇二四", 2024}}},
		{"二十几万", []want{{"二十几万", 200000}}},
		// two neighbouring digits before a unit: a span (the lower bound); 上万: ten thousand or more
		{"月薪五六千元", []want{{"五六千", 5000}}},
		{"约两三万人", []want{{"两三万", 20000}}},
		{"员工上万人", []want{{"上万", 10000}}},
		{"成千上万人", nil},
		{"楼上万达广场", nil},
		{"负三十二度", []want{{"负三十二", -32}}},
		{"三分之二的人", []want{{"三分之二", 2.0 / 3}}},
		{"一点五倍", []want{{"一点五", 1.5}}},
		// one-character numbers need a measure word
		{"他去了四川", nil},
		{"一切正常", nil},
		{"买了三本书", []want{{"三", 3}}},
		{"千万不要", nil},
		{"近千名代表", []want{{"千", 1000}}},
		// English words
		{"one hundred and sixty-one boats", []want{{"one hundred and sixty-one", 161}}},
		{"twenty-one trillion", []want{{"twenty-one trillion", 21e12}}},
		{"half a dozen eggs", []want{{"half a dozen", 6}}},
		{"2.5 million people", []want{{"2.5 million", 2.5e6}}},
		{"3 hundred and 21", []want{{"3 hundred and 21", 321}}},
		{"two thirds of voters", []want{{"two thirds", 2.0 / 3}}},
		{"between 10 and 20", []want{{"10", 10}, {"20", 20}}},
		{"the one I like", nil},
		{"a first step", nil},
		// suffixes
		{"a 40k salary", []want{{"40k", 40000}}},
		{"$1.2bn deal", []want{{"1.2bn", 1.2e9}}},
		{"a 29km road", []want{{"29", 29}}},
		// web addresses are skipped
		{"see https://example.com/a?b=30%20c 5 times", []want{{"5", 5}}},
	}
	for _, tt := range tests {
		rs := []rune(tt.in)
		got := Scan(rs, Options{}, nil)
		if len(got) != len(tt.want) {
			t.Errorf("%q: got %d numbers %v, want %d", tt.in, len(got), texts(rs, got), len(tt.want))
			continue
		}
		for i, w := range tt.want {
			g := got[i]
			if string(rs[g.Start:g.End]) != w.text || math.Abs(g.Value-w.value) > 1e-9*math.Max(1, math.Abs(w.value)) {
				t.Errorf("%q: number %d = %q %v, want %q %v", tt.in, i, string(rs[g.Start:g.End]), g.Value, w.text, w.value)
			}
		}
	}
}

func TestScanFlags(t *testing.T) {
	rs := []rune("超过35万块 H100 一千多万 三五十人 29km")
	got := Scan(rs, Options{}, nil)
	find := func(text string) Number {
		for _, n := range got {
			if string(rs[n.Start:n.End]) == text {
				return n
			}
		}
		t.Fatalf("%q not found in %v", text, texts(rs, got))
		return Number{}
	}
	if n := find("35万"); n.Scale != 1e4 {
		t.Errorf("35万: scale %v, want 1e4", n.Scale)
	}
	if n := find("100"); !n.LetterStart {
		t.Errorf("H100: want LetterStart")
	}
	if n := find("一千多万"); !n.Approx {
		t.Errorf("一千多万: want Approx")
	}
	if n := find("三五"); !n.Vague {
		t.Errorf("三五: want Vague")
	}
	if n := find("29"); n.Suffix != "km" {
		t.Errorf("29km: suffix %q", n.Suffix)
	}
}

func TestSpaceGroupsOption(t *testing.T) {
	rs := []rune("roughly 400 737 jets and 1 234 567 people")
	if n := Scan(rs, Options{}, nil); len(n) != 5 {
		t.Errorf("without SpaceGroups: %v", texts(rs, n))
	}
	if n := Scan(rs, Options{SpaceGroups: true}, nil); len(n) != 2 || n[1].Value != 1234567 {
		t.Errorf("with SpaceGroups: %v", texts(rs, n))
	}
}

func texts(rs []rune, ns []Number) []string {
	var out []string
	for _, n := range ns {
		out = append(out, string(rs[n.Start:n.End]))
	}
	return out
}

func BenchmarkScan(b *testing.B) {
	s := []rune("Reality Labs lost $13.72 billion in 2022, up from $10.19 billion; 公司将购买超过35万块GPU，净利润骤降41%，营收为一千二百三十四万元。")
	buf := make([]Number, 0, 32)
	b.ReportAllocs()
	for b.Loop() {
		buf = Scan(s, Options{}, buf[:0])
	}
}

func TestVulgarFractionsInRange(t *testing.T) {
	for r, v := range vulgarFractions {
		if vulgarFraction(r) != v {
			t.Errorf("%c (U+%04X) lies outside the range vulgarFraction looks up", r, r)
		}
	}
}

func TestHanStartsCoverAt(t *testing.T) {
	for r := rune(hanBlockFirst); r <= hanBlockLast; r++ {
		if hanStarts().has(r) {
			continue
		}
		for _, rs := range [][]rune{{r}, {'三', r, '十', '5'}, {r, '分', '5', '万'}} {
			i := 0 // where r is
			if rs[0] != r {
				i = 1
			}
			s := scanner{rs: rs}
			if next := s.at(i); next != i+1 || len(s.out) != 0 {
				t.Fatalf("at reads %c (U+%04X) as the start of a number, but hanStarts leaves it out", r, r)
			}
		}
	}
}
