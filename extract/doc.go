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
	// storyYear is the year of the last full date of an earlier year
	// ("20 آذار/مارس 2003"), and storyLeft how many more sentences its
	// year carries to dates written without one.
	storyYear, storyLeft int

	// partBufs hold the parts, so that a doc prepared again for another
	// text (ReadPlaces reuses its docs) reuses their buffers too.
	partBufs [2]part
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

	// Buffers that the slices above are cut from, kept for the next text
	// when the part is prepared again.
	txt      arabic.Text     // text points here
	lex      lexicon.Scratch // an and the matcher's buffers
	hitIdx   []int           // byTok's slices are cut from it
	spans    [][2]int        // sentence code point spans
	readings []placeReading  // place readings before filtering
}

// placesIn returns the place readings of tokens [lo, hi). The result may
// share p.places: it is only read.
func (p *part) placesIn(lo, hi int) []placeReading {
	// Readings are in token order: those starting in [lo, hi) are one
	// run, and most often all of them end by hi too.
	i := 0
	for i < len(p.places) && p.places[i].h.Tok < lo {
		i++
	}
	j := i
	for j < len(p.places) && p.places[j].h.Tok < hi && p.places[j].h.TokEnd <= hi {
		j++
	}
	if j == len(p.places) || p.places[j].h.Tok >= hi {
		return p.places[i:j:j]
	}
	var out []placeReading
	for _, c := range p.places[i:] {
		if c.h.Tok >= lo && c.h.TokEnd <= hi {
			out = append(out, c)
		}
	}
	return out
}

// prepare returns a new doc of a prepared for reading.
func (x *Extractor) prepare(a rasd.Article, pub time.Time, placesOnly bool) *doc {
	d := new(doc)
	x.prepareDoc(d, a, pub, placesOnly)
	return d
}

// prepareDoc prepares d for reading a, reusing the buffers d kept from an
// earlier article.
func (x *Extractor) prepareDoc(d *doc, a rasd.Article, pub time.Time, placesOnly bool) {
	d.pub = pub
	d.country = clearedMap(d.country)
	d.place = clearedMap(d.place)
	d.lastState = clearedMap(d.lastState)
	d.storyYear, d.storyLeft = 0, 0
	d.parts = d.parts[:0]
	if a.Title != "" {
		p := &d.partBufs[len(d.parts)]
		x.preparePart(p, rasd.PartTitle, a.Title, pub, placesOnly)
		d.parts = append(d.parts, p)
	}
	p := &d.partBufs[len(d.parts)]
	x.preparePart(p, rasd.PartText, a.Text, pub, placesOnly)
	d.parts = append(d.parts, p)
	for _, p := range d.parts {
		p.places = x.placeReadings(p, p.hits)
		for _, c := range p.places {
			d.country[c.pl.ISO3]++
			d.place[placeKey{c.pl.ISO3, c.pl.Name}]++
		}
		// "على الساحل السوري": a demonym of place names its country too.
		for _, h := range p.hits {
			if h.Ref.Kind == lexicon.KDemonym && demonymOfPlace(p, h.Tok) {
				d.country[x.lx.Countries[h.Ref.Item].ISO3]++
			}
		}
	}
}

// demonymOfPlace reports whether the demonym at i qualifies a place word
// ("الساحل السوري"، "الأراضي اللبنانية"، "المدن الفلسطينية").
func demonymOfPlace(p *part, i int) bool {
	return stemIn(p, i-1, placeNouns)
}

// placeNouns are words for land that a demonym may qualify.
var placeNouns = setOf("الساحل", "ساحل", "الاراضي", "اراضي", "الحدود", "حدود", "المدن", "مدن", "القري", "قري", "البلدات", "المناطق", "مناطق", "الريف", "الشمال", "الجنوب", "الشرق", "الغرب", "العاصمه", "الداخل", "البلاد", "المحافظات", "الجبهه")

// clearedMap returns m emptied, or a new map when m is nil or was grown
// by a long text: ranging over a cleared map still costs its capacity.
func clearedMap[K comparable, V any](m map[K]V) map[K]V {
	if m == nil || len(m) > 32 {
		return map[K]V{}
	}
	clear(m)
	return m
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
// counts as the article's support for a country. The result is cut from
// p.places's array, and p.readings holds the readings before filtering.
func (x *Extractor) placeReadings(p *part, hits []lexicon.Hit) []placeReading {
	n := 0
	for _, h := range hits {
		if h.Ref.Kind == lexicon.KPlace || h.Ref.Kind == lexicon.KCountry {
			n++
		}
	}
	all := reuse(p.readings, n)
	for _, h := range hits {
		if h.Ref.Kind != lexicon.KPlace && h.Ref.Kind != lexicon.KCountry {
			continue
		}
		if pl, ok := x.gz.Place(h.Ref); ok {
			all = append(all, placeReading{h, pl})
		}
	}
	p.readings = all
	out := reuse(p.places, len(all))
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

// reuse returns buf emptied when it can hold n elements, else a new
// empty slice of capacity n.
func reuse[E any](buf []E, n int) []E {
	if cap(buf) < n {
		return make([]E, 0, n)
	}
	return buf[:0]
}

// preparePart tokenises and matches one part into p, reusing p's buffers;
// placesOnly leaves out the numbers and dates that only event reading
// needs.
func (x *Extractor) preparePart(p *part, name rasd.Part, s string, pub time.Time, placesOnly bool) {
	p.name = name
	p.txt.Reset(s)
	p.text = &p.txt
	p.toks = arabic.AppendTokens(p.toks[:0], p.text)
	p.an = p.lex.Analyse(p.toks)
	p.hits = x.lx.Index.AppendMatches(p.hits[:0], &p.lex, p.toks, p.an)
	// Hits come in token order, so the hits starting at one token are a
	// run of indexes: byTok's slices are cut from one array.
	p.byTok = reuse(p.byTok, len(p.toks))[:len(p.toks)]
	clear(p.byTok)
	p.hitIdx = reuse(p.hitIdx, len(p.hits))
	for i := range p.hits {
		p.hitIdx = append(p.hitIdx, i)
	}
	for lo := 0; lo < len(p.hits); {
		hi := lo + 1
		for hi < len(p.hits) && p.hits[hi].Tok == p.hits[lo].Tok {
			hi++
		}
		p.byTok[p.hits[lo].Tok] = p.hitIdx[lo:hi:hi]
		lo = hi
	}
	p.nums, p.dates = nil, nil
	if !placesOnly {
		p.nums = arabic.Numbers(p.toks)
		p.dates = arabic.Dates(p.toks, pub)
	}
	// Sentences come as code point spans; turn them into token ranges.
	p.spans = arabic.AppendSentences(p.spans[:0], p.text)
	p.sents = reuse(p.sents, len(p.spans))
	ti := 0
	for _, sp := range p.spans {
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

// mostNamed is how often the article names places of the country it
// names most.
func (d *doc) mostNamed() int {
	n := 0
	for _, k := range d.country {
		n = max(n, k)
	}
	return n
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
