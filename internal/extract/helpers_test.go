package extract

import "lede/internal/text"

func paraOf(s string) text.Para { return text.Para{Text: s, Kind: "p"} }
