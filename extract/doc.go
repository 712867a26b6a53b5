package extract

import (
	"time"

	"github.com/rasd-project/rasd"
	"github.com/rasd-project/rasd/arabic"
	"github.com/rasd-project/rasd/lexicon"
)

// doc is an article prepared for reading.
type doc struct {
	pub   time.Time
	parts []*part // title (if any) then text
	// country counts places named per country, for disambiguation;
	// place counts mentions per place.
	country map[string]int
	place   map[placeKey]int
	// lastState is the state force last named, by kind ({military},
	// {police}), read as "the army" later in the article.
	lastState map[string]rasd.Actor
}

// part is the title or the text of an article, tokenised and matched.
type part struct {
	name  rasd.Part
	text  *arabic.Text
	toks  []arabic.Token
	hits  []lexicon.Hit
	byTok [][]int             // token index → indexes into hits starting there
	an    [][]arabic.Analysis // token index → its readings
	nums  []arabic.Number
	dates []arabic.DateMention
	sents [][2]int // token ranges [lo, hi)
	// places are the place readings of hits (placeReadings), in hit order.
	places []placeReading
}

// placesIn returns the place readings of tokens [lo, hi).
func (p *part) placesIn(lo, hi int) []placeReading {
	var out []placeReading
	for _, c := range p.places {
		if c.h.Tok >= lo && c.h.TokEnd <= hi {
			out = append(out, c)
		}
	}
	return out
}

func (x *Extractor) prepare(a rasd.Article, pub time.Time, placesOnly bool) *doc {
	d := &doc{pub: pub, country: map[string]int{}, place: map[placeKey]int{}, lastState: map[string]rasd.Actor{}}
	if a.Title != "" {
		d.parts = append(d.parts, x.preparePart(rasd.PartTitle, a.Title, pub, placesOnly))
	}
	d.parts = append(d.parts, x.preparePart(rasd.PartText, a.Text, pub, placesOnly))
	for _, p := range d.parts {
		p.places = x.placeReadings(p, p.hits)
		for _, c := range p.places {
			d.country[c.pl.ISO3]++
			d.place[placeKey{c.pl.ISO3, c.pl.Name}]++
		}
	}
	return d
}

// placeKey names a place within the article's counts.
type placeKey struct{ iso3, name string }

// placeReading is a place a lexicon hit may name.
type placeReading struct {
	h  lexicon.Hit
	pl rasd.Place
}

// placeReadings returns the places hits may name, without the readings
// that a better one of the same words rules out: a name inside a longer
// name (عفر in تل عفر) and a population-table place where the curated
// list or a country reads the same words (بنان in لبنان). What is left
// counts as the article's support for a country.
func (x *Extractor) placeReadings(p *part, hits []lexicon.Hit) []placeReading {
	var all []placeReading
	for _, h := range hits {
		if h.Ref.Kind != lexicon.KPlace && h.Ref.Kind != lexicon.KCountry {
			continue
		}
		if pl, ok := x.gz.Place(h.Ref); ok {
			all = append(all, placeReading{h, pl})
		}
	}
	out := all[:0:0]
	for i, c := range all {
		keep := true
		for j, o := range all {
			if i == j {
				continue
			}
			inside := o.h.Tok <= c.h.Tok && o.h.TokEnd >= c.h.TokEnd
			longer := o.h.TokEnd-o.h.Tok > c.h.TokEnd-c.h.Tok
			same := o.h.Tok == c.h.Tok && o.h.TokEnd == c.h.TokEnd
			if inside && longer || same && c.pl.FromPopulationTable() && !o.pl.FromPopulationTable() {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, c)
		}
	}
	return out
}

// preparePart tokenises and matches one part; placesOnly leaves out the
// numbers and dates that only event reading needs.
func (x *Extractor) preparePart(name rasd.Part, s string, pub time.Time, placesOnly bool) *part {
	p := &part{name: name, text: arabic.NewText(s)}
	p.toks = arabic.Tokenize(p.text)
	an := lexicon.Analyse(p.toks)
	p.hits = x.lx.Index.MatchAnalysed(p.toks, an)
	p.an = an
	p.byTok = make([][]int, len(p.toks))
	for i, h := range p.hits {
		p.byTok[h.Tok] = append(p.byTok[h.Tok], i)
	}
	if !placesOnly {
		p.nums = arabic.Numbers(p.toks)
		p.dates = arabic.Dates(p.toks, pub)
	}
	// Sentences come as code point spans; turn them into token ranges.
	ti := 0
	for _, sp := range arabic.Sentences(p.text) {
		for ti < len(p.toks) && p.toks[ti].Start < sp[0] {
			ti++
		}
		lo := ti
		for ti < len(p.toks) && p.toks[ti].End <= sp[1] {
			ti++
		}
		if ti > lo {
			p.sents = append(p.sents, [2]int{lo, ti})
		}
	}
	return p
}

// span returns the original code point span of tokens [lo, hi).
func (p *part) span(lo, hi int) (int, int) {
	if lo < 0 {
		lo = 0
	}
	if hi > len(p.toks) {
		hi = len(p.toks)
	}
	if lo >= hi {
		return 0, 0
	}
	return p.toks[lo].Start, p.toks[hi-1].End
}

// evidence returns the Evidence of tokens [lo, hi) for field.
func (p *part) evidence(field string, lo, hi int) rasd.Evidence {
	s, e := p.span(lo, hi)
	return rasd.Evidence{Field: field, Part: p.name, Start: s, End: e, Quote: string(p.text.Orig[s:e])}
}

// norm returns the normalised surface of token i, "" out of range.
func (p *part) norm(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].Norm
}

// hasCue reports whether a cue of kind starts at token i, and its end.
func (x *Extractor) cueAt(p *part, i int, kind string) (int, bool) {
	if i < 0 || i >= len(p.toks) {
		return 0, false
	}
	end, ok := 0, false
	for _, hi := range p.byTok[i] {
		h := p.hits[hi]
		if h.Ref.Kind == lexicon.KCue && x.lx.Cues[h.Ref.Item].Kind == kind && h.TokEnd > end {
			end, ok = h.TokEnd, true
		}
	}
	return end, ok
}

// cueEndingAt reports whether a cue of kind ends at token i (exclusive end
// i), looking back up to 4 tokens.
func (x *Extractor) cueEndingAt(p *part, i int, kind string) (int, bool) {
	for s := i - 1; s >= 0 && s >= i-4; s-- {
		for _, hi := range p.byTok[s] {
			h := p.hits[hi]
			if h.TokEnd == i && h.Ref.Kind == lexicon.KCue && x.lx.Cues[h.Ref.Item].Kind == kind {
				return s, true
			}
		}
	}
	return 0, false
}

// support counts the mentions of other places in pl's country.
func (d *doc) support(pl rasd.Place) int {
	return d.country[pl.ISO3] - d.place[placeKey{pl.ISO3, pl.Name}]
}

// hasOtherCountry reports whether the article names places of a country
// other than iso3.
func (d *doc) hasOtherCountry(iso3 string) bool {
	for c, n := range d.country {
		if c != iso3 && n > 0 {
			return true
		}
	}
	return false
}
