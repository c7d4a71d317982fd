package browsertest

import (
	"strings"
	"testing"
)

// TestEncodedPagesInBrowser: pages saved in GBK, GB2312 and Big5 (the
// extractor's hand-made fixtures), served with their charset, are decoded by
// the browser; the core reads the decoded DOM and the reader sees the
// article without its editor line and related list.
func TestEncodedPagesInBrowser(t *testing.T) {
	env := browser(t)
	tests := []struct{ file, charset, title, first, editor string }{
		{"gbk.html", "GBK", "青禾镇图书馆夜间开放满一年 借阅量翻了一番", "青禾镇图书馆自去年三月起每周五天开放到晚上九点", "责任编辑"},
		{"gb2312.html", "GBK", "青禾镇图书馆夜间开放满一年 借阅量翻了一番", "青禾镇图书馆自去年三月起每周五天开放到晚上九点", "责任编辑"},
		{"big5.html", "Big5", "青禾鎮圖書館夜間開放滿一年 借閱量翻了一番", "青禾鎮圖書館自去年三月起每週五天開放到晚上九點", "責任編輯"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			tb := env.open(t, env.pageURL("/extract/encoded/"+tt.file))
			if cs := eval[string](tb, `document.characterSet`); cs != tt.charset {
				t.Errorf("decoded as %s, want %s", cs, tt.charset)
			}
			before := eval[string](tb, jsOuter)
			tb.turnOn()
			a := tb.analysis()
			visible := squash(eval[string](tb, jsVisible))
			if a["title"] != tt.title {
				t.Errorf("title %q, want %q", a["title"], tt.title)
			}
			for _, s := range []string{tt.title, tt.first} {
				if !strings.Contains(visible, squash(s)) {
					t.Errorf("%q is not visible", s)
				}
			}
			for _, s := range []string{tt.editor, "口袋公园", "版权"} {
				if strings.Contains(visible, s) {
					t.Errorf("%q is visible", s)
				}
			}
			text, _ := a["text"].(string)
			if f := shingleF1(text, visibleArticle0(t, tb, a)); f < minShownText {
				t.Errorf("visible article ≈ Analysis text: F1 %.3f", f)
			}
			tb.turnOff()
			if after := eval[string](tb, jsOuter); after != before {
				t.Errorf("restore is not exact:\n%s", firstDiff(before, after))
			}
		})
	}
}

// visibleArticle0 is the visible article of the open tab (see visibleArticle).
func visibleArticle0(t *testing.T, tb *tab, a map[string]any) string {
	t.Helper()
	s, _ := visibleArticle(eval[string](tb, jsVisible), a)
	return s
}

// TestOverlaysAndInvisibleNodes: a page whose stylesheet puts a consent
// banner and a subscribe modal in fixed boxes over the article, a share bar
// in a sticky one, and hides a paragraph with display:none. The content
// script marks what the browser knows (data-lede-fixed, data-lede-hidden);
// the core hides the overlays — set inside the article's container, with
// names that say nothing — however much prose they hold, and never reads
// the invisible paragraph. (The same HTML analysed natively, without the
// marks, reads all of them as article text.)
func TestOverlaysAndInvisibleNodes(t *testing.T) {
	env := browser(t)
	tb := env.open(t, env.pageURL("/browsertest/overlays.html"))
	const consent, modal, hiddenNote = "We and our partners store and read information", "You have read three free stories", "this hidden note must never be read"
	visibleBefore := eval[string](tb, jsVisible)
	for _, s := range []string{consent, modal} {
		if !strings.Contains(visibleBefore, s) {
			t.Fatalf("the page does not show %q before the click", s)
		}
	}
	before := eval[string](tb, jsOuter)
	tb.turnOn()
	a := tb.analysis()
	text, _ := a["text"].(string)
	visible := eval[string](tb, jsVisible)
	for _, s := range []string{consent, modal, "Accept everything", hiddenNote} {
		if strings.Contains(visible, s) {
			t.Errorf("%q is visible after the click", s)
		}
		if strings.Contains(text, s) {
			t.Errorf("%q is in the Analysis text", s)
		}
	}
	for _, s := range []string{"The night ferry will run again this summer", "Tickets go on sale on Monday"} {
		if !strings.Contains(visible, s) || !strings.Contains(text, s) {
			t.Errorf("%q is not shown and in the text", s)
		}
	}
	if eval[bool](tb, `[...document.querySelectorAll('.box-c a')].some(a => a.checkVisibility())`) {
		t.Errorf("the sticky share bar is visible")
	}
	tb.turnOff()
	if after := eval[string](tb, jsOuter); after != before {
		t.Errorf("restore is not exact:\n%s", firstDiff(before, after))
	}
}
