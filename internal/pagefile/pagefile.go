// Package pagefile reads saved HTML pages from disk and decodes them to UTF-8
// from the charset they declare (GBK, GB2312, GB18030, Big5, Shift_JIS, …).
// In the browser the DOM is already decoded, so only native tools use it.
package pagefile

import (
	"bytes"
	"io"
	"os"

	"golang.org/x/net/html/charset"
)

// Read returns the page at path as UTF-8 text.
func Read(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	return Decode(b), nil
}

// Decode converts raw page bytes to UTF-8 using the BOM, the <meta charset>
// or http-equiv declaration, or content sniffing, in that order (the HTML
// encoding-sniffing algorithm). GB2312 and GBK are decoded as GB18030, their
// superset, as browsers do.
func Decode(b []byte) string {
	enc, name, _ := charset.DetermineEncoding(b, "")
	if name == "utf-8" || enc == nil {
		return string(b)
	}
	r := enc.NewDecoder().Reader(bytes.NewReader(b))
	out, err := io.ReadAll(r)
	if err != nil {
		return string(b)
	}
	return string(out)
}
