package quotes

import "testing"

// Cases for the rules added after the fourth check on pages the engine had
// never seen (held-out labels kept outside the repository): one group per
// error cause. All sentences are written for these tests.
var round4Tests = []findCase{
	// --- Chinese: people named by a pseudonym or by a relative ---
	{"zh a pseudonym is a person's name", "zh", []string{
		"十岁的阿满（化名）在学校摔伤了手臂。",
		"阿满称，当时有同学在后面推了他一下。",
	}, []want{{Speaker: "阿满", Group: "person", Text: "当时有同学在后面推了他一下"}}},
	{"zh a relative of a named person speaks as a person", "zh", []string{
		"学生阿满（化名）在学校摔伤了手臂。阿满母亲说，孩子回家后一直喊疼。",
		"阿满称，担心同学笑话，爸爸要求老师保密。不过，其奶奶指出，老师当时并不在场。",
		"阿满的爷爷表示，愿意配合学校调查。",
	}, []want{
		{Speaker: "阿满母亲", Group: "person", Text: "孩子回家后一直喊疼"},
		{Speaker: "阿满", Group: "person", Text: "担心同学笑话"},
		{Speaker: "阿满奶奶", Group: "person", Text: "老师当时并不在场"},
		{Speaker: "阿满爷爷", Group: "person", Text: "愿意配合学校调查"},
	}},
	{"zh a pronoun passes over the people named inside reported words", "zh", []string{
		"周女士对记者说，去过好几家医院，医生都说没事了。",
		"她也承认，这件事确实说不清楚。",
	}, []want{
		{Speaker: "周女士", Text: "去过好几家医院"},
		{Speaker: "周女士", Text: "这件事确实说不清楚"},
	}},
	{"zh 当地 opens a speaker, not a subordinate clause", "zh", []string{
		"当地渔民告诉记者，那片海域暗礁很多，夜里很少有船靠近。",
	}, []want{{Speaker: "当地渔民", Group: "person", Anonymous: true, Text: "那片海域暗礁很多"}}},
	// --- Chinese: a quotation goes on with the speaker of the words before it ---
	{"zh a quotation after indirect words of the same speaker", "zh", []string{
		"对此，某大学副教授王立认为，这项规定会加重企业负担。“很多小企业本来就很难。”",
	}, []want{{Speaker: "王立", Role: "某大学副教授", Text: "很多小企业本来就很难"}}},
	// --- Chinese: quotations in narrative, without a speech verb ---
	{"zh quotations of the person the narrative is about", "zh", []string{
		"快递员老周是武汉人。",
		"老周迟疑了。",
		"“家里人都知道我放假了，我该怎么出门？”",
		"第二天，老周心里也犯嘀咕，“怕被传染，不想去了。”",
		"——哪有什么从天而降的英雄。",
		"“我想再坚持几天，没关系。”",
		"最终，老周还是“露馅”了，只能跟家人如实陈述：“我在当志愿者，你们别担心”。",
		"“老周，你为什么能一呼百应？”",
		"“可能是大家信任我吧？”",
		"“疫情过后，我希望多陪陪家人。”——老周",
	}, []want{
		{Speaker: "老周", Role: "快递员", Kind: "direct", Text: "我该怎么出门"},
		{Speaker: "老周", Text: "怕被传染"},
		{Speaker: "老周", Text: "我想再坚持几天"},
		{Speaker: "老周", Text: "你们别担心"},
		{Speaker: "", Text: "你为什么能一呼百应"},
		{Speaker: "老周", Text: "大家信任我"},
		{Speaker: "老周", Text: "多陪陪家人"},
	}},
	{"zh a saying in commentary is nobody's words", "zh", []string{
		"以少胜多的道理谁都懂，可人越多，协调越难，倒不如集中火力，“凭他几路来，我只一路去”。",
	}, []want{{Speaker: "", Text: "凭他几路来"}}},
	// --- Chinese: cue forms ---
	{"zh 强调了 before a clause is speech, 表示了 before a noun is not", "zh", []string{
		"在采访中，郭某再次强调了自己的儿子并未参与此事。此外，他对受伤人员表示了歉意。",
	}, []want{{Speaker: "郭某", Text: "自己的儿子并未参与此事"}}},
	{"zh 并称 and 并直指 open a new statement of the same speaker", "zh", []string{
		"郭某称此事自己不在现场，并称因为名气大才被卷进来。",
		"市妇幼保健院当庭否认医院存在偷换标本的行为，并直指鉴定中心的结果也不可信。",
		"张某表示，公司今年会扩大生产，并透露，明年将进入海外市场。",
	}, []want{
		{Speaker: "郭某", Text: "此事自己不在现场"},
		{Speaker: "郭某", Text: "因为名气大才被卷进来"},
		{Speaker: "市妇幼保健院", Group: "organisation", Text: "医院存在偷换标本的行为"},
		{Speaker: "市妇幼保健院", Group: "organisation", Text: "鉴定中心的结果也不可信"},
		{Speaker: "张某", Text: "公司今年会扩大生产"},
		{Speaker: "张某", Text: "明年将进入海外市场"},
	}},
	{"zh a term in quotation marks inside a clause is not speech", "zh", []string{
		"此事在网上“炸了锅”，网友们质疑，真正的骚扰电话却畅通无阻。",
		"美国方面是“中国人民的老朋友”卢某和梅某。",
		"在视频中，“联盟”把自己成立的初衷说得很直白。",
	}, []want{{Speaker: "网友们", Anonymous: true, Text: "真正的骚扰电话却畅通无阻"}}},
	{"zh 引用X的话说: a paper citing someone gives their words, a person citing a saying speaks", "zh", []string{
		"在谈到这个话题时，施某就引用丘吉尔的话说：“这是不幸之始。”",
		"《环球时报》引用一名前外交官的话说，这是因为“各方都在观望”。",
	}, []want{
		{Speaker: "施某", Kind: "direct", Text: "这是不幸之始"},
		{Speaker: "前外交官", Anonymous: true, Text: "这是因为"},
	}},
	// --- Chinese: names ---
	{"zh transliterated names without a separator, after a role", "zh", []string{
		"一名参与搜救的消防员马西莫告诉记者，搜寻工作主要在船舱内展开。",
		"意大利交通部长克里尼16日表示，港口周围的风险很高。",
	}, []want{
		{Speaker: "马西莫", Role: "参与搜救的消防员", Text: "搜寻工作主要在船舱内展开"},
		{Speaker: "克里尼", Role: "意大利交通部长", Text: "港口周围的风险很高"},
	}},
	{"zh a Hong Kong married name of four characters", "zh", []string{
		"卫生署署长陈冯美玲今天表示，流感高峰已经过去。陈冯美玲指出，疫苗接种率仍然偏低。",
	}, []want{
		{Speaker: "陈冯美玲", Role: "卫生署署长", Text: "流感高峰已经过去"},
		{Speaker: "陈冯美玲", Text: "疫苗接种率仍然偏低"},
	}},
	{"zh a user name in quotation marks after 网友", "zh", []string{
		"8日上午，网友“小岛阿杰”在微博上爆料：“看病送机票，没病也想去啊！”",
	}, []want{{Speaker: "小岛阿杰", Role: "网友", Kind: "direct", Text: "看病送机票"}}},
	// --- Chinese: cue forms ---
	{"zh an object then a colon after 回忆: the words follow the colon", "zh", []string{
		"在餐厅工作的蒋女士向记者回忆起当晚的情形：当时她正在上班，船身突然剧烈晃动。",
	}, []want{{Speaker: "蒋女士", Text: "当时她正在上班"}}},
	{"zh 否认 before a clause without a comma", "zh", []string{
		"船长斯卡托否认自己有任何过失，强调事故原因是海图有误。",
	}, []want{
		{Speaker: "斯卡托", Text: "自己有任何过失"},
		{Speaker: "斯卡托", Text: "事故原因是海图有误"},
	}},
	{"zh a noun cue with 是 and a colon", "zh", []string{
		"对于质量问题，星河电器方面给出的回应是：因为新闻发言人休假，暂时无法回复。",
	}, []want{{Speaker: "星河电器", Group: "organisation", Text: "因为新闻发言人休假"}}},
	{"zh a light verb before two speech verbs is still speech", "zh", []string{
		"星河公司随后对此予以回应称，目前尚无破产计划。星河公司曾在此前发出警告称，如果融资失败，现金将在年内耗尽。",
	}, []want{
		{Speaker: "星河公司", Text: "目前尚无破产计划"},
		{Speaker: "星河公司", Text: "如果融资失败"},
	}},
	{"zh an organisation speaking through its account", "zh", []string{
		"9月6日，市交通管理局官微发布消息称，部分路段将临时封闭。",
	}, []want{{Speaker: "市交通管理局", Group: "organisation", Text: "部分路段将临时封闭"}}},
	{"zh 虽然 before a speaker, 辟谣称", "zh", []string{
		"虽然星河科技在第一时间辟谣称，相关业务早已停止，但行业仍然人心惶惶。",
	}, []want{{Speaker: "星河科技", Group: "organisation", Text: "相关业务早已停止"}}},
	{"zh a colon ending a paragraph introduces the quotation opening the next", "zh", []string{
		"事情反映上去以后，主管部门的领导很快批复：",
		"“可以恢复营业，但是手续要办齐。”",
	}, []want{{Speaker: "主管部门的领导", Kind: "direct", Anonymous: true, Text: "可以恢复营业"}}},
	{"zh nobody speaks: 没有人, 听取", "zh", []string{
		"没有人敢回应，也没有人敢接这个单。局长首先听取中心职员介绍为残疾人士提供的各项服务。",
	}, []want{}},
	{"zh a speaker line introduces the paragraphs after it", "zh", []string{
		"王丽（某区医院儿科主任）：",
		"我并不同意用工资维护尊严的说法。很多医务人员的工资确实比较低。",
		"我觉得是因为现在医生的正面形象太少。",
		"马清（某医院传染病专家）：",
		"我没有具体计算过收入应该提到多少，但确实存在药贵、人不贵的情况。",
	}, []want{
		{Speaker: "王丽", Role: "某区医院儿科主任", Kind: "direct", Text: "我并不同意"},
		{Speaker: "王丽", Text: "正面形象太少"},
		{Speaker: "马清", Role: "某医院传染病专家", Text: "我没有具体计算过"},
	}},
	// --- Chinese: round 5 ---
	{"zh a surname with a title, or alone, for a person named in full", "zh", []string{
		"南山中学校长陈立德要退休了。",
		"然而陈校长没开任何条件。他只能说，学生们都很想你，盼你能回来。",
		"律师顾正华接手此案。顾认为，这个判决有问题。",
	}, []want{
		{Speaker: "陈立德", Text: "学生们都很想你"},
		{Speaker: "顾正华", Text: "这个判决有问题"},
	}},
	{"zh an interview transcript: labels with the words on the line", "zh", []string{
		"以下是访谈实录：",
		"主持人：今天很荣幸请到了外交部司长李向东，李司长您好。",
		"李向东：您好！非常高兴与网友在线交流。",
		"我们主管与周边十二个国家的双边关系事务。",
		"核心提示：网友提问踊跃。",
	}, []want{
		{Speaker: "主持人", Anonymous: true, Kind: "direct", Text: "今天很荣幸"},
		{Speaker: "李向东", Kind: "direct", Text: "非常高兴与网友在线交流"},
		{Speaker: "李向东", Text: "我们主管与周边"},
	}},
	{"zh 如是说 and 表态 at the end of a paragraph", "zh", []string{
		"“我要说明一下，我已经退役了！”在昨日的仪式现场，面对主持人的称谓，王峰如是说。",
		"不过，王峰及时表态，",
		"“对不起，我今天只回答公益活动的问题。”",
	}, []want{
		{Speaker: "王峰", Kind: "direct", Text: "我已经退役了"},
		{Speaker: "王峰", Kind: "direct", Text: "我今天只回答公益活动的问题"},
	}},
	{"zh narrative quotations: colon after the subject, a sentence about the speaker, a signature line", "zh", []string{
		"“我每个救起来的人都活下来了……我就是心痛。”谈到那个孩子，陈桂兰的眼圈红了。",
		"被打的记者回忆：“就是扯着我头发拳打脚踢。”同来的司机也受到了牵连：“他把我的头发拽走了一把。”",
		"“给钱总是要花光的，唯有把孩子培养好才行。”",
		"——陈立德：《我的教育主张》",
	}, []want{
		{Speaker: "陈桂兰", Kind: "direct", Text: "我就是心痛"},
		{Speaker: "被打的记者", Anonymous: true, Kind: "direct", Text: "扯着我头发"},
		{Speaker: "同来的司机", Anonymous: true, Kind: "direct", Text: "他把我的头发拽走了一把"},
		{Speaker: "陈立德", Kind: "direct", Text: "唯有把孩子培养好"},
	}},
	{"zh the subject of a when-clause speaks", "zh", []string{
		"当画家韩明为获奖者颁奖时说，整个颁奖现场我一直在流泪。",
		"局长张建华聆听职员介绍时说：“政府十分重视残疾人士的福祉。”",
	}, []want{
		{Speaker: "韩明", Text: "整个颁奖现场我一直在流泪"},
		{Speaker: "张建华", Kind: "direct", Text: "政府十分重视"},
	}},
	{"zh a name owned by a known name; a relative as a subject; a transliterated name", "zh", []string{
		"郭大刚的搭档于谦也在微博力挺，“拿个相机就算记者？我们都知道打人不对。”",
		"老母亲得知儿子要去支教，非常支持：“我身体好着呢，不信我跟你打赌。”",
		"新疆“修桥大爷”艾尼亚特·斯拉木三十六年来修桥守桥。他说，“看着过桥上学的孩子就很满足。”",
	}, []want{
		{Speaker: "于谦", Role: "郭大刚的搭档", Kind: "direct", Text: "拿个相机就算记者"},
		{Speaker: "老母亲", Kind: "direct", Text: "我身体好着呢"},
		{Speaker: "艾尼亚特·斯拉木", Text: "看着过桥上学的孩子"},
	}},
	{"zh a term in quotation marks before a description and a verb is no speech", "zh", []string{
		"其中，“数学与计算机科学奖”捐赠人为丁磊、马化腾和王强。",
	}, []want{}},
	// --- English ---
	{"en a name, a description of someone else, a name: the first name speaks", "en", []string{
		"Prince Edmund, the younger brother of the heir to the throne, Arthur, has reportedly told friends that the visit was a success.",
		"Edmund claims that he never met the banker.",
	}, []want{
		{Speaker: "Edmund", Group: "person", Text: "the visit was a success"},
		{Speaker: "Edmund", Group: "person", Text: "he never met the banker"},
	}},
	{"en said one legal expert; the expert", "en", []string{
		"“He has no immunity of any kind in this case,” said one legal expert, as reported by a local paper.",
		"“The inquiry will take months,” the expert warned.",
	}, []want{
		{Speaker: "one legal expert", Anonymous: true, Text: "He has no immunity"},
		{Speaker: "one legal expert", Anonymous: true, Text: "The inquiry will take months"},
	}},
	{"en a single name with a person's role in apposition is a person; Korean names", "en", []string{
		"Park Min-jun, leader of the opposition, spoke on Friday.",
		"Park, the party leader, said the vote had been rigged.",
		"“We will not give up,” he said.",
	}, []want{
		{Speaker: "Park Min-jun", Group: "person", Text: "the vote had been rigged"},
		{Speaker: "Park Min-jun", Group: "person", Text: "We will not give up"},
	}},
	{"en a relative named in apposition after the quotation", "en", []string{
		"“The pills were in her system, there was nothing to be done,” her mother, Rosa, said in a statement.",
		"She added: “They never stood a chance.”",
	}, []want{
		{Speaker: "Rosa", Role: "her mother", Group: "person", Text: "The pills were in her system"},
		{Speaker: "Rosa", Text: "They never stood a chance"},
	}},
	{"en a caption line names no speaker", "en", []string{
		"The minister Ian Hale spoke in the capital on Thursday.",
		"Protesters gather outside the building on Friday.Jo Lee / AFP - Getty Images",
		"“I deeply regret this decision,” he said.",
	}, []want{{Speaker: "Ian Hale", Text: "I deeply regret this decision"}}},
	{"en name, who said", "en", []string{
		"He accepted the resignation of his defense minister Kim Tae-ho, who said he took full responsibility.",
	}, []want{{Speaker: "Kim Tae-ho", Text: "he took full responsibility"}}},
	{"en according to in mid-sentence", "en", []string{
		"The governor, according to the White House, made an unscheduled trip to the hospital on Saturday.",
	}, []want{{Speaker: "White House", Group: "organisation", Text: "made an unscheduled trip"}}},
	{"en tells the truth is no speech; a cue before a verb ends a relative clause", "en", []string{
		"A mayor who lies as easily as he tells the truth creates problems for everyone.",
		"There is reason to suspect the story the council is telling doesn't paint the full picture.",
	}, []want{}},
	{"en an inverted speaker after a fronted adverbial and a clause", "en", []string{
		"At the time of the fire, there were more than 30 vacancies at the plant, said Ann Brooks, president of the local union.",
	}, []want{{Speaker: "Ann Brooks", Text: "there were more than 30 vacancies"}}},
	{"en lower-case modifiers before a role in an inverted speaker", "en", []string{
		"\"Organics matter for life on that moon,\" said planetary geologist Rosa Lind of the space agency's laboratory in California.",
		"Rain falls everywhere on the moon, said study co-author Ana Solis, a research fellow.",
	}, []want{
		{Speaker: "Rosa Lind", Role: "planetary geologist", Kind: "direct", Text: "Organics matter"},
		{Speaker: "Ana Solis", Text: "Rain falls everywhere"},
	}},
	{"en a gerund after a clause opener is no parenthetical; another as an appositive", "en", []string{
		"Officers later arrested a woman after locating drugs in her car, said Matt Harris.",
		"Lakh Singh, another deportee, said he had paid an agent to get him across.",
	}, []want{
		{Speaker: "Matt Harris", Text: "after locating drugs"},
		{Speaker: "Lakh Singh", Text: "he had paid an agent"},
	}},
	{"en the officials do not resolve to the last person named", "en", []string{
		"Jo Dell said he had spent all his savings.",
		"The aircraft landed at the airport at 6am, the officials said.",
	}, []want{
		{Speaker: "Jo Dell", Text: "he had spent all his savings"},
		{Speaker: "officials", Anonymous: true, Text: "The aircraft landed"},
	}},
	{"en vowed that; a role with a modifier before the name in a mention", "en", []string{
		"In Washington, White House press secretary Jo Earn condemned the attack and said the government was willing to help.",
		"He vowed that the country would be merciless in defending itself.",
	}, []want{
		{Speaker: "Jo Earn", Text: "the government was willing to help"},
		{Speaker: "Jo Earn", Text: "the country would be merciless"},
	}},
	{"en a single unknown name before a verb only people use is a person", "en", []string{
		"\"Why did you wait so long to tell us about it?\" Brandt asked.",
		"\"We will file the appeal next week,\" Brandt said.",
	}, []want{
		{Speaker: "Brandt", Group: "person", Text: "Why did you wait"},
		{Speaker: "Brandt", Group: "person", Text: "We will file the appeal"},
	}},
	{"zh documents and data are sources, not people", "zh", []string{
		"数据显示，今年一季度全市新增就业人数同比增长12%。公司财报显示，今年利润下降三成。",
	}, []want{
		{Speaker: "数据", Group: "source", Text: "新增就业人数"},
		{Speaker: "公司", Group: "source", Text: "今年利润下降三成"},
	}},
	{"zh a quotation after a sentence naming the speaker without a speech verb; a colon after another verb", "zh", []string{
		"李女士也看到了。“我说了孩子离我多远，所有人都不信。”",
		"温先生发了一条朋友圈：“孩子，你在哪里？我们一直在找你。”",
	}, []want{
		{Speaker: "李女士", Kind: "direct", Text: "所有人都不信"},
		{Speaker: "温先生", Kind: "direct", Text: "我们一直在找你"},
	}},
	{"en two single quotes close a double one", "en", []string{
		"“It was an attempt to mislead voters,’’ Will Moy, chief executive of a fact-checking charity, told the radio.",
	}, []want{{Speaker: "Will Moy", Kind: "direct", Text: "It was an attempt to mislead voters"}}},
}

func TestFindRound4(t *testing.T) { runFindCases(t, round4Tests) }
