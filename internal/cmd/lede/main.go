// Command lede runs the Lede core natively.
//
//	lede analyze [-url URL] [-ui en|zh] FILE.html   print the page's Analysis as JSON
//	lede export [-url URL] [-o OUT.html] FILE.html  write a standalone, minified reading copy
//	lede eval -corpus DIR [-set S] [-v] score a labelled corpus, print metrics as JSON
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"lede/internal/analysis"
	"lede/internal/eval"
	"lede/internal/pagefile"
)

const usage = `usage:
  lede analyze [-url URL] [-ui en|zh] [-trace] FILE.html
                                        print the Analysis of FILE.html as JSON ("-" reads stdin);
                                        -ui is the sidebar's language (default en);
                                        -trace explains the extraction decisions on stderr
  lede export [-url URL] [-o OUT.html] FILE.html
                                        write the article as a standalone, minified reading copy
                                        (HTML, to stdout without -o)
  lede eval -corpus DIR [-set SET,...] [-v] [-markdown FILE|-]
                                        score a corpus (see shared/corpus/FORMAT.md), print metrics as JSON;
                                        -markdown regenerates the per-set table in FILE (docs/extraction.md)
`

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "lede:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("missing command\n%s", usage)
	}
	switch args[0] {
	case "analyze":
		return analyzeCmd(args[1:], out)
	case "export":
		return exportCmd(args[1:], out)
	case "eval":
		return evalCmd(args[1:], out)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(out, usage)
		return nil
	}
	return fmt.Errorf("unknown command %q\n%s", args[0], usage)
}

func analyzeCmd(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	url := fs.String("url", "", "the page's address (resolves relative links)")
	ui := fs.String("ui", "en", "the sidebar's UI language: en or zh")
	trace := fs.Bool("trace", false, "explain the extraction decisions on stderr")
	traceAll := fs.Bool("trace-all", false, "like -trace, with every paragraph's verdict")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("analyze needs exactly one FILE.html\n%s", usage)
	}
	if *ui != "en" && *ui != "zh" {
		return fmt.Errorf("-ui must be en or zh, not %q", *ui)
	}
	src, err := readPage(fs.Arg(0))
	if err != nil {
		return err
	}
	opt := analysis.Options{URL: *url, UILang: *ui}
	if *trace || *traceAll {
		opt.Trace = os.Stderr
		opt.TraceAll = *traceAll
	}
	a, err := analysis.Analyze(src, opt)
	if err != nil {
		return err
	}
	return writeJSON(out, a)
}

// readPage reads a page file ("-" for stdin), decoded to UTF-8.
func readPage(name string) (string, error) {
	if name == "-" {
		b, err := io.ReadAll(os.Stdin)
		if err != nil {
			return "", err
		}
		return pagefile.Decode(b), nil
	}
	return pagefile.Read(name)
}

func exportCmd(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	url := fs.String("url", "", "the page's address (resolves relative links and images; named in the copy)")
	to := fs.String("o", "", "write the reading copy to this file instead of stdout")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("export needs exactly one FILE.html\n%s", usage)
	}
	src, err := readPage(fs.Arg(0))
	if err != nil {
		return err
	}
	a, err := analysis.Analyze(src, analysis.Options{URL: *url})
	if err != nil {
		return err
	}
	if !a.IsArticle {
		return fmt.Errorf("%s does not look like an article (%s): nothing to export", fs.Arg(0), a.Reason)
	}
	doc := analysis.ReadingCopy(a, *url)
	if doc == "" {
		return fmt.Errorf("%s: no article text to export", fs.Arg(0))
	}
	if *to != "" {
		return os.WriteFile(*to, []byte(doc), 0o644)
	}
	_, err = io.WriteString(out, doc)
	return err
}

func evalCmd(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	corpus := fs.String("corpus", "", "corpus directory (e.g. ../shared/corpus)")
	sets := fs.String("set", "", "comma-separated sets to score (default: all)")
	verbose := fs.Bool("v", false, "include per-page results")
	markdown := fs.String("markdown", "", "write the per-set table into this Markdown file (between its generated markers) instead of JSON; - prints it")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *corpus == "" {
		return fmt.Errorf("eval needs -corpus DIR\n%s", usage)
	}
	opt := eval.Options{Details: *verbose}
	if *sets != "" {
		opt.Sets = strings.Split(*sets, ",")
	}
	rep, err := eval.Run(*corpus, opt)
	if err != nil {
		return err
	}
	switch *markdown {
	case "":
		return writeJSON(out, rep)
	case "-":
		_, err := io.WriteString(out, rep.Markdown())
		return err
	}
	return rep.WriteMarkdown(*markdown)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
