package quotes

import "strings"

// Traditional Chinese. News from Taiwan, Hong Kong and Macau is written in
// traditional characters (陳志明表示, 據了解, 記者). The lexicons are written
// in simplified characters; when they are indexed, every word is added in its
// traditional form too, so the text is matched as written and speakers keep
// their own characters.

// zhTraditional pairs each simplified character of the lexicons with its
// traditional form (Taiwan standard), two runes at a time. Characters that
// are the same in both scripts are not listed; neither are surnames that
// keep their form (于, 余, 范, 沈, 涂, 郁, 朴).
const zhTraditional = "" +
	"万萬与與专專业業丛叢东東丝絲严嚴个個丰豐为為丽麗举舉么麼乌烏乐樂乔喬书書亚亞产產亲親" +
	"仅僅从從们們众眾会會传傳伤傷伦倫体體储儲党黨兰蘭关關兴興兹茲养養内內冈岡写寫军軍农農" +
	"冯馮决決况況几幾凯凱击擊刘劉则則创創别別剑劍劝勸办辦务務动動劳勞区區医醫华華协協单單" +
	"卢盧卫衛却卻厂廠厅廳厉厲厦廈县縣参參双雙发發叶葉号號叹嘆吁籲后後吕呂吗嗎听聽吴吳员員" +
	"咨諮团團国國图圖圣聖场場声聲处處复復头頭夸誇奥奧娄婁孙孫学學宁寧实實宫宮宾賓对對导導" +
	"将將尔爾尧堯尽盡层層属屬巩鞏帅帥师師带帶并並庄莊库庫应應庞龐开開张張强強当當录錄忆憶" +
	"忧憂怀懷总總恳懇恼惱惊驚惨慘愤憤戏戲战戰户戶执執扬揚报報担擔挥揮据據数數断斷无無时時" +
	"昵暱显顯晋晉术術机機杂雜权權来來杨楊杰傑构構标標栾欒样樣档檔检檢楼樓欢歡欧歐毕畢汉漢" +
	"汤湯没沒泽澤测測济濟涛濤温溫湾灣满滿爱愛爷爺独獨玛瑪现現电電监監盖蓋盘盤着著确確称稱" +
	"窦竇笔筆简簡约約纪紀纲綱纳納纸紙纹紋纽紐练練组組织織终終绍紹经經结結给給络絡统統绰綽" +
	"维維编編缪繆网網罗羅聂聶职職联聯肖蕭芦蘆苏蘇苹蘋荆荊荣榮药藥莱萊获獲营營萨薩蒋蔣蓝藍" +
	"蔺藺虽雖补補见見观觀视視觉覺誉譽计計认認让讓议議讯訊记記许許论論设設访訪证證评評诉訴" +
	"词詞话話询詢该該语語说說请請诸諸诺諾读讀调調谈談谌諶谎謊谓謂谢謝谭譚谴譴贝貝负負贡貢" +
	"财財责責质質费費贺賀贾賈资資赏賞赞贊赵趙车車软軟轻輕较較辑輯辞辭边邊达達过過迈邁运運" +
	"还還这這进進连連迟遲选選遗遺遥遙邓鄧邝鄺邬鄔邹鄒邻鄰郑鄭采採释釋针針钟鍾钱錢银銀锦錦" +
	"镇鎮长長门門闫閆问問间間闵閔闻聞阙闕阚闞队隊阳陽际際陆陸陈陳险險随隨难難韦韋韩韓项項" +
	"顾顧颂頌预預领領题題颜顏饮飲饶饒馆館马馬驳駁骆駱鲁魯鲍鮑麦麥黄黃齐齊龙龍龚龔赖賴锋鋒" +
	"涛濤辉輝丽麗鸿鴻鹏鵬伟偉刚剛岚嵐凤鳳爱愛诗詩书書敏敏红紅锐銳顺順飞飛刚剛庆慶宝寶" +
	"贵貴荣榮胜勝乐樂义義礼禮汇匯兰蘭凤鳳鸣鳴宝寶涛濤亚亞" +
	"剂劑护護筑築规規审審园園"

// zhToTrad maps a simplified character to its traditional form (built with
// the other tables, by buildZhTables).
var zhToTrad map[rune]rune

func buildZhToTrad() map[rune]rune {
	m := map[rune]rune{}
	rs := []rune(zhTraditional)
	for i := 0; i+1 < len(rs); i += 2 {
		m[rs[i]] = rs[i+1]
	}
	return m
}

// tradVariant is w in traditional characters.
func tradVariant(w string) string {
	changed := false
	out := []rune(w)
	for i, r := range out {
		if t, ok := zhToTrad[r]; ok {
			out[i], changed = t, true
		}
	}
	if !changed {
		return w
	}
	return string(out)
}

// withTraditional returns the words followed by their traditional forms
// (plus the words only Taiwan uses, given in extra).
func withTraditional(words []string, extra ...string) []string {
	out := make([]string, 0, 2*len(words)+len(extra))
	out = append(out, words...)
	for _, w := range words {
		if t := tradVariant(w); t != w {
			out = append(out, t)
		}
	}
	return append(out, extra...)
}

// tradChars is s with the traditional form of each of its characters added.
func tradChars(s string) string {
	var b strings.Builder
	b.WriteString(s)
	for _, r := range s {
		if t, ok := zhToTrad[r]; ok {
			b.WriteRune(t)
		}
	}
	return b.String()
}

// zhTaiwanWords are traditional-script words with no simplified counterpart
// in the lexicons: 報導 (报道), 民眾 (民众 is a person noun).
var zhTaiwanCues = []zhCueDef{{"報導", 0}, {"表態", 0}, {"坦言", 0}}
