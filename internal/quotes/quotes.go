// Package quotes finds speaker attributions — direct and reported speech — in
// English and Chinese news text, with the speaker, the speaker's role and the
// speech cue.
package quotes

// Quote is one attributed (or unattributable) piece of speech.
type Quote struct {
	Speaker   string `json:"speaker"`             // name or anonymous phrase; "" when unattributed
	Role      string `json:"role,omitempty"`      // e.g. "艾媒咨询CEO", "chief executive of X"
	Anonymous bool   `json:"anonymous,omitempty"` // 内部人士, "a person familiar with the matter"
	Cue       string `json:"cue"`                 // the speech verb phrase: 表示, told reporters
	Kind      string `json:"kind"`                // direct or indirect
	Text      string `json:"text"`                // the quoted or reported words
	Start     int    `json:"start"`               // offset into the Analysis text, in Unicode code points
	End       int    `json:"end"`                 // end offset (exclusive), code points
	Node      int    `json:"node"`                // node id of the paragraph element that holds it (-1 unknown)
	Group     string `json:"group"`               // "person", "organisation", "source" (documents, surveys) or "unattributed"
}
