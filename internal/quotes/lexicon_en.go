package quotes

// English tables. Every word list the English rules use is declared here, so
// the heuristics read as a table. Words are lower case.

// enCues maps a speech verb form to how it may be used.
//
//	strong: takes a bare clause or object ("said the market is…", "announced an order")
//	weak:   needs "that", a colon or a quotation ("believes that…")
//	part:   a participle that continues the sentence's speaker ("…, adding …")
var enCues = map[string]cueClass{
	"say": strong, "says": strong, "said": strong,
	"quoted": strong, // only as "quoted as" (enCueNext): X was quoted as saying
	"tell":   strong | recipient, "tells": strong | recipient, "told": strong | recipient,
	"vowed": weak, "vows": weak, "vow": weak,
	"add": strong, "adds": strong, "added": strong,
	"note": strong, "notes": strong, "noted": strong,
	"explain": strong, "explains": strong, "explained": strong,
	"write": weak, "writes": weak, "wrote": weak,
	"tweet": strong, "tweets": strong, "tweeted": strong,
	"announce": strong, "announces": strong, "announced": strong,
	"report": strong, "reports": strong, "reported": strong,
	"state": weak, "states": weak, "stated": strong,
	"reveal": strong, "reveals": strong, "revealed": strong,
	"disclose": strong, "discloses": strong, "disclosed": strong,
	"confirm": weak, "confirms": weak, "confirmed": weak,
	"continue": post, "continues": post, "continued": post,
	"quip": strong, "quips": strong, "quipped": strong,
	"declare": weak, "declares": weak, "declared": weak,
	"claim": weak, "claims": weak, "claimed": weak,
	"argue": weak, "argues": weak, "argued": weak,
	"insist": weak, "insists": weak, "insisted": weak,
	"warn": weak, "warns": weak, "warned": weak,
	"caution": weak, "cautions": weak, "cautioned": weak, // cautioned that …
	"speculate": weak, "speculates": weak, "speculated": weak,
	"acknowledge": weak, "acknowledges": weak, "acknowledged": weak,
	"admit": weak, "admits": weak, "admitted": weak,
	"ask": post, "asks": post, "asked": post,
	"reply": weak, "replies": weak, "replied": weak,
	"describe": post, "describes": post, "described": post, // "…," the patient described

	"respond": weak, "responds": weak, "responded": weak, // responded that …
	"recall": weak, "recalls": weak, "recalled": weak,
	"conclude": weak, "concludes": weak, "concluded": weak,
	"emphasize": weak, "emphasizes": weak, "emphasized": weak,
	"emphasise": weak, "emphasises": weak, "emphasised": weak,
	"stress": weak, "stresses": weak, "stressed": weak,
	"joke": weak, "jokes": weak, "joked": weak,
	"weigh": post, "weighs": post, "weighed": post,
	"reiterate": weak, "reiterates": weak, "reiterated": weak,
	"deny": weak, "denies": weak, "denied": weak,
	"divulge": weak, "divulges": weak, "divulged": weak,
	"hint": weak, "hints": weak, "hinted": weak,
	"maintain": weak, "maintains": weak, "maintained": weak,
	"suggest": weak, "suggests": weak, "suggested": weak,
	"observe": weak, "observes": weak, "observed": weak,
	"remark": weak, "remarks": weak, "remarked": weak,
	"comment": post, "comments": post, "commented": post,
	// raised or commanding voices: only next to the quotation ("…!" an officer shouted)
	"shout": post, "shouts": post, "shouted": post, "yell": post, "yells": post, "yelled": post,
	"scream": post, "screams": post, "screamed": post, "exclaim": post, "exclaims": post, "exclaimed": post,
	"whisper": post, "whispers": post, "whispered": post, "order": post, "orders": post, "ordered": post,
	"instruct": post, "instructs": post, "instructed": post,
	"believe": weak, "believes": weak, "believed": weak,
	"think": weak, "thinks": weak, "thought": weak,
	"expect": weak, "expects": weak,
	"predict": weak, "predicts": weak, "predicted": weak,
	"forecast": weak, "forecasts": weak,
	"estimate": weak, "estimates": weak, "estimated": weak,
	"assert": weak, "asserts": weak, "asserted": weak,
	"contend": weak, "contends": weak, "contended": weak,
	"concede": weak, "concedes": weak, "conceded": weak,
	"allege": weak, "alleges": weak, "alleged": weak,
	"testify": weak, "testifies": weak, "testified": weak,
	"wonder": weak, "wonders": weak, "wondered": weak,
	"adding": part, "saying": part, "noting": part, "stating": part | weak, "writing": part | weak,
	"explaining": part | weak, "arguing": part | weak, "warning": part | weak, "telling": part | recipient,
	"claiming": part | weak, "insisting": part | weak, "declaring": part | weak, "tweeting": part | weak,
	"asking":     part | post, // posted a photo, asking “…?”
	"concluding": part | weak, "responding": part | weak, "replying": part | weak, "stressing": part | weak,
	"acknowledging": part | weak, "confirming": part | weak, "admitting": part | weak, "recalling": part | weak,
	"emphasizing": part | weak, "emphasising": part | weak, "suggesting": part | weak,
	// documents and surveys only: the report shows that…
	"show": weak | docOnly, "shows": weak | docOnly, "showed": weak | docOnly,
	"find": weak | docOnly, "finds": weak | docOnly, "found": weak | docOnly,
	"indicate": weak | docOnly, "indicates": weak | docOnly, "indicated": weak | docOnly,
	// multi-word cues, completed by enCueNext
	"according": strong | frame, "point": strong, "points": strong, "pointed": strong,
	"call": strong, "calls": strong, "called": strong, "cite": strong, "cites": strong, "cited": strong,
}

type cueClass uint16

const (
	strong    cueClass = 1 << iota // takes a bare clause or object
	weak                           // needs that / colon / quotation
	part                           // participle: the sentence's speaker goes on
	post                           // only after a quotation or with a quotation ("Menear continued")
	recipient                      // takes a listener: told reporters that…
	frame                          // "according to X": X is the source of the clause around it
	docOnly                        // only a document or a survey speaks with it (the report shows)
)

// enCueNext completes a multi-word cue: the word that must follow, or one of
// the listed words.
var enCueNext = map[string][]string{
	"according": {"to"},
	"point":     {"out"}, "points": {"out"}, "pointed": {"out"},
	"weigh": {"in"}, "weighs": {"in"}, "weighed": {"in"},
	"call": {"it", "this", "that", "them"}, "calls": {"it", "this", "that", "them"}, "called": {"it", "this", "that", "them"},
	"cite": {"as"}, "cites": {"as"}, "cited": {"as"}, // cited X as proof that …
	"quoted": {"as"}, // X was quoted as saying
}

// enFinanceObjects after "reported"/"reports" make it a company filing
// numbers, not speech: "reported third-quarter earnings".
var enFinanceObjects = map[string]bool{
	"earnings": true, "revenue": true, "revenues": true, "results": true, "profit": true, "profits": true,
	"loss": true, "losses": true, "sales": true, "income": true, "net": true, "quarterly": true,
	"third-quarter": true, "second-quarter": true, "first-quarter": true, "fourth-quarter": true,
	"full-year": true, "annual": true, "growth": true, "gains": true, "eps": true, "cases": true, "deaths": true,
	"a": true, "an": true, "record": true, "strong": true, "weak": true, "better-than-expected": true,
	"worse-than-expected": true, "mixed": true, "comparable": true, "same-store": true, "adjusted": true,
}

// enVerbGap are words that may stand between a speaker and the cue verb:
// "has also estimated", "later tweeted", "meanwhile".
var enVerbGap = map[string]bool{
	"has": true, "have": true, "had": true, "also": true, "later": true, "previously": true, "earlier": true,
	"then": true, "further": true, "recently": true, "repeatedly": true, "reportedly": true, "publicly": true,
	"privately": true, "separately": true, "again": true, "once": true, "already": true, "still": true,
	"often": true, "frequently": true, "subsequently": true, "similarly": true, "likewise": true,
	"finally": true, "initially": true, "first": true, "just": true, "would": true, "will": true, "could": true,
	"did": true, "does": true, "do": true, "is": true, "was": true, "were": true, "are": true, "been": true,
	"too": true, "long": true, "himself": true, "herself": true, "itself": true, "themselves": true, "only": true, "even": true,
	"flatly": true, "openly": true, "simply": true, "bluntly": true, "candidly": true, "proudly": true,
	"today": true, "yesterday": true, "tonight": true, "last": true, "this": true, "week": true, "month": true,
	"year": true, "night": true, "morning": true, "afternoon": true, "evening": true, "in": true, "on": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"meanwhile": true, "however": true, "instead": true, "now": true, "ultimately": true, "eventually": true,
}

// enMonths are month names and abbreviations (time phrases between a
// speaker and the verb: "Clark in October revealed").
var enMonths = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan.": true, "feb.": true, "mar.": true, "apr.": true, "jun.": true, "jul.": true, "aug.": true,
	"sep.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true,
}

// enClauseOpeners end a subject phrase on its left: "…trading Tuesday after
// CNBC reported".
var enClauseOpeners = map[string]bool{
	"after": true, "before": true, "when": true, "while": true, "because": true, "as": true, "since": true,
	"that": true, "but": true, "and": true, "or": true, "so": true, "if": true, "though": true, "although": true,
	"whereas": true, "where": true, "which": true, "who": true, "whom": true, "until": true, "than": true,
	"how": true, "why": true, "what": true, "whether": true, "unless": true, "once": true, "even": true,
	"nor": true, "yet": true, "then": true, "also": true, "however": true,
}

// enAfterCue are the words that may stand between a cue verb and the
// "that" opening its content: "said in an email that", "told reporters at a
// press conference that".
var enAfterCue = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "over": true, "via": true, "through": true,
	"after": true, "before": true, "with": true, "for": true, "by": true, "to": true, "from": true,
	"last": true, "this": true, "earlier": true, "late": true, "early": true, "again": true, "also": true,
	"publicly": true, "privately": true, "separately": true, "recently": true, "previously": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "today": true, "yesterday": true, "tonight": true, "reporters": true, "investors": true,
	"analysts": true, "employees": true, "staff": true, "lawmakers": true, "me": true, "us": true, "him": true,
	"her": true, "them": true,
}

// enPrepositions open a prepositional phrase: the tail after a
// sentence-final cue ("…, X said in a note."), or a fronted adverbial.
var enPrepositions = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "over": true, "via": true, "through": true,
	"after": true, "before": true, "with": true, "for": true, "by": true, "from": true, "since": true,
	"despite": true, "amid": true, "under": true, "as": true, "while": true, "when": true, "about": true,
	"following": true, "according": true, "without": true, "within": true, "among": true, "into": true,
}

// enTimeWords may follow a cue: "announced Wednesday".
var enTimeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "today": true, "yesterday": true, "tonight": true, "last": true, "this": true,
	"earlier": true, "later": true, "again": true, "also": true, "late": true, "early": true,
}

// enParentheticals are comma-enclosed words between a speaker and the verb
// that are skipped: "Tim Clark, meanwhile, told".
var enParentheticals = map[string]bool{
	"meanwhile": true, "however": true, "though": true, "too": true, "also": true, "moreover": true,
	"instead": true, "nevertheless": true, "in turn": true, "for example": true, "for instance": true,
	"for his part": true, "for her part": true, "for its part": true, "in response": true, "in fact": true,
	"separately": true, "similarly": true, "likewise": true, "later": true, "previously": true, "too,": true,
}

// enRoles are role and title words: before a name they form the role
// ("Jefferies analyst Jonathan Matuszewski"), in an appositive they mark it
// ("Matt Maley, equity strategist at Miller Tabak").
var enRoles = map[string]bool{
	"president": true, "vice": true, "chairman": true, "chairwoman": true, "chair": true, "ceo": true,
	"cfo": true, "coo": true, "cto": true, "cmo": true, "cio": true, "chief": true, "executive": true,
	"officer": true, "founder": true, "co-founder": true, "cofounder": true, "director": true, "manager": true,
	"head": true, "partner": true, "analyst": true, "strategist": true, "economist": true, "spokesperson": true,
	"spokesman": true, "spokeswoman": true, "representative": true, "official": true, "minister": true,
	"secretary": true, "governor": true, "gov.": true, "senator": true, "sen.": true, "rep.": true,
	"congressman": true, "congresswoman": true, "lawmaker": true, "mayor": true, "judge": true, "attorney": true,
	"lawyer": true, "professor": true, "prof.": true, "researcher": true, "scientist": true, "expert": true,
	"engineer": true, "editor": true, "reporter": true, "correspondent": true, "columnist": true,
	"commentator": true, "adviser": true, "advisor": true, "consultant": true, "investor": true, "trader": true,
	"banker": true, "commissioner": true, "ambassador": true, "general": true, "gen.": true,
	"colonel": true, "col.": true, "lt.": true, "captain": true, "capt.": true, "dr.": true, "mr.": true,
	"mrs.": true, "ms.": true, "sir": true, "coach": true, "owner": true, "deputy": true, "administrator": true,
	"superintendent": true, "principal": true, "inspector": true, "detective": true, "sheriff": true,
	"boss": true, "chancellor": true, "premier": true, "prime": true, "king": true, "queen": true,
	"prince": true, "pope": true, "speaker": true, "whip": true, "treasurer": true, "auditor": true,
	"controller": true, "counsel": true, "dean": true, "provost": true, "fellow": true, "physician": true,
	"doctor": true, "nurse": true, "pilot": true, "author": true, "host": true, "anchor": true,
	"agent": true, "broker": true, "creator": true, "designer": true, "architect": true, "planner": true,
	"organizer": true, "organiser": true, "activist": true, "campaigner": true, "candidate": true,
	"nominee": true, "chairperson": true, "executives": true, "analysts": true, "officials": true,
	"envoy": true, "negotiator": true, "hopeful": true, "psychologist": true, "psychiatrist": true,
	"superior": true, "supervisor": true, "predecessor": true, "successor": true, "colleague": true,
	"journalist": true, "photographer": true, "writer": true, "fact-checker": true, "checker": true,
	"singer": true, "guitarist": true, "drummer": true, "bassist": true, "musician": true, "actor": true,
	"actress": true, "rapper": true, "comedian": true, "pianist": true, "violinist": true, "skipper": true,
	"chemist": true, "physicist": true, "astronomer": true, "astronaut": true, "geneticist": true,
	"counselor": true, "counsellor": true, "chef": true, "guard": true, "sergeant": true, "sgt.": true,
	"teacher": true, "firefighter": true, "paramedic": true, "trooper": true, "pastor": true, "rabbi": true,
	"imam": true, "bishop": true, "cardinal": true, "midfielder": true, "striker": true, "quarterback": true,
	"leader": true, "aide": true, "member": true, "staffer": true, "prosecutor": true, "defender": true,
	// relatives and relations, as in "her mother, Fiona, said"
	"mother": true, "father": true, "wife": true, "husband": true, "son": true, "daughter": true,
	"brother": true, "sister": true, "widow": true, "widower": true, "uncle": true, "aunt": true,
	"grandmother": true, "grandfather": true, "cousin": true, "niece": true, "nephew": true, "friend": true,
	"neighbor": true, "neighbour": true, "girlfriend": true, "boyfriend": true, "fiancee": true, "fiance": true,
}

// enOrgWords end (or make up) an organisation's name.
var enOrgWords = map[string]bool{
	"inc": true, "inc.": true, "corp": true, "corp.": true, "corporation": true, "co": true, "co.": true,
	"company": true, "companies": true, "group": true, "holdings": true, "ltd": true, "ltd.": true, "llc": true,
	"plc": true, "bank": true, "banks": true, "capital": true, "partners": true, "associates": true,
	"securities": true, "equities": true, "investments": true, "advisors": true, "advisers": true, "fund": true, "trust": true,
	"institute": true, "institution": true, "university": true, "college": true, "school": true,
	"department": true, "ministry": true, "office": true, "agency": true, "administration": true,
	"commission": true, "committee": true, "council": true, "board": true, "bureau": true, "authority": true,
	"service": true, "services": true, "association": true, "coalition": true, "union": true, "federation": true,
	"foundation": true, "society": true, "center": true, "centre": true, "organization": true,
	"organisation": true, "network": true, "news": true, "times": true, "post": true, "journal": true,
	"house": true, "leader": true, "herald": true, "tribune": true, "telegraph": true, "guardian": true, "gazette": true,
	"press": true, "reuters": true, "bloomberg": true, "airline": true, "airlines": true, "airways": true,
	"motors": true, "technologies": true, "systems": true, "labs": true, "pharmaceuticals": true, "media": true,
	"government": true, "court": true, "police": true, "party": true, "parliament": true, "congress": true,
	"senate": true, "club": true, "exchange": true, "reserve": true, "fed": true, "street": true, "cnbc": true,
	"cnn": true, "bbc": true, "npr": true, "ap": true, "afp": true, "xinhua": true, "team": true, "management": true,
	"reports": true, "review": true, "magazine": true, "weekly": true, "daily": true, "today": true,
	"research": true, "analytics": true, "consulting": true, "insights": true, "intelligence": true, "lab": true,
	// company-name endings: Acme Industries, Kraft Foods, Sunrise Brands
	"industries": true, "enterprises": true, "foods": true, "brands": true, "electronics": true,
	"pharma": true, "entertainment": true, "studios": true, "logistics": true, "solutions": true,
}

// enOrgNouns are generic nouns by which a text refers back to an
// organisation: "the company said", "the group added".
var enOrgNouns = map[string]bool{
	"company": true, "firm": true, "group": true, "organization": true, "organisation": true, "agency": true,
	"bank": true, "lender": true, "retailer": true, "airline": true, "carrier": true, "network": true,
	"outlet": true, "newspaper": true, "paper": true, "publication": true, "institute": true,
	"department": true, "ministry": true, "government": true, "office": true, "fund": true, "startup": true,
	"chain": true, "automaker": true, "manufacturer": true, "maker": true, "plane-maker": true, "giant": true,
	"coalition": true, "union": true, "association": true, "party": true, "campaign": true, "team": true,
	"club": true, "court": true, "council": true, "committee": true, "board": true, "regulator": true,
	"exchange": true, "platform": true, "service": true, "site": true, "website": true, "insurer": true,
	"operator": true, "conglomerate": true, "business": true, "brand": true, "store": true, "administration": true,
	"agency's": true, "company's": true, "university": true, "school": true, "hospital": true, "charity": true,
	"management": true, "developer": true, "studio": true, "publisher": true, "broadcaster": true,
	"league": true, "federation": true, "brokerage": true, "military": true, "army": true, "navy": true,
	"police": true, "commission": true, "authority": true, "prosecutors'": true, "parliament": true,
}

// enDocNouns make a speaker a document or a survey (the "source" group): the
// report said, court records show.
var enDocNouns = map[string]bool{
	"report": true, "reports": true, "study": true, "studies": true, "paper": true, "survey": true, "poll": true,
	"data": true, "filing": true, "filings": true, "statement": true, "document": true, "documents": true,
	"records": true, "analysis": true, "research": true, "release": true, "memo": true, "letter": true,
	"complaint": true, "lawsuit": true, "indictment": true, "affidavit": true, "transcript": true,
	"figures": true, "statistics": true, "estimates": true, "forecast": true, "findings": true, "review": true,
	"audit": true, "census": true, "index": true, "minutes": true, "guidance": true,
}

// enPersonNouns describe a person or people without a name: "a person
// familiar with the matter", "one user", "aviation analysts".
var enPersonNouns = map[string]bool{
	"person": true, "people": true, "source": true, "sources": true, "official": true, "officials": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "insider": true, "insiders": true,
	"employee": true, "employees": true, "user": true, "users": true, "analyst": true, "analysts": true,
	"executive": true, "executives": true, "investor": true, "investors": true, "expert": true, "experts": true,
	"economist": true, "economists": true, "resident": true, "residents": true, "witness": true,
	"witnesses": true, "worker": true, "workers": true, "member": true, "members": true, "critic": true,
	"critics": true, "supporter": true, "supporters": true, "observer": true, "observers": true,
	"man": true, "woman": true, "men": true, "women": true, "staffer": true, "staffers": true, "aide": true,
	"aides": true, "diplomat": true, "diplomats": true, "lawmaker": true, "lawmakers": true, "trader": true,
	"traders": true, "strategist": true, "strategists": true, "researcher": true, "researchers": true,
	"scientist": true, "scientists": true, "doctor": true, "doctors": true, "customer": true, "customers": true,
	"parent": true, "parents": true, "student": true, "students": true, "another": true, "one": true,
	"patient": true, "patients": true, "respondent": true, "respondents": true, "participant": true,
	"participants": true, "nurse": true, "nurses": true, "teacher": true, "teachers": true,
	"developer": true, "developers": true,
	"suspect": true, "suspects": true, "victim": true, "victims": true, "defendant": true, "defendants": true,
	"plaintiff": true, "plaintiffs": true, "passenger": true, "driver": true, "motorist": true, "bystander": true,
	"survivor": true, "fan": true, "fans": true, "player": true,
	"someone": true, "others": true, "governor": true, "executive's": true, "ceo": true, "chairman": true,
	"president": true, "founder": true, "director": true, "manager": true, "professor": true, "minister": true,
	"senator": true, "mayor": true, "lawyer": true, "attorney": true, "judge": true, "officer": true,
}

// enLayNouns describe a person by circumstance, not by a title a named
// person would carry: "the patient said", "the driver insisted" refer back
// only to someone called so (or holding the word in a role), never to
// whoever was named last; with no one to refer to, the description speaks.
var enLayNouns = map[string]bool{
	"man": true, "woman": true, "boy": true, "girl": true, "child": true, "patient": true, "driver": true,
	"passenger": true, "victim": true, "suspect": true, "resident": true, "witness": true, "customer": true,
	"motorist": true, "bystander": true, "survivor": true, "waitress": true, "waiter": true, "shopper": true,
	"tenant": true, "homeowner": true, "caller": true, "reader": true, "viewer": true, "visitor": true,
	"stranger": true, "neighbor": true, "neighbour": true, "user": true, "respondent": true, "participant": true,
}

// enNotSurnameEnds: endings of a capitalised word that is no surname
// (Asked, Sentencing, Democrats), so a later he/she does not take it for
// a person.
var enNotSurnameEnds = []string{"ed", "ing", "ats", "ans", "ers", "ists", "ites", "ics", "ies", "ment", "tion", "sion", "ness"}

// enIngAdjectives end in -ing but describe a noun ("momentous, groundbreaking
// advances, says X"): a comma chunk opened by one is no participle aside.
var enIngAdjectives = map[string]bool{
	"groundbreaking": true, "interesting": true, "exciting": true, "amazing": true, "surprising": true,
	"promising": true, "disappointing": true, "encouraging": true, "stunning": true, "striking": true,
	"compelling": true, "convincing": true, "troubling": true, "alarming": true, "worrying": true,
	"astonishing": true, "fascinating": true, "challenging": true, "overwhelming": true, "pressing": true,
	"lasting": true, "leading": true, "growing": true, "rising": true, "existing": true, "underlying": true,
	"outstanding": true, "booming": true, "thriving": true, "damaging": true, "devastating": true,
}

// enPronouns refer back to a person or an organisation.
var enPronouns = map[string]entKind{
	"he": kPerson, "she": kPerson, "they": kGroup, "it": kOrg,
}

// enDeterminers may open a speaker phrase.
var enDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "one": true, "another": true, "multiple": true, "several": true,
	"some": true, "many": true, "two": true, "three": true, "four": true, "other": true, "its": true,
	"his": true, "her": true, "their": true, "our": true, "this": true, "that": true, "these": true, "those": true,
}

// enNameConnectors may join the capitalised words of one name: "Department
// of Social Services", "Institute on Drug Abuse", "Marks and Spencer".
var enNameConnectors = map[string]bool{
	"of": true, "on": true, "for": true, "and": true, "&": true, "de": true, "van": true, "von": true,
	"der": true, "del": true, "da": true, "la": true, "le": true, "al": true, "bin": true, "the": true,
}

// enNaming words before a quotation make it a name or a term, not speech:
// the slogan "…", the word "…".
var enNaming = map[string]bool{
	"slogan": true, "tagline": true, "motto": true, "headline": true, "title": true, "titled": true,
	"entitled": true, "phrase": true, "word": true, "words": true, "term": true, "called": true, "dubbed": true,
	"named": true, "nicknamed": true, "label": true, "labeled": true, "labelled": true, "hashtag": true,
	"sign": true, "signs": true, "banner": true, "caption": true, "song": true, "album": true, "film": true,
	"movie": true, "book": true, "show": true, "series": true, "as": true, "so-called": true, "brand": true,
}

// enAbbrevs end with a period that does not end a sentence.
var enAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true, "st": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "vs": true, "etc": true, "no": true, "gov": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "u.s": true, "u.k": true, "e.g": true, "i.e": true,
	"rep": true, "sen": true, "gen": true, "lt": true, "col": true, "capt": true, "sgt": true, "ft": true,
	"mt": true, "a.m": true, "p.m": true, "d.c": true, "u.n": true, "e.u": true, "n.y": true, "l.a": true,
}

// enAddCues are the forms of "add", a speech cue unless a number follows.
// enCredentials are degrees set off after a name ("Jo Park, MD, president
// of …"): they stand between the name and its role.
var enCredentials = map[string]bool{"md": true, "phd": true, "do": true, "rn": true, "dds": true, "mph": true, "jd": true, "mba": true, "np": true, "pa": true}

// enSubjectBreakers cannot stand inside a plain subject phrase (a trailing
// ", the regional government said"): a clause goes on instead.
var enSubjectBreakers = map[string]bool{"and": true, "but": true, "while": true, "that": true, "which": true, "who": true,
	"when": true, "if": true, "as": true, "because": true, "it": true, "he": true, "she": true, "they": true, "not": true, "didn't": true, "did": true}

var enAddCues = map[string]bool{"add": true, "adds": true, "added": true, "adding": true}

// enThoseGroupNext after "those" make a group of people speak: those in
// favor of…, those close to…, those opposed to….
var enThoseGroupNext = map[string]bool{"in": true, "close": true, "familiar": true, "opposed": true, "against": true,
	"involved": true, "affected": true, "on": true, "with": true, "from": true, "at": true}

// A quotation after a colon that ends a lead-in with no speech verb ("Lopez
// shared her perspective: “…”") goes to the lead-in's subject when the
// lead-in is at most enMaxColonLeadIn tokens (a colon is a strong sign, so
// the lead-in may be a long sentence; a whole-sentence quotation after a
// sentence with no colon, at most enMaxSentenceLeadIn), its subject is recorded within
// enColonSubjectReach tokens of the sentence start, and the quotation has at
// least enMinColonQuoteWords words.
const (
	enMaxColonLeadIn     = 36
	enMaxSentenceLeadIn  = 20
	enColonSubjectReach  = 4
	enMinColonQuoteWords = 5
)

// enColonDeterminers open an unnamed subject of such a lead-in ("One
// engineer summed it up: …").
var enColonDeterminers = map[string]bool{"a": true, "an": true, "one": true, "another": true, "the": true}

// enAffiliationWords join a person's name to the body they belong to: "Jo
// Park of the CDF", "Jo Park at Oxford University".
var enAffiliationWords = map[string]bool{"of": true, "at": true}

// enMaxRoleOrgWords capitalised words (an organisation) may stand between
// "and" and a second role: "lead author and ESA glaciologist".
const enMaxRoleOrgWords = 2

// enOwnCueReach: how far into the clause after "As X reports," its own
// subject and cue may stand (the company announced that …).
const enOwnCueReach = 6

// enOutletCues are how an outlet relays a story: a trailing ", the Times
// reported" leaves "X said that …" before it to X.
var enOutletCues = map[string]bool{"reported": true, "reports": true, "report": true}

// enAskCues and enQuestionOpeners: an indirect question may lead into a
// quotation, "asked if there were “…”", within enMaxAskGap words.
var enAskCues = map[string]bool{"ask": true, "asks": true, "asked": true, "asking": true}
var enQuestionOpeners = map[string]bool{"if": true, "whether": true}

const enMaxAskGap = 4

// enTeamNouns after "and his/her/their" join a named person's co-workers to
// the subject without making them the speaker: "Jo Park and her team wrote".
var enTeamNouns = map[string]bool{"team": true, "colleagues": true, "co-authors": true, "coauthors": true, "collaborators": true, "students": true}
var enTeamOwners = map[string]bool{"his": true, "her": true, "their": true}

// enMaxListedName is the longest comma-listed name inside an appositive
// ("in Lyon, France,"; "Acme Defense, Space, and Security").
const enMaxListedName = 3
