// Package rasd holds the domain types of rasd: articles, events, the claims
// sources make about them and the evidence spans behind every value.
//
// The pipeline runs text → extract → geo → merge → store → serve; each stage
// lives in its own package and exchanges the types defined here.
package rasd

import "time"

// Article is one news report as ingested.
type Article struct {
	ID        string    `json:"id"`
	Title     string    `json:"title,omitempty"`
	Text      string    `json:"text"`
	Published time.Time `json:"-"`
	// PublishedRaw keeps the publication stamp as given (a date or RFC 3339).
	PublishedRaw string `json:"published,omitempty"`
	Source       string `json:"source,omitempty"`
	URL          string `json:"url,omitempty"`
	Lang         string `json:"lang,omitempty"`
}

// Part names the field of an Article that a Span points into.
type Part string

const (
	PartTitle Part = "title"
	PartText  Part = "text"
)

// Evidence ties one field of an event to the words that justify it.
// Start and End are Unicode code point offsets into the original
// (unnormalised) Title or Text, End exclusive.
type Evidence struct {
	Field string `json:"field"`
	Part  Part   `json:"part"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Quote string `json:"quote,omitempty"`
}
