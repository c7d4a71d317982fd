package pagefile

import (
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecode(t *testing.T) {
	const zh = "青石镇图书馆夜间开放满一年，借阅量翻番。"
	const zhHant = "青石鎮圖書館夜間開放滿一年，借閱量翻番。"
	longScript := "<script>" + string(make([]byte, 3000)) + "</script>"
	tests := []struct {
		name string
		raw  []byte
		want string
	}{
		{"gbk meta charset", append([]byte(`<html><head><meta charset="gbk"></head><body><p>`), append(encode(t, simplifiedchinese.GBK, zh), "</p></body></html>"...)...), zh},
		{"gb2312 http-equiv", append([]byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>`), encode(t, simplifiedchinese.GBK, zh)...), zh},
		{"big5", append([]byte(`<meta charset=big5><p>`), encode(t, traditionalchinese.Big5, zhHant)...), zhHant},
		{"declaration after a long script", append([]byte(`<html><head>`+longScript+`<meta charset="gb18030"></head><body>`), encode(t, simplifiedchinese.GB18030, zh)...), zh},
		{"undeclared utf-8", []byte("<p>" + zh + "</p>"), zh},
		{"undeclared gbk", append([]byte("<p>"), encode(t, simplifiedchinese.GBK, zh+zh+zh)...), zh},
		{"utf-8 bom", append([]byte{0xef, 0xbb, 0xbf}, "<p>"+zh...), zh},
	}
	for _, tt := range tests {
		got := Decode(tt.raw)
		if !contains(got, tt.want) {
			t.Errorf("%s: decoded text lacks %q: %.120q", tt.name, tt.want, got)
		}
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

func TestCharset(t *testing.T) {
	const zh = "青石镇图书馆夜间开放满一年，借阅量翻番。"
	tests := []struct {
		raw  []byte
		want string
	}{
		{[]byte("<p>" + zh), "utf-8"},
		{[]byte("<p>caf\xe9 cr\xe8me br\xfbl\xe9e"), "windows-1252"},
		{append([]byte(`<meta charset="gb2312"><p>`), encode(t, simplifiedchinese.GBK, zh)...), "gbk"},
		{append([]byte(`<meta charset=big5><p>`), encode(t, traditionalchinese.Big5, "青石鎮圖書館")...), "big5"},
		{append([]byte("<p>"), encode(t, simplifiedchinese.GBK, zh+zh+zh)...), "gb18030"},
	}
	for _, tt := range tests {
		if got := Charset(tt.raw); got != tt.want {
			t.Errorf("Charset(%.30q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}
