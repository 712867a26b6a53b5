package extract

import (
	"fmt"
	"io"

	"github.com/rasd-project/rasd"
)

// Explain writes how each sentence of an article was read: its class,
// places, actors with roles, counts, dates and why it was set aside. It is
// for people tuning the lexicons (rasd extract --explain).
func (x *Extractor) Explain(w io.Writer, a rasd.Article) error {
	pub, err := PublicationDay(a.PublishedRaw, x.zone)
	if !a.Published.IsZero() {
		pub, err = a.Published, nil
	}
	if err != nil {
		return err
	}
	d := x.prepare(a, pub, false)
	frames := x.frames(d)
	defer func() {
		for _, ev := range x.assemble(d, frames) {
			fmt.Fprintf(w, "=> %s %s at %s (%s)\n", ev.SubEventType, ev.Date, ev.Location, ev.ISO3)
			for _, e := range ev.Evidence {
				if e.Field == "sub_event_type" || e.Field == "location" {
					fmt.Fprintf(w, "   %s from %s «%s»\n", e.Field, e.Part, e.Quote)
				}
			}
		}
	}()
	for _, f := range frames {
		s, e := f.p.span(f.lo, f.hi)
		fmt.Fprintf(w, "── %s #%d %q\n", f.p.name, f.index, string(f.p.text.Orig[s:e]))
		if f.skip != "" {
			fmt.Fprintf(w, "   skip: %s\n", f.skip)
		}
		if f.trigger {
			fmt.Fprintf(w, "   class %s %v weakOnly=%v\n", f.class(), f.weights, f.weakOnly)
		}
		for _, pm := range f.places {
			fmt.Fprintf(w, "   place %s/%s/%s prec=%d origin=%v ref=%v tok=%d-%d mod=%d\n", pm.place.Name, pm.place.ISO3, pm.place.Kind, pm.prec, pm.origin, pm.ref, pm.lo, pm.hi, pm.modLo)
		}
		for _, am := range f.actors {
			fmt.Fprintf(w, "   actor %s role=%d strength=%d\n", am.actor.Name, am.role, am.strength)
		}
		for _, c := range f.counts {
			fmt.Fprintf(w, "   count %s=%d vague=%v\n", c.kind, c.value, c.vague)
		}
		if f.nocas {
			fmt.Fprintf(w, "   no casualties: «%s»\n", f.p.evidence("", f.nocasLo, f.nocasHi).Quote)
		}
		for _, dm := range f.dates {
			fmt.Fprintf(w, "   date %s %s weak=%v\n", dm.m.Date.Format("2006-01-02"), dm.m.TimeOfDay, dm.weak)
		}
		if f.claim != nil {
			fmt.Fprintf(w, "   claim %s\n", f.claim.actor.Name)
		}
		if f.source != nil {
			fmt.Fprintf(w, "   source %q\n", f.sourceText())
		}
	}
	return nil
}
