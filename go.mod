module lede

go 1.26.0

require (
	github.com/tdewolff/minify/v2 v2.24.25
	golang.org/x/net v0.62.0
	golang.org/x/text v0.44.0
)

require github.com/tdewolff/parse/v2 v2.8.20 // indirect
