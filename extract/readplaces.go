package extract

import (
	"time"

	"github.com/rasd-project/rasd"
	"github.com/rasd-project/rasd/lexicon"
)

// PlaceMention is a place read in a text, as the extractor reads event
// places: the place, the precision the words around it give (ريف، قرب،
// شمال), and the words that say so.
type PlaceMention struct {
	Place     rasd.Place
	Location  string // as an event names it: "Idlib countryside" for ريف إدلب
	Precision int    // geo_precision of the coding rules
	Evidence  rasd.Evidence
	Origin    bool // a launch site: "من صعدة"
	Reference bool // only locates another place: "جنوبي ميناء الحديدة"
}

// placeBufs is what one ReadPlaces call works in: a doc, whose parts keep
// their slices' arrays and whose maps are cleared rather than remade, and
// the buffers of ReadPlaces itself. Nothing in it is reachable from what
// ReadPlaces returns, so the next call may overwrite it all.
type placeBufs struct {
	d          doc
	places     []placeM // a sentence's places (frame.places)
	actorSpans [][2]int
	out        []PlaceMention
}

// ReadPlaces returns the places of text in reading order, resolved with
// the same rules as event places (kind words, relative words, clitics,
// disambiguation by the countries the text names). Like Extract it is a
// pure function of its input.
//
// Place lookups come in long runs of short texts (a gazetteer's phrases,
// a feed's datelines), where preparing a doc costs more in allocation and
// garbage collection than in reading: ReadPlaces takes its buffers from
// the Extractor's pool and puts them back when done, so that a run of
// calls on one goroutine allocates them once.
func (x *Extractor) ReadPlaces(text string) []PlaceMention {
	b, _ := x.placeBufs.Get().(*placeBufs)
	if b == nil {
		b = new(placeBufs)
	}
	defer x.placeBufs.Put(b)
	d := &b.d
	x.prepareDoc(d, rasd.Article{Text: text}, time.Time{}, true)
	out := b.out[:0]
	for _, p := range d.parts {
		for _, s := range p.sents {
			f := &frame{p: p, lo: s[0], hi: s[1], places: b.places[:0]}
			actorSpans := b.actorSpans[:0]
			for _, h := range p.hits {
				if h.Ref.Kind == lexicon.KActor && h.Tok >= s[0] && h.TokEnd <= s[1] {
					actorSpans = append(actorSpans, [2]int{h.Tok, h.TokEnd})
				}
			}
			b.actorSpans = actorSpans
			x.findPlaces(d, p, f, actorSpans)
			b.places = f.places
			for _, m := range f.places {
				pm := PlaceMention{Place: m.place, Location: m.place.Name, Precision: max(m.prec, m.place.Precision()),
					Evidence: p.evidence("location", m.modLo, m.hi), Origin: m.origin, Reference: m.ref}
				if stemIn(p, m.modLo, countrysideWords) {
					pm.Location += " countryside"
				}
				out = append(out, pm)
			}
		}
	}
	b.out = out
	if len(out) == 0 {
		return nil
	}
	// The caller gets its own copy; b.out stays with the buffers.
	return append([]PlaceMention(nil), out...)
}
