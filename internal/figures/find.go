package figures

import "lede/internal/text"

// Find returns the figures of doc in text order.
// INTERIM: the figures issue implements this.
func Find(doc *text.Doc) []Figure { return nil }
