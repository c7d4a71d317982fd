package figures

import (
	"math"
	"strconv"
	"strings"
)

// Compact formats a figure's value for a sidebar row in the reader's UI
// language: Compact(f, "en") → "$13.72B", Compact(f, "zh") → "137.2亿美元".
// Ranges read "20–25×" / "20～25倍"; a fall in percent reads "−41%".
func Compact(f Figure, uiLang string) string {
	zh := strings.HasPrefix(uiLang, "zh")
	lo := f.Value
	hasHigh := f.High != 0 && f.High != f.Value
	neg := ""
	if f.Kind == KindPercent && f.Direction == "down" && lo > 0 && !hasHigh {
		neg = "−" // net profit −41%
	} else if lo < 0 {
		neg = "−"
		lo = -lo
	}
	sep := "–"
	if zh {
		sep = "～"
	}
	num := func(v float64) string {
		if zh {
			return zhScaled(v)
		}
		return enScaled(v, f.Kind)
	}
	body := num(lo)
	if hasHigh {
		hi := num(f.High)
		// one scale for both bounds: $40–50B, 1.2～1.5亿
		if s1, s2 := scaleSuffix(body), scaleSuffix(hi); s1 != "" && s1 == s2 {
			body = strings.TrimSuffix(body, s1)
		}
		body += sep + hi
	}
	switch f.Kind {
	case KindMoney:
		if zh {
			return neg + body + zhCurrencyName(f.Unit)
		}
		if sym, ok := enCurrencySymbols.get(f.Unit); ok {
			return neg + sym + body
		}
		return neg + body + " " + f.Unit
	case KindPercent:
		switch f.Unit {
		case "pp":
			if zh {
				return neg + body + "个百分点"
			}
			return neg + body + " pp"
		case "bp":
			if zh {
				return neg + body + "个基点"
			}
			return neg + body + " bp"
		}
		return neg + body + "%"
	case KindMultiple:
		if zh {
			return neg + body + "倍"
		}
		return neg + body + "×"
	case KindMeasure, KindCount:
		u := f.Unit
		if zh && u != "" && !isASCIIWord(u) {
			return neg + body + u // 35万块, 400公里
		}
		if f.Kind == KindMeasure && u != "" && isASCIIWord(u) {
			return neg + body + " " + u // 400 km
		}
		if f.Kind == KindCount && isDurationUnit(u) && isASCIIWord(u) {
			return neg + body + " " + u // 90 days
		}
		return neg + body
	}
	return neg + body
}

// enCurrencySymbols are the signs an English row uses.
var enCurrencySymbols = &wordTable[string]{groups: []wordGroup[string]{
	{"$", `USD`},
	{"€", `EUR`},
	{"£", `GBP`},
	{"¥", `JPY`},
	{"CN¥", `CNY`},
	{"HK$", `HKD`},
	{"C$", `CAD`},
	{"A$", `AUD`},
	{"NZ$", `NZD`},
	{"S$", `SGD`},
	{"NT$", `TWD`},
	{"₹", `INR`},
	{"₩", `KRW`},
	{"₽", `RUB`},
	{"CHF ", `CHF`},
	{"₿", `BTC`},
}}

// zhCurrencyNames are the Chinese names of currencies.
var zhCurrencyNames = &wordTable[string]{groups: []wordGroup[string]{
	{"元", `CNY`},
	{"美元", `USD`},
	{"港元", `HKD`},
	{"欧元", `EUR`},
	{"英镑", `GBP`},
	{"日元", `JPY`},
	{"新台币", `TWD`},
	{"韩元", `KRW`},
	{"澳元", `AUD`},
	{"加元", `CAD`},
	{"瑞士法郎", `CHF`},
	{"新加坡元", `SGD`},
	{"卢布", `RUB`},
	{"卢比", `INR`},
	{"比特币", `BTC`},
}}

func zhCurrencyName(code string) string {
	if n, ok := zhCurrencyNames.get(code); ok {
		return n
	}
	return code
}

func isASCIIWord(s string) bool {
	for _, c := range s {
		if c > 0x7f && c != 'μ' && c != '²' && c != '³' && c != '°' {
			return false
		}
	}
	return true
}

// scaleSuffix is the trailing scale letter or character of a formatted number.
func scaleSuffix(s string) string {
	for _, suf := range []string{"万亿", "亿", "万", "T", "B", "M", "K"} {
		if strings.HasSuffix(s, suf) {
			return suf
		}
	}
	return ""
}

// enScaled: 13.72B, 449K, 350,000 (counts keep their digits below a million), 2.53.
func enScaled(v float64, kind string) string {
	switch {
	case v >= 1e12:
		return trimFloat(v/1e12, 2) + "T"
	case v >= 1e9:
		return trimFloat(v/1e9, 2) + "B"
	case v >= 1e6:
		return trimFloat(v/1e6, 2) + "M"
	case v >= 1e4 && kind == KindMoney:
		return trimFloat(v/1e3, 1) + "K"
	}
	if v == math.Trunc(v) {
		return groupThousands(int64(v))
	}
	return trimFloat(v, 2)
}

// zhScaled: 137.2亿, 35万, 1.2万亿, 72.95.
func zhScaled(v float64) string {
	switch {
	case v >= 1e12:
		return trimFloat(v/1e12, 2) + "万亿"
	case v >= 1e8:
		return trimFloat(v/1e8, 2) + "亿"
	case v >= 1e4:
		return trimFloat(v/1e4, 2) + "万"
	}
	return trimFloat(v, 2)
}

// trimFloat formats v with at most prec decimals and no trailing zeros.
func trimFloat(v float64, prec int) string {
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

func groupThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	pre := len(s) % 3
	if pre > 0 {
		b.WriteString(s[:pre])
	}
	for i := pre; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}
