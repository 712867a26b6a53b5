// Package extract reads events of political violence out of Arabic news
// articles, in ACLED's taxonomy, following the coding rules of
// ../shared/eval/README.md.
//
// Extraction is a pure function of (Article, Lexicon, Gazetteer): no I/O,
// no clock, no globals. It runs in four steps:
//
//  1. doc.go: each part (title, text) is normalised, tokenised, split into
//     sentences and matched against the lexicon, numbers and dates;
//  2. frame.go, places.go, actors.go: every sentence becomes a frame: the
//     event class its triggers signal, its places, sides and their roles,
//     casualty counts, dates, sources, and the cues that rule it out
//     (threats, plans, background, totals, accidents, crime);
//  3. assemble.go: frames are merged into article-level events, one per
//     place, day, side pair and type, combining facts spread over
//     sentences;
//  4. finish.go: each event gets its type, weapons, sides, casualties and
//     claims, every value with the span of the words behind it.
//
// debug.go holds Explain, which prints how each sentence was read.
package extract

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/rasd-project/rasd"
	"github.com/rasd-project/rasd/lexicon"
)

// Gazetteer resolves the places and countries the lexicon finds in text.
type Gazetteer interface {
	// Place resolves a KPlace or KCountry lexicon hit.
	Place(ref lexicon.Ref) (rasd.Place, bool)
	// Country returns a country by ISO alpha-3 code.
	Country(iso3 string) (rasd.Place, bool)
}

// Extractor holds what extraction reads from: immutable, safe for
// concurrent use.
type Extractor struct {
	lx   *lexicon.Lexicon
	gz   Gazetteer
	zone *time.Location
	// capitals maps a country's iso3 to its capital's name (countries.tsv).
	capitals map[string]string
	// fired holds the places of fireTargets, resolved once.
	fired map[string]rasd.Place
	// withGov holds the names of forces that fight for their government
	// (actors.tsv, with = government).
	withGov map[string]bool

	// placeBufs pools the *placeBufs that ReadPlaces works in: each call
	// takes one for itself, so calls on several goroutines never share
	// one, and a run of calls reuses their arrays (see ReadPlaces).
	placeBufs sync.Pool
}

// DefaultZone returns the outlet time zone assumed when nothing else is
// known: UTC+3, as the coding rules say.
func DefaultZone() *time.Location { return time.FixedZone("UTC+3", 3*3600) }

// New returns an Extractor. zone is the outlet's time zone used to read an
// RFC 3339 publication time as a local day; nil means DefaultZone().
func New(lx *lexicon.Lexicon, gz Gazetteer, zone *time.Location) *Extractor {
	if zone == nil {
		zone = DefaultZone()
	}
	caps := map[string]string{}
	for _, c := range lx.Countries {
		if c.Capital != "" {
			caps[c.ISO3] = c.Capital
		}
	}
	// Where rockets fired from a place fall when the report names no
	// target (see firedAcross).
	fired := map[string]rasd.Place{}
	for from, to := range fireTargets {
		for i, pl := range lx.Places {
			if pl.Name == to && pl.Kind == "region" {
				if p, ok := gz.Place(lexicon.Ref{Kind: lexicon.KPlace, Item: i}); ok {
					fired[from] = p
				}
				break
			}
		}
	}
	withGov := map[string]bool{}
	for _, a := range lx.Actors {
		if a.WithGovernment {
			withGov[a.Name] = true
		}
	}
	return &Extractor{lx: lx, gz: gz, zone: zone, capitals: caps, fired: fired, withGov: withGov}
}

// fireTargets maps where rockets and shells are fired from (iso3/admin1,
// or iso3/name of a region) to where they fall when the report names no
// target: from the Gaza Strip the only land in range not its own is
// southern Israel, from south Lebanon northern Israel. Coders place such
// fire there (ACLED: "Southern Israel").
var fireTargets = map[string]string{
	"PSE/North Gaza": "Southern Israel", "PSE/Gaza": "Southern Israel", "PSE/Deir al-Balah": "Southern Israel",
	"PSE/Khan Yunis": "Southern Israel", "PSE/Rafah": "Southern Israel", "PSE/Gaza Strip": "Southern Israel",
	"LBN/South Lebanon": "Northern Israel", "LBN/Nabatieh": "Northern Israel", "LBN/Southern Lebanon": "Northern Israel",
}

// ErrNoDate is returned when an article has no usable publication date.
var ErrNoDate = errors.New("article has no publication date")

// PublicationDay returns the outlet's local day of publication: a date
// as given, or an RFC 3339 time converted to zone.
func PublicationDay(raw string, zone *time.Location) (time.Time, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return time.Time{}, ErrNoDate
	}
	if d, err := time.Parse("2006-01-02", raw); err == nil {
		return d, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, raw); err == nil {
			if zone == nil {
				zone = DefaultZone()
			}
			l := t.In(zone)
			return time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Time{}, fmt.Errorf("publication date %q: want YYYY-MM-DD or an RFC 3339 time", raw)
}

// Extract returns the events an article reports, each with evidence. A
// fault in the reading of one article (a bug rasd must fix) is returned as
// an error naming the article, not a crash of the whole run.
func (x *Extractor) Extract(a rasd.Article) (evs []rasd.Event, err error) {
	defer func() {
		if r := recover(); r != nil {
			evs, err = nil, fmt.Errorf("article %q: internal error in extraction (please report it with the article): %v", a.ID, r)
		}
	}()
	pub := a.Published
	if pub.IsZero() {
		var err error
		if pub, err = PublicationDay(a.PublishedRaw, x.zone); err != nil {
			return nil, err
		}
	} else {
		l := pub.In(x.zone)
		pub = time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, time.UTC)
	}
	d := x.prepare(a, pub, false)
	frames := x.frames(d)
	return x.assemble(d, frames), nil
}
