package extract

import (
	"github.com/rasd-project/rasd/arabic"
	"strings"
	"time"

	"github.com/rasd-project/rasd"
)

// event is an article-level event being assembled from frames.
type event struct {
	frames  []*frame
	lent    map[*frame]bool // frames that only lend facts; their triggers do not decide the type
	place   placeM
	placeP  *part
	date    dateM
	hasDate bool
	dateP   *part
	day     time.Time
	class   string // resolved class of the first frame, for merging
	actor1  *actorM
	actor1P *part
	actor2  *actorM
	actor2P *part
	first   int // index of the frame that opened it
}

// assemble merges frames into events: one per place, day, side pair and
// type. Sentences with a trigger open or join events; sentences without
// one add casualties, claims and weapons to the event they follow.
func (x *Extractor) assemble(d *doc, frames []*frame) []rasd.Event {
	// lead is the index of each part's first frame: the title and the
	// opening sentences carry the main incident.
	lead := map[*part]int{}
	for _, f := range frames {
		if _, ok := lead[f.p]; !ok {
			lead[f.p] = f.index
		}
	}
	g := &gatherer{x: x, d: d, frames: frames, lead: lead}
	for _, f := range frames {
		if f.skip == "" {
			g.read(f)
		}
	}
	events := g.events
	datesFromElsewhere(d, frames, events)
	nearNamed(frames, events)
	events = summaries(events)
	lendSides(frames, events, lead, locatedAny(events))
	return x.emit(d, frames, events, crimeStory(frames, lead))
}

// gatherer reads frames in order into events.
type gatherer struct {
	x      *Extractor
	d      *doc
	frames []*frame
	lead   map[*part]int
	events []*event
	last   *event // the event the frame before joined or opened
}

// frameDay is the day a frame gives its act: the day, whether the frame
// gives one, whether it is only the day something was said, and ok false
// when the frame tells an older incident (background).
type frameDay struct {
	dm     dateM
	day    time.Time
	hasDay bool
	weak   bool
}

func (g *gatherer) dayOf(f *frame) (frameDay, bool) {
	fd := frameDay{day: g.d.pub}
	if m, ok := f.eventDate(g.d.pub); ok {
		fd = frameDay{dm: m, day: m.m.Date, hasDay: true, weak: m.weak}
		if !inWindow(fd.day, g.d.pub) {
			if !fd.weak {
				return fd, false // an older incident: background
			}
			fd.hasDay, fd.day = false, g.d.pub
		}
	}
	return fd, true
}

// read joins a frame to the event it tells, opens a new one, or lends its
// facts to the event it follows.
func (g *gatherer) read(f *frame) {
	fd, ok := g.dayOf(f)
	if !ok {
		return
	}
	last := g.last
	places := f.eventPlaces()
	if len(places) == 0 && f.trigger {
		if pm, ok := g.x.firedAcross(f); ok {
			places = []placeM{pm}
		}
	}
	if !f.trigger || f.weakOnly && len(f.counts) == 0 && len(f.weapons) == 0 {
		// No event of its own: lend facts to the event it follows.
		if last != nil && (len(places) == 0 || compatiblePlace(last.place.place, places[0].place) || refinesM(last.place, places[0])) && f.p == last.frames[len(last.frames)-1].p {
			last.lend(f, places)
			// "قصف … مواقع في غزة، بعد تفجير عبوات على الحدود، الخميس":
			// the day told in the sentence that follows an undated act.
			if fd.hasDay && !fd.weak && !last.hasDate && f.index == last.frames[len(last.frames)-2].index+1 {
				last.date, last.hasDate, last.dateP, last.day = fd.dm, true, f.p, fd.day
			}
		}
		return
	}
	// fallbackPart is the part of a place taken from elsewhere (the
	// article's fallback); placePart the part any place was read in.
	var fallbackPart, placePart *part
	if len(places) == 0 {
		switch {
		case last != nil && !fd.hasDay:
			last.lend(f, nil)
			return
		case last != nil:
			places = []placeM{last.place}
			placePart = last.placeP
		default:
			pm, pp, ok := g.x.fallbackPlace(g.d, g.frames, f)
			if !ok {
				return
			}
			places = []placeM{pm}
			fallbackPart = pp
		}
	}
	if !fd.hasDay && last != nil && compatiblePlace(last.place.place, places[0].place) {
		fd.day = last.day
	}
	class := f.class()
	for i, pm := range places {
		e := findEvent(g.events, pm, fd.day, class, f, len(places) > 1)
		if e == nil && (f.recalled || f.anchors(pm, fd.hasDay && !fd.weak, g.lead[f.p] > f.index-3, fallbackPart == nil && pm.lo >= 0) < 2) {
			// Too little to stand as an incident of its own.
			if last != nil && compatiblePlace(last.place.place, pm.place) {
				last.lend(f, []placeM{pm})
			}
			continue
		}
		if e == nil {
			e = &event{place: pm, placeP: f.p, day: fd.day, class: class, first: f.index}
			if fallbackPart != nil {
				e.placeP = fallbackPart
			} else if placePart != nil {
				e.placeP = placePart
			}
			if fd.hasDay {
				e.date, e.hasDate, e.dateP = fd.dm, true, f.p
			}
			g.events = append(g.events, e)
		} else {
			if finer(e.place.place, pm.place) || pm.prec < e.place.prec && pm.place.Name == e.place.place.Name || refines(e.place.place, pm.place) {
				e.place, e.placeP = pm, f.p
				if placePart != nil {
					e.placeP = placePart
				}
			}
			if fd.hasDay && (!e.hasDate || e.date.weak && !fd.dm.weak) {
				e.date, e.hasDate, e.dateP, e.day = fd.dm, true, f.p, fd.day
			}
		}
		switch {
		case len(places) == 1:
			e.frames = append(e.frames, f)
		default:
			if sub, ok := f.splitAt(places, i); ok {
				e.frames = append(e.frames, sub)
			} else {
				e.frames = append(e.frames, f.share(i, len(places)))
			}
		}
		last = e
		g.last = e
	}
}

// crimeStory reports a story of crime: its lead speaks of a crime or a
// court, and no armed side appears in a sentence that is not set aside
// (the cell "loyal to IS" of an arrest, its attacks years ago). It
// reports no political violence.
func crimeStory(frames []*frame, lead map[*part]int) bool {
	crime := false
	for _, f := range frames {
		if f.crime && (f.p.name == rasd.PartTitle || f.index-lead[f.p] < 2) {
			crime = true
		}
	}
	for _, f := range frames {
		if f.hasArmedActor() && f.skip == "" {
			return false
		}
	}
	return crime
}

// emit finishes the events into records, leaving out an event placed
// only at a country when the article places others more precisely (a
// general mention of them), all events of a crime story, and a chemical
// attack told with no day and no toll: the one the news has been about
// (Douma, 7 April), named in a reaction, not a new one on the day of the
// report.
func (x *Extractor) emit(d *doc, frames []*frame, events []*event, crime bool) []rasd.Event {
	located := locatedAny(events)
	var out []rasd.Event
	var kept []*event
	for _, e := range events {
		if located && e.place.place.Kind == "country" || crime {
			continue
		}
		ev, ok := x.finish(d, e)
		if !ok || ev.SubEventType == rasd.ChemicalWeapon && !e.hasDate && ev.Fatalities == nil && ev.Injured == nil {
			continue
		}
		out = append(out, ev)
		kept = append(kept, e)
	}
	noCasualties(frames, kept, out)
	return out
}

// lendSides passes the side that struck, named where no event is told
// (the title "missiles of the Houthis intercepted", or an event at the
// country only, left out), to the events of the same kind that name no
// side (the missiles "towards Riyadh, Najran and Jazan"). Only the
// title's and the lead's sentences are read so, and only those that give
// no toll and name no place the event is not in.
func lendSides(frames []*frame, events []*event, lead map[*part]int, located bool) {
	in := map[*frame]bool{}
	for _, e := range events {
		if located && e.place.place.Kind == "country" {
			continue // left out by emit
		}
		for _, f := range e.frames {
			in[f] = true
		}
	}
	for _, f := range frames {
		if in[f] || f.skip != "" || !f.trigger || len(f.counts) > 0 || f.p.name != rasd.PartTitle && f.index > lead[f.p]+2 {
			continue
		}
		a := f.attacker()
		if a == nil || a.strength < 2 {
			continue
		}
		for _, e := range events {
			if e.place.place.Kind == "country" || e.attacker() != nil || e.class != f.class() || !f.placesHold(e) {
				continue
			}
			e.lend(f, nil)
		}
	}
}

// placesHold reports whether the places a sentence names (not launch
// sites) may all hold event e: e's place, or its country.
func (f *frame) placesHold(e *event) bool {
	for _, pm := range f.places {
		if pm.origin {
			continue
		}
		if pm.place.Kind == "country" && pm.place.ISO3 == e.place.place.ISO3 || compatiblePlace(pm.place, e.place.place) {
			continue
		}
		return false
	}
	return true
}

// locatedAny reports whether some event is placed more precisely than at
// a country.
func locatedAny(events []*event) bool {
	for _, e := range events {
		if e.place.place.Kind != "country" {
			return true
		}
	}
	return false
}

// noCasualties gives 0 killed (and 0 injured, unless only deaths or
// damage are denied) to the records that report no casualties, on the evidence of a
// sentence that says no one was hurt ("ولم تسجل أي إصابات"): one that
// belongs to none of them, or names no place. Such a sentence closes the
// account of the incidents told just before it (three missiles
// intercepted, then "no damage or injury was recorded"), or of those at
// the places it names.
func noCasualties(frames []*frame, kept []*event, out []rasd.Event) {
	used := map[*frame]bool{}
	for _, e := range kept {
		for _, f := range e.frames {
			used[f] = true
		}
	}
	for _, nf := range frames {
		if !nf.nocas || nf.skip != "" || len(nf.counts) > 0 || used[nf] && len(nf.places) > 0 {
			continue
		}
		// the events it speaks of: those at a place it names, else
		// those of the last sentence before it that told one
		last := -1
		for _, e := range kept {
			for _, f := range e.frames {
				if f.p == nf.p && f.index < nf.index && !e.lent[f] {
					last = max(last, f.index)
				}
			}
		}
		for i, e := range kept {
			ev := &out[i]
			if ev.Fatalities != nil || ev.Injured != nil || !nf.speaksOf(e, last) {
				continue
			}
			zero, zero2 := 0, 0
			ev.Fatalities = &zero
			ev.Evidence = append(ev.Evidence, nf.p.evidence("fatalities", nf.nocasLo, nf.nocasHi))
			if !nf.nocasFatal {
				ev.Injured = &zero2
				ev.Evidence = append(ev.Evidence, nf.p.evidence("injured", nf.nocasLo, nf.nocasHi))
			}
		}
	}
}

// speaksOf reports whether a sentence with no event of its own bears on
// event e: it names e's place, or names none and follows the sentence
// that told e, the last one (index last) before it that told an event
// (not one that only lent it facts).
func (f *frame) speaksOf(e *event, last int) bool {
	if len(f.places) > 0 {
		for _, pm := range f.places {
			if compatiblePlace(e.place.place, pm.place) {
				return true
			}
		}
		return false
	}
	for _, g := range e.frames {
		if g.p == f.p && g.index == last && !e.lent[g] {
			return true
		}
	}
	return false
}

// datesFromElsewhere dates an event whose own sentences give no day from
// another sentence that names the same place and kind of act with a day
// and was not read as an incident of its own: one set aside for other
// reasons ("the chemical attack on Douma on
// Saturday" inside a paragraph of threats).
func datesFromElsewhere(d *doc, frames []*frame, events []*event) {
	used := map[*frame]bool{}
	for _, e := range events {
		for _, f := range e.frames {
			used[f] = true
		}
	}
	for _, e := range events {
		if e.hasDate && !e.date.weak {
			continue
		}
		for _, f := range frames {
			if used[f] || !f.trigger || !compatibleClass(e.class, f.class()) {
				continue
			}
			named := false
			for _, pm := range f.places {
				if !pm.origin && pm.place.Name == e.place.place.Name {
					named = true
				}
			}
			if !named {
				continue
			}
			// the day nearest the trigger
			var best dateM
			dist := 1 << 30
			for _, x := range f.dates {
				if x.m.Precision == arabic.Day && !x.weak && inWindow(x.m.Date, d.pub) && abs(x.m.Tok-f.trigLo) < dist {
					best, dist = x, abs(x.m.Tok-f.trigLo)
				}
			}
			if dist == 1<<30 {
				continue
			}
			e.date, e.hasDate, e.dateP, e.day = best, true, f.p, best.m.Date
			break
		}
	}
}

// nearNamed places an event told only "near X" (قرب دمشق) at the place
// the article elsewhere locates by X (الغوطة الشرقية شرق دمشق): that is
// the place near X it names.
func nearNamed(frames []*frame, events []*event) {
	for _, e := range events {
		if e.place.prec < 2 || e.place.lo < 0 || !stemIn(e.placeP, e.place.modLo, nearWords) {
			continue
		}
		found := false
		for _, f := range frames {
			for i := 1; i < len(f.places) && !found; i++ {
				r, y := f.places[i], f.places[i-1]
				if r.ref && r.place.Name == e.place.place.Name && !y.ref && !y.origin && y.place.Name != r.place.Name && y.place.ISO3 == r.place.ISO3 && rank(y.place) <= 2 {
					e.place, e.placeP, found = y, f.p, true
				}
			}
			if found {
				break
			}
		}
	}
}

// summaries folds an event placed at an area (a region, a governorate, a
// country) into the events of the same kind at two or more places inside
// it: "air strikes on the west coast killed dozens" followed by the towns
// struck. Its sides join each, and its toll, when they give none, is
// divided among them as the coding rules say.
func summaries(events []*event) []*event {
	var out []*event
	for _, e := range events {
		// A headline placed at a name its governorate shares (غارات
		// بمأرب) tells the one incident the text then places more
		// precisely in that governorate.
		if ep := e.place.place; ep.Kind == "city" && ep.Name == ep.Admin1 && e.titleOnly() {
			var parts []*event
			for _, o := range events {
				if o != e && o.place.place.Admin1 == ep.Admin1 && o.place.place.ISO3 == ep.ISO3 && o.place.place.Name != ep.Name &&
					compatibleClass(e.class, o.class) && absDays(e.day, o.day) <= 1 {
					parts = append(parts, o)
				}
			}
			if len(parts) == 1 {
				parts[0].frames = append(parts[0].frames, e.frames...)
				continue
			}
		}
		if rank(e.place.place) < 2 || e.place.place.Kind == "district" {
			out = append(out, e)
			continue
		}
		var parts []*event
		for _, o := range events {
			inside := finer(e.place.place, o.place.place)
			ep, op := e.place.place, o.place.place
			within := ep.Kind == "country" || op.Admin1 == ep.Admin1 || ep.Kind == "region" && ep.DistanceKm(op) <= regionRadiusKm
			if o != e && inside && op.ISO3 == ep.ISO3 && op.Admin1 != "" && within &&
				(compatibleClass(e.class, o.class) || groundClass(e.class) && groundClass(o.class)) && absDays(e.day, o.day) <= 1 {
				parts = append(parts, o)
			}
		}
		if len(parts) < 2 {
			out = append(out, e)
			continue
		}
		for i, o := range parts {
			for _, f := range e.frames {
				g := f.share(i, len(parts))
				if o.hasCounts() {
					g.counts = nil
				}
				o.frames = append(o.frames, g)
			}
		}
	}
	return out
}

// groundClass reports whether a class is fighting or shooting on the
// ground: a summary of clashes in an area ("المواجهات بين المتظاهرين
// والجيش") covers the shootings the report then places town by town.
func groundClass(c string) bool {
	return c == "clash" || c == "attack" || c == "fight"
}

// titleOnly reports whether every frame of e comes from the title.
func (e *event) titleOnly() bool {
	for _, f := range e.frames {
		if f.p.name != rasd.PartTitle {
			return false
		}
	}
	return true
}

// areaHoldsKm is how far from a named area's centre a place may lie for a
// sentence naming it to tell of the same incident as one naming the area:
// smaller than regionRadiusKm, since a coast or a desert is no one place.
const areaHoldsKm = 30

// regionRadiusKm is how far from a named area's centre (the West Bank,
// the Gaza Strip, Eastern Ghouta) a place may lie and still be inside it.
const regionRadiusKm = 80

func absDays(a, b time.Time) float64 {
	d := a.Sub(b).Hours() / 24
	if d < 0 {
		return -d
	}
	return d
}

func (e *event) hasCounts() bool {
	for _, f := range e.frames {
		if len(f.counts) > 0 {
			return true
		}
	}
	return false
}

// lend adds a frame that reports no incident of its own to e: its facts
// join the event, and a place it names more precisely, inside e's place,
// becomes e's place ("in Pakistan" then "in the Mian Ghundi quarter of
// Quetta").
func (e *event) lend(f *frame, places []placeM) {
	e.frames = append(e.frames, f)
	if e.lent == nil {
		e.lent = map[*frame]bool{}
	}
	e.lent[f] = true
	if len(places) == 1 && !f.recalled {
		pm := places[0]
		if finer(e.place.place, pm.place) && compatiblePlace(e.place.place, pm.place) || refinesM(e.place, pm) {
			e.place, e.placeP = pm, f.p
		}
	}
}

// anchors counts what ties a frame to one incident: a precise place, a
// day, casualty figures, an unambiguous trigger, a place in the lead.
func (f *frame) anchors(pm placeM, day, lead, own bool) int {
	n := 0
	if own && pm.place.Kind != "country" && pm.place.Kind != "admin1" {
		n++ // a precise place the sentence itself names
	}
	if day || f.ongoing {
		n++
	}
	// A toll anchors an incident, even a vague one (عشرات القتلى); "a
	// few" (بعض الجثث، عدة، عدد من: value 3) does not.
	for _, c := range f.counts {
		if !c.vague || c.value > 3 || f.nocas {
			n++
			break
		}
	}
	if len(f.counts) == 0 && f.nocas {
		n++
	}
	best := 0.0
	for _, w := range f.weights {
		best = max(best, w)
	}
	if best >= 2 {
		n++
	}
	if lead {
		n++
	}
	return n
}

// eventPlaces returns the places the frame's event happened at: the
// most specific names, not launch sites; several when the sentence lists
// places joined by و or a comma.
func (f *frame) eventPlaces() []placeM {
	var cands []placeM
	// end is where each candidate's phrase ends, including a reference
	// point after it ("حي الشجاعية شمالي مدينة غزة، وبلدة بيت حانون"), so
	// that a list goes on past it.
	var end []int
	for _, pm := range f.places {
		switch {
		case !pm.origin && !pm.ref:
			cands = append(cands, pm)
			end = append(end, pm.hi)
		case pm.ref && len(end) > 0 && pm.modLo == end[len(end)-1]:
			end[len(end)-1] = pm.hi
		}
	}
	if len(cands) == 0 {
		return nil
	}
	best := 10
	for _, pm := range cands {
		best = min(best, fineness(pm.place))
	}
	// Places listed together (joined by و or a comma) are separate
	// events, towns and districts alike: take the list that holds the most
	// precise place; outside a list, that place alone.
	var out []placeM
	for i := 0; i < len(cands); {
		j := i + 1
		for j < len(cands) && listed(f.p, end[j-1], cands[j].modLo) && !(stemIn(f.p, cands[j].modLo, nearWords) && !joinedBy(f.p, end[j-1], cands[j].modLo)) {
			j++
		}
		chain := cands[i:j]
		i = j
		has := false
		for _, pm := range chain {
			if fineness(pm.place) == best {
				has = true
			}
		}
		if !has {
			continue
		}
		seen := map[string]bool{}
		for _, pm := range chain {
			if len(chain) == 1 || rank(pm.place) <= max(rank3(best), 2) && !seen[pm.place.Name] {
				seen[pm.place.Name] = true
				out = append(out, pm)
			}
		}
		break
	}
	// Lists of governorates or countries are one event at the first.
	if len(out) > 1 && rank3(best) >= 3 {
		out = out[:1]
	}
	return out
}

// rank orders places from the most precise (1, a settlement or site) to
// the least (4, a country).
func rank(p rasd.Place) int {
	switch p.Kind {
	case "country":
		return 4
	case "admin1":
		return 3
	case "region", "district":
		return 2
	}
	return 1
}

// fineness orders places like rank, with a district finer than a named
// area (a region): 2 a settlement, 4 a district, 5 a region, 6 an admin1,
// 8 a country.
func fineness(p rasd.Place) int {
	if p.Kind == "region" {
		return 5
	}
	return 2 * rank(p)
}

// rank3 turns a fineness back into a rank.
func rank3(fine int) int { return fine / 2 }

// finer reports whether b is a finer kind of place than a: a settlement
// than a district, a district than a named area ("مدينة التحيتا" after
// "الساحل الغربي"), and so on up to the country.
func finer(a, b rasd.Place) bool {
	return rank(b) < rank(a) || a.Kind == "region" && b.Kind == "district"
}

// listed reports whether the tokens between two names only join them: و،
// a comma, or a kind word (بلدات، قرى).
func listed(p *part, from, to int) bool {
	if to-from > 4 || to < from {
		return false
	}
	for k := from; k < to; k++ {
		n := p.norm(k)
		if inNumber(p, k) {
			continue // "6 شرق مدينة غزة و2 شرق مخيم البريج"
		}
		// "أحدها باتجاه الرياض والآخر باتجاه نجران والثالث باتجاه جازان"
		if enumWords[n] || k > from && targetPreps[n] && enumWords[p.norm(k-1)] {
			continue
		}
		if n != "و" && n != "،" && n != "," && !stemIn(p, k, settleWords) && !stemIn(p, k, listNouns) {
			return false
		}
	}
	return true
}

// listNouns are plural place words inside a list: "وبلدات X وY".
var listNouns = setOf("بلدات", "قري", "مدن", "مناطق", "احياء", "مخيمات")

// enumWords count off the items of a list: "والآخر"، "والثالث".
var enumWords = map[string]bool{
	"والاخر": true, "والاخري": true, "والثاني": true, "والثانيه": true, "والثالث": true, "والثالثه": true,
	"والرابع": true, "والرابعه": true, "واخر": true, "واخري": true,
}

// joinedBy reports whether a و joins the phrase at to to what ends at
// from: on its first word (وشرق) or between them ("و2 شرق").
func joinedBy(p *part, from, to int) bool {
	if strings.HasPrefix(p.norm(to), "و") {
		return true
	}
	for k := from; k < to; k++ {
		if p.norm(k) == "و" {
			return true
		}
	}
	return false
}

// inNumber reports whether token k is part of a number.
func inNumber(p *part, k int) bool {
	for _, n := range p.nums {
		if k >= n.Tok && k < n.TokEnd {
			return true
		}
	}
	return false
}

// share returns a copy of f whose counts are the i-th of n even shares, as
// ACLED divides a toll given for several places (19 over 3 → 7, 6, 6).
func (f *frame) share(i, n int) *frame {
	g := *f
	g.counts = nil
	for _, c := range f.counts {
		c.value = c.value/n + boolInt(i < c.value%n)
		g.counts = append(g.counts, c)
	}
	return &g
}

// splitAt returns a copy of f whose counts are the i-th place's own share
// when the sentence gives one before each place and they add up to its
// toll ("أصيب ثمانية: 6 شرق مدينة غزة و2 شرق مخيم البريج").
func (f *frame) splitAt(places []placeM, i int) (*frame, bool) {
	if len(f.counts) != 1 || f.counts[0].vague {
		return nil, false
	}
	c := f.counts[0]
	sum, own := 0, -1
	for j, pm := range places {
		n, ok := f.numberBefore(pm.modLo)
		if !ok {
			return nil, false
		}
		sum += n.Value
		if j == i {
			own = n.Value
			c.lo, c.hi = n.Tok, n.TokEnd
		}
	}
	if sum != f.counts[0].value {
		return nil, false
	}
	g := *f
	c.value = own
	g.counts = []countM{c}
	return &g, true
}

// numberBefore returns the exact number that ends right before token i
// (a ، or و may stand between), inside the frame.
func (f *frame) numberBefore(i int) (arabic.Number, bool) {
	for _, n := range f.p.nums {
		if n.Vague || n.Tok < f.lo || n.TokEnd > i {
			continue
		}
		if n.TokEnd == i {
			return n, true
		}
	}
	return arabic.Number{}, false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// class is the event class the frame's triggers weigh most.
func (f *frame) class() string {
	best, bw := "generic", 0.0
	for _, c := range classOrder {
		if w := f.weights[c]; w > bw {
			best, bw = c, w
		}
	}
	if bw < 0.9 {
		// A bare قصف or قتال does not say which kind of event it is.
		return "generic"
	}
	return best
}

var classOrder = []string{"suicide", "chemical", "ied", "air", "shelling", "grenade", "regain", "capture", "abduction", "sexual", "attack", "clash", "fight", "generic"}

// compatiblePlace reports whether two places may be one event's place:
// the same place, or one lies inside the other.
func compatiblePlace(a, b rasd.Place) bool {
	if a.ISO3 != b.ISO3 {
		return false
	}
	if a.Name == b.Name {
		return true
	}
	if a.Kind == "country" || b.Kind == "country" {
		return true
	}
	if a.Kind == "admin1" && b.Admin1 == a.Name || b.Kind == "admin1" && a.Admin1 == b.Name {
		return true
	}
	// A named area (the Gaza Strip, Eastern Ghouta) holds the places
	// around its centre.
	if a.Kind == "region" && rank(b) < 2 && a.DistanceKm(b) <= areaHoldsKm || b.Kind == "region" && rank(a) < 2 && b.DistanceKm(a) <= areaHoldsKm {
		return true
	}
	return false
}

// settlement reports whether p is a town or village (not a site inside
// one, such as a base or an airport).
func settlement(p rasd.Place) bool {
	switch p.Kind {
	case "town", "village", "camp":
		return true
	}
	return false
}

// refines reports whether b names a place inside a city that shares its
// name with its governorate ("بالحديدة" then "في منطقة الجاح بمديرية بيت
// الفقيه"): the name may have meant the governorate.
// refinesM is refines for places as read: also a place itself (a base,
// a village) refines "near X" or "X's countryside" when it lies in X's
// governorate (ريف حمص … مطار الشعيرات).
func refinesM(a, b placeM) bool {
	if refines(a.place, b.place) {
		return true
	}
	return a.prec >= 2 && b.prec == 1 && rank(a.place) == 1 && rank(b.place) == 1 && b.place.Name != a.place.Name && sameAdmin1(a.place, b.place)
}

func refines(a, b rasd.Place) bool {
	return a.Kind == "city" && a.Name == a.Admin1 && b.ISO3 == a.ISO3 && b.Admin1 == a.Admin1 && b.Name != a.Name && rank(b) == 1
}

func findEvent(events []*event, pm placeM, day time.Time, class string, f *frame, listed bool) *event {
	match := func(e *event, near func(a, b rasd.Place) bool, strict bool) bool {
		if !near(e.place.place, pm.place) {
			return false
		}
		// Places a sentence lists are each their own incident; the event
		// told at their governorate is their summary (see summaries).
		if listed && rank(e.place.place) >= 3 && rank(pm.place) < rank(e.place.place) {
			return false
		}
		// An event whose sentences gave no day holds the publication day
		// only as a default: a dated sentence of the same act dates it.
		if dd := e.day.Sub(day).Hours() / 24; (dd > 1 || dd < -1) && e.hasDate {
			return false
		}
		if !compatibleClass(e.class, class) {
			return false
		}
		// Different attackers are different events; at one place, only
		// when both are clearly the side that struck (not the side a
		// loose sentence merely names first).
		if a1 := f.attacker(); a1 != nil {
			if ea := e.attacker(); ea != nil && ea.actor.Name != a1.actor.Name && !e.hasAlias(a1.actor.Name) && (strict || min(ea.strength, a1.strength) >= 2) {
				return false
			}
		}
		return true
	}
	for _, e := range events {
		if match(e, compatiblePlace, false) {
			return e
		}
	}

	// A sentence that adds no toll of its own and names one other place of
	// the same governorate retells an incident already told ("the second
	// attack on a convoy west of Baghdad"); places it lists are distinct.
	if len(f.counts) == 0 && !listed {
		for _, e := range events {
			// An event placed at a city named like its governorate
			// (الحديدة) is too vague for a retelling to be recognised.
			if ep := e.place.place; ep.Kind == "city" && ep.Name == ep.Admin1 {
				continue
			}
			// Two towns named are two places, not one retold.
			if settlement(e.place.place) && settlement(pm.place) {
				continue
			}
			if match(e, sameAdmin1, true) {
				return e
			}
		}
	}
	return nil
}

func sameAdmin1(a, b rasd.Place) bool {
	return a.ISO3 == b.ISO3 && a.Admin1 != "" && a.Admin1 == b.Admin1
}

func compatibleClass(a, b string) bool {
	if a == b || a == "generic" || b == "generic" {
		return true
	}
	fam := func(c string) string {
		switch c {
		case "air", "shelling", "ied", "suicide", "grenade", "chemical":
			return "remote"
		case "clash", "regain", "capture":
			return "battle"
		}
		return c
	}
	// A remote attack and the words around it (a missile then an explosion)
	// are one event unless both are clearly of different kinds.
	return fam(a) == fam(b) && (a == "ied" || b == "ied")
}

func (f *frame) attacker() *actorM {
	var best *actorM
	for i := range f.actors {
		a := &f.actors[i]
		if a.role == roleAttacker && !a.civilian && !f.inSource(a) && (best == nil || a.strength > best.strength) {
			best = a
		}
	}
	return best
}

// inSource reports whether a side is named inside the sentence's source
// ("قال متحدث عسكري في الجيش المصري"): the one who speaks, not who struck.
func (f *frame) inSource(a *actorM) bool {
	if f.source == nil || f.source.lo >= f.source.hi || a.lo < f.source.lo || a.hi > f.source.hi || a.strength >= 3 {
		return false
	}
	// "أعلنت وزارة الدفاع التركية تحييد 7 مسلحين": the act it announces,
	// named right after it, is its own.
	if stemIn(f.p, a.hi, announcedActs) {
		return false
	}
	// "أعلن الجيش الإسرائيلي أنه اغتال …": a speaker telling its own act.
	for k := f.source.hi; k < f.source.hi+4 && k < f.hi; k++ {
		switch n := f.p.norm(k); n {
		case "انه", "انها", "بانه", "بانها", "انهم", "بانهم":
			return false
		default:
			// "أن قواتها نفذت ضربة": its own forces.
			for _, own := range []string{"قواتها", "قواته", "طائراتها", "طائراته", "مقاتلاتها", "مقاتلاته", "قواتنا", "طائراتنا"} {
				if n == own {
					return false
				}
			}
		}
	}
	return true
}

// announcedActs are the verbal nouns of what a side announces it did.
var announcedActs = setOf("تحييد", "تدمير", "استهداف", "قصف", "مقتل", "قتل", "اسقاط", "تنفيذ", "شن", "اغتيال", "تصفيه")

func (f *frame) target() *actorM {
	var best *actorM
	for i := range f.actors {
		a := &f.actors[i]
		if a.role == roleTarget && (best == nil || a.strength > best.strength) {
			best = a
		}
	}
	return best
}

func (e *event) attacker() *actorM {
	for _, f := range e.frames {
		if a := f.attacker(); a != nil {
			return a
		}
	}
	return nil
}

func (e *event) hasAlias(name string) bool {
	if a := e.attacker(); a != nil {
		for _, al := range a.actor.Aliases {
			if al == name {
				return true
			}
		}
	}
	return false
}

// fallbackPlace is the place of an incident whose sentence names none:
// the place the article names most (the title counting twice) when it is
// named at least twice, else the country the article names most.
// firedAcross places rockets or shells that a sentence says were fired
// from a place (من قطاع غزة) at no place it names: where fire from there
// falls (fireTargets), evidenced by the launch site.
func (x *Extractor) firedAcross(f *frame) (placeM, bool) {
	if f.class() != "shelling" {
		return placeM{}, false
	}
	for _, pm := range f.places {
		if !pm.origin {
			continue
		}
		for _, key := range []string{pm.place.ISO3 + "/" + pm.place.Admin1, pm.place.ISO3 + "/" + pm.place.Name} {
			if to, ok := x.fired[key]; ok {
				return placeM{place: to, lo: pm.lo, hi: pm.hi, modLo: pm.modLo, prec: 2}, true
			}
		}
	}
	// "أطلق مسلحون فلسطينيون عشرات الصواريخ عبر الحدود": rockets of the
	// Gaza factions, with no place named at all.
	if len(f.places) == 0 {
		if a := f.attacker(); a != nil && a.actor.Country == "PSE" && a.actor.Type == "Rebel Groups" {
			if to, ok := x.fired["PSE/Gaza Strip"]; ok {
				return placeM{place: to, lo: a.lo, hi: a.hi, modLo: a.lo, prec: 2}, true
			}
		}
	}
	return placeM{}, false
}

// leadFrames marks the frames of the title and the text's opening
// sentence.
func leadFrames(frames []*frame) map[*frame]bool {
	lead := map[*frame]bool{}
	seen := false
	for _, f := range frames {
		switch {
		case f.p.name == rasd.PartTitle:
			lead[f] = true
		case f.p.name == rasd.PartText && !seen:
			lead[f], seen = true, true
		}
	}
	return lead
}

func (x *Extractor) fallbackPlace(d *doc, frames []*frame, f *frame) (placeM, *part, bool) {
	// A sentence naming the side struck ("صواريخ … استهدفت المملكة") points
	// to that side's country.
	want := ""
	if t := f.target(); t != nil && !t.civilian {
		want = t.actor.Country
	}
	type tally struct {
		pm placeM
		p  *part
		n  int
	}
	var best *tally
	counts := map[string]*tally{}
	// The title and the opening sentence say where the story is.
	inLead := leadFrames(frames)
	for _, f := range frames {
		lead := inLead[f]
		for _, pm := range f.places {
			if pm.origin || pm.place.Kind == "country" || want != "" && pm.place.ISO3 != want {
				continue
			}
			t := counts[pm.place.Name]
			if t == nil {
				t = &tally{pm: pm, p: f.p}
				counts[pm.place.Name] = t
			}
			t.n++
			if lead {
				t.n++
			}
			if best == nil || t.n > best.n {
				best = t
			}
		}
	}
	if best != nil && best.n >= 2 {
		return best.pm, best.p, true
	}
	// Else the country the article's places are in: the places read as
	// places (not a side's country, "مقاتلات إماراتية"، "بدعم من
	// الإمارات", which the article may name more often), the opening
	// sentences counting twice.
	iso := want
	if iso == "" {
		tally := map[string]int{}
		for _, f := range frames {
			lead := inLead[f]
			for _, pm := range f.places {
				if pm.origin {
					continue
				}
				tally[pm.place.ISO3]++
				if lead {
					tally[pm.place.ISO3]++
				}
			}
		}
		// Ties go to the country the article names more in all.
		n := 0
		for c, k := range tally {
			k = k*100 + d.country[c]
			if k > n || k == n && c < iso {
				iso, n = c, k
			}
		}
	}
	if iso == "" {
		return placeM{}, nil, false
	}
	pl, ok := x.gz.Country(iso)
	if !ok {
		return placeM{}, nil, false
	}
	return placeM{place: pl, lo: -1, hi: -1, prec: 3}, nil, true
}
