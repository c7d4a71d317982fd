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

func major(code string) currency { return currency{code: code, factor: 1} }

// enCurrencyWords follow an amount ("5 dollars", "420 million finnish
// markka"). Keys are lower case, words separated by one space; the longest
// match wins.
var enCurrencyWords = &wordTable[currency]{groups: []wordGroup[currency]{
	{currency{code: "USD", factor: 1}, `dollar, dollars, us dollar, us dollars, u.s. dollar, u.s. dollars, american dollars, usd`},
	{currency{code: "AUD", factor: 1}, `australian dollar, australian dollars`},
	{currency{code: "CAD", factor: 1}, `canadian dollar, canadian dollars`},
	{currency{code: "HKD", factor: 1}, `hong kong dollar, hong kong dollars, hkd`},
	{currency{code: "NZD", factor: 1}, `new zealand dollar, new zealand dollars`},
	{currency{code: "SGD", factor: 1}, `singapore dollar, singapore dollars`},
	{currency{code: "TWD", factor: 1}, `taiwan dollar, taiwan dollars, new taiwan dollars`},
	{currency{code: "EUR", factor: 1}, `euro, euros, eur`},
	{currency{code: "GBP", factor: 1}, `pound, pounds, pounds sterling, sterling, british pound, british pounds, gbp`},
	{currency{code: "JPY", factor: 1}, `yen, japanese yen, jpy`},
	{currency{code: "CNY", factor: 1}, `yuan, chinese yuan, renminbi, rmb, kuai, cny`},
	{currency{code: "FRF", factor: 1}, `franc, francs, french francs`},
	{currency{code: "CHF", factor: 1}, `swiss franc, swiss francs`},
	{currency{code: "ESP", factor: 1}, `peseta, pesetas`},
	{currency{code: "FIM", factor: 1}, `finnish markka, markka`},
	{currency{code: "NLG", factor: 1}, `guilder, guilders, dutch guilder, dutch guilders`},
	{currency{code: "INR", factor: 1}, `rupee, rupees, indian rupees`},
	{currency{code: "TRY", factor: 1}, `turkish lira, lira`},
	{currency{code: "MXN", factor: 1}, `mexican peso, mexican pesos, peso, pesos`},
	{currency{code: "KRW", factor: 1}, `korean won, won`},
	{currency{code: "RUB", factor: 1}, `ruble, rubles, rouble, roubles`},
	{currency{code: "ZAR", factor: 1}, `rand`},
	{currency{code: "SEK", factor: 1}, `krona, kronor`},
	{currency{code: "NOK", factor: 1}, `krone, kroner`},
	{currency{code: "BTC", factor: 1}, `bitcoin, bitcoins, btc`},
	{currency{code: "USD", factor: 0.01, minor: "cent"}, `cent, cents`},
	{currency{code: "GBP", factor: 0.01, minor: "penny"}, `penny`},
	{currency{code: "GBP", factor: 0.01, minor: "pence"}, `pence`},
	{currency{code: "BTC", factor: 1e-8, minor: "satoshi"}, `satoshi, satoshis`},
	{currency{code: "CNY", factor: 0.1, minor: "mao"}, `mao`},
	{currency{code: "CNY", factor: 0.1, minor: "jiao"}, `jiao`},
}}

// wordsThatAreNotMoney: "won" and "rand" are verbs and names far more often.
var ambiguousCurrencyWords = &wordSet{words: `won, rand, real, mark, marks`}

// isoCodes may stand before or after an amount in upper case (USD 200,
// 115USD, 75 USD million), or with an M prefix for millions (30 MUSD).
var isoCodes = &wordSet{words: `USD, EUR, GBP, JPY, CNY, RMB, HKD, CHF, CAD, AUD, NZD, SGD, INR, KRW, RUB, TRY, MXN, BRL, SEK, NOK, DKK, TWD,
	THB, ZAR, BTC`}

// dollarPrefixes stand before "$" (US$, HK$, C $, Mex$, usd$); lower case keys.
var dollarPrefixes = &wordTable[string]{groups: []wordGroup[string]{
	{"USD", `us, u.s, u.s., usd`},
	{"CAD", `c, ca, cad`},
	{"AUD", `a, au, aud`},
	{"NZD", `nz, nzd`},
	{"HKD", `hk, hkd`},
	{"SGD", `s, sg`},
	{"TWD", `nt`},
	{"MXN", `mex, mxn`},
	{"BRL", `r`},
}}

// currencyPrefixWords are abbreviations written before an amount.
var currencyPrefixWords = &wordTable[string]{groups: []wordGroup[string]{
	{"INR", `Rs, Rs., Re`},
}}

// currencySymbol: the currency of a sign that stands before (or, less
// often, after) an amount.
func currencySymbol(c rune) (string, bool) {
	switch c {
	case '$', '＄':
		return "USD", true
	case '€':
		return "EUR", true
	case '£', '￡':
		return "GBP", true
	case '¥', '￥':
		return "CNY", true
	case '₹':
		return "INR", true
	case '₩':
		return "KRW", true
	case '₽':
		return "RUB", true
	case '₺':
		return "TRY", true
	case '₡':
		return "CRC", true
	case '₾':
		return "GEL", true
	case '₭':
		return "LAK", true
	case '₿':
		return "BTC", true
	case '฿':
		return "THB", true
	case '₱':
		return "PHP", true
	case '₦':
		return "NGN", true
	case '₫':
		return "VND", true
	}
	return "", false
}

// multiCharSymbols are currency signs written with several letters.
var multiCharSymbols = []struct{ symbol, code string }{{"ரூ", "LKR"}}

// zhCurrencyWords follow an amount in Chinese (10美元, 8亿元人民币, 1.95港元).
// Longer entries are tried first.
var zhCurrencyWords = []struct {
	word string
	cur  currency
}{
	{"元人民币", currency{code: "CNY", factor: 1}}, {"元人民幣", currency{code: "CNY", factor: 1}}, {"新台币", currency{code: "TWD", factor: 1}}, {"新台幣", currency{code: "TWD", factor: 1}},
	{"新加坡元", currency{code: "SGD", factor: 1}}, {"瑞士法郎", currency{code: "CHF", factor: 1}}, {"人民币", currency{code: "CNY", factor: 1}}, {"人民幣", currency{code: "CNY", factor: 1}},
	{"比特币", currency{code: "BTC", factor: 1}}, {"比特幣", currency{code: "BTC", factor: 1}}, {"越南盾", currency{code: "VND", factor: 1}},
	{"美元", currency{code: "USD", factor: 1}}, {"美金", currency{code: "USD", factor: 1}}, {"美圆", currency{code: "USD", factor: 1}}, {"美刀", currency{code: "USD", factor: 1}},
	{"港元", currency{code: "HKD", factor: 1}}, {"港币", currency{code: "HKD", factor: 1}}, {"港幣", currency{code: "HKD", factor: 1}}, {"欧元", currency{code: "EUR", factor: 1}},
	{"歐元", currency{code: "EUR", factor: 1}}, {"英镑", currency{code: "GBP", factor: 1}}, {"英鎊", currency{code: "GBP", factor: 1}}, {"日元", currency{code: "JPY", factor: 1}},
	{"日圆", currency{code: "JPY", factor: 1}}, {"日圓", currency{code: "JPY", factor: 1}}, {"韩元", currency{code: "KRW", factor: 1}}, {"韓元", currency{code: "KRW", factor: 1}},
	{"台币", currency{code: "TWD", factor: 1}}, {"台幣", currency{code: "TWD", factor: 1}}, {"澳元", currency{code: "AUD", factor: 1}}, {"加元", currency{code: "CAD", factor: 1}},
	{"卢布", currency{code: "RUB", factor: 1}}, {"盧布", currency{code: "RUB", factor: 1}}, {"卢比", currency{code: "INR", factor: 1}}, {"法郎", currency{code: "FRF", factor: 1}},
	{"奈拉", currency{code: "NGN", factor: 1}}, {"泰铢", currency{code: "THB", factor: 1}}, {"里拉", currency{code: "TRY", factor: 1}}, {"兰特", currency{code: "ZAR", factor: 1}},
	{"块钱", currency{code: "CNY", factor: 1}}, {"塊錢", currency{code: "CNY", factor: 1}},
	{"分钱", currency{code: "CNY", factor: 0.01, minor: "分"}}, {"分錢", currency{code: "CNY", factor: 0.01, minor: "分"}}, {"毛钱", currency{code: "CNY", factor: 0.1, minor: "毛"}},
	{"毛錢", currency{code: "CNY", factor: 0.1, minor: "毛"}}, {"角钱", currency{code: "CNY", factor: 0.1, minor: "角"}}, {"角錢", currency{code: "CNY", factor: 0.1, minor: "角"}},
	{"美分", currency{code: "USD", factor: 0.01, minor: "美分"}}, {"便士", currency{code: "GBP", factor: 0.01, minor: "便士"}}, {"日本銭", currency{code: "JPY", factor: 0.01, minor: "銭"}},
	{"元", currency{code: "CNY", factor: 1}}, {"圆", currency{code: "CNY", factor: 1}}, {"圓", currency{code: "CNY", factor: 1}},
	{"块", currency{code: "CNY", factor: 1}}, {"塊", currency{code: "CNY", factor: 1}},
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
var enBareCurrencies = &wordTable[string]{groups: []wordGroup[string]{
	{"USD", `dollar, dollars`},
	{"CNY", `rmb`},
}}

// ---- percent ---------------------------------------------------------------------

// enPercentWords follow an amount.
var enPercentWords = &wordTable[string]{groups: []wordGroup[string]{
	{"%", `percent, per cent, percents, percentage, pct`},
	{"pp", `percentage point, percentage points, percent point, percent points`},
	{"bp", `basis point, basis points, bps`},
}}

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
var zhUnits = &wordTable[unitInfo]{groups: []wordGroup[unitInfo]{
	{unitInfo{KindMultiple, "倍"}, `倍`},
	{unitInfo{KindMeasure, "厘米"}, `公分`},
	{unitInfo{KindMeasure, "毫米"}, `公厘`},
	{unitInfo{KindMeasure, "纳米"}, `纳米, 納米`},
	{unitInfo{KindMeasure, "微米"}, `微米`},
	{unitInfo{KindMeasure, "公里"}, `公里`},
	{unitInfo{KindMeasure, "千米"}, `千米`},
	{unitInfo{KindMeasure, "米"}, `米, 公尺`},
	{unitInfo{KindMeasure, "厘米"}, `厘米`},
	{unitInfo{KindMeasure, "毫米"}, `毫米`},
	{unitInfo{KindMeasure, "平方公里"}, `平方公里, 平方千米`},
	{unitInfo{KindMeasure, "平方米"}, `平方米, 平米, 平方公尺`},
	{unitInfo{KindMeasure, "平方英尺"}, `平方英尺`},
	{unitInfo{KindMeasure, "亩"}, `亩`},
	{unitInfo{KindMeasure, "公顷"}, `公顷, 公頃`},
	{unitInfo{KindMeasure, "吨"}, `吨, 噸, 公吨, 公噸`},
	{unitInfo{KindMeasure, "公斤"}, `公斤`},
	{unitInfo{KindMeasure, "千克"}, `千克`},
	{unitInfo{KindMeasure, "克"}, `克, 公克`},
	{unitInfo{KindMeasure, "大卡"}, `大卡, 卡路里`},
	{unitInfo{KindMeasure, "毫克"}, `毫克`},
	{unitInfo{KindMeasure, "微克"}, `微克`},
	{unitInfo{KindMeasure, "斤"}, `斤`},
	{unitInfo{KindMeasure, "升"}, `升, 公升`},
	{unitInfo{KindMeasure, "毫升"}, `毫升`},
	{unitInfo{KindMeasure, "立方米"}, `立方米`},
	{unitInfo{KindMeasure, "千瓦"}, `千瓦`},
	{unitInfo{KindMeasure, "兆瓦"}, `兆瓦`},
	{unitInfo{KindMeasure, "吉瓦"}, `吉瓦`},
	{unitInfo{KindMeasure, "千瓦时"}, `千瓦时`},
	{unitInfo{KindMeasure, "兆瓦时"}, `兆瓦时`},
	{unitInfo{KindMeasure, "吉瓦时"}, `吉瓦时`},
	{unitInfo{KindMeasure, "度"}, `度`},
	{unitInfo{KindMeasure, "摄氏度"}, `摄氏度`},
	{unitInfo{KindMeasure, "英里"}, `英里`},
	{unitInfo{KindMeasure, "海里"}, `海里`},
	{unitInfo{KindMeasure, "英尺"}, `英尺`},
	{unitInfo{KindMeasure, "英寸"}, `英寸, 英吋, 吋`},
	{unitInfo{KindMeasure, "寸"}, `寸`},
	{unitInfo{KindMeasure, "桶"}, `桶`},
	{unitInfo{KindMeasure, "分"}, `分`},
	{unitInfo{KindMeasure, "℃"}, `℃, °C, ° C`},
	{unitInfo{KindMeasure, "°F"}, `°F, ℉`},
	{unitInfo{KindMeasure, "像素"}, `像素`},
	{unitInfo{KindMeasure, "Hz"}, `赫兹`},
	{unitInfo{KindMeasure, "总吨"}, `总吨, 總噸`},
	{unitInfo{KindMeasure, "载重吨"}, `载重吨`},
	{unitInfo{KindCount, "标箱"}, `標箱, 标箱`},
	{unitInfo{KindMeasure, "W"}, `瓦`},
	{unitInfo{KindMeasure, "mAh"}, `毫安时`},
	{unitInfo{KindPercent, "bp"}, `个基点, 基点, 個基點, 基點`},
	{unitInfo{KindCount, "年"}, `年`},
	{unitInfo{KindCount, "个月"}, `个月, 個月`},
	{unitInfo{KindCount, "周"}, `周, 星期`},
	{unitInfo{KindCount, "天"}, `天`},
	{unitInfo{KindCount, "小时"}, `小时, 小時`},
	{unitInfo{KindCount, "分钟"}, `分钟, 分鐘`},
	{unitInfo{KindCount, "人次"}, `人次`},
	{unitInfo{KindCount, "批次"}, `批次`},
	{unitInfo{KindCount, "架次"}, `架次`},
	{unitInfo{KindCount, "车次"}, `车次`},
	{unitInfo{KindCount, "场次"}, `场次`},
	{unitInfo{KindCount, "班次"}, `班次`},
	{unitInfo{KindCount, "户次"}, `户次`},
	{unitInfo{KindCount, "方面"}, `方面`},
}}

// zhDigitOnlyUnits are units only after Arabic digits (a 7寸 screen); after
// a Chinese numeral they make idioms (打蛇打七寸, 三寸不烂之舌).
const zhDigitOnlyUnits = "寸"

// zhUnitNotBefore: a unit character followed by one of these starts a word
// instead (天价, 年代, 周年, 分析, 克服).
func zhUnitNotBefore(unit string) string {
	switch unit {
	case "天":
		return "价價然气氣下空津使堂文"
	case "年":
		return "代级級薪报報会會轻輕华華"
	case "周":
		return "年末边邊围圍刊报報岁歲"
	case "分":
		return "之析红紅行别別公配散布子享手钱錢裂化开開泌辨"
	case "瓦":
		return "解斯"
	case "度":
		return "假过過日"
	case "克":
		return "服制隆"
	case "升":
		return "级級值高温溫"
	case "米":
		return "饭飯粉"
	case "寸":
		return "不步土草"
	}
	return ""
}

// zhClassifiers are measure words: a number before them counts something.
const zhClassifiers = "个個家名位人辆輛台臺部款户戶股例篇块塊只隻条條件项項座艘架所间間套张張份批次场場宗头頭匹棵本册冊首枚颗顆粒支把层層栋棟幢处處种種类類门門票笔筆起轮輪届屆期盏盞扇" +
	"所校床桶瓶箱袋包杯辆列班趟幅单單"

// zhNotClassifierAfter: these after a classifier make it a word (个人, 名单, 位置…).
var zhClassifierWords = []string{"只为", "只是", "只有", "只要", "只能", "只会", "只好", "只得", "只不过", "名单", "名單",
	"支持", "支付", "支出", "支援", "支撑", "支撐", "支柱", "支配", "部署", "台阶", "台階", "期间", "期間", "期待", "期望", "期限",
	"位置", "门户", "期货", "台阶", "股市", "股价", "股價", "部门", "部門", "部分", "部长", "部長", "部队", "部隊", "部位",
	"单位", "單位", "单价", "單價", "单日", "單日", "单笔", "單筆", "单月", "單月", "单季", "單季", "单次", "單次", "单人", "單人", "单身", "單身",
	"单独", "單獨", "单一", "單一", "单纯", "單純", "单元", "單元", "单车", "單車", "幅度", "幅员", "幅員"}

// enUnits follow a number (lower case; longest match).
var enUnits = &wordTable[unitInfo]{groups: []wordGroup[unitInfo]{
	{unitInfo{KindMeasure, "km"}, `km, kilometers, kilometres`},
	{unitInfo{KindMeasure, "miles"}, `miles, mile`},
	{unitInfo{KindMeasure, "lane miles"}, `lane miles, lane-miles, lane mile, lane-mile`},
	{unitInfo{KindMeasure, "track miles"}, `track miles, track-miles, route miles, route-miles`},
	{unitInfo{KindMeasure, "nmi"}, `nautical miles, nautical mile`},
	{unitInfo{KindMeasure, "mph"}, `mph`},
	{unitInfo{KindMeasure, "km/h"}, `kph`},
	{unitInfo{KindMeasure, "kg"}, `kg, kilograms`},
	{unitInfo{KindMeasure, "g"}, `grams`},
	{unitInfo{KindMeasure, "mg"}, `mg`},
	{unitInfo{KindMeasure, "tons"}, `tons`},
	{unitInfo{KindMeasure, "tonnes"}, `tonnes, metric tons`},
	{unitInfo{KindMeasure, "oz"}, `ounces, oz`},
	{unitInfo{KindMeasure, "barrels"}, `barrels`},
	{unitInfo{KindMeasure, "gallons"}, `gallons`},
	{unitInfo{KindMeasure, "l"}, `liters, litres`},
	{unitInfo{KindMeasure, "m³"}, `cubic meters`},
	{unitInfo{KindMeasure, "sq ft"}, `square feet`},
	{unitInfo{KindMeasure, "m²"}, `square meters, square metres`},
	{unitInfo{KindMeasure, "sq mi"}, `square miles`},
	{unitInfo{KindMeasure, "km²"}, `square kilometers`},
	{unitInfo{KindMeasure, "acres"}, `acres`},
	{unitInfo{KindMeasure, "ha"}, `hectares`},
	{unitInfo{KindMeasure, "MW"}, `mw, megawatts`},
	{unitInfo{KindMeasure, "GW"}, `gw, gigawatts`},
	{unitInfo{KindMeasure, "kW"}, `kw, kilowatts`},
	{unitInfo{KindMeasure, "kWh"}, `kwh, kilowatt-hours`},
	{unitInfo{KindMeasure, "GWh"}, `gwh, gigawatt-hours`},
	{unitInfo{KindMeasure, "TWh"}, `twh`},
	{unitInfo{KindMeasure, "GB"}, `gb, gigabytes, gigabyte`},
	{unitInfo{KindMeasure, "TB"}, `tb, terabytes, terabyte`},
	{unitInfo{KindMeasure, "MB"}, `mb, megabytes, megs, meg`},
	{unitInfo{KindMeasure, "°"}, `degrees`},
	{unitInfo{KindMeasure, "ft"}, `feet, foot, ft`},
	{unitInfo{KindMeasure, "in"}, `inches, inch`},
	{unitInfo{KindMeasure, "Hz"}, `hz`},
	{unitInfo{KindMeasure, "kHz"}, `khz`},
	{unitInfo{KindMeasure, "MHz"}, `mhz`},
	{unitInfo{KindMeasure, "fps"}, `fps`},
	{unitInfo{KindMeasure, "TFLOPS"}, `teraflops, teraflop, tflops`},
	{unitInfo{KindMeasure, "MP"}, `megapixel, megapixels`},
	{unitInfo{KindCount, "members"}, `member`},
	{unitInfo{KindCount, "people"}, `person`},
	{unitInfo{KindCount, "seats"}, `seat`},
	{unitInfo{KindCount, "cores"}, `core`},
	{unitInfo{KindMeasure, "GHz"}, `ghz`},
	{unitInfo{KindMeasure, "W"}, `watts`},
	{unitInfo{KindMeasure, "m"}, `meters, metres`},
	{unitInfo{KindMeasure, "cm"}, `cm`},
	{unitInfo{KindMeasure, "mm"}, `mm`},
	{unitInfo{KindMeasure, "points"}, `points`},
	{unitInfo{KindMeasure, "tsp"}, `tsp, teaspoons, teaspoon`},
	{unitInfo{KindMeasure, "tbsp"}, `tbsp, tablespoons, tablespoon`},
	{unitInfo{KindMeasure, "kcal"}, `calories, calorie, kcal, kilocalories`},
	{unitInfo{KindMeasure, "cups"}, `cup, cups`},
	{unitInfo{KindMeasure, "lb"}, `lb, lbs, pound, pounds`},
	{unitInfo{KindMeasure, "dB"}, `db`},
	{unitInfo{KindMeasure, "dBA"}, `dba`},
	{unitInfo{KindMeasure, "hp"}, `horsepower, hp`},
	{unitInfo{KindCount, "minutes"}, `min, minutes`},
	{unitInfo{KindCount, "ms"}, `ms, milliseconds, millisecond`},
	{unitInfo{KindMeasure, "fps"}, `frames per second`},
	{unitInfo{KindMeasure, "Gbps"}, `gbps`},
	{unitInfo{KindMeasure, "Mbps"}, `mbps`},
	{unitInfo{KindMeasure, "IPS"}, `ips`},
	{unitInfo{KindCount, "seconds"}, `seconds`},
	{unitInfo{KindMultiple, "x"}, `times, fold, x`},
	{unitInfo{KindCount, "years"}, `years, year`},
	{unitInfo{KindCount, "months"}, `months, month`},
	{unitInfo{KindCount, "weeks"}, `weeks, week`},
	{unitInfo{KindCount, "days"}, `days, day`},
	{unitInfo{KindCount, "hours"}, `hours, hour`},
	{unitInfo{KindMeasure, "light-years"}, `light-years, light-year, light years`},
	{unitInfo{KindMeasure, "PB"}, `petabytes, petabyte, pb`},
	{unitInfo{KindMeasure, "EB"}, `exabytes`},
	{unitInfo{KindMeasure, "KB"}, `kilobytes, kb`},
	{unitInfo{KindMeasure, "MWh"}, `megawatt-hours`},
}}

// enCaseUnits are units only as written (540 Nm of torque, 151 PS; but 7 nm
// is a chip process and "ps" a postscript).
var enCaseUnits = &wordTable[unitInfo]{groups: []wordGroup[unitInfo]{
	{unitInfo{KindMeasure, "Nm"}, `Nm`},
	{unitInfo{KindMeasure, "PS"}, `PS`},
}}

// enGluedUnits may be written right after the digits (29km, 600μg, 135g).
var enGluedUnits = &wordTable[unitInfo]{groups: []wordGroup[unitInfo]{
	{unitInfo{KindMeasure, "km"}, `km`},
	{unitInfo{KindCount, "ms"}, `ms`},
	{unitInfo{KindMeasure, "Gbps"}, `Gbps`},
	{unitInfo{KindMeasure, "Mbps"}, `Mbps`},
	{unitInfo{KindMeasure, "IPS"}, `IPS`},
	{unitInfo{KindMeasure, "kg"}, `kg`},
	{unitInfo{KindMeasure, "g"}, `g`},
	{unitInfo{KindMeasure, "mg"}, `mg`},
	{unitInfo{KindMeasure, "μg"}, `μg, ug`},
	{unitInfo{KindMeasure, "ml"}, `ml`},
	{unitInfo{KindMeasure, "l"}, `l`},
	{unitInfo{KindMeasure, "m"}, `m`},
	{unitInfo{KindMeasure, "cm"}, `cm`},
	{unitInfo{KindMeasure, "mm"}, `mm`},
	{unitInfo{KindMeasure, "MW"}, `MW`},
	{unitInfo{KindMeasure, "GW"}, `GW`},
	{unitInfo{KindMeasure, "kW"}, `kW`},
	{unitInfo{KindMeasure, "kWh"}, `kWh`},
	{unitInfo{KindMeasure, "GB"}, `GB`},
	{unitInfo{KindMeasure, "TB"}, `TB`},
	{unitInfo{KindMeasure, "MB"}, `MB`},
	{unitInfo{KindMeasure, "mph"}, `mph`},
	{unitInfo{KindMultiple, "x"}, `x`},
	{unitInfo{KindMeasure, "ft"}, `ft`},
	{unitInfo{KindMeasure, "mAh"}, `mAh`},
	{unitInfo{KindMeasure, "nm"}, `nm`},
	{unitInfo{KindMeasure, "W"}, `W`},
	{unitInfo{KindMeasure, "Wh"}, `Wh`},
	{unitInfo{KindMeasure, "Hz"}, `Hz`},
	{unitInfo{KindMeasure, "kHz"}, `kHz`},
	{unitInfo{KindMeasure, "MHz"}, `MHz`},
	{unitInfo{KindMeasure, "GHz"}, `GHz, Ghz, ghz`},
	{unitInfo{KindMeasure, "MHz"}, `Mhz, mhz`},
	{unitInfo{KindMeasure, "MP"}, `MP`},
	{unitInfo{KindMeasure, "fps"}, `fps, FPS`},
	{unitInfo{KindMeasure, "PB"}, `PB`},
	{unitInfo{KindMeasure, "KB"}, `KB`},
}}

// Indexes of the tables above (lexicon.go).
var (
	zhUnitLex           = &lexicon{from: zhUnits}
	zhCurrencyLex       = &lexicon{fn: zhCurrencyWordList}
	zhClassifierWordLex = &lexicon{list: zhClassifierWords}
	zhZheWordAfterLex   = &lexicon{list: zhZheWordsAfter}
)

func zhCurrencyWordList() []string {
	out := make([]string, len(zhCurrencyWords))
	for i, cw := range zhCurrencyWords {
		out[i] = cw.word
	}
	return out
}

// zhCurrencyOf returns the currency a Chinese currency word names.
func zhCurrencyOf(w string) currency {
	for _, cw := range zhCurrencyWords {
		if cw.word == w {
			return cw.cur
		}
	}
	return currency{}
}
