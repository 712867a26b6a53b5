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

// ReadPlaces returns the places of text in reading order, resolved with
// the same rules as event places (kind words, relative words, clitics,
// disambiguation by the countries the text names). Like Extract it is a
// pure function of its input.
func (x *Extractor) ReadPlaces(text string) []PlaceMention {
	d := x.prepare(rasd.Article{Text: text}, time.Time{}, true)
	var out []PlaceMention
	for _, p := range d.parts {
		for _, s := range p.sents {
			f := &frame{p: p, lo: s[0], hi: s[1]}
			var actorSpans [][2]int
			for _, h := range p.hits {
				if h.Ref.Kind == lexicon.KActor && h.Tok >= s[0] && h.TokEnd <= s[1] {
					actorSpans = append(actorSpans, [2]int{h.Tok, h.TokEnd})
				}
			}
			x.findPlaces(d, p, f, actorSpans)
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
	return out
}
