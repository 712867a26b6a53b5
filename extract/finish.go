package extract

// From an assembled event to a rasd.Event: type, weapons, sides,
// casualties, claims, and the evidence for every value.

import (
	"github.com/rasd-project/rasd/arabic"
	"sort"
	"strconv"
	"strings"

	"github.com/rasd-project/rasd"
	"github.com/rasd-project/rasd/lexicon"
)

// finish turns an assembled event into a rasd.Event with evidence for
// every value, or reports false when it is not an event after all.
func (x *Extractor) finish(d *doc, e *event) (rasd.Event, bool) {
	var ev rasd.Event
	opener := e.frames[0]
	for _, f := range e.frames {
		if f.index == e.first {
			opener = f
		}
	}
	// Type: the class the event's triggers weigh most.
	weights := map[string]float64{}
	for _, f := range e.frames {
		if e.lent[f] {
			continue
		}
		for c, w := range f.weights {
			weights[c] += w
		}
	}
	class, bw := "generic", 0.0
	for _, c := range classOrder {
		if weights[c] > bw {
			class, bw = c, weights[c]
		}
	}
	// Weapons named anywhere in the event; which of them are this act's is
	// decided once its type is known.
	seen := map[string]bool{}
	type named struct {
		w weaponM
		f *frame
	}
	var weapons []named
	for _, f := range e.frames {
		for _, w := range f.weapons {
			if !seen[w.weapon] {
				seen[w.weapon] = true
				weapons = append(weapons, named{w, f})
			}
		}
	}
	// Sides: the surest role, from the sentences that say most clearly
	// what happened.
	var a1, a2 *actorM
	var a1f, a2f *frame
	score := func(a *actorM, f *frame) float64 {
		s := float64(a.strength)
		if f.class() != "generic" {
			s += 1
		}
		if f.index == e.first {
			s += 0.5
		}
		return s
	}
	for _, f := range e.frames {
		if a := f.attacker(); a != nil && (a1 == nil || score(a, f) > score(a1, a1f)) {
			a1, a1f = a, f
		}
	}
	// A side named weakly as striking and surely as struck ("عشرة من أفراد
	// الجيش المصري سقطوا" beside "متحدث عسكري في الجيش المصري") was struck.
	// (Not in a fight, where each side strikes and is struck.)
	if a1 != nil && a1.strength <= 1 && !groundClass(class) && class != "generic" {
		for _, f := range e.frames {
			for _, a := range f.actors {
				if a.role == roleTarget && a.strength >= 2 && a.actor.Name == a1.actor.Name {
					a1, a1f = nil, nil
					break
				}
			}
			if a1 == nil {
				break
			}
		}
	}
	for _, f := range e.frames {
		if a := f.target(); a != nil && (a1 == nil || a.actor.Name != a1.actor.Name) && (a2 == nil || score(a, f) > score(a2, a2f)) {
			a2, a2f = a, f
		}
	}
	if class == "generic" || class == "fight" || class == "shelling" && bw < 0.9 {
		if c := classFromWeapons(seen, a2); c != "clash" || class != "shelling" {
			class = c
		}
		// "نفذت القوات الأمريكية ضربة في سوريا": a strike by a foreign
		// state's forces, with no weapon or ground fighting named, comes
		// from the air.
		if class == "clash" && len(seen) == 0 && e.class == "generic" && a1 != nil && a1.actor.Type == "State Forces" && a1.actor.Country != "" && a1.actor.Country != e.place.place.ISO3 {
			class = "air"
		}
	}
	sub := subEvent(class, seen, a1, a2, a1 != nil && x.governmentSide(a1.actor, e.place.place.ISO3))
	// A raid that kills a civilian and that the report then tells was
	// fought ("اشتباكات مسلحة بين مقاومين وقوات الاحتلال") is an armed
	// clash with the armed side (ACLED codes the raid by its fighting).
	if sub == rasd.Attack && a1 != nil {
		for _, f := range e.frames {
			if !e.lent[f] || f.weights["clash"] < 2 {
				continue
			}
			for i := range f.actors {
				a := &f.actors[i]
				if !a.civilian && a.actor.Name != a1.actor.Name && (a.actor.Type == "Rebel Groups" || a.actor.Type == "Political Militias") {
					class, sub, a2, a2f = "clash", rasd.ArmedClash, a, f
					break
				}
			}
			if class == "clash" {
				break
			}
		}
	}
	if sub == "" {
		return ev, false
	}
	// A weapon belongs to the act when it is a weapon of its kind, or when
	// the sentence naming it tells the same kind of act (the drones beside
	// the rockets of one claimed attack); gunfire in a sentence about the
	// fighting around an air strike is not the strike's.
	for _, n := range weapons {
		wc := weaponClass[n.w.weapon]
		if wc == class || wc == "attack" && (class == "clash" || class == "fight") || n.f.class() == class || n.f.class() == "generic" && len(n.f.weights) > 0 {
			ev.Weapons = append(ev.Weapons, n.w.weapon)
			ev.Evidence = append(ev.Evidence, n.f.p.evidence("weapons", n.w.lo, n.w.hi))
		}
	}
	sort.Strings(ev.Weapons)
	if ev.Weapons == nil {
		ev.Weapons = []string{}
	}
	ev.SubEventType = sub
	ev.EventType = rasd.EventTypeOf(sub)
	// The words that show the type: the sentence weighing most for it.
	trig := opener
	for _, f := range e.frames {
		if _, ok := f.classLo[class]; ok && (trig.classLo[class] == [2]int{} || f.weights[class] > trig.weights[class]) {
			trig = f
		}
	}
	if trig.trigLo < 0 {
		for _, f := range e.frames {
			if f.trigger && f.trigLo >= 0 {
				trig = f
				break
			}
		}
	}
	tl, th := trig.trigLo, trig.trigHi
	if sp, ok := trig.classLo[class]; ok {
		tl, th = sp[0], sp[1]
	}
	if tl >= 0 {
		ev.Evidence = append(ev.Evidence, trig.p.evidence("event_type", tl, th), trig.p.evidence("sub_event_type", tl, th))
	}
	// Date.
	ev.Date = e.day.Format("2006-01-02")
	if e.hasDate {
		ev.DatePrecision = "day"
		if e.date.m.Precision == arabic.Week {
			ev.DatePrecision = "week" // a day of the week the text names
		}
		ev.TimeOfDay = e.date.m.TimeOfDay
		ev.Evidence = append(ev.Evidence, e.dateP.evidence("date", e.date.m.Tok, e.date.m.TokEnd))
	} else {
		ev.DatePrecision = "publication"
		if tl >= 0 {
			ev.Evidence = append(ev.Evidence, trig.p.evidence("date", tl, th))
		}
	}
	// Place.
	pl := e.place.place
	ev.ISO3, ev.Admin1, ev.Location = pl.ISO3, pl.Admin1, pl.Name
	// "ريف إدلب": the countryside around the place, as coders name it
	// (not "ريف دمشق", a governorate whose name holds the word).
	if e.place.lo >= 0 && e.place.modLo < e.place.lo && stemIn(e.placeP, e.place.modLo, countrysideWords) {
		ev.Location = pl.Name + " countryside"
	}
	ev.Admin2 = pl.Admin2
	if pl.Kind == "country" {
		ev.Admin1 = ""
	}
	lat, lon := pl.Lat, pl.Lon
	ev.Lat, ev.Lon = &lat, &lon
	ev.GeoPrecision = max(e.place.prec, pl.Precision())
	if e.place.lo >= 0 {
		for _, fld := range []string{"iso3", "admin1", "location", "geo_precision"} {
			if fld == "admin1" && ev.Admin1 == "" {
				continue
			}
			ev.Evidence = append(ev.Evidence, e.placeP.evidence(fld, e.place.modLo, e.place.hi))
		}
	} else if tl >= 0 {
		// The country comes from the article as a whole; point at the
		// trigger, the words the place applies to.
		ev.Evidence = append(ev.Evidence, trig.p.evidence("iso3", tl, th), trig.p.evidence("location", tl, th), trig.p.evidence("geo_precision", tl, th))
	}
	// Sides. Over the Gaza Strip only Israel's aircraft strike: an air
	// strike there with no side named is Israel's (the trigger says so).
	if a1 == nil && sub == rasd.AirDroneStrike && ev.ISO3 == "PSE" && gazaAdmin1[ev.Admin1] && trig.trigLo >= 0 {
		if c, ok := x.lexCountry("ISR"); ok {
			a := actorM{actor: stateActor("military", c), lo: trig.trigLo, hi: trig.trigHi, role: roleAttacker, strength: 1}
			a1, a1f = &a, trig
		}
	}
	if a1 != nil {
		act := a1.actor
		ev.Actor1 = &act
		ev.Evidence = append(ev.Evidence, a1f.p.evidence("actor1", a1.lo, a1.hi))
	}
	if a2 != nil {
		act := a2.actor
		if a2.civilian && ev.ISO3 != "" {
			if c, ok := x.gz.Country(ev.ISO3); ok {
				act.Name = "Civilians (" + c.Name + ")"
				act.Country = ev.ISO3
			}
		}
		if act.Aliases == nil {
			s, en := a2f.p.span(a2.lo, a2.hi)
			act.Aliases = []string{string(a2f.p.text.Orig[s:en])}
		}
		ev.Actor2 = &act
		ev.Evidence = append(ev.Evidence, a2f.p.evidence("actor2", a2.lo, a2.hi))
	}
	// Claim of responsibility.
	for _, f := range e.frames {
		if f.claim != nil {
			c := f.claim.actor
			ev.ClaimedBy = &c
			ev.Evidence = append(ev.Evidence, f.p.evidence("claimed_by", f.claim.lo, f.claim.hi))
			ev.Claims = append(ev.Claims, claimOf(f, "claimed_by", c.Name, f.claim.lo, f.claim.hi, rasd.StanceClaimed))
			if ev.Actor1 == nil {
				a := c
				ev.Actor1 = &a
				ev.Evidence = append(ev.Evidence, f.p.evidence("actor1", f.claim.lo, f.claim.hi))
			}
			break
		}
	}
	x.casualties(e, &ev)
	// Every source's word on the event itself.
	for _, f := range e.frames {
		if f.trigger && f.trigLo >= 0 {
			st := f.stance()
			ev.Claims = append(ev.Claims, claimOf(f, "event", f.class(), f.trigLo, f.trigHi, st))
			if len(f.weapons) > 0 {
				lo, hi := f.weapons[0].lo, f.weapons[len(f.weapons)-1].hi
				ev.Claims = append(ev.Claims, claimOf(f, "weapons", strings.Join(weaponsOf(f), ","), lo, hi, st))
			}
		}
	}
	return ev, true
}

func casualtyField(kind string) string {
	if kind == "injured" {
		return "injured"
	}
	return "fatalities"
}

// stance says how the frame's sentence presents what it says: a party's
// own claim, a denial, a source's word, or the outlet's.
func (f *frame) stance() rasd.Stance {
	switch {
	case f.denied:
		return rasd.StanceDenied
	case f.claim != nil:
		return rasd.StanceClaimed
	case f.source != nil:
		return rasd.StanceAttributed
	}
	return rasd.StanceFact
}

// weaponsOf lists a frame's weapons once each, with the count the text
// gives: "2 missile", "drone".
func weaponsOf(f *frame) []string {
	counted := map[string]bool{}
	for _, w := range f.weapons {
		if w.count > 0 {
			counted[w.weapon] = true
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, w := range f.weapons {
		v := w.weapon
		if w.count > 0 {
			v = strconv.Itoa(w.count) + " " + v
		} else if counted[w.weapon] {
			continue // "بـ5 صواريخ … الصواريخ": the count says it
		}
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

func claimOf(f *frame, field, value string, lo, hi int, st rasd.Stance) rasd.Claim {
	c := rasd.Claim{Field: field, Value: value, Stance: st, Span: f.p.evidence(field, lo, hi)}
	srcLo, srcHi := -1, -1
	switch {
	case st == rasd.StanceClaimed && f.claim != nil:
		// A party's own claim: the party is the source.
		c.Source = f.claim.actor.Name
		srcLo, srcHi = f.claim.lo, f.claim.hi
	case f.source != nil:
		c.Source = f.sourceText()
		srcLo, srcHi = f.source.lo, f.source.hi
	}
	if srcLo >= 0 {
		ev := f.p.evidence("source", srcLo, srcHi)
		c.SourceSpan = &ev
		// The claim covers the words of both value and source.
		c.Span = f.p.evidence(field, min(lo, srcLo), max(hi, srcHi))
	}
	return c
}

// weaponClass is the event class each weapon signals by itself.
var weaponClass = map[string]string{
	"aircraft": "air", "drone": "air",
	"missile": "shelling", "artillery": "shelling", "mortar": "shelling", "rpg": "shelling",
	"ied": "ied", "car_bomb": "ied", "suicide": "suicide", "grenade": "grenade", "chemical": "chemical",
	"small_arms": "attack", "knife": "attack", "vehicle": "attack",
}

// classFromWeapons decides a generic attack's class from its weapons.
func classFromWeapons(w map[string]bool, target *actorM) string {
	switch {
	case w["suicide"]:
		return "suicide"
	case w["chemical"]:
		return "chemical"
	case w["car_bomb"], w["ied"]:
		return "ied"
	case w["aircraft"], w["drone"]:
		return "air"
	case w["missile"], w["artillery"], w["mortar"]:
		return "shelling"
	case w["grenade"]:
		return "grenade"
	case w["knife"], w["vehicle"]:
		return "attack"
	case target != nil && target.civilian:
		return "attack"
	}
	return "clash"
}

// subEvent maps a class to ACLED's sub-event type, using the sides where
// the class alone does not decide.
// governmentSide reports whether a side fights for the government of the
// country iso3: its own state forces, a force that fights on its behalf
// (actors.tsv, with = government), or a coalition of states. Another
// state's forces are not: ground they take is, for ACLED, taken by a
// non-state actor ("Non-state actor overtakes territory: non-state actors
// ... or foreign state actors").
func (x *Extractor) governmentSide(a rasd.Actor, iso3 string) bool {
	switch {
	case a.Type == "State Forces":
		return a.Country == "" || a.Country == iso3
	case a.Type == "External/Other Forces":
		return true
	}
	return x.withGov[a.Name] && a.Country == iso3
}

func subEvent(class string, w map[string]bool, a1, a2 *actorM, govSide bool) string {
	switch class {
	case "suicide":
		return rasd.SuicideBomb
	case "chemical":
		return rasd.ChemicalWeapon
	case "ied":
		return rasd.RemoteExplosive
	case "air":
		return rasd.AirDroneStrike
	case "shelling":
		return rasd.ShellingAttack
	case "grenade":
		return rasd.Grenade
	case "abduction":
		return rasd.Abduction
	case "sexual":
		return rasd.SexualViolence
	case "regain", "capture":
		if a1 == nil {
			return "" // ground changing hands with no side named is no event to code
		}
		// The side that took the ground decides: the government's
		// forces and those fighting for it regain (ACLED: "government
		// forces or their affiliates"), others overtake. Retaking and
		// liberating (استعاد، حرر) by a side of unknown kind is the
		// government's word.
		if govSide || class == "regain" && a1.actor.Type == "" {
			return rasd.GovRegains
		}
		return rasd.NonStateOvertakes
	case "attack":
		// Violence against civilians needs civilians on the receiving
		// end; against an armed side it is a clash.
		if a2 != nil && !a2.civilian || a2 == nil && a1 != nil {
			return rasd.ArmedClash
		}
		return rasd.Attack
	case "clash":
		if a2 != nil && a2.civilian {
			return rasd.Attack
		}
		return rasd.ArmedClash
	}
	return ""
}

// casualties fills fatalities and injured from the counts of the event's
// frames: a specific figure overrides a vague word, the lowest specific
// figure stands when sources disagree (the coding rules), and a report of
// injuries only, or of no casualties, gives 0 deaths. Parts of a toll
// ("أحد الجنود"، "بينهم 4 أطفال") are not tolls.
func (x *Extractor) casualties(e *event, ev *rasd.Event) {
	type pick struct {
		c countM
		f *frame
	}
	best := map[string]*pick{}
	for _, f := range e.frames {
		for _, c := range f.counts {
			b := best[c.kind]
			switch {
			case b == nil,
				b.c.vague && !c.vague,
				b.c.vague && c.vague && c.value > b.c.value,
				// "مقتل مسلحين" may be two or many: a figure says which
				b.c.loose && !c.loose && !c.vague,
				// a toll that rose is the latest word; among the others,
				// the lowest figure stands (the coding rules)
				!b.c.vague && !c.vague && c.update && (!b.c.update || c.value > b.c.value),
				!b.c.vague && !c.vague && !c.update && !b.c.update && c.value < b.c.value && (!c.loose || b.c.loose):
				best[c.kind] = &pick{c, f}
			}
			ev.Claims = append(ev.Claims, claimOf(f, casualtyField(c.kind), strconv.Itoa(c.value), c.lo, c.hi, f.stance()))
		}
		// Parts of a toll ("one of them seriously") are claims, not tolls.
		for _, c := range f.parts {
			ev.Claims = append(ev.Claims, claimOf(f, casualtyField(c.kind), strconv.Itoa(c.value)+" (part of the toll)", c.lo, c.hi, f.stance()))
		}
	}
	var nocas *frame
	for _, f := range e.frames {
		if f.nocas {
			nocas = f
			break
		}
	}
	set := func(field string, b *pick, dst **int) {
		if b != nil {
			v := b.c.value
			*dst = &v
			ev.Evidence = append(ev.Evidence, b.f.p.evidence(field, b.c.lo, b.c.hi))
			return
		}
		if nocas != nil && (field == "fatalities" || !nocas.nocasFatal) {
			v := 0
			*dst = &v
			ev.Evidence = append(ev.Evidence, nocas.p.evidence(field, nocas.nocasLo, nocas.nocasHi))
		}
	}
	set("fatalities", best["killed"], &ev.Fatalities)
	set("injured", best["injured"], &ev.Injured)
	uncounted := false
	for _, f := range e.frames {
		uncounted = uncounted || f.deadUncounted
	}
	if ev.Fatalities == nil && best["injured"] != nil && !uncounted {
		v := 0
		ev.Fatalities = &v
		b := best["injured"]
		ev.Evidence = append(ev.Evidence, b.f.p.evidence("fatalities", b.c.lo, b.c.hi))
	}
}

// gazaAdmin1 are the governorates of the Gaza Strip.
var gazaAdmin1 = map[string]bool{"North Gaza": true, "Gaza": true, "Deir al-Balah": true, "Khan Yunis": true, "Rafah": true}

// lexCountry returns the country with the given ISO alpha-3 code.
func (x *Extractor) lexCountry(iso3 string) (lexicon.Country, bool) {
	for _, c := range x.lx.Countries {
		if c.ISO3 == iso3 {
			return c, true
		}
	}
	return lexicon.Country{}, false
}
