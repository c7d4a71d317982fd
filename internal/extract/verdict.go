package extract

// Verdict: is the page an article at all? Home pages, section fronts and
// search results have no body of prose: the best candidate is short, or made
// of links, or a stack of teasers.

// Tunables of the verdict.
const (
	verdictMinText        = 250 // weighted characters of article text
	verdictMaxLinkDensity = 0.5
)

func (p *page) verdict(o *outcome) (bool, string) {
	if o.n < verdictMinText {
		return false, "no article text found"
	}
	var st = o.cl.cur[o.ch.parts[0].Index]
	if st.LinkDensity() > verdictMaxLinkDensity {
		return false, "list page: the best block is mostly links"
	}
	return true, ""
}
