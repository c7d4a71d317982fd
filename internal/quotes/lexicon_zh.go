package quotes

// Chinese tables. Every word list the Chinese rules use is declared here, so
// the heuristics read as a table. Lists are matched longest first.

// zhCues are the speech cues: the verb that introduces reported or quoted
// words. Flags refine how a cue may be used.
var zhCues = []zhCueDef{
	// say, state
	{"表示", 0}, {"说道", 0}, {"如是说", 0}, {"表态", cueNeedPunct}, {"说", 0}, {"称", 0}, {"宣称", 0}, {"声称", 0}, {"自称", 0},
	{"指出", 0}, {"强调", 0}, {"重申", 0}, {"坦言", 0}, {"直言", 0}, {"坦承", 0}, {"直指", 0},
	{"透露", 0}, {"披露", 0}, {"介绍", cueTopic}, {"解释", 0}, {"回应", cueRecipient | cueTopic}, {"回答", cueRecipient | cueTopic}, {"答道", 0},
	{"问道", 0}, {"写道", 0}, {"评论道", 0}, {"补充说", 0}, {"补充道", 0}, {"感叹", 0},
	{"告诉", cueRecipient}, {"描述", cueTopic}, {"回忆", cueTopic}, {"承认", cueTopic}, {"证实", cueTopic}, {"否认", cueTopic},
	{"澄清", cueTopic}, {"警告", 0}, {"提醒", 0}, {"呼吁", 0}, {"建议", 0}, {"主张", 0}, {"批评", cueTopic},
	{"质疑", cueTopic}, {"反驳", cueTopic}, {"指控", 0}, {"一语道破", 0}, {"道破", 0}, {"宣判", 0},
	{"作出重要指示", 0}, {"做出重要指示", 0}, {"作出指示", 0}, {"指示", cueNeedPunct},
	{"提到", cueNeedPunct}, {"谈到", cueNeedPunct}, {"补充", cueNeedPunct}, {"分析", cueNeedPunct},
	{"指", cueNeedPunct}, {"提示", cueNeedPunct}, {"确认", cueNeedPunct | cueTopic}, {"分析道", 0}, {"分析称", 0}, {"分析说", 0},
	{"所知", cueNeedPunct | cueFrameOnly}, {"爆料称", 0}, {"爆料", cueNeedPunct}, {"批复", cueNeedPunct}, {"陈述", cueNeedPunct}, {"报料称", 0}, {"感慨", cueNeedPunct}, {"提出", cueNeedPunct},
	{"要求", cueNeedPunct}, // 张市长要求，… : a directive reported (提出要求 and 按照要求 are nouns: zhCueNotBefore)
	// think, expect, estimate
	{"认为", 0}, {"相信", 0}, {"觉得", 0}, {"预测", cueImpersonal}, {"预计", cueImpersonal},
	{"预期", cueNeedPunct | cueImpersonal}, {"估计", cueImpersonal}, {"估算", cueImpersonal},
	{"判断", cueNeedPunct}, {"看来", cueKanlai},
	// publish, report
	{"报道", 0}, {"报告说", 0}, {"报告称", 0}, {"公布", 0}, {"援引", cueNeedPunct},
	{"报告", cueNeedPunct | cueFrameOnly}, {"通报", cueNeedPunct | cueFrameOnly}, // 据X报告，…
	// documents
	{"显示", cueDoc}, {"表明", cueDoc},
	// learn from: 记者从X(处)获悉，… — X is the source of the words
	{"获悉", cueNeedPunct | cueFrom}, {"了解到", cueNeedPunct | cueFrom}, {"得知", cueNeedPunct | cueFrom},
}

const (
	cueNeedPunct  = 1 << iota // only before ，：“ (指，; 分析称 is listed separately)
	cueRecipient              // takes a recipient: 告诉《X报》记者，…
	cueDoc                    // a document speaks: 报告显示 (source group)
	cueKanlai                 // 在X看来，…
	cueImpersonal             // without a subject it is impersonal (预计明年…: it is expected), not the sentence's speaker
	cueTopic                  // takes an object: 回应动车事故 is a topic, not speech, unless a comma or colon follows
	cueFrameOnly              // only inside a frame: 据他所知，…
	cueFrom                   // the speaker is what follows 从 before it (记者从警方处获悉), not the subject
)

// zhOurPlaces open a body's name in the writer's own country or region
// (我国第三支科考队, 我市交警支队): not a first-person speaker.
var zhOurPlaces = []string{"我国", "我省", "我市", "我县", "我区", "我州", "我镇", "我军", "我校", "我院"}

// zhLabelJoiners join two names in a heading (柯达VS富士：…, 中国与美国：…);
// a speaker label names one voice.
var zhLabelJoiners = []string{"VS", "vs", "Vs", "PK", "pk", "对决", "与", "和", "、"}

// zhBeiNounEnds end a 被-noun for a person (被害人, 被访者, 被告方).
const zhBeiNounEnds = "人者方"

// zhVerticalColon (U+FE30, a presentation form some Hong Kong sites type
// for the full-width colon: 表示︰“…”) is read as '：'.
const zhVerticalColon = '︰'

// zhFrameRunOnCues close a 据 frame even without a comma after them
// (据警方称嫌疑人已落网).
var zhFrameRunOnCues = map[string]bool{"称": true, "稱": true}

// zhFromEnds close the source of a cueFrom verb: 从X处获悉, 从X那里了解到.
var zhFromEnds = []string{"那里", "那儿", "处", "方面"}

type zhCueDef struct {
	w     string
	flags int
}

// zhCueNotBefore: a cue directly preceded by one of these is part of another
// word or a noun use (说明 is caught by zhCueNotAfter).
var zhCueNotBefore = map[string][]string{
	"说":  {"小", "据", "听", "所", "虽", "再", "演", "传", "游", "学", "解", "劝", "胡", "瞎", "来", "如", "以", "是", "么", "般", "该", "话", "诉", "难", "不用", "评", "道", "数", "戏", "或者", "或是", "换句话"}, // 或者说, 换句话说: connectives
	"称":  {"名", "简", "号", "堪", "俗", "昵", "统", "尊", "爱", "美", "对", "被", "人", "职", "指", "宣", "声", "自", "可"},
	"指":  {"手", "食", "是", "意", "所", "直", "遥", "剑", "矛头"},
	"介绍": {"自我", "经"}, // 的介绍 is a noun unless in a frame (据X的介绍): zhAttribute decides
	"表示": {"不", "难以", "无法"},
	"分析": {"统计", "数据", "技术", "基本面", "深度"},
	"估计": {"难以", "无法", "可以", "不可"},
	"认为": {"确", "公"},
	"预计": {"超", "比", "于"},
	"报道": {"的", "相关", "媒体"},
	"告诉": {"不"},
	"看来": {"如今", "目前", "现在", "这样", "由此", "看"},
	"建议": {"提出", "的"},
	"提示": {"核心", "温馨", "友情", "特别", "重要", "风险", "内容"},
	"提出": {"被", "所"},
	"要求": {"提出", "按照", "根据", "依照", "遵照", "符合", "达到", "满足", "有关", "相关", "严格", "具体", "总体", "基本", "的", "新", "高", "了", "此", "该", "这些", "上述"},
	"指控": {"被", "遭", "遭到", "受到", "面临", "否认", "反驳", "驳斥", "回应", "相关", "这些", "上述", "该", "项", "起"}, // 被指控受贿: the accused does not speak
}

// zhBareModalSays open a clause with no subject as a connective (只能说，…:
// one can only say), not as speech; with a subject (他只能说) they are speech.
var zhBareModalSays = []string{"只能说", "可以说", "应该说", "不得不说", "不能不说", "不妨说", "坦白说", "老实说", "说白了"}

// zhCueNotAfter: a cue directly followed by one of these is another word
// (说明, 称为) or a verb with an object (表示了, 强调了), not speech.
var zhCueNotAfter = map[string][]string{
	"":   {"了", "着", "过", "的", "者", "人", "得", "时", "当日", "当天", "当晚", "之后", "以来", "之际"},                           // 消息公布当日…: a time clause
	"说":  {"明", "服", "法", "辞", "教", "唱", "笑", "话", "书", "客", "谎", "起", "成", "不", "是", "说", "相声", "错", "漏", "到底"}, // 说到底: a connective (after all)
	"称":  {"为", "之", "号", "作", "赞", "职", "呼", "谓", "霸", "雄", "心", "道", "颂", "重", "王"},
	"指":  {"数", "标", "导", "示", "定", "向", "挥", "南", "责", "控", "纹", "令", "望"},
	"表示": {"欢迎", "感谢", "谢意", "认同", "赞同", "同意", "支持", "反对", "关注", "关切", "遗憾", "同情", "不满", "担忧", "担心", "祝贺", "赞赏", "理解", "歉意", "敬意", "怀疑", "震惊", "愤慨", "哀悼", "慰问", "惋惜", "欣慰", "肯定", "满意", "高兴", "感激", "抗议", "谴责", "强烈"},
	"预计": {"将于", "在", "于"},
	"相信": {"自己"},
	"回忆": {"录"},
	"描述": {"性"},
	"分析": {"师", "人士", "结果", "报告"},
	"建议": {"书", "稿", "案"},
	"介绍": {"信"},
	"公布": {"于", "在"},
}

// zhWordsAfterCue open the reported words although they start with a
// character of zhCueNotAfter[""]: 她说|过去…, 他表示|了解到….
var zhWordsAfterCue = []string{"过去", "了解", "时间", "时候", "时代", "人们", "人员", "的确"}

// zhRecipients are the listeners a 告诉/对/向 cue names: 告诉记者, 向本报表示.
var zhRecipients = []string{
	"本报记者", "本刊记者", "本台记者", "本网记者", "新华社记者", "记者", "本报", "本刊", "本台", "本网", "笔者", "媒体", "我们", "大家",
}

// zhPremods open the part of a clause between the speaker and the cue verb
// that belongs to the cue: 对《每日经济新闻》表示, 接受本报记者采访时表示,
// 在会上表示, 发布报告称.
var zhPremods = []string{
	"接受", "回复", "答复", "对", "向", "跟", "同", "在", "于", "通过", "借", "就", "针对", "面对", "发布", "发表", "致信", "致函", "撰文", "撰写", "为",
	"引用", "援引", "引述",
	"回忆起", "谈起", "提起", "说起", "讲起", "聊起", "谈及", "提及", "指着", // 马莉回忆起这首歌的来历说
}

// zhCitePremods quote someone else's words: 引用X的话说 — X speaks.
var zhCitePremods = []string{"引用", "援引", "引述"}

// zhFrames open a clause whose subject is the speaker of the cue that
// closes it: 据X称, 根据X的预测, 按照X报道.
var zhFrames = []string{"根据", "按照", "依据", "据"}

// zhLeftStrip are connectives and quantifiers stripped from the front of a
// speaker phrase.
var zhLeftStrip = []string{
	"但是", "但", "而且", "而", "不过", "同时", "此外", "另外", "对此", "因此", "所以", "然而", "其中", "并且",
	"随后", "此前", "目前", "如今", "另有", "还有", "也有", "另", "一位", "一名", "一个", "多位", "多名", "数位",
	"数名", "几位", "几名", "不少", "部分", "现场", "会上", "当时", "当天", "昨天", "昨日", "今天", "今日", "此外",
	"与此同时", "事实上", "实际上", "据悉", "在早前", "早前", "有关", "根据", "按照", "依据", "据", "有些", "一些", "有", "并", "也", "还", "又", "则", "亦", "便", "就", "却", "再", "即",
	"而", "同时", "随后", "上午", "下午", "中午", "晚间", "晚上", "早上", "凌晨", "当晚", "今年", "去年", "近来", "近期",
	"日前", "近日", "前日", "昨晚", "今晨", "当日", "此后", "事后", "后来", "再次", "一再", "多次", "进一步", "首先", "许多", "很多",
	"虽然", "尽管", "虽", // 虽然X称…，但…: X did say it
	"结果", "于是", "最后", "最终", "终于", "接着", "紧接着", "随即", // 结果张某说：…
	"然后", "之后", "继而", // 他先鞠躬，然后表示：… — the clause goes on with the sentence's subject
	// a causative before the person it makes feel or do something (这让张某十分无奈，感叹：…):
	// the person after it is the subject of what follows
	"这让", "这令", "这使", "这也让", "这也令", "这更让", "此举让", "此举令", "此事让", "此事令",
}

// zhNounConnectives are connectives in zhLeftStrip that are nouns when
// nothing follows them before the cue (结果显示: the results show).
var zhNounConnectives = map[string]bool{"结果": true, "結果": true}

// zhRightStrip are adverbs and time words stripped from the end of a speaker
// phrase: 美国中央银行|本星期早些时候|表示.
var zhRightStrip = []string{
	"早些时候", "本星期", "上星期", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天",
	"周一", "周二", "周三", "周四", "周五", "周六", "周日", "本周", "上周", "本月", "上月", "近期", "近日", "日前",
	"此前", "随后", "同时", "昨天", "昨日", "今天", "今日", "前天", "当天", "当日", "当晚", "当时", "上午", "下午",
	"晚间", "晚上", "早上", "凌晨", "中午", "当庭", "当场", "公开", "明确", "进一步", "再次", "一再", "多次", "反复",
	"特别", "着重", "首先", "最后", "随即", "当即", "悲观", "乐观", "坦率", "直接", "私下", "接着", "则", "也", "还",
	"亦", "又", "都", "均", "曾", "更", "再", "就", "却", "即", "便", "已", "并", "正", "仍", "一语", "粗略", "初步",
	"最新", "去年", "今年", "明年", "年初", "年底", "月初", "月底", "曾经", "已经", "一直", "始终", "方面",
	"似乎", "显然", "普遍", "纷纷", "一致", "大多", "都曾", "竟然", "居然", "甚至", "更是", "则是", "也曾", "还曾",
	"这样", "如此", "专门", "特意", "特地", "当面", "由此", "为此", "第一时间", "笑着", "苦笑着", "微笑着",
	"常常", "经常", "常", "坚持", "还是", "仍然", "依然", "仍", "最终", "终于", "只能", "只好", "不禁", "忍不住", "连忙", "赶紧", "及时",
	"听闻后", "得知后", "获悉后", "看到后", "听到后", "听说后", "十分", "非常", "颇为", "都很", "深有",
	"次日", "翌日", "事后", "此后", "历来", "一贯", "向来", // 郭某次日|坚称, 中方历来|主张
	"早前", "早先", "先前", "稍早", "稍早前", // 主管X早前|亦曾表示
}

// zhVerbBeforeCue are speech verbs that join a following 称/说/道 into one
// cue (威胁称, 辩称, 警告说): they end the subject phrase, not the speaker.
var zhVerbBeforeCue = []string{
	"威胁", "辩", "警告", "暗示", "抱怨", "感慨", "反驳", "指责", "批评", "质疑", "解释", "补充", "强调", "重申",
	"表态", "透露", "回应", "声明", "通报", "证实", "承认", "否认", "坦", "直", "笑", "叹", "怒", "哭", "喊", "劝", "辟谣",
	"坚", "谎", "发誓", "承诺", // 坚称, 谎称, 发誓说
	"发帖", "回帖", "跟帖", "留言", "发文", "发微博", "发博", // 网友“X”回帖称: a post is how a user speaks
	"刊文", "载文", // 英国卫报刊文称: an outlet speaks through an article
}

// zhPostTitles follow a name (夏宁邵教授, 胡锦涛总书记, 叶小姐); field words
// like 专家 and 分析师 do not (商务专家 is no name).
var zhPostTitles = []string{
	"教授", "副教授", "主任", "副主任", "先生", "女士", "小姐", "总书记", "书记", "局长", "副局长", "部长", "副部长",
	"院长", "副院长", "所长", "主席", "副主席", "董事长", "总裁", "副总裁", "博士", "院士", "研究员", "律师", "医生",
	"老师", "同志", "市长", "副市长", "省长", "代省长", "副省长", "县长", "区长", "总经理", "经理", "厂长", "校长",
	"行长", "会长", "社长", "主编", "司长", "处长", "科长", "总监", "秘书长", "师傅", "总理", "总统", "大使", "代表",
	"医师", "药师", "营养师", "护理师", "治疗师", "心理师", "律师", "警官", "法官", "老板", "总监", "队长", "镇长",
	"村长", "部长", "书记", "会长", "同学", "阿姨", "大爷",
}

// zhObjectMarkers before a name in a clause make it an object, not the
// clause's subject: 会见了张三, 邀请李四, 杂志发表王五的文章.
var zhObjectMarkers = []string{"了", "接见", "会见", "陪同", "把", "被", "给", "和", "与", "同", "向", "对", "让", "请", "邀请", "发表", "刊登", "刊发", "转载"}

// zhRoleBreakers end what comes before them as a name's role: the role is
// what follows the last of them (会见了|市长张三; 杂志发表|主任李四的文章).
var zhRoleBreakers = []string{"了", "接见", "会见", "陪同", "和", "与", "同", "向", "对", "让", "请", "邀请", "由", "发表", "刊登", "刊发", "转载"}

// zhLightVerbs before a cue make it a noun: 进行了介绍, 产生质疑, 作出回应.
var zhLightVerbs = []string{"进行了", "进行", "予以", "加以", "产生了", "产生", "作出了", "做出了", "作出", "做出", "给出了", "给出", "发出了", "发出", "表示了", "了"}

// zhChannels are the accounts through which an organisation speaks:
// 公安部治安管理局官微发布消息称 — the owner speaks.
var zhChannels = []string{"官方微博", "官方微信", "微信公众号", "公众号", "官微", "官网", "官方网站"}

// zhSubordinators open a subordinate clause, never a speaker.
var zhSubordinators = []string{"每当", "如果", "因为", "假如", "一旦", "若", "当", "像", "如同", "为了"}

// zhNotSubordinators start like a subordinator but are other words: 当地居民,
// 当局, 若干.
var zhNotSubordinators = []string{"当地", "当局", "当事", "当时", "当天", "当日", "当晚", "当年", "当前", "当今", "当场", "当庭", "当红", "当选", "若干", "像素"}

// zhPronouns refer back to a person (他, 她) or an organisation (该公司 is
// handled by zhDemonstratives).
var zhPronouns = map[string]entKind{
	"他": kPerson, "她": kPerson, "他们": kGroup, "她们": kGroup, "其": kPerson, "它": kOrg, "它们": kOrg, "对方": kPerson,
}

// zhGenericPersonNouns after a demonstrative (该人士, 此人) refer back to the
// last unnamed person quoted, whatever noun named them (相关人士, 工作人员).
var zhGenericPersonNouns = map[string]bool{"人士": true, "人员": true, "人": true, "名人士": true, "位人士": true}

// zhDemonstratives + a noun refer back to the last entity named by that noun:
// 该行 → 德银, 上述研究员 → 一位…研究员, 该工作人员.
var zhDemonstratives = []string{"上述", "该名", "该位", "这位", "这名", "那位", "此位", "该", "此", "这家", "那家"}

// zhTitles are role and title words. Before a name they form the role
// (艾媒咨询CEO张毅); after a name, the title (夏宁邵教授, 叶小姐).
var zhTitles = []string{
	"首席执行官", "首席技术官", "首席财务官", "首席运营官", "首席经济学家", "首席分析师", "首席策略师", "首席科学家",
	"CEO", "CTO", "CFO", "COO", "CIO", "VP",
	"董事长", "副董事长", "董事总经理", "执行董事", "独立董事", "董事", "监事", "总裁", "副总裁", "总经理", "副总经理",
	"经理", "总监", "主任", "副主任", "主席", "副主席", "秘书长", "总书记", "书记", "部长", "副部长", "局长", "副局长",
	"司长", "副司长", "处长", "科长", "厅长", "省长", "代省长", "副省长", "市长", "副市长", "县长", "区长", "镇长",
	"村长", "院长", "副院长", "校长", "所长", "行长", "副行长", "会长", "副会长", "理事长", "社长", "总编辑", "主编",
	"厂长", "站长", "队长", "组长", "委员", "人大代表", "政协委员", "代表", "议员", "新闻发言人", "发言人", "负责人",
	"创始人", "联合创始人", "合伙人", "董秘", "副教授", "教授", "研究员", "博士", "院士", "专家", "分析师",
	"经济学家", "策略师", "律师", "主任医师", "医生", "记者", "设计师", "总工程师", "工程师", "大使", "总统",
	"副总统", "总理", "副总理", "首相", "外相", "外长", "署长", "船长", "机长", "舰长", "团长", "警长", "列车长", "检察长", "审计长", "州长", "官员", "高管", "主管", "老师", "教练", "主持人", "搭档",
	"先生", "女士", "小姐", "同志", "师傅", "掌门人", "操盘手", "研究总监", "投资总监", "基金经理", "掌门",
	"老公", "丈夫", "妻子", "太太", "父亲", "母亲", "儿子", "女儿", "哥哥", "姐姐", "弟弟", "妹妹", "同事", "朋友",
	"博主", "作家", "编剧", "导演", "演员", "歌手", "画家", "诗人", "评论员", "评论家", "时评人", "主播", "网红", "警官",
	"嘉宾", "泰斗", "总领事", "领事", "参赞", "小哥", "大叔", "大姐", "小伙子", "讲师", "助教", "讲席教授",
	"药剂师", "药师", "医师", "主治医师", "副主任医师", "护士长", "护士", "营养师", "会计师", "建筑师", "规划师",
	"技师", "飞行员", "馆长", "庭长", "审判长", "法官", "检察官", "科学家", "园长", "台长", "总干事", "副秘书长", "助理",
	"作曲家", "音乐家", "艺术家", "企业家", "书法家", "历史学家", "社会学家", "法学家", "教育家",
}

// zhSurnameTitles follow a bare surname to form the name as written: 叶小姐.
var zhSurnameTitles = []string{"先生", "女士", "小姐", "老师", "师傅", "同学", "阿姨", "大爷", "总",
	"主任", "局长", "处长", "科长", "所长", "院长", "校长", "厂长", "队长", "部长", "书记", "市长", "县长", "镇长",
	"村长", "经理", "总监", "教授", "医生", "律师", "警官", "法官", "老板", "会长", "行长", "董事长", "总裁", "主席", "博士"}

// zhPersonNouns end an unnamed person's description: 快手内部人士,
// 上市券商食品饮料行业研究员, 苹果店员, 网友.
var zhPersonNouns = []string{
	"人士", "知情人", "专家", "学者", "分析师", "研究员", "经济学家", "工作人员", "负责人", "发言人", "官员", "代表",
	"委员", "网友", "网民", "用户", "消费者", "市民", "居民", "村民", "员工", "职工", "店员", "店主", "人员", "保安",
	"记者", "律师", "医生", "教师", "老师", "学生", "家长", "司机", "投资者", "投资人", "股民", "伤者", "当事人",
	"目击者", "高管", "管理层", "游客", "乘客", "患者", "法官", "警察", "民警", "主管", "经理", "业主", "商户",
	"很多人", "不少人", "有人", "许多人", "多数人", "部分人", "年轻人", "老人", "家属", "亲属", "邻居", "业者",
	"营养师", "医师", "药师", "民众", "业者", "厂商", "教练", "球员", "选手", "演员", "歌手", "作者", "读者", "观众", "粉丝", "网民",
	"农民工", "工人", "农民", "打工者", "务工人员", "博主", "发烧友", "爱好者", "车主", "房主", "创业者", "同志", "志愿者",
	"员", "民", "者", "人", "官", "领导", // suffixes: 消防员, 潜水员, 渔民, 灾民, 目击者, 受害者
	"师生", "教职工", "医护人员", "白领", "商家", "店家", "摊主", "租户", "租客", "买家", "卖家", "工作者", "学子", "留学生", "男子", "女子", "男士", "妇女", "少年", "小伙", "姑娘", "老汉", "大妈",
}

// zhKinNouns after a person's name (or 其) name a relative who speaks:
// 小花母亲, 其奶奶, 李亮家人.
var zhKinNouns = []string{
	"母亲", "父亲", "妈妈", "爸爸", "奶奶", "爷爷", "外婆", "外公", "姥姥", "姥爷", "丈夫", "妻子", "老公", "老婆",
	"儿子", "女儿", "哥哥", "姐姐", "弟弟", "妹妹", "叔叔", "伯伯", "舅舅", "姑姑", "婶婶", "阿姨", "孙子", "孙女",
	"父母", "家人", "家属", "亲属", "一家", "家",
}

// zhNotSpeakerStarts open phrases that are never a speaker: 温馨提醒,
// 希望提醒, 听到…透露, 一方面….
var zhNotSpeakerStarts = []string{
	"温馨", "希望", "惨遭", "遭到", "受到", "听到", "看到", "得知", "据说", "一方面", "另一方面", "负责", "正如",
	"就像", "只要", "只有", "不管", "无论", "即使", "尽管", "除了", "对于", "关于", "至于", "由于", "随着", "通过",
	"面对", "针对", "面临", "或者", "听取", "聆听", "没有人", "没人", "无人", "退一步", "换句话", "曾经", "结果", "接到", "安慰", "总之", "总的来", "简单", "具体", "比如", "例如",
	"對於", "關於", "至於", "由於",
}

// zhOrgSuffixes end an organisation's name.
var zhOrgSuffixes = []string{
	"公司", "集团", "银行", "证券", "基金会", "基金", "协会", "学会", "委员会", "政府", "人民法院", "法院", "检察院",
	"研究院", "研究所", "事务所", "交易所", "联合会", "商会", "俱乐部", "工作室", "大学", "学院", "医院", "中心",
	"机构", "组织", "刊物", "期刊", "电视台", "通讯社", "日报", "晚报", "时报", "周刊", "杂志", "网站", "媒体", "平台", "方面",
	"雜誌", // 志 has no single traditional form (zhTraditional leaves it), so 雜誌 is spelled out
	"当局", "官方", "警方", "校方", "院方", "厂方", "资方", "军方", "检方", "双方", "央行", "统计局", "海关",
	"局", "部", "厅", "署", "办", "委", "院", "所", "会", "社", "台", "报", "网", "行", "处", "队", "店", "厂", "馆", "系", "组",
}

// zhDisposalStarts open a clause whose first noun is an object (将X起诉,
// 把X告上法庭, 被X起诉): never an organisation in subject position.
const zhDisposalStarts = "将將把被"

// zhSideWord after an organisation's short name makes a name of its own, as
// written (龙湖方面 for 龙湖集团's side).
const zhSideWord = "方面"

// zhLatinNameChars may join the words of a name in Latin letters inside
// Chinese text (Henrietta Bowden-Jones, J. K. Rowling, O'Neil).
const zhLatinNameChars = " -.'"

// zhMaxLatinNameWords is the most words such a name has.
const zhMaxLatinNameWords = 4

// zhMaxLatinWord is the longest single Latin word (a handle, a brand:
// Redrain, Codacons) read as a speaker before a cue.
const zhMaxLatinWord = 20

// zhCompanyEnds end a company's full name; the name without them is its
// short form, as later sentences call it (苹果公司 … 苹果提起反诉，称…).
var zhCompanyEnds = []string{"股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "控股公司", "公司", "集团", "集團"}

// zhCompanyNotShort: a short form ending in a place word (美国公司, 本市公司)
// or opening with a count or a determiner (一家公司, 多家公司, 某公司) is a
// description, not a name.
const (
	zhCompanyShortNotEnds   = "国國省市县縣区區州镇鎮村家"
	zhCompanyShortNotStarts = "一二两兩三几幾多某本各每我其该該此这這那"
	zhCompanyShortNotIn     = "的了是在也不很都就要你他她它们們些被把让讓给給着著过過得地"
)

// zhMinCompanyShort is the shortest short form (in runes) a company gets.
const zhMinCompanyShort = 2

// zhDocNouns end a document or survey that "speaks": 报告显示, 数据显示.
var zhDocNouns = []string{
	"监测数据", "统计数据", "调查数据", "监测结果", "调查结果", "检测结果", "抽查结果", "研究报告", "调查报告", "报告", "年报", "财报", "季报", "公告", "数据", "统计", "调查", "问卷调查", "民调",
	"研究", "研究结果", "结果", "报表", "文件", "白皮书", "资料", "通知", "声明", "文章", "消息", "信息", "指数",
}

// zhReportNouns open a clause as "the report" — 报道称, 报道指出, 该报道中提到 —
// the words of the outlet that published it, named before.
var zhReportNouns = []string{"报道", "報道", "報導"}

// zhReportSubjects are the subject phrases that stand for that report.
var zhReportSubjects = map[string]bool{
	"报道": true, "报道中": true, "该报道": true, "该报道中": true, "这篇报道": true, "这篇报道中": true,
	"報道": true, "報導": true, "報導中": true, "該報導": true, "該報導中": true, "這篇報導": true,
	// 报道举例称: the report gives an example
	"报道举例": true, "报道中举例": true, "该报道举例": true, "報導舉例": true, "報道舉例": true, "該報導舉例": true,
}

// zhOutletEnds end the name of a news outlet (《泰晤士报》, 经济新闻网, 新华社).
var zhOutletEnds = []string{"报", "報", "报》", "報》", "网", "網", "社", "台", "刊", "刊》", "杂志", "雜誌", "》", "网站", "網站"}

// zhOutletTitleEnds end a news outlet's title in book marks (《泰晤士报》,
// 《时代》周刊 is read as 《时代》 only when so written); zhOutletLead is how many
// characters (a country: 英国) may stand before it at the start of a clause,
// zhOutletMaxTitle the longest title.
var zhOutletTitleEnds = []string{"报", "報", "刊", "杂志", "雜誌", "新闻", "新聞"}

const (
	zhOutletLead     = 4
	zhOutletMaxTitle = 12
)

// zhNaming words before a quotation make it a name or a term, not speech:
// 口号“…”, 被称为“…”.
var zhNaming = []string{
	"口号", "标语", "题为", "名为", "称为", "标题", "主题", "原题", "一词", "字样", "俗称", "简称", "号称", "所谓",
	"绰号", "外号", "昵称", "称号", "之称", "被誉为", "誉为", "命名为",
}

// zhNamingAfter after a quotation make it a name or a term, not speech:
// “…”一案, “…”的规定.
var zhNamingAfter = []string{
	"一案", "一词", "一说", "字样", "等字样", "的规定", "的提案", "的议案", "的口号", "的标语", "的条款", "一文", "一书", "的招牌",
	"的结论", "的诊断", "的结果",
	"的报告", "的内容", "的要求", "的目标", "的原则", "的理念", "等", // (“…”“…”等歌曲: titles or lines listed)
}

// zhCompoundSurnames are two-character surnames.
var zhCompoundSurnames = []string{
	"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木",
}

// zhSurnames are the common one-character surnames (roughly the 200 most
// frequent), used to recognise a name after a role word or standing alone.
const zhSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封谈匡鞠惠荆乐冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼闻厉伊仝郜阚权帅屠朴练廉禹井祖漆巴丰支卿狄计索宣晋初扈晁芮阙浦戈伏鹿薄邸雍辜裘亓修邰赫杭况宿逯隆茹诸战慕危亢嵇湛宾戎勾茅揭尉冶檀衣展昝智幸奉植衡富尧赖萧洪习"

// zhCommonSurnames are the most frequent surnames: a two- or three-character
// string standing alone before a cue is taken for a name only when it starts
// with one of these (张毅说), so that 公司/海关/官方 are not names.
const zhCommonSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑赖萧洪梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾毛郝龚邵钱严覃戴莫孔汤施樊葛邢乔伍庞颜倪庄聂岳翟殷詹欧耿焦俞柳祝阮柯纪梅童凌裴霍涂苗翁冉骆靳鲍喻祁滕饶缪褚窦戚岑晏瞿佟臧闵邬卞栾隋寇甄虞敖巩佘邝鞠荆冀郁胥蔺厉阚"

// zhTranslit are the characters of transliterated foreign names
// (扎克伯格, 汀斯利): a name after a separator (马克·扎克伯格) runs while its
// characters are in this set.
const zhTranslit = "木提买热合曼江古丽夫茨席娅妮黛丝芙蕾莎露薇芭娃妲朵珊茉肖舒琼阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波卫伯博布查达大戴丹道德迪蒂丁东杜多厄恩尔法范菲费芬弗福盖冈高戈格贡古哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康柯科克肯库夸奎拉莱兰朗劳勒雷里利莉丽连林琳隆卢鲁路伦罗洛马玛迈麦曼梅门蒙米密敏明莫姆穆纳娜奈南内尼宁纽努诺欧帕潘庞培佩皮珀普奇齐乔切琴萨塞桑瑟森沙尚舍圣施什史斯松苏索塔泰坦汤唐特提汀图托瓦万旺威韦维沃乌伍西希谢辛休修雅亚扬耶伊因英尤约扎泽詹朱卓兹祖佐汉姆伯恩克"

// zhAdverbStarts mark where a subject phrase ends and its predicate begins
// when there is no cue to anchor it: 一位…研究员|也不看好….
var zhAdverbStarts = []string{
	"也", "则", "还", "都", "并", "就", "却", "又", "已", "曾", "正在", "将", "不", "没", "未", "很", "更", "是", "有",
	"在", "对", "向", "于", "把", "被", "从", "要", "会", "能", "可", "所", "的", "着重", "宣布", "发布", "决定", "进行",
	"开始", "表示", "认为", "称", "说", "接受", "告诉", "透露", "强调", "指出", "介绍", "亲切", "作出", "做出", "带领",
	"听闻", "获悉", "听说", "由此", "为此", "第一时间", "得知", "知道", "看到", "听到", "发现",
	"率领", "出席", "参加", "举行", "召开", "获得", "成为", "当选", "担任", "出任", "提出", "同意", "确认", "通过",
	"来到", "走出", "走进", "回到", "赶到", "抵达", "做客", "先是", "没有", // 张三|来到现场: a motion verb, not a third name character
}
