package figures

// The lexicons that turn a number into a quantity: currencies, percent
// markers, measure units and Chinese measure words. Tables only; the rules
// that use them are in quantity.go.

// currency is what a currency word or symbol means.
type currency struct {
	code   string  // ISO 4217 (or BTC, or a historic code: FRF, ESP, NLG, FIM)
	factor float64 // multiplier to the major unit: 0.01 for cents, 1e6 for MUSD
	minor  string  // the minor unit's name when factor < 1
}

var (
	major = func(code string) currency { return currency{code: code, factor: 1} }
	minor = func(code, name string, f float64) currency { return currency{code: code, factor: f, minor: name} }
)

// enCurrencyWords follow an amount ("5 dollars", "420 million finnish
// markka"). Keys are lower case, words separated by one space; the longest
// match wins.
var enCurrencyWords = map[string]currency{
	"dollar": major("USD"), "dollars": major("USD"), "us dollar": major("USD"), "us dollars": major("USD"),
	"u.s. dollar": major("USD"), "u.s. dollars": major("USD"), "american dollars": major("USD"),
	"australian dollar": major("AUD"), "australian dollars": major("AUD"), "canadian dollar": major("CAD"),
	"canadian dollars": major("CAD"), "hong kong dollar": major("HKD"), "hong kong dollars": major("HKD"),
	"new zealand dollar": major("NZD"), "new zealand dollars": major("NZD"), "singapore dollar": major("SGD"),
	"singapore dollars": major("SGD"), "taiwan dollar": major("TWD"), "taiwan dollars": major("TWD"),
	"new taiwan dollars": major("TWD"),
	"euro":               major("EUR"), "euros": major("EUR"),
	"pound": major("GBP"), "pounds": major("GBP"), "pounds sterling": major("GBP"), "sterling": major("GBP"),
	"british pound": major("GBP"), "british pounds": major("GBP"),
	"yen": major("JPY"), "japanese yen": major("JPY"),
	"yuan": major("CNY"), "chinese yuan": major("CNY"), "renminbi": major("CNY"), "rmb": major("CNY"), "kuai": major("CNY"),
	"franc": major("FRF"), "francs": major("FRF"), "french francs": major("FRF"), "swiss franc": major("CHF"),
	"swiss francs": major("CHF"),
	"peseta":       major("ESP"), "pesetas": major("ESP"), "finnish markka": major("FIM"), "markka": major("FIM"),
	"guilder": major("NLG"), "guilders": major("NLG"), "dutch guilder": major("NLG"), "dutch guilders": major("NLG"),
	"rupee": major("INR"), "rupees": major("INR"), "indian rupees": major("INR"),
	"turkish lira": major("TRY"), "lira": major("TRY"), "mexican peso": major("MXN"), "mexican pesos": major("MXN"),
	"peso": major("MXN"), "pesos": major("MXN"), "korean won": major("KRW"), "won": major("KRW"),
	"ruble": major("RUB"), "rubles": major("RUB"), "rouble": major("RUB"), "roubles": major("RUB"),
	"rand": major("ZAR"), "krona": major("SEK"), "kronor": major("SEK"), "krone": major("NOK"), "kroner": major("NOK"),
	"bitcoin": major("BTC"), "bitcoins": major("BTC"),
	"cent": minor("USD", "cent", 0.01), "cents": minor("USD", "cent", 0.01),
	"penny": minor("GBP", "penny", 0.01), "pence": minor("GBP", "pence", 0.01),
	"satoshi": minor("BTC", "satoshi", 1e-8), "satoshis": minor("BTC", "satoshi", 1e-8),
	"mao": minor("CNY", "mao", 0.1), "jiao": minor("CNY", "jiao", 0.1),
	"usd": major("USD"), "eur": major("EUR"), "gbp": major("GBP"), "cny": major("CNY"), "jpy": major("JPY"),
	"hkd": major("HKD"), "btc": major("BTC"),
}

// wordsThatAreNotMoney: "won" and "rand" are verbs and names far more often.
var ambiguousCurrencyWords = map[string]bool{"won": true, "rand": true, "real": true, "mark": true, "marks": true}

// isoCodes may stand before or after an amount in upper case (USD 200,
// 115USD, 75 USD million), or with an M prefix for millions (30 MUSD).
var isoCodes = map[string]bool{
	"USD": true, "EUR": true, "GBP": true, "JPY": true, "CNY": true, "RMB": true, "HKD": true, "CHF": true,
	"CAD": true, "AUD": true, "NZD": true, "SGD": true, "INR": true, "KRW": true, "RUB": true, "TRY": true,
	"MXN": true, "BRL": true, "SEK": true, "NOK": true, "DKK": true, "TWD": true, "THB": true, "ZAR": true,
	"BTC": true,
}

// dollarPrefixes stand before "$" (US$, HK$, C $, Mex$, usd$); lower case keys.
var dollarPrefixes = map[string]string{
	"us": "USD", "u.s": "USD", "u.s.": "USD", "usd": "USD", "c": "CAD", "ca": "CAD", "cad": "CAD", "a": "AUD",
	"au": "AUD", "aud": "AUD", "nz": "NZD", "nzd": "NZD", "hk": "HKD", "hkd": "HKD", "s": "SGD", "sg": "SGD",
	"nt": "TWD", "mex": "MXN", "mxn": "MXN", "r": "BRL",
}

// currencyPrefixWords are abbreviations written before an amount.
var currencyPrefixWords = map[string]string{"Rs": "INR", "Rs.": "INR", "Re": "INR"}

// currencySymbols stand before (or, less often, after) an amount.
var currencySymbols = map[rune]string{
	'$': "USD", '＄': "USD", '€': "EUR", '£': "GBP", '￡': "GBP", '₹': "INR", '₩': "KRW", '₽': "RUB",
	'₺': "TRY", '₡': "CRC", '₾': "GEL", '₭': "LAK", '₿': "BTC", '฿': "THB", '₱': "PHP", '₦': "NGN", '₫': "VND",
	'¥': "CNY", '￥': "CNY",
}

// multiCharSymbols are currency signs written with several letters.
var multiCharSymbols = map[string]string{"ரூ": "LKR"}

// zhCurrencyWords follow an amount in Chinese (10美元, 8亿元人民币, 1.95港元).
// Longer entries are tried first.
var zhCurrencyWords = []struct {
	word string
	cur  currency
}{
	{"元人民币", major("CNY")}, {"元人民幣", major("CNY")}, {"新台币", major("TWD")}, {"新台幣", major("TWD")},
	{"新加坡元", major("SGD")}, {"瑞士法郎", major("CHF")}, {"人民币", major("CNY")}, {"人民幣", major("CNY")},
	{"比特币", major("BTC")}, {"比特幣", major("BTC")}, {"越南盾", major("VND")},
	{"美元", major("USD")}, {"美金", major("USD")}, {"美圆", major("USD")}, {"美刀", major("USD")},
	{"港元", major("HKD")}, {"港币", major("HKD")}, {"港幣", major("HKD")}, {"欧元", major("EUR")},
	{"歐元", major("EUR")}, {"英镑", major("GBP")}, {"英鎊", major("GBP")}, {"日元", major("JPY")},
	{"日圆", major("JPY")}, {"日圓", major("JPY")}, {"韩元", major("KRW")}, {"韓元", major("KRW")},
	{"台币", major("TWD")}, {"台幣", major("TWD")}, {"澳元", major("AUD")}, {"加元", major("CAD")},
	{"卢布", major("RUB")}, {"盧布", major("RUB")}, {"卢比", major("INR")}, {"法郎", major("FRF")},
	{"奈拉", major("NGN")}, {"泰铢", major("THB")}, {"里拉", major("TRY")}, {"兰特", major("ZAR")},
	{"块钱", major("CNY")}, {"塊錢", major("CNY")},
	{"分钱", minor("CNY", "分", 0.01)}, {"分錢", minor("CNY", "分", 0.01)}, {"毛钱", minor("CNY", "毛", 0.1)},
	{"毛錢", minor("CNY", "毛", 0.1)}, {"角钱", minor("CNY", "角", 0.1)}, {"角錢", minor("CNY", "角", 0.1)},
	{"美分", minor("USD", "美分", 0.01)}, {"便士", minor("GBP", "便士", 0.01)}, {"日本銭", minor("JPY", "銭", 0.01)},
	{"元", major("CNY")}, {"圆", major("CNY")}, {"圓", major("CNY")},
	{"块", major("CNY")}, {"塊", major("CNY")},
}

// zhMinorUnits follow a yuan amount: 五元三毛, 50元6角.
var zhMinorUnits = []struct {
	word   string
	factor float64
}{{"角", 0.1}, {"毛", 0.1}, {"分", 0.01}, {"美分", 0.01}, {"日本銭", 0.01}}

// yuanNotMoney: 元 starting a word (元宇宙, 元素…) is not the currency.
const yuanNotMoney = "宇素首旦月老帅帥件器音年代朝气氣化"

// kuaiMoneyFollowers: 块 is money only at the end of a phrase or before
// these; before a noun it is a measure word (35万块英伟达H100GPU = 350,000 GPUs).
const kuaiMoneyFollowers = "钱錢多左上以的。，、；：？！）)”」 \n是呢吧啊了"

// zhBareCurrencies are currency names reported without an amount.
var zhBareCurrencies = []string{"人民币", "人民幣", "美元", "欧元", "歐元", "英镑", "英鎊", "日元", "港元", "港币"}

// enBareCurrencies are English currency names reported without an amount.
var enBareCurrencies = map[string]string{"dollar": "USD", "dollars": "USD", "rmb": "CNY"}

// ---- percent ---------------------------------------------------------------------

// enPercentWords follow an amount.
var enPercentWords = map[string]string{
	"percent": "%", "per cent": "%", "percents": "%", "percentage": "%", "pct": "%",
	"percentage point": "pp", "percentage points": "pp", "percent point": "pp", "percent points": "pp",
	"basis point": "bp", "basis points": "bp", "bps": "bp",
}

// zhPercentPoint: 个百分点 (spaces allowed between characters).
var zhPercentPoint = []string{"个百分点", "個百分點", "个百分點", "個百分点"}

// zhChengNotPercent: 成 before these is a verb or a word (三成为…, 一成本).
const zhChengNotPercent = "为為员員本就功立熟长長交果绩績品型分年人效形"

// zhZheNotPercent: 折 before these is a word (折旧, 折叠, 折合).
const zhZheNotPercent = "旧舊叠疊腾騰服射算合扣价價让讓断斷返回损損"

// zhZheWordsAfter: 折 before these words is still a discount (5折回购, 8折优惠).
var zhZheWordsAfter = []string{"回购", "回購", "优惠", "優惠", "促销", "促銷", "出售", "销售", "銷售", "起售"}

// ---- measures, multiples and counts ------------------------------------------------

// unitInfo says what a unit word makes of a number.
type unitInfo struct {
	kind string // measure, count, multiple
	unit string // the unit as we report it
}

// zhUnits follow a number (longest first is handled by the matcher).
// Durations are counts, as the corpus labels them (连续18年 = 18 years).
var zhUnits = map[string]unitInfo{
	"倍":  {KindMultiple, "倍"},
	"公里": {KindMeasure, "公里"}, "千米": {KindMeasure, "千米"}, "米": {KindMeasure, "米"}, "厘米": {KindMeasure, "厘米"},
	"毫米": {KindMeasure, "毫米"}, "平方公里": {KindMeasure, "平方公里"}, "平方千米": {KindMeasure, "平方公里"},
	"平方米": {KindMeasure, "平方米"}, "平米": {KindMeasure, "平方米"}, "平方英尺": {KindMeasure, "平方英尺"},
	"亩": {KindMeasure, "亩"}, "公顷": {KindMeasure, "公顷"}, "吨": {KindMeasure, "吨"}, "噸": {KindMeasure, "吨"},
	"公斤": {KindMeasure, "公斤"}, "千克": {KindMeasure, "千克"}, "克": {KindMeasure, "克"}, "毫克": {KindMeasure, "毫克"},
	"微克": {KindMeasure, "微克"}, "斤": {KindMeasure, "斤"}, "升": {KindMeasure, "升"}, "毫升": {KindMeasure, "毫升"},
	"立方米": {KindMeasure, "立方米"}, "千瓦": {KindMeasure, "千瓦"}, "兆瓦": {KindMeasure, "兆瓦"}, "吉瓦": {KindMeasure, "吉瓦"},
	"千瓦时": {KindMeasure, "千瓦时"}, "兆瓦时": {KindMeasure, "兆瓦时"}, "吉瓦时": {KindMeasure, "吉瓦时"}, "度": {KindMeasure, "度"}, "摄氏度": {KindMeasure, "摄氏度"},
	"英里": {KindMeasure, "英里"}, "海里": {KindMeasure, "海里"}, "英尺": {KindMeasure, "英尺"}, "英寸": {KindMeasure, "英寸"},
	"桶": {KindMeasure, "桶"}, "分": {KindMeasure, "分"}, "℃": {KindMeasure, "℃"}, "°C": {KindMeasure, "℃"},
	"° C": {KindMeasure, "℃"}, "°F": {KindMeasure, "°F"}, "℉": {KindMeasure, "°F"}, "像素": {KindMeasure, "像素"},
	"赫兹": {KindMeasure, "Hz"}, "总吨": {KindMeasure, "总吨"}, "總噸": {KindMeasure, "总吨"}, "载重吨": {KindMeasure, "载重吨"},
	"標箱": {KindCount, "标箱"}, "标箱": {KindCount, "标箱"}, "瓦": {KindMeasure, "W"}, "毫安时": {KindMeasure, "mAh"}, "个基点": {KindPercent, "bp"}, "基点": {KindPercent, "bp"}, "個基點": {KindPercent, "bp"}, "基點": {KindPercent, "bp"},
	"年": {KindCount, "年"}, "个月": {KindCount, "个月"}, "個月": {KindCount, "个月"}, "周": {KindCount, "周"},
	"星期": {KindCount, "周"}, "天": {KindCount, "天"}, "小时": {KindCount, "小时"}, "小時": {KindCount, "小时"},
	"分钟": {KindCount, "分钟"}, "分鐘": {KindCount, "分钟"},
	"人次": {KindCount, "人次"}, "批次": {KindCount, "批次"}, "架次": {KindCount, "架次"}, "车次": {KindCount, "车次"},
	"场次": {KindCount, "场次"}, "班次": {KindCount, "班次"}, "户次": {KindCount, "户次"},
}

// zhUnitNotBefore: a unit character followed by one of these starts a word
// instead (天价, 年代, 周年, 分析, 克服).
var zhUnitNotBefore = map[string]string{
	"天": "价價然气氣下空津使堂文", "年": "代级級薪报報会會轻輕华華", "周": "年末边邊围圍刊报報岁歲",
	"分": "之析红紅行别別公配散布子享手钱錢裂化开開泌辨", "瓦": "解斯", "度": "假过過日", "克": "服制隆", "升": "级級值高温溫", "米": "饭飯粉",
}

// zhClassifiers are measure words: a number before them counts something.
const zhClassifiers = "个個家名位人辆輛台臺部款户戶股例篇块塊只隻条條件项項座艘架所间間套张張份批次场場宗头頭匹棵本册冊首枚颗顆粒支把层層栋棟幢处處种種类類门門票笔筆起轮輪届屆期盏盞扇" +
	"所校床桶瓶箱袋包杯辆列班趟"

// zhNotClassifierAfter: these after a classifier make it a word (个人, 名单, 位置…).
var zhClassifierWords = []string{"只为", "只是", "只有", "只要", "只能", "只会", "只好", "只得", "只不过", "名单", "名單",
	"支持", "支付", "支出", "支援", "支撑", "支撐", "支柱", "支配", "部署", "台阶", "台階", "期间", "期間", "期待", "期望", "期限",
	"位置", "门户", "期货", "台阶", "股市", "股价", "股價", "部门", "部門", "部分", "部长", "部長", "部队", "部隊", "部位"}

// enUnits follow a number (lower case; longest match).
var enUnits = map[string]unitInfo{
	"km": {KindMeasure, "km"}, "kilometers": {KindMeasure, "km"}, "kilometres": {KindMeasure, "km"},
	"miles": {KindMeasure, "miles"}, "mile": {KindMeasure, "miles"}, "mph": {KindMeasure, "mph"}, "kph": {KindMeasure, "km/h"},
	"kg": {KindMeasure, "kg"}, "kilograms": {KindMeasure, "kg"}, "grams": {KindMeasure, "g"}, "mg": {KindMeasure, "mg"},
	"tons": {KindMeasure, "tons"}, "tonnes": {KindMeasure, "tonnes"}, "metric tons": {KindMeasure, "tonnes"},
	"ounces": {KindMeasure, "oz"}, "barrels": {KindMeasure, "barrels"}, "gallons": {KindMeasure, "gallons"},
	"liters": {KindMeasure, "l"}, "litres": {KindMeasure, "l"}, "cubic meters": {KindMeasure, "m³"},
	"square feet": {KindMeasure, "sq ft"}, "square meters": {KindMeasure, "m²"}, "square metres": {KindMeasure, "m²"},
	"square miles": {KindMeasure, "sq mi"}, "square kilometers": {KindMeasure, "km²"}, "acres": {KindMeasure, "acres"},
	"hectares": {KindMeasure, "ha"}, "mw": {KindMeasure, "MW"}, "gw": {KindMeasure, "GW"}, "kw": {KindMeasure, "kW"},
	"kwh": {KindMeasure, "kWh"}, "gwh": {KindMeasure, "GWh"}, "twh": {KindMeasure, "TWh"}, "megawatts": {KindMeasure, "MW"},
	"gigawatts": {KindMeasure, "GW"}, "gb": {KindMeasure, "GB"}, "tb": {KindMeasure, "TB"}, "mb": {KindMeasure, "MB"},
	"degrees": {KindMeasure, "°"}, "feet": {KindMeasure, "ft"}, "foot": {KindMeasure, "ft"}, "ft": {KindMeasure, "ft"},
	"inches": {KindMeasure, "in"}, "inch": {KindMeasure, "in"}, "hz": {KindMeasure, "Hz"}, "khz": {KindMeasure, "kHz"},
	"mhz": {KindMeasure, "MHz"}, "fps": {KindMeasure, "fps"}, "teraflops": {KindMeasure, "TFLOPS"}, "teraflop": {KindMeasure, "TFLOPS"},
	"tflops": {KindMeasure, "TFLOPS"}, "megapixel": {KindMeasure, "MP"}, "megapixels": {KindMeasure, "MP"},
	"member": {KindCount, "members"}, "person": {KindCount, "people"}, "seat": {KindCount, "seats"}, "gigabytes": {KindMeasure, "GB"}, "terabytes": {KindMeasure, "TB"}, "ghz": {KindMeasure, "GHz"}, "watts": {KindMeasure, "W"}, "kilowatts": {KindMeasure, "kW"}, "meters": {KindMeasure, "m"}, "metres": {KindMeasure, "m"}, "cm": {KindMeasure, "cm"},
	"mm": {KindMeasure, "mm"}, "points": {KindMeasure, "points"}, "tsp": {KindMeasure, "tsp"}, "tbsp": {KindMeasure, "tbsp"},
	"cup": {KindMeasure, "cups"}, "cups": {KindMeasure, "cups"}, "oz": {KindMeasure, "oz"}, "lb": {KindMeasure, "lb"},
	"lbs": {KindMeasure, "lb"}, "db": {KindMeasure, "dB"}, "dba": {KindMeasure, "dBA"}, "horsepower": {KindMeasure, "hp"},
	"hp": {KindMeasure, "hp"}, "min": {KindCount, "minutes"}, "seconds": {KindCount, "seconds"},
	"times": {KindMultiple, "x"}, "fold": {KindMultiple, "x"}, "x": {KindMultiple, "x"},
	"years": {KindCount, "years"}, "year": {KindCount, "years"}, "months": {KindCount, "months"}, "month": {KindCount, "months"},
	"weeks": {KindCount, "weeks"}, "week": {KindCount, "weeks"}, "days": {KindCount, "days"}, "day": {KindCount, "days"},
	"hours": {KindCount, "hours"}, "hour": {KindCount, "hours"}, "minutes": {KindCount, "minutes"},
	"light-years": {KindMeasure, "light-years"}, "light-year": {KindMeasure, "light-years"}, "light years": {KindMeasure, "light-years"},
	"petabytes": {KindMeasure, "PB"}, "petabyte": {KindMeasure, "PB"}, "pb": {KindMeasure, "PB"}, "exabytes": {KindMeasure, "EB"},
	"megabytes": {KindMeasure, "MB"}, "kilobytes": {KindMeasure, "KB"}, "kb": {KindMeasure, "KB"},
	"kilowatt-hours": {KindMeasure, "kWh"}, "megawatt-hours": {KindMeasure, "MWh"}, "gigawatt-hours": {KindMeasure, "GWh"},
}

// enGluedUnits may be written right after the digits (29km, 600μg, 135g).
var enGluedUnits = map[string]unitInfo{
	"km": {KindMeasure, "km"}, "kg": {KindMeasure, "kg"}, "g": {KindMeasure, "g"}, "mg": {KindMeasure, "mg"},
	"μg": {KindMeasure, "μg"}, "ug": {KindMeasure, "μg"}, "ml": {KindMeasure, "ml"}, "l": {KindMeasure, "l"},
	"m": {KindMeasure, "m"}, "cm": {KindMeasure, "cm"}, "mm": {KindMeasure, "mm"}, "MW": {KindMeasure, "MW"},
	"GW": {KindMeasure, "GW"}, "kW": {KindMeasure, "kW"}, "kWh": {KindMeasure, "kWh"}, "GB": {KindMeasure, "GB"},
	"TB": {KindMeasure, "TB"}, "MB": {KindMeasure, "MB"}, "mph": {KindMeasure, "mph"}, "x": {KindMultiple, "x"},
	"ft": {KindMeasure, "ft"}, "mAh": {KindMeasure, "mAh"}, "nm": {KindMeasure, "nm"}, "W": {KindMeasure, "W"},
	"Wh": {KindMeasure, "Wh"}, "Hz": {KindMeasure, "Hz"}, "kHz": {KindMeasure, "kHz"}, "MHz": {KindMeasure, "MHz"},
	"GHz": {KindMeasure, "GHz"}, "MP": {KindMeasure, "MP"}, "fps": {KindMeasure, "fps"}, "FPS": {KindMeasure, "fps"},
	"PB": {KindMeasure, "PB"}, "KB": {KindMeasure, "KB"},
}

// Indexes of the tables above (lexicon.go).
var (
	zhUnitLex           = lexiconOf(zhUnits)
	zhCurrencyLex       = newLexicon(zhCurrencyWordList())
	zhCurrencyByWord    = zhCurrencyMap()
	zhClassifierWordLex = newLexicon(zhClassifierWords)
	zhZheWordAfterLex   = newLexicon(zhZheWordsAfter)
)

func zhCurrencyWordList() []string {
	out := make([]string, len(zhCurrencyWords))
	for i, cw := range zhCurrencyWords {
		out[i] = cw.word
	}
	return out
}

func zhCurrencyMap() map[string]currency {
	m := make(map[string]currency, len(zhCurrencyWords))
	for _, cw := range zhCurrencyWords {
		m[cw.word] = cw.cur
	}
	return m
}
