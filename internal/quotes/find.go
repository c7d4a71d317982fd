package quotes

import "lede/internal/text"

// Find returns the attributions of doc in text order.
// INTERIM: the quotes issue implements this.
func Find(doc *text.Doc) []Quote { return nil }
