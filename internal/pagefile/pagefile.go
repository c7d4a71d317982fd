// Package pagefile reads saved HTML pages from disk and decodes them to UTF-8
// from the charset they declare (GBK, GB2312, GB18030, Big5, Shift_JIS, …).
// In the browser the DOM is already decoded, so only native tools use it.
package pagefile

import (
	"bytes"
	"io"
	"os"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// prescanLimit is how far into the page a <meta charset> is looked for. The
// HTML standard's prescan stops at 1024 bytes, but real pages put the
// declaration after long inline scripts, and browsers (which also re-decode
// on a late declaration) still honour it.
const prescanLimit = 64 << 10

// Read returns the page at path as UTF-8 text.
func Read(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	return Decode(b), nil
}

// Decode converts raw page bytes to UTF-8: a byte-order mark wins, then a
// declared charset (<meta charset> or http-equiv, within the page's first
// 64 KB), then the content: valid UTF-8 stays UTF-8, otherwise GB18030 when
// that decodes cleanly into Chinese text, else windows-1252 as browsers do.
// GB2312 and GBK are decoded as GB18030, their superset, as browsers do.
func Decode(b []byte) string {
	enc, name := detect(b)
	return decodeWith(b, enc, name)
}

// Charset is the name (WHATWG label) of the encoding Decode reads b in, e.g.
// "utf-8", "gbk", "big5": what a server should send in its Content-Type for
// a browser to decode the page the same way.
func Charset(b []byte) string {
	_, name := detect(b)
	return name
}

func detect(b []byte) (encoding.Encoding, string) {
	if enc, name, certain := charset.DetermineEncoding(b, ""); certain {
		return enc, name
	}
	if enc, name := declared(b); enc != nil {
		return enc, name
	}
	if utf8.Valid(b) {
		return nil, "utf-8"
	}
	if _, ok := tryGB18030(b); ok {
		return simplifiedchinese.GB18030, "gb18030"
	}
	return charset.Lookup("windows-1252")
}

func decodeWith(b []byte, enc encoding.Encoding, name string) string {
	if name == "utf-8" || enc == nil {
		return string(b)
	}
	out, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(b)))
	if err != nil {
		return string(b)
	}
	return string(out)
}

// declared finds a charset declared in a <meta> tag within prescanLimit.
func declared(b []byte) (encoding.Encoding, string) {
	if len(b) > prescanLimit {
		b = b[:prescanLimit]
	}
	lower := bytes.ToLower(b)
	for i := 0; ; {
		j := bytes.Index(lower[i:], []byte("<meta"))
		if j < 0 {
			return nil, ""
		}
		start := i + j
		end := bytes.IndexByte(lower[start:], '>')
		if end < 0 {
			return nil, ""
		}
		tag := lower[start : start+end]
		i = start + end
		k := bytes.Index(tag, []byte("charset"))
		if k < 0 {
			continue
		}
		v := tag[k+len("charset"):]
		v = bytes.TrimLeft(v, " \t\r\n")
		if len(v) == 0 || v[0] != '=' {
			continue
		}
		v = bytes.TrimLeft(v[1:], " \t\r\n\"'")
		n := 0
		for n < len(v) && (v[n] == '-' || v[n] == '_' || v[n] == '.' || v[n] == ':' || v[n] >= '0' && v[n] <= '9' || v[n] >= 'a' && v[n] <= 'z') {
			n++
		}
		if n == 0 {
			continue
		}
		if enc, name := charset.Lookup(string(v[:n])); enc != nil {
			// a page served as UTF-16 cannot declare it in ASCII: HTML says utf-8
			if name == "utf-16le" || name == "utf-16be" {
				enc, name = charset.Lookup("utf-8")
			}
			return enc, name
		}
	}
}

// tryGB18030 decodes undeclared non-UTF-8 bytes as GB18030 and accepts the
// result when it has no replacement characters and its non-ASCII letters are
// mostly Han.
func tryGB18030(b []byte) (string, bool) {
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	if err != nil {
		return "", false
	}
	s := string(out)
	han, other := 0, 0
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			return "", false
		case r < 0x80:
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.IsLetter(r):
			other++
		}
	}
	return s, han > 0 && han >= 4*other
}
