// Package number finds the numbers written in English and Chinese text —
// Arabic digits with separators (1,234.5, 12,34,567, １２．５), Chinese
// numerals (一千二百三十四, 两万, 4.78万亿, 壹佰伍拾), English number words
// (one hundred and sixty-one, a dozen, two thirds) and their mixtures
// (3万4千, 2.5 million, 3 hundred and 21) — and returns each one's value and
// code-point span. It knows nothing about units: percentages, currencies and
// counts are the figures package's business.
//
// The scanner is one left-to-right pass over the runes with a small amount
// of look-ahead; it allocates only the slice it returns.
package number

// Number is one number found in the text.
type Number struct {
	Start, End int     // code-point span [Start, End) in the scanned text
	Value      float64 // the value, scale words applied (2.5万 = 25000)
	Scale      float64 // the multiplier of a trailing scale word or suffix (万, million, k); 1 when none
	Script     Script  // which kinds of writing the number uses
	Suffix     string  // Latin letters glued to the number and not read as a scale ("km" in 29km, "m" in 5m)

	Approx   bool    // 多/余/几 inside the number (二十几万, 1千多万): Value is a lower bound
	Vague    bool    // no definite value (数百, 几十, 三五): Value is only indicative
	Fraction bool    // written as a fraction (3/4, 二分之一, two thirds)
	Decimal  bool    // has a fractional part as written (1.5, 二点五)
	Grouped  bool    // thousands separators were used (1,234)
	Signed   bool    // an explicit sign (-5, 负三)
	Run      bool    // a run of Chinese digits without units (二〇二四, 九五): Value reads them positionally
	High     float64 // the upper bound of a span written with two neighbouring digits (五六千 = 5000–6000); 0 otherwise

	IntDigits   int  // for plain digit numbers: digits before the decimal point (years, codes); 0 otherwise
	LetterStart bool // a Latin letter right before the number (H100, A350)
}

// Script is a bit set of the ways a number is written.
type Script uint8

// The scripts a number can use.
const (
	Digits Script = 1 << iota // 0-9 or full-width digits
	Han                       // Chinese numerals
	Words                     // English number words
)

// Options tune the scanner.
type Options struct {
	// SpaceGroups reads "1 234 567" (digit groups separated by plain spaces) as
	// one number. Off for running news text, where "400 737 Max jets" are two.
	// Groups separated by a narrow or thin no-break space are always joined.
	SpaceGroups bool
	// Follows, when set, may accept more words after a number written with
	// one Chinese character than the built-in measure words (a caller's
	// currency and unit words: 十美元, 五折). i indexes the scanned runes.
	Follows func(rs []rune, i int) bool
}

// ---- Chinese numerals -------------------------------------------------------

// hanDigit returns the value of a Chinese digit (normal, financial and
// traditional forms, 两/俩/仨).
func hanDigit(r rune) (float64, bool) {
	switch r {
	case '零', '〇', '○':
		return 0, true
	case '一', '壹':
		return 1, true
	case '二', '贰', '貳', '两', '兩', '俩', '倆':
		return 2, true
	case '三', '叁', '參', '仨':
		return 3, true
	case '四', '肆':
		return 4, true
	case '五', '伍':
		return 5, true
	case '六', '陆', '陸':
		return 6, true
	case '七', '柒':
		return 7, true
	case '八', '捌':
		return 8, true
	case '九', '玖':
		return 9, true
	}
	return 0, false
}

// hanDecimalDigit is a digit allowed after 点 (两 is not: 一点两小时 is 1 and 2).
func hanDecimalDigit(r rune) (float64, bool) {
	switch r {
	case '两', '兩', '俩', '倆', '仨':
		return 0, false
	}
	return hanDigit(r)
}

// hanSmallUnit: 十 百 千 and their financial forms.
func hanSmallUnit(r rune) float64 {
	switch r {
	case '十', '拾':
		return 10
	case '百', '佰':
		return 100
	case '千', '仟':
		return 1000
	}
	return 0
}

// hanBigUnit: 万 亿 兆 (兆 = 1e12, as in Taiwan and the Recognizers specs).
func hanBigUnit(r rune) float64 {
	switch r {
	case '万', '萬':
		return 1e4
	case '亿', '億':
		return 1e8
	case '兆':
		return 1e12
	}
	return 0
}

func isHanNumeral(r rune) bool {
	if _, ok := hanDigit(r); ok {
		return true
	}
	return hanSmallUnit(r) > 0 || hanBigUnit(r) > 0
}

// A number written as one Chinese character (三, 十) or as scale characters
// only (千, 百万) is a number only when one of these follows: a measure word
// or unit, punctuation, or a word that cannot continue the character into a
// word. Everything else (四川, 一切, 一看) makes the character part of a word.
const (
	punctFollowers = "。，、；：？！（）()“”‘’「」『』《》〈〉【】—…·,.;:?!\"' \t\n\u00a0\u3000"
	// measure words and units
	measureFollowers = "个個位名人口家户戶只隻条條件张張本册冊部台臺辆輛架艘座栋棟幢间間所层層处處套份批次回趟遍场場届屆期" +
		"项項款种種类類样樣支枝根把片块塊颗顆粒滴杯瓶碗盒包袋箱桶罐斤吨噸克升米尺寸里亩畝顷頃公平立" +
		"元角分毛倍成岁歲年月日号號天周週时時点點秒小刻季代世辈輩伙群对對双雙打副串组組队隊班排行列" +
		"篇章节節页頁首句段字门門道题題封枚头頭匹棵株朵轮輪站股票笔筆宗起例床桌顿頓餐发發大"
	// function words that may follow a number
	wordFollowers = "的是和与與或及至到以而却卻也还還这這那不多余餘几幾来來半整左上下前后後内內外"
)

var (
	singleFollowerSet   = runeSet(punctFollowers + measureFollowers + wordFollowers)
	unitOnlyFollowerSet = runeSet(punctFollowers + measureFollowers)
)

func runeSet(s string) map[rune]bool {
	m := make(map[rune]bool, len(s))
	for _, r := range s {
		m[r] = true
	}
	return m
}

// ambiguousWords are ordinary words that contain a numeral character. The
// character at the given index is not a number inside them.
var ambiguousWords = []string{
	"一切", "一看", "一些", "一样", "一起", "一直", "一旦", "一致", "一律", "一向", "一再", "一味", "一贯",
	"一同", "一齐", "一成不变", "一成不變", "一并", "一番", "一般", "统一", "唯一", "万一", "一度", "一时", "一边", "一面",
	"十足", "十分", "万分", "三思", "四川", "四周", "四处", "四面", "五官", "七嘴", "八舌",
	"队伍", "入伍", "退伍", "落伍", "放肆", "肆意", "肆无忌惮", "肆虐",
	"大陆", "陆地", "登陆", "海陆", "着陆", "陆续", "陆军", "内陆", "大陸", "陸地", "登陸", "陸續",
	"拾取", "拾起", "收拾", "拾到", "夕拾", "拾荒", "拾遗",
}

var ambiguousRunes = func() [][]rune {
	out := make([][]rune, len(ambiguousWords))
	for i, w := range ambiguousWords {
		out[i] = []rune(w)
	}
	return out
}()

// ---- English number words -------------------------------------------------

type wordKind uint8

const (
	wNone    wordKind = iota
	wCard             // zero … ninety-nine as one word: val
	wHundred          // hundred
	wScale            // thousand, million, lakh, bn …: val
	wDozen            // dozen(s)
	wAnd              // and
	wPoint            // point
	wA                // a, an
	wHalf             // half, halves
	wQuarter          // quarter(s)
	wOrd              // ordinal used as a denominator: third(s) … trillionth(s): val
	wMinus            // minus, negative
	wOver             // over
	wOut              // out (of)
	wOf               // of
	wIn               // in
	wNum              // digits
)

type wordInfo struct {
	kind   wordKind
	val    float64
	plural bool
}

// englishWords maps lower-case words to their role in a number.
var englishWords = map[string]wordInfo{
	"zero": {wCard, 0, false}, "nought": {wCard, 0, false}, "naught": {wCard, 0, false},
	"one": {wCard, 1, false}, "two": {wCard, 2, false}, "three": {wCard, 3, false}, "four": {wCard, 4, false},
	"five": {wCard, 5, false}, "six": {wCard, 6, false}, "seven": {wCard, 7, false}, "eight": {wCard, 8, false},
	"nine": {wCard, 9, false}, "ten": {wCard, 10, false}, "eleven": {wCard, 11, false}, "twelve": {wCard, 12, false},
	"thirteen": {wCard, 13, false}, "fourteen": {wCard, 14, false}, "fifteen": {wCard, 15, false},
	"sixteen": {wCard, 16, false}, "seventeen": {wCard, 17, false}, "eighteen": {wCard, 18, false},
	"nineteen": {wCard, 19, false}, "twenty": {wCard, 20, false}, "thirty": {wCard, 30, false},
	"forty": {wCard, 40, false}, "fourty": {wCard, 40, false}, "fifty": {wCard, 50, false},
	"sixty": {wCard, 60, false}, "seventy": {wCard, 70, false}, "eighty": {wCard, 80, false},
	"ninety": {wCard, 90, false},

	"hundred": {wHundred, 100, false}, "hundreds": {wHundred, 100, true},
	"thousand": {wScale, 1e3, false}, "thousands": {wScale, 1e3, true},
	"million": {wScale, 1e6, false}, "millions": {wScale, 1e6, true},
	"billion": {wScale, 1e9, false}, "billions": {wScale, 1e9, true},
	"trillion": {wScale, 1e12, false}, "trillions": {wScale, 1e12, true},
	"lakh": {wScale, 1e5, false}, "lakhs": {wScale, 1e5, true}, "crore": {wScale, 1e7, false}, "crores": {wScale, 1e7, true},
	"bn": {wScale, 1e9, false}, "bln": {wScale, 1e9, false}, "mn": {wScale, 1e6, false}, "mln": {wScale, 1e6, false},
	"tn": {wScale, 1e12, false}, "tln": {wScale, 1e12, false},

	"dozen": {wDozen, 12, false}, "dozens": {wDozen, 12, true}, "dz": {wDozen, 12, false}, "dzs": {wDozen, 12, true},
	"doz": {wDozen, 12, false}, "dozs": {wDozen, 12, true},

	"and": {wAnd, 0, false}, "point": {wPoint, 0, false}, "a": {wA, 1, false}, "an": {wA, 1, false},
	"half": {wHalf, 2, false}, "halves": {wHalf, 2, true},
	"quarter": {wQuarter, 4, false}, "quarters": {wQuarter, 4, true},
	"minus": {wMinus, 0, false}, "negative": {wMinus, 0, false},
	"over": {wOver, 0, false}, "out": {wOut, 0, false}, "of": {wOf, 0, false}, "in": {wIn, 0, false},

	"first": {wOrd, 1, false}, "firsts": {wOrd, 1, true}, "second": {wOrd, 2, false}, "seconds": {wOrd, 2, true},
	"third": {wOrd, 3, false}, "thirds": {wOrd, 3, true}, "fourth": {wOrd, 4, false}, "fourths": {wOrd, 4, true},
	"fifth": {wOrd, 5, false}, "fifths": {wOrd, 5, true}, "sixth": {wOrd, 6, false}, "sixths": {wOrd, 6, true},
	"seventh": {wOrd, 7, false}, "sevenths": {wOrd, 7, true}, "eighth": {wOrd, 8, false}, "eighths": {wOrd, 8, true},
	"ninth": {wOrd, 9, false}, "ninths": {wOrd, 9, true}, "tenth": {wOrd, 10, false}, "tenths": {wOrd, 10, true},
	"eleventh": {wOrd, 11, false}, "elevenths": {wOrd, 11, true}, "twelfth": {wOrd, 12, false}, "twelfths": {wOrd, 12, true},
	"thirteenth": {wOrd, 13, false}, "thirteenths": {wOrd, 13, true}, "fourteenth": {wOrd, 14, false},
	"fourteenths": {wOrd, 14, true}, "fifteenth": {wOrd, 15, false}, "fifteenths": {wOrd, 15, true},
	"sixteenth": {wOrd, 16, false}, "sixteenths": {wOrd, 16, true}, "seventeenth": {wOrd, 17, false},
	"seventeenths": {wOrd, 17, true}, "eighteenth": {wOrd, 18, false}, "eighteenths": {wOrd, 18, true},
	"nineteenth": {wOrd, 19, false}, "nineteenths": {wOrd, 19, true}, "twentieth": {wOrd, 20, false},
	"twentieths": {wOrd, 20, true}, "thirtieth": {wOrd, 30, false}, "thirtieths": {wOrd, 30, true},
	"fortieth": {wOrd, 40, false}, "fortieths": {wOrd, 40, true}, "fiftieth": {wOrd, 50, false},
	"fiftieths": {wOrd, 50, true}, "sixtieth": {wOrd, 60, false}, "sixtieths": {wOrd, 60, true},
	"seventieth": {wOrd, 70, false}, "seventieths": {wOrd, 70, true}, "eightieth": {wOrd, 80, false},
	"eightieths": {wOrd, 80, true}, "ninetieth": {wOrd, 90, false}, "ninetieths": {wOrd, 90, true},
	"hundredth": {wOrd, 100, false}, "hundredths": {wOrd, 100, true}, "thousandth": {wOrd, 1e3, false},
	"thousandths": {wOrd, 1e3, true}, "millionth": {wOrd, 1e6, false}, "millionths": {wOrd, 1e6, true},
	"billionth": {wOrd, 1e9, false}, "billionths": {wOrd, 1e9, true}, "trillionth": {wOrd, 1e12, false},
	"trillionths": {wOrd, 1e12, true},
}

// pronounOne: after these words "one" is a pronoun (the one, which one).
var pronounOne = map[string]bool{
	"the": true, "this": true, "that": true, "which": true, "each": true, "every": true, "any": true,
	"no": true, "another": true, "other": true, "little": true, "only": true, "no.": true,
}

// suffixScales are letters glued to digits (or after one space, for the
// single letters) that scale the number: 40k, 10M, 1.2b, 2mil, 1MM, 10G.
// Lower-case m alone is metres, not millions.
var suffixScales = map[string]float64{
	"k": 1e3, "K": 1e3, "M": 1e6, "MM": 1e6, "mm": 0, "mil": 1e6, "mn": 1e6, "mln": 1e6,
	"G": 1e9, "g": 0, "B": 1e9, "b": 1e9, "bn": 1e9, "Bn": 1e9, "BN": 1e9, "bln": 1e9,
	"T": 1e12, "tn": 1e12, "tln": 1e12,
}

// spacedSuffixScales may stand one space after the digits: 2.33 k, -2.5 M.
var spacedSuffixScales = map[string]float64{"k": 1e3, "K": 1e3, "M": 1e6, "G": 1e9}
