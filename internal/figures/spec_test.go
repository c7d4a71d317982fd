package figures

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"lede/internal/figures/number"
)

// The Microsoft Recognizers-Text specs (MIT) for Chinese and English numbers,
// percentages and currencies, read from ../shared/specs at test time.
//
// A case passes when our recognizer returns exactly the expected mentions:
// same spans, same values and, for currencies, the same currency. Cases
// marked as not supported on .NET are skipped, as the specs themselves do.
//
// Deliberate differences (cases counted as failures, never excluded):
//   - 块 is yuan only when no countable noun follows it: 35万块英伟达H100GPU is
//     350,000 GPUs, 一块蛋糕 is one cake. No spec case puts 块 before a noun
//     (这个手机壳…花费我三块 is yuan for both), so this costs no case.
//   - Digit groups separated by plain spaces (1 234 567) are one number only
//     with number.Options.SpaceGroups, which this adapter sets for the
//     NumberModel; the figures rules leave it off because news text writes
//     "roughly 400 737 Max jets". Narrow and thin spaces always group.
//   - A full-width comma between ASCII digits ends a clause (选一个，$20，300美圆
//     is $20 and 300 dollars); between full-width digits it groups (１，２４４).
//   - Two neighbouring digits before a unit are a span, not a vague number:
//     五六千元 is 5,000–6,000 yuan (about), 二三十个百分点 20–30 points. The
//     specs expect no result for such spans; a reader of the sidebar is
//     better served by the span. 3 Chinese PercentModel cases.
//   - Known miss: "sen 100,000" (a currency name written before the amount)
//     is not read; 1 English CurrencyModel case.
const specMinPassRate = 0.95

type specCase struct {
	Group        string       `json:"group"`
	Lang         string       `json:"lang"`
	Model        string       `json:"model"`
	Idx          int          `json:"idx"`
	Input        string       `json:"input"`
	NotSupported string       `json:"not_supported"`
	Results      []specResult `json:"results"`
}

type specResult struct {
	Text       string         `json:"text"`
	Type       string         `json:"type"`
	Resolution map[string]any `json:"resolution"`
	Start      int            `json:"start"`
	End        int            `json:"end"` // inclusive
}

// mention is what our side reports for one spec result.
type mention struct {
	start, end int // [start, end)
	value      float64
	hasValue   bool
	currency   string // ISO code or our pseudo-code, money only
	minor      string // cent, penny… when the amount is in a minor unit
}

// sharedDir finds ../shared next to the repository root, or "".
func sharedDir() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// needShared returns the path of a file under ../shared, skipping the test
// (or failing it when CI is set) when it is missing.
func needShared(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(sharedDir(), rel)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI is set but %s is missing: %v", rel, err)
		}
		t.Skipf("SKIP: %s not found (../shared is not checked out next to the repository); set CI to make this an error", rel)
	}
	return p
}

func loadSpecCases(t *testing.T) []specCase {
	p := needShared(t, "specs/recognizers-text/flat_cases.jsonl")
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []specCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		var c specCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func supportedOnDotNet(c specCase) bool {
	return !strings.Contains(strings.ToLower(c.NotSupported), "dotnet")
}

// specModels maps a spec model to our recognizer.
var specModels = map[string]func(lang, input string) []mention{
	"NumberModel":   specNumbers,
	"PercentModel":  specPercents,
	"CurrencyModel": specCurrencies,
}

func specNumbers(lang, input string) []mention {
	rs := []rune(input)
	var out []mention
	for _, n := range number.Scan(rs, number.Options{SpaceGroups: true}, nil) {
		if n.Suffix != "" || n.Vague {
			continue
		}
		out = append(out, mention{start: n.Start, end: n.End, value: n.Value, hasValue: true})
	}
	return out
}

func specPercents(lang, input string) []mention {
	var out []mention
	for _, q := range Quantities(input, langTag(lang)) {
		if q.Kind != KindPercent {
			continue
		}
		out = append(out, mention{start: q.Start, end: q.End, value: q.Value, hasValue: !q.Bare})
	}
	return out
}

func specCurrencies(lang, input string) []mention {
	var out []mention
	for _, q := range Quantities(input, langTag(lang)) {
		if q.Kind != KindMoney {
			continue
		}
		out = append(out, mention{start: q.Start, end: q.End, value: q.Value, hasValue: !q.Bare, currency: q.Unit, minor: q.Minor})
	}
	return out
}

func langTag(lang string) string {
	if lang == "Chinese" {
		return "zh"
	}
	return "en"
}

// specCurrencyNames maps the specs' currency names without an ISO code to the
// codes we may report for them.
var specCurrencyNames = map[string][]string{
	"Dollar": {"USD"}, "Pound": {"GBP"}, "Franc": {"FRF", "CHF"}, "Peseta": {"ESP"}, "Finnish markka": {"FIM"},
	"Netherlands guilder": {"NLG"}, "Rupee": {"INR"}, "Bitcoin": {"BTC"}, "Sen": {"JPY"},
	"Cent": {"USD"}, "Pence": {"GBP"}, "Penny": {"GBP"}, "Satoshi": {"BTC"},
}

// specMinorUnits are the spec units counted in hundredths (or satoshis).
var specMinorUnits = map[string]float64{"Cent": 100, "Pence": 100, "Penny": 100, "Satoshi": 1e8}

func specSameNumber(a, b float64) bool {
	if a == b {
		return true
	}
	d := math.Abs(a - b)
	return d <= 1e-9 || d/math.Max(math.Abs(a), math.Abs(b)) < 1e-9
}

// checkCase compares our mentions with the expected results.
func checkCase(c specCase, got []mention) (bool, string) {
	want := c.Results
	if len(got) != len(want) {
		return false, fmt.Sprintf("want %d results, got %d: %s", len(want), len(got), describe(c.Input, got))
	}
	for i, w := range want {
		g := got[i]
		if g.start != w.Start || g.end-1 != w.End {
			return false, fmt.Sprintf("result %d: want %q [%d,%d], got %s", i, w.Text, w.Start, w.End, describe(c.Input, got))
		}
		vs, _ := w.Resolution["value"].(string)
		if vs == "" || vs == "null" {
			if g.hasValue {
				return false, fmt.Sprintf("result %d: want no value, got %v", i, g.value)
			}
		} else {
			v, err := strconv.ParseFloat(strings.TrimSuffix(vs, "%"), 64)
			if err != nil {
				return false, "bad expected value " + vs
			}
			if c.Model == "CurrencyModel" {
				if unit, _ := w.Resolution["unit"].(string); specMinorUnits[unit] > 0 {
					v /= specMinorUnits[unit]
				}
			}
			if !g.hasValue || !specSameNumber(v, g.value) {
				return false, fmt.Sprintf("result %d %q: want %v, got %v (%s)", i, w.Text, v, g.value, describe(c.Input, got))
			}
		}
		if c.Model == "CurrencyModel" {
			iso, _ := w.Resolution["isoCurrency"].(string)
			unit, _ := w.Resolution["unit"].(string)
			ok := false
			if iso != "" {
				ok = g.currency == iso
			} else {
				for _, code := range specCurrencyNames[unit] {
					ok = ok || g.currency == code
				}
			}
			if !ok {
				return false, fmt.Sprintf("result %d %q: want currency %s/%s, got %q", i, w.Text, unit, iso, g.currency)
			}
		}
	}
	return true, ""
}

func describe(input string, got []mention) string {
	rs := []rune(input)
	var parts []string
	for _, g := range got {
		txt := ""
		if g.start >= 0 && g.end <= len(rs) && g.start <= g.end {
			txt = string(rs[g.start:g.end])
		}
		parts = append(parts, fmt.Sprintf("%q=%v%s[%d,%d]", txt, g.value, g.currency, g.start, g.end-1))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func TestRecognizersTextSpecs(t *testing.T) {
	cases := loadSpecCases(t)
	type key struct{ lang, model string }
	pass := map[key]int{}
	total := map[key]int{}
	var failures = map[key][]string{}
	for _, c := range cases {
		run, ok := specModels[c.Model]
		if !ok || !supportedOnDotNet(c) || (c.Lang != "Chinese" && c.Lang != "English") {
			continue
		}
		k := key{c.Lang, c.Model}
		total[k]++
		var got []mention
		func() {
			defer func() {
				if r := recover(); r != nil {
					got = []mention{{start: -1, end: -1}}
					failures[k] = append(failures[k], fmt.Sprintf("#%d %q: panic %v", c.Idx, c.Input, r))
				}
			}()
			got = run(c.Lang, c.Input)
		}()
		if ok, why := checkCase(c, got); ok {
			pass[k]++
		} else {
			failures[k] = append(failures[k], fmt.Sprintf("#%d %q: %s", c.Idx, c.Input, why))
		}
	}
	keys := make([]key, 0, len(total))
	for k := range total {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i].lang+keys[i].model < keys[j].lang+keys[j].model
	})
	for _, k := range keys {
		rate := float64(pass[k]) / float64(total[k])
		t.Logf("%-8s %-14s %3d/%3d passed (%.1f%%)", k.lang, k.model, pass[k], total[k], 100*rate)
		if rate < specMinPassRate || os.Getenv("SPEC_VERBOSE") != "" {
			for _, f := range failures[k] {
				t.Logf("    %s", f)
			}
		}
		if rate < specMinPassRate {
			t.Errorf("%s %s: pass rate %.1f%% is below %.0f%%", k.lang, k.model, 100*rate, 100*specMinPassRate)
		}
	}
}
