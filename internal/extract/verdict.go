package extract

import "lede/internal/text"

// Verdict: is the page an article at all? Home pages, section fronts and
// search results have no body of prose: the article text is short, or mostly
// links, or a stack of teasers — headline links each followed by a line or
// two of summary.

// teaserBylineLeads start a teaser's byline.
var teaserBylineLeads = []string{"by ", "por ", "par ", "von ", "door ", "作者：", "作者:", "记者", "記者", "文/", "文／"}

// Tunables of the verdict.
const (
	verdictMinText        = 250 // weighted characters of article text
	verdictMaxLinkShare   = 0.5 // share of the article text inside links
	teaserMinCount        = 6   // this many headline links…
	teaserMinLen          = 8   // (a headline link has at least this many characters…
	teaserLinkShare       = 0.6 // …and is at least this much link)
	teaserMaxProse        = 150 // …with less than this much prose (weighted) per headline link…
	teaserMaxLongestProse = 600 // …and no paragraph longer than this make a list page
	teaserMinBylines      = 3   // this many byline lines with as many headline links: a list page
	teaserBylineMaxLen    = 60
	// photoStoryMinText: a page under verdictMinText is still an article —
	// a photo story — when its headline is found, it is dated or signed, it
	// shows a picture, and its text and captions weigh at least this much.
	photoStoryMinText = 60
)

// photoStory is what the verdict knows of the article's pictures and headline.
type photoStory struct {
	pictures int  // pictures shown in the article
	headline bool // the headline (like the title) was found on the page
	dated    bool // a publication date or a byline was found
}

func (p *page) verdict(ls []line, ps photoStory) (ok bool, reason string, photo bool) {
	total, links, teasers, prose, longest, bylines, captions := 0, 0, 0, 0, 0, 0, 0
	for i := range ls {
		l := &ls[i]
		if l.kind == lineClutter {
			continue
		}
		if l.runes <= teaserBylineMaxLen && hasAnyPrefix(text.ToLower(l.Text), teaserBylineLeads) {
			bylines++
		}
		if l.runes >= teaserMinLen && float64(l.linkRunes) >= teaserLinkShare*float64(l.runes) {
			teasers++ // headline links count wherever they sit (a dated one reads as a byline)
		}
		if l.kind == lineCaption && l.linkRunes == 0 {
			captions += lineWeight(l)
		}
		if l.kind != lineText {
			continue
		}
		n := lineWeight(l)
		total += n
		links += l.linkRunes
		if float64(l.linkRunes) >= teaserLinkShare*float64(l.runes) {
			continue
		}
		prose += n
		longest = max(longest, n)
	}
	switch {
	case total < verdictMinText && ps.pictures > 0 && ps.headline && ps.dated && total+captions >= photoStoryMinText && 2*links < total+captions:
		// a photo story: a picture with its caption and a line or two
		return true, "", true
	case total < verdictMinText:
		return false, "no article text found", false
	case float64(links) > verdictMaxLinkShare*float64(total):
		return false, "list page: the text is mostly links", false
	case teasers >= teaserMinCount && prose < teaserMaxProse*teasers && longest < teaserMaxLongestProse:
		return false, "list page: a stack of headline links with short summaries", false
	case bylines >= teaserMinBylines && teasers >= teaserMinBylines && longest < teaserMaxLongestProse:
		return false, "list page: teasers by several authors", false
	}
	return true, "", false
}

// lineWeight is a line's weighted length (Han characters count triple).
func lineWeight(l *line) int {
	if !l.hanCounted {
		// counted once: the stages ask for a line's weight again and again
		for _, r := range l.Text {
			if r >= 0x2e80 && isHanRune(r) {
				l.han++
			}
		}
		l.hanCounted = true
	}
	return l.runes + hanExtraWeight*l.han
}

// hasHeadlineLine reports a line repeating the headline.
func hasHeadlineLine(ls []line) bool {
	for i := range ls {
		if ls[i].kind == lineHeadline {
			return true
		}
	}
	return false
}
