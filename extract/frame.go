package extract

import (
	"strings"
	"time"

	"github.com/rasd-project/rasd"
	"github.com/rasd-project/rasd/arabic"
	"github.com/rasd-project/rasd/lexicon"
)

// role is the side an actor takes in an event.
type role uint8

const (
	roleNone     role = iota
	roleAttacker      // actor1
	roleTarget        // actor2
)

type placeM struct {
	place  rasd.Place
	lo, hi int // tokens of the name
	modLo  int // first token including a modifier such as ريف/قرب
	prec   int
	origin bool // a launch site: "من صعدة"
	ref    bool // a reference point: "الدريهمي جنوبي ميناء الحديدة"
}

type actorM struct {
	actor    rasd.Actor
	lo, hi   int
	role     role
	strength int // how sure the role is: 3 explicit, 2 syntactic, 1 default
	civilian bool
}

type countM struct {
	kind   string // killed, injured
	value  int
	vague  bool
	loose  bool // a dual that may be a plural (مقتل مسلحين): 2 only when nothing says otherwise
	update bool // a toll that "rose to" the figure: the latest word on it
	lo, hi int
}

type weaponM struct {
	weapon string
	lo, hi int
	count  int // how many the text says (بصاروخين → 2), 0 when it does not
}

type dateM struct {
	m    arabic.DateMention
	weak bool // the day something was said, not done
}

type claimM struct {
	actor  rasd.Actor
	lo, hi int
}

type sourceM struct {
	lo, hi int
}

// frame is what one sentence says about one incident.
type frame struct {
	p      *part
	lo, hi int // token range of the sentence
	index  int // order in the article

	weights    map[string]float64 // event class → weight of its triggers
	classLo    map[string][2]int  // event class → first trigger span
	trigLo     int                // strongest trigger
	trigHi     int
	trigger    bool
	weapons    []weaponM
	places     []placeM
	actors     []actorM
	counts     []countM
	parts      []countM // counts of part of a toll (أحد الجنود), kept as claims
	nocas      bool
	nocasLo    int
	nocasHi    int
	nocasFatal bool // the no-casualty words deny only deaths or damage (دون أضرار)
	// deadUncounted: deaths told with no figure (سقوط قتلى): the injured
	// alone do not make the dead 0
	deadUncounted bool
	dates         []dateM
	claim         *claimM
	source        *sourceM
	denied        bool
	skip          string // why the sentence cannot report an event
	recalled      bool   // told in the pluperfect (وكان … قد): background to the news
	totals        bool   // gives a toll too large for one incident
	crime         bool   // speaks of crime, courts or arrests
	weakOnly      bool   // the only trigger is a generic word
	ongoing       bool   // told as going on (تواصل القوات القصف): on the day of the report
	storyDay      bool   // "the next day" of a story told in another year
	campaign      bool   // an act told as going on since a day (تشن منذ 18 فبراير هجوما)
}

func (x *Extractor) frames(d *doc) []*frame {
	var out []*frame
	for _, p := range d.parts {
		var prev *frame
		// oldLead: the text opens with an act of another year ("بعد
		// اعتراف إسرائيل بضربها مفاعلا في سوريا عام 2007"): a
		// retrospective, whose undated acts are that story's.
		oldLead := false
		for i, s := range x.clauses(p) {
			f := x.frame(d, p, s[0], s[1])
			f.index = len(out)
			switch {
			case i == 0 && p.name == rasd.PartText:
				oldLead = f.trigger && f.onlyOldDates(d.pub)
			case oldLead && f.skip == "" && len(f.dates) == 0:
				f.skip = "background"
			}
			// "وأضاف:" names no one: the source is the one before.
			if f.source != nil && f.source.lo >= f.source.hi && prev != nil {
				f.source = prev.source
			}
			// The "while" clause of a sentence ("قصف … مساء أمس، بينما
			// أطلق …") keeps the sentence's day when it gives none.
			if prev != nil && prev.hi == f.lo && whileAt(p, f.lo) > 0 && len(f.dates) == 0 && f.skip == "" {
				f.dates = prev.dates
			}

			out = append(out, f)
			prev = f
		}
	}
	return out
}

var (
	fireVerbs   = setOf("اطلق", "اطلقت", "اطلقوا", "يطلق", "تطلق", "يطلقون", "فتح", "فتحت", "فتحوا")
	fireObjects = setOf("النار", "الرصاص", "النيران", "نيران", "رصاص")
)

// airHeads are the words that make a side an air force.
var airHeads = setOf("طايرات", "طايره", "طيران", "مقاتلات", "مقاتله", "مروحيات", "مروحيه", "قاذفات")

// afterWords introduce an earlier act inside a sentence: "قصف إسرائيلي
// على غزة بعد تفجير عبوات ناسفة" tells two incidents.
var afterWords = setOf("بعد", "عقب", "اثر", "اعقاب", "ردا")

// clauses returns the token ranges read as frames: the sentences, each
// split where an after-word introduces a second act.
func (x *Extractor) clauses(p *part) [][2]int {
	var out [][2]int
	for _, s := range p.sents {
		lo := s[0]
		seenTrigger := false
		for k := s[0]; k < s[1]; k++ {
			if seenTrigger && k > lo && (afterWords[p.norm(k)] || afterWords[strings.TrimPrefix(p.norm(k), "و")]) && x.triggerWithin(p, k+1, min(k+3, s[1])) {
				out = append(out, [2]int{lo, k})
				lo, seenTrigger = k, false
			}
			// "…بالحديدة، وقصفت مقاتلات التحالف أهدافا في الصليف": a
			// second strike verb after a comma and و opens a second act.
			if seenTrigger && k > lo+1 && (p.norm(k-1) == "،" || p.norm(k-1) == ",") && strings.HasPrefix(p.norm(k), "و") && x.verbTriggerAt(p, k) {
				out = append(out, [2]int{lo, k})
				lo, seenTrigger = k, false
			}
			// "قصف الجيش أهدافا في غزة، بينما أطلق مسلحون فلسطينيون
			// الصواريخ": "while" and another side striking join a second act.
			// So do "while" and a toll of its own ("… في خان شيخون فيما
			// قتل ثلاثة آخرون في قصف لبلدة التح").
			if w := whileAt(p, k); seenTrigger && k > lo && w > 0 && (x.triggerWithin(p, k+w, min(k+w+5, s[1])) && x.newSideAt(p, lo, k, k+w+1) || x.casualtyVerbAt(p, k+w)) {
				out = append(out, [2]int{lo, k})
				lo, seenTrigger = k, false
			}
			if x.triggerWithin(p, k, k+1) {
				seenTrigger = true
			}
		}
		out = append(out, [2]int{lo, s[1]})
	}
	// A run-on "sentence" (a list, a page with no stops) is read in pieces
	// of at most maxClause tokens, which keeps the work per frame bounded.
	var bounded [][2]int
	for _, c := range out {
		for c[1]-c[0] > maxClause {
			bounded = append(bounded, [2]int{c[0], c[0] + maxClause})
			c[0] += maxClause
		}
		bounded = append(bounded, c)
	}
	return bounded
}

// casualtyVerbAt reports whether a verb of killing or wounding starts at
// token i.
func (x *Extractor) casualtyVerbAt(p *part, i int) bool {
	if i < 0 || i >= len(p.byTok) {
		return false
	}
	for _, j := range p.byTok[i] {
		if h := p.hits[j]; h.Tok == i && h.Ref.Kind == lexicon.KCasualty && x.lx.Casualties[h.Ref.Item].Form == "verb" {
			return true
		}
	}
	return false
}

// whileAt returns how many tokens a "while" takes at k (بينما، فيما، في
// حين), or 0.
func whileAt(p *part, k int) int {
	switch strings.TrimPrefix(p.norm(k), "و") {
	case "بينما", "فيما":
		return 1
	case "في":
		if p.norm(k+1) == "حين" {
			return 2
		}
	}
	return 0
}

// newSideAt reports whether a side named in the three words from i is one
// the clause [lo, k) does not name.
func (x *Extractor) newSideAt(p *part, lo, k, i int) bool {
	seen := map[lexicon.Ref]bool{}
	for t := lo; t < k; t++ {
		for _, j := range p.byTok[t] {
			if h := p.hits[j]; h.Ref.Kind == lexicon.KActor || h.Ref.Kind == lexicon.KDemonym {
				seen[h.Ref] = true
			}
		}
	}
	for t := i; t < i+3 && t < len(p.byTok); t++ {
		for _, j := range p.byTok[t] {
			if h := p.hits[j]; (h.Ref.Kind == lexicon.KActor || h.Ref.Kind == lexicon.KDemonym) && !seen[h.Ref] {
				return true
			}
		}
	}
	return false
}

// maxClause bounds the tokens of one frame; news sentences rarely reach it.
const maxClause = 150

// verbTriggerAt reports whether a strike verb starts at token k.
func (x *Extractor) verbTriggerAt(p *part, k int) bool {
	for _, i := range p.byTok[k] {
		h := p.hits[i]
		if h.Ref.Kind == lexicon.KTrigger {
			if t := x.lx.Triggers[h.Ref.Item]; t.Verb && t.Class != "" && t.Class != "none" {
				return true
			}
		}
	}
	return false
}

// triggerWithin reports whether an event trigger starts in [lo, hi).
func (x *Extractor) triggerWithin(p *part, lo, hi int) bool {
	for k := lo; k < hi && k < len(p.byTok); k++ {
		for _, i := range p.byTok[k] {
			h := p.hits[i]
			if h.Ref.Kind == lexicon.KTrigger && x.lx.Triggers[h.Ref.Item].Class != "" && x.lx.Triggers[h.Ref.Item].Class != "none" {
				return true
			}
		}
	}
	return false
}

// hitsIn returns the hits inside [lo, hi), dropping a hit covered by a
// longer hit of the same kind.
func hitsIn(p *part, lo, hi int) []lexicon.Hit {
	var in []lexicon.Hit
	for t := lo; t < hi; t++ {
		for _, i := range p.byTok[t] {
			if h := p.hits[i]; h.TokEnd <= hi {
				in = append(in, h)
			}
		}
	}
	out := in[:0:0]
	for _, h := range in {
		covered := false
		for _, o := range in {
			if o.Ref.Kind == h.Ref.Kind && o.Tok <= h.Tok && o.TokEnd >= h.TokEnd && (o.TokEnd-o.Tok) > (h.TokEnd-h.Tok) {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, h)
		}
	}
	return out
}

func (x *Extractor) frame(d *doc, p *part, lo, hi int) *frame {
	f := &frame{p: p, lo: lo, hi: hi, weights: map[string]float64{}, classLo: map[string][2]int{}, trigLo: -1}
	hits := hitsIn(p, lo, hi)
	// The cues by kind, and the spans of the sides the sentence names
	// (built here, not returned from a helper, so that the small map stays
	// off the heap).
	cue := map[string][]lexicon.Hit{}
	var actorSpans [][2]int
	for _, h := range hits {
		switch h.Ref.Kind {
		case lexicon.KCue:
			k := x.lx.Cues[h.Ref.Item].Kind
			cue[k] = append(cue[k], h)
		case lexicon.KActor:
			actorSpans = append(actorSpans, [2]int{h.Tok, h.TokEnd})
		}
	}
	// "جريمة حرب": a condemnation, not ordinary crime.
	cue["crime"] = outside(cue["crime"], cue["statement"])
	x.readTriggers(p, f, hits, actorSpans)
	ruleOut(p, f, cue)
	x.findPlaces(d, p, f, actorSpans)
	x.findActors(d, p, f, hits)
	openingFire(p, f)
	sideByAircraft(p, f)
	best := 0.0
	for _, w := range f.weights {
		best = max(best, w)
	}
	f.weakOnly = f.trigger && best < 0.5
	x.findCounts(p, f, hits, cue["subset"])
	x.sumsUp(p, f, hits, cue)
	x.findDates(d, p, f, cue)
	x.findClaim(p, f, cue)
	// Deaths or injuries at the hands of a named armed side report an
	// attack even without an attack word ("توفي شاب متأثرا بجراح ... برصاص").
	if !f.trigger && len(f.counts) > 0 && f.hasArmedActor() {
		c := f.counts[0]
		f.weights["attack"] = 0.8
		f.classLo["attack"] = [2]int{c.lo, c.hi}
		f.trigger, f.trigLo, f.trigHi = true, c.lo, c.hi
	}
	setAside(d, f, cue)
	return f
}

// readTriggers weighs the sentence's event words by class and collects
// the weapons they name; words that report no act (وقف إطلاق النار، التي
// تسيطر عليها) void the triggers they overlap.
func (x *Extractor) readTriggers(p *part, f *frame, hits []lexicon.Hit, actorSpans [][2]int) {
	lo, hi := f.lo, f.hi
	var void [][2]int
	for _, h := range hits {
		if h.Ref.Kind == lexicon.KTrigger && x.lx.Triggers[h.Ref.Item].Class == "none" {
			void = append(void, [2]int{h.Tok, h.TokEnd})
		}
	}
	best := 0.0
	for _, h := range hits {
		if h.Ref.Kind != lexicon.KTrigger {
			continue
		}
		t := x.lx.Triggers[h.Ref.Item]
		if t.Class == "none" || x.negated(p, h.Tok) || overlaps(h, void) {
			continue
		}
		// A trigger inside a side's name (المدفعية الإسرائيلية، طيران
		// التحالف) names the weapon but not the act.
		inActor := inSpans(h, actorSpans)
		// Normalisation writes ة as ه, so "سيطرة" also reads as the verb
		// سيطر with the pronoun ه; a verb never ends in ة.
		if t.Verb && endsInTehMarbuta(p, h.TokEnd-1) {
			continue
		}
		// "(قصف إسرائيلي على غزة) بعد تفجير عبوات ناسفة": a clause opening
		// with "after" tells the act that came before the news; its words
		// name weapons but do not type this act.
		causeClause := causeWords[p.norm(lo)] && h.Tok <= lo+2
		// "لاستعادة البلدة"، "للسيطرة على": a noun of taking ground with the
		// ل of purpose is an aim, not an act.
		if !t.Verb && (t.Class == "regain" || t.Class == "capture") && purposeL(p.norm(h.Tok)) {
			continue
		}
		// "لطرد المسلحين": a past verb never takes ل; written so, the word
		// is the noun of an aim.
		if t.Verb && (t.Class == "regain" || t.Class == "capture") && h.TokEnd-h.Tok == 1 && lPrefixed(p.norm(h.Tok)) {
			continue
		}
		for _, w := range t.Weapons {
			wm := weaponM{weapon: w, lo: h.Tok, hi: h.TokEnd}
			if h.Ref.Form == lexicon.Dual {
				wm.count = 2
			}
			for _, n := range p.nums {
				if n.TokEnd == h.Tok && n.Tok >= lo && !n.Vague {
					wm.count, wm.lo = n.Value, n.Tok
				}
			}
			f.weapons = append(f.weapons, wm)
		}
		if t.Class == "" || inActor || causeClause {
			continue
		}
		w := classWeight(t)
		// "شنت فصائل المعارضة هجوما": an attack launched by a named doer
		// is told as an act, more than the bare noun.
		if t.Class == "generic" && !t.Verb && (launchedBefore(p, lo, h.Tok) || launchedAfter(p, h.TokEnd, hi)) {
			w = max(w, 0.6)
		}
		f.weights[t.Class] += w
		if _, ok := f.classLo[t.Class]; !ok {
			f.classLo[t.Class] = [2]int{h.Tok, h.TokEnd}
		}
		f.trigger = true
		if w > best {
			best, f.trigLo, f.trigHi = w, h.Tok, h.TokEnd
		}
	}
}

// ruleOut reads the cues that rule a sentence out (a threat, a plan, a
// foiled plot) or qualify it (a denial, a crime, no casualties, told in
// the pluperfect, going on).
func ruleOut(p *part, f *frame, cue map[string][]lexicon.Hit) {
	// "لم يتضح ما إذا كان …"، "عما إذا": whether, not if.
	plans := cue["plan"][:0:0]
	for _, h := range cue["plan"] {
		if n := p.norm(h.Tok - 1); n != "ما" && n != "عما" && n != "فيما" && n != "بما" {
			plans = append(plans, h)
		}
	}
	cue["plan"] = plans
	switch {
	case governs(cue["threat"], f) && !hasPastStrike(f):
		f.skip = "threat"
	case governs(cue["plan"], f) && !hasPastStrike(f):
		f.skip = "plan"
	case len(cue["foiled"]) > 0 && f.weights["clash"] == 0:
		// An attack "foiled" in a fight ("أحبطت هجوما وقتل في الاشتباكات
		// جنديان") was fought; a plot foiled was not.
		f.skip = "foiled"
	}
	if len(cue["deny"]) > 0 {
		f.denied = true
	}
	f.crime = len(cue["crime"]) > 0
	if hs := cue["nocasualty"]; len(hs) > 0 {
		f.nocas, f.nocasLo, f.nocasHi = true, hs[0].Tok, hs[0].TokEnd
	} else if lo, hi, ok := noHarm(p, f.lo, f.hi); ok {
		f.nocas, f.nocasLo, f.nocasHi = true, lo, hi
		// "لم تلحق بها أي أضرار، دون سقوط ضحايا": damage or deaths
		// denied say no one died, not that no one was hurt
		f.nocasFatal = true
		for k := lo; k < hi; k++ {
			if stemIn(p, k, injuryWords) {
				f.nocasFatal = false
			}
		}
	}
	switch p.norm(f.lo) {
	case "وكان", "وكانت", "كان", "كانت", "وكانوا":
		f.recalled = true
	}
	for i := f.lo; i < f.hi && i < f.lo+3; i++ {
		if stemIn(p, i, ongoingVerbs) {
			f.ongoing = true
		}
	}
	// "غارة إسرائيلية سابقة": an earlier strike (often a photo caption).
	if f.trigLo >= 0 && (stemIn(p, f.trigHi, earlierWords) || stemIn(p, f.trigHi+1, earlierWords)) {
		f.recalled = true
	}
}

// openingFire reads "أطلقت البحرية الإسرائيلية النار": opening fire with
// the shooter between the verb and its object.
func openingFire(p *part, f *frame) {
	for i := f.lo; i < f.hi; i++ {
		if !stemIn(p, i, fireVerbs) {
			continue
		}
		for k := i + 2; k < f.hi && k <= i+6; k++ {
			if !stemIn(p, k, fireObjects) {
				continue
			}
			f.weights["attack"] += 1
			if _, ok := f.classLo["attack"]; !ok {
				f.classLo["attack"] = [2]int{i, k + 1}
			}
			if !f.trigger || f.trigLo < 0 {
				f.trigger, f.trigLo, f.trigHi = true, i, k+1
			}
			f.weapons = append(f.weapons, weaponM{weapon: "small_arms", lo: i, hi: k + 1})
			for j := range f.actors {
				if a := &f.actors[j]; a.lo > i && a.hi <= k && !a.civilian {
					a.role, a.strength = roleAttacker, 3
				}
			}
			break
		}
	}
}

// sideByAircraft reads a side named by its aircraft (طائرات الاحتلال
// استهدفت): it struck from the air.
func sideByAircraft(p *part, f *frame) {
	if !f.trigger {
		return
	}
	for _, a := range f.actors {
		if stemIn(p, a.lo, airHeads) {
			f.weights["air"] += 2
			if _, ok := f.classLo["air"]; !ok {
				f.classLo["air"] = [2]int{a.lo, a.lo + 1}
			}
			// "طائرة مسيرة إسرائيلية": a drone, not an aircraft.
			if !f.hasWeaponAt(a.lo, a.hi, "drone") {
				f.weapons = append(f.weapons, weaponM{weapon: "aircraft", lo: a.lo, hi: a.lo + 1})
			}
			return
		}
	}
}

// sumsUp sets aside the tolls of a sentence that sums many incidents: a
// toll "since" a start, a day's toll, a total of a war, a campaign going
// on since a day.
func (x *Extractor) sumsUp(p *part, f *frame, hits []lexicon.Hit, cue map[string][]lexicon.Hit) {
	if !f.totals && x.hasCasualtyWord(hits) {
		for _, n := range p.nums {
			if n.Tok >= f.lo && n.TokEnd <= f.hi && n.Value > 1000 && (n.Value < 1900 || n.Value > 2100) && !f.counted(n) {
				f.totals = true
			}
		}
	}
	since := f.sinceGoverns(p) || lastDay(p, f.lo, f.hi)
	if len(cue["aggregate"]) > 0 || since || f.totals {
		hadCounts := len(f.counts) > 0
		f.counts = nil
		// "تواصل القوات عملياتها … منذ 19 يونيو": a campaign going on.
		if f.skip == "" && (len(cue["aggregate"]) > 0 || f.totals || since && (hadCounts || f.ongoing)) {
			f.skip = "aggregate"
		}
	}
}

// setAside rules out, once all is read, a sentence of an accident, of
// crime or a court, or of background.
func setAside(d *doc, f *frame, cue map[string][]lexicon.Hit) {
	if f.skip != "" {
		return
	}
	switch {
	case len(cue["accident"]) > 0 && f.weights["air"]+f.weights["shelling"]+f.weights["suicide"]+f.weights["chemical"] == 0 && !f.hasStriker():
		f.skip = "accident"
	case len(cue["crime"]) > 0 && f.weights["air"]+f.weights["shelling"]+f.weights["suicide"]+f.weights["chemical"]+f.weights["clash"] == 0 && !f.hasStriker() && !f.forcesHurt():
		// An arrest or a trial, unless the sentence also tells of
		// security forces killed or wounded: that was an attack.
		f.skip = "crime"
	case f.backgroundNearTrigger(cue["background"]) && !f.hasStrongDate(d.pub):
		f.skip = "background"
	case f.onlyOldDates(d.pub), f.storyDay, f.campaign && !f.hasStrongDate(d.pub):
		f.skip = "background"
	}
}

// lastDay reports a day's toll: "خلال الـ24 ساعة الماضية"، "في الساعات
// الـ24 الأخيرة" (numbers are not lexicon words, so this is code).
func lastDay(p *part, lo, hi int) bool {
	for _, n := range p.nums {
		if n.Tok < lo || n.TokEnd > hi || n.Value != 24 || n.Vague {
			continue
		}
		if stemIn(p, n.TokEnd, hourWords) || stemIn(p, n.Tok-1, hourWords) {
			return true
		}
	}
	return false
}

var hourWords = setOf("ساعه", "ساعات", "الساعات")

func (x *Extractor) hasCasualtyWord(hits []lexicon.Hit) bool {
	for _, h := range hits {
		if h.Ref.Kind == lexicon.KCasualty {
			return true
		}
	}
	return false
}

// counted reports whether n was read as one of the frame's counts.
func (f *frame) counted(n arabic.Number) bool {
	for _, c := range f.counts {
		if n.Tok >= c.lo && n.TokEnd <= c.hi {
			return true
		}
	}
	return false
}

// backgroundNearTrigger reports whether a background cue governs the act:
// before the trigger or soon after it, not in a clause trailing far behind
// ("غارات مكثفة … الميليشيات التي تكبدت في الأسابيع الماضية خسائر").
func (f *frame) backgroundNearTrigger(hs []lexicon.Hit) bool {
	for _, h := range hs {
		if f.trigLo < 0 || h.Tok <= f.trigHi+6 {
			return true
		}
	}
	return false
}

// onlyOldDates reports whether the sentence dates itself, and only to a
// time that ended before the report's window ("في أبريل 2017", "عام 2005").
func (f *frame) onlyOldDates(pub time.Time) bool {
	if len(f.dates) == 0 {
		return false
	}
	for _, d := range f.dates {
		end := d.m.Date
		switch d.m.Precision {
		case arabic.Week:
			end = end.AddDate(0, 0, 6)
		case arabic.Month:
			end = end.AddDate(0, 1, -1)
		case arabic.Year:
			end = time.Date(end.Year(), 12, 31, 0, 0, 0, 0, time.UTC)
		}
		if !end.Before(pub.AddDate(0, 0, -14)) {
			return false
		}
	}
	return true
}

// has reports whether the sentence holds the normalised word w.
func (f *frame) has(p *part, w string) bool {
	for i := f.lo; i < f.hi; i++ {
		if p.toks[i].Norm == w || p.toks[i].Norm == "و"+w {
			return true
		}
	}
	return false
}

// sinceGoverns reports whether a "منذ" (since) bears on the sentence's
// tolls: not when a relative clause after them holds it ("قتل أربعة …
// حيث يواصلون الاحتجاج منذ 30 مارس"، "الاحتجاجات المستمرة منذ").
func (f *frame) sinceGoverns(p *part) bool {
	end := -1
	for _, c := range f.counts {
		end = max(end, c.hi)
	}
	for i := f.lo; i < f.hi; i++ {
		if n := p.toks[i].Norm; n != "منذ" && n != "ومنذ" {
			continue
		}
		// "منذ ساعات"، "منذ يومين": hours or days ago, not a total since.
		if shortSpans[p.norm(i+1)] {
			continue
		}
		if end < 0 || i < end {
			return true
		}
		if !relativeBetween(p, end, i) {
			return true
		}
	}
	return false
}

// shortSpans are spans after منذ that date an act rather than open a
// period whose toll is a total.
var shortSpans = setOf("ساعات", "ساعتين", "ساعه", "يومين", "قليل")

// relativeBetween reports whether a relative clause opens in [from, to):
// حيث، التي، الذي, or a participle that works as one ("الاحتجاجات
// المستمرة منذ").
func relativeBetween(p *part, from, to int) bool {
	for k := from; k < to; k++ {
		switch p.norm(k) {
		case "حيث", "التي", "الذي", "الذين", "والتي", "والذي",
			"المستمر", "المستمره", "المتواصل", "المتواصله", "الجاريه", "الدايره":
			return true
		}
	}
	return false
}

// overlaps reports whether h shares a token with one of spans.
func overlaps(h lexicon.Hit, spans [][2]int) bool {
	for _, s := range spans {
		if h.Tok < s[1] && s[0] < h.TokEnd {
			return true
		}
	}
	return false
}

// inSpans reports whether h lies inside one of spans (a trigger word
// inside a name: هيئة تحرير الشام).
func inSpans(h lexicon.Hit, spans [][2]int) bool {
	for _, s := range spans {
		if h.Tok >= s[0] && h.TokEnd <= s[1] {
			return true
		}
	}
	return false
}

// outside returns the hits of hs that no hit of by covers.
func outside(hs, by []lexicon.Hit) []lexicon.Hit {
	spans := make([][2]int, len(by))
	for i, b := range by {
		spans[i] = [2]int{b.Tok, b.TokEnd}
	}
	var out []lexicon.Hit
	for _, h := range hs {
		if !inSpans(h, spans) {
			out = append(out, h)
		}
	}
	return out
}

// ongoingVerbs open a sentence about an act still going on.
var ongoingVerbs = setOf("تواصل", "يواصل", "تتواصل", "يتواصل", "تستمر", "يستمر", "يواصلون")

// causeWords open a clause about what came before: "بعد تفجير …".
var causeWords = map[string]bool{"بعد": true, "وبعد": true, "اثر": true, "عقب": true, "اعقاب": true, "في اعقاب": true}

// hasWeaponAt reports whether the frame names weapon w inside [lo, hi).
func (f *frame) hasWeaponAt(lo, hi int, w string) bool {
	for _, wm := range f.weapons {
		if wm.weapon == w && wm.lo < hi && lo < wm.hi {
			return true
		}
	}
	return false
}

// announceVerbs announce: "أعلن الحوثيون استهداف سفينة".
var announceVerbs = map[string]bool{"اعلن": true, "اعلنت": true, "اعلنوا": true, "واعلن": true, "واعلنت": true}

// triggerNounWithin reports whether a trigger noun (not a verb) starts in
// [lo, hi).
func (x *Extractor) triggerNounWithin(p *part, lo, hi int) bool {
	for k := lo; k < hi && k < len(p.byTok); k++ {
		for _, i := range p.byTok[k] {
			h := p.hits[i]
			if h.Ref.Kind == lexicon.KTrigger {
				if t := x.lx.Triggers[h.Ref.Item]; !t.Verb && t.Class != "" && t.Class != "none" {
					return true
				}
			}
		}
	}
	return false
}

// launchVerbs launch an attack: "شن هجوما"، "نفذت هجمات".
var launchVerbs = setOf("شن", "شنت", "شنوا", "يشن", "تشن", "نفذ", "نفذت", "نفذوا", "ينفذ", "تنفذ")

// launchedBefore reports whether a launch verb stands in the four words
// before i (the verb, its subject, then the noun).
func launchedBefore(p *part, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-4; k-- {
		if p.toks[k].Kind == arabic.Punct {
			return false
		}
		if stemIn(p, k, launchVerbs) {
			return true
		}
	}
	return false
}

// launchedAfter reports whether the noun ending at i is followed by "that
// was launched": "الضربة التي نفذت فجر السبت".
func launchedAfter(p *part, i, hi int) bool {
	if i+1 >= hi {
		return false
	}
	switch p.norm(i) {
	case "التي", "الذي":
		return stemIn(p, i+1, launchVerbs) || stemIn(p, i+1, launchedVerbs)
	}
	return false
}

// launchedVerbs are launch verbs with the pronoun of the act: "شنها".
var launchedVerbs = setOf("شنها", "شنتها", "شنه", "شنته", "نفذها", "نفذتها", "نفذه", "نفذته", "شنوها", "نفذوها")

// noHarm finds a negation followed closely by a word of harm, the
// phrasings of "no one was hurt" the cue list does not hold: "ولم تسجل أي
// أضرار أو إصابات"، "دون وقوع أضرار"، "لم تشر التقارير إلى وقوع ضحايا". A
// count or size between them ("لم يعرف عدد الضحايا") is not knowing, not
// none.
func noHarm(p *part, lo, hi int) (int, int, bool) {
	for i := lo; i < hi; i++ {
		// ("لعدم وقوع ضحايا" is a purpose: to spare lives.)
		if !negationForms[p.norm(i)] {
			continue
		}
		for k := i + 1; k < hi && k <= i+6; k++ {
			if stemIn(p, k, unknownWords) || stemIn(p, k, negations) {
				break
			}
			if stemIn(p, k, harmWords) {
				// "أضرار أو إصابة": the words of harm it lists
				for k+2 < hi && (p.norm(k+1) == "او" || p.norm(k+1) == "و") && (stemIn(p, k+2, harmWords) || stemIn(p, k+2, injuryWords)) {
					k += 2
				}
				// "لم يسجل خسائر فادحة": no heavy losses, not none.
				if stemIn(p, k+1, heavyWords) {
					break
				}
				return i, k + 1, true
			}
		}
	}
	return 0, 0, false
}

var (
	negations = setOf("لم", "دون", "عدم")
	// negationForms are the written forms of the negations noHarm reads
	// (a map lookup per word, no analyses: noHarm runs on every sentence).
	negationForms = setOf("لم", "ولم", "فلم", "دون", "ودون", "بدون", "وبدون", "عدم", "وعدم", "بعدم")
	// not the singular إصابة: "لم تتم إصابة أي صاروخ" is a hit
	harmWords    = setOf("اصابات", "ضحايا", "خساير", "اضرار", "ضرر", "جرحي", "قتلي")
	injuryWords  = setOf("اصابات", "اصابه", "جرحي")
	heavyWords   = setOf("فادحه", "كبيره", "جسيمه", "كثيره", "ضخمه", "كبري")
	unknownWords = setOf("عدد", "حجم", "حصيله", "يعرف", "تعرف", "يتضح", "تتضح", "يتبين", "تتبين", "مصير", "حتي",
		"الكشف", "يكشف", "تكشف", "يعلن", "تعلن", "الاعلان", "بعد") // "لم يتم الكشف بعد عن الخسائر": not yet known
)

// governs reports whether a threat or plan cue bears on the sentence's act:
// it comes before the strongest trigger ("توعد بضربات"، "سوف تقصف"). A
// threat told after the act ("قصفت … وتوعدت بالمزيد") leaves the act.
func governs(cues []lexicon.Hit, f *frame) bool {
	if len(cues) == 0 {
		return false
	}
	return f.trigLo < 0 || cues[0].Tok <= f.trigHi
}

// hasPastStrike reports whether a sentence with a threat word also reports
// a strike carried out (the threat follows an act).
func hasPastStrike(f *frame) bool {
	return len(f.counts) > 0
}

// hasStriker reports whether the sentence names a side as the one that
// struck, by its place in the sentence (not only as a side it mentions).
func (f *frame) hasStriker() bool {
	for _, a := range f.actors {
		if a.role == roleAttacker && a.strength >= 2 {
			return true
		}
	}
	return false
}

func (f *frame) hasAttacker() bool {
	for _, a := range f.actors {
		if a.role == roleAttacker {
			return true
		}
	}
	return false
}

// forcesHurt reports whether the sentence counts casualties and names an
// armed side as the one struck.
func (f *frame) forcesHurt() bool {
	if len(f.counts) == 0 {
		return false
	}
	for _, a := range f.actors {
		if a.role == roleTarget && !a.civilian {
			return true
		}
	}
	return false
}

func (f *frame) hasArmedActor() bool {
	for _, a := range f.actors {
		if !a.civilian {
			return true
		}
	}
	return false
}

// hasStrongDate reports whether the sentence dates its act to a day in
// the report's window.
func (f *frame) hasStrongDate(pub time.Time) bool {
	for _, d := range f.dates {
		if !d.weak && d.m.Precision == arabic.Day && inWindow(d.m.Date, pub) {
			return true
		}
	}
	return false
}

// classWeight says how strongly a trigger signals its class.
func classWeight(t lexicon.Trigger) float64 {
	if t.Weight > 0 {
		return t.Weight
	}
	has := func(w string) bool {
		for _, x := range t.Weapons {
			if x == w {
				return true
			}
		}
		return false
	}
	switch t.Class {
	case "suicide", "chemical":
		return 5
	case "grenade", "abduction", "sexual", "regain", "capture":
		return 3
	case "air":
		if has("drone") {
			return 0.9 // a drone among rockets does not make the attack an air strike
		}
		return 3
	case "shelling":
		switch {
		case has("artillery"), has("mortar"):
			return 1.5
		case has("missile"):
			return 1
		}
		return 0.5
	case "ied":
		switch {
		case has("car_bomb"):
			return 2.5
		case has("ied"):
			return 2
		}
		return 1
	case "clash":
		if has("small_arms") {
			return 1.5
		}
		return 2
	case "fight":
		return 0.6
	case "attack":
		switch {
		case has("knife"), has("vehicle"):
			return 3
		case has("small_arms"):
			return 1
		}
		return 2
	}
	return 0.2 // generic
}

// negated reports whether a negation particle governs the word at i
// (لم يقصف، دون إطلاق).
func (x *Extractor) negated(p *part, i int) bool {
	for back := 1; back <= 2; back++ {
		// "ضمانات بألا يقصف": that it not strike (ب + أن + لا; bare ألا
		// is written like إلا "except").
		if n := p.norm(i - back); n == "بالا" || n == "وبالا" {
			return true
		}
		if end, ok := x.cueAt(p, i-back, "negation"); ok && end >= i-back+1 && end <= i {
			n := p.norm(i - back)
			if n == "لم" || n == "لن" || n == "دون" || n == "بدون" || (n == "لا" && back == 1) {
				return true
			}
		}
	}
	return false
}

// purposeL reports whether a word carries the preposition ل (with و or ف
// before it): "لاستعادة"، "وللسيطرة".
func purposeL(w string) bool {
	for _, pre := range []string{"ل", "ول", "فل"} {
		if rest, ok := strings.CutPrefix(w, pre); ok && (strings.HasPrefix(rest, "ا") || strings.HasPrefix(rest, "ل") || strings.HasPrefix(rest, "ت")) {
			return true
		}
	}
	return false
}

// lPrefixed reports whether a word starts with the preposition ل (ل، ول،
// فل) before a root that is not لقد.
func lPrefixed(w string) bool {
	for _, pre := range []string{"ول", "فل", "ل"} {
		if rest, ok := strings.CutPrefix(w, pre); ok && len(rest) >= 4 && rest != "قد" {
			return true
		}
	}
	return false
}

// endsInTehMarbuta reports whether token i is written with a final ة.
func endsInTehMarbuta(p *part, i int) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].End <= p.toks[i].Start {
		return false
	}
	r := p.text.Orig[p.toks[i].End-1]
	return r == 'ة' || r == 'ﺔ' || r == 'ﺓ'
}

// earlierWords mark an act as an earlier one: غارة سابقة، هجوم سابق.
var earlierWords = setOf("سابقه", "سابق", "سابقين", "سابقتين")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		// Tokens are matched normalised (ة→ه, ى→ي, hamza forms folded):
		// the set holds words the same way, whatever way they were
		// written here.
		m[arabic.Normalize(w)] = true
	}
	return m
}

// stemIn reports whether some reading of token i is in set.
func stemIn(p *part, i int, set map[string]bool) bool {
	if i < 0 || i >= len(p.an) {
		return false
	}
	for _, a := range p.an[i] {
		if set[a.Stem] {
			return true
		}
		// the accusative of an indefinite noun: حاجزا، موقعا
		if b, ok := strings.CutSuffix(a.Stem, "ا"); ok && a.Suf == "" && len(b) >= 6 && set[b] {
			return true
		}
	}
	return false
}

func (x *Extractor) findDates(d *doc, p *part, f *frame, cue map[string][]lexicon.Hit) {
	// A story the report opens with, told with full dates of another year
	// ("بدأ في 20 آذار/مارس 2003 … في 21 آذار/مارس"), goes on in that
	// year for a few sentences. (A date of another year further down is a
	// reference inside today's news: "كما في نيسان 2017 … في 7 نيسان".)
	carry := d.storyLeft > 0
	if d.storyLeft > 0 {
		d.storyLeft--
	}
	for _, m := range p.dates {
		if m.Tok < f.lo || m.TokEnd > f.hi {
			continue
		}
		// "المستمرة منذ 30 مارس": a period's start is not the act's day;
		// an act told as going on since then ("تشن القوات منذ 18 فبراير
		// هجوما") is a campaign, not an incident.
		if n := p.norm(m.Tok - 1); n == "منذ" || n == "ومنذ" {
			if !relativeBetween(p, max(f.lo, f.trigLo), m.Tok) {
				f.campaign = true
			}
			continue
		}
		if m.YearInferred && carry {
			if t := time.Date(d.storyYear, m.Date.Month(), m.Date.Day(), 0, 0, 0, 0, time.UTC); t.Day() == m.Date.Day() {
				m.Date = t
				d.storyLeft = storySentences // the story goes on
			}
		}
		if (m.Precision == arabic.Day || m.Precision == arabic.Month) && !m.Relative && !m.YearInferred && m.Date.Year() < d.pub.Year() && inLead(p, f.lo) {
			d.storyYear, d.storyLeft, carry = m.Date.Year(), storySentences, true
		}
		dm := dateM{m: m}
		// A date right after a speech or claim verb and before the
		// trigger is the day it was said.
		// ("التي وقعت مساء أمس" after "قالت" is the day of the act.)
		if f.trigLo >= 0 && m.Tok < f.trigLo && !stemIn(p, m.Tok-1, occurVerbs) && !stemIn(p, m.Tok-2, occurVerbs) {
			for _, k := range []string{"attribution", "claim"} {
				for _, h := range cue[k] {
					if h.TokEnd <= m.Tok {
						dm.weak = true
					}
				}
			}
		}
		// A calendar date of the publication day ahead of the news (a
		// page's date line, "السبت: 30/ نوفمبر/2024") dates the page.
		if !m.Relative && m.Date.Equal(d.pub) && (f.trigLo < 0 || m.Tok < f.trigLo) {
			dm.weak = true
		}
		f.dates = append(f.dates, dm)
	}
	// "وفي اليوم التالي، شنت الطائرات غارات" inside such a story is a
	// day of that year too.
	if carry && len(f.dates) == 0 && (f.has(p, "التالي") || f.has(p, "التاليه")) {
		f.storyDay = true
	}
}

// occurVerbs say that something happened: the day after them is the
// act's.
var occurVerbs = setOf("وقع", "وقعت", "جري", "جرت", "حدث", "حدثت")

// inLead reports whether token i lies in the title or the first two
// sentences of the text.
func inLead(p *part, i int) bool {
	if p.name == rasd.PartTitle {
		return true
	}
	return len(p.sents) == 0 || i < p.sents[min(1, len(p.sents)-1)][1]
}

// storySentences is how many sentences a story's year carries to the
// dates after it that give none.
const storySentences = 5

// eventDate picks the frame's date of the act: the strong date nearest the
// trigger, else a weak one. ok is false when the sentence gives no day.
func (f *frame) eventDate(pub time.Time) (dateM, bool) {
	var best dateM
	found := false
	bestDist := 1 << 30
	for _, dm := range f.dates {
		if dm.m.Precision != arabic.Day {
			continue
		}
		dist := abs(dm.m.Tok - f.trigLo)
		if dm.weak {
			dist += 1000
		}
		if dist < bestDist {
			best, bestDist, found = dm, dist, true
		}
	}
	// "الأسبوع الماضي": no day, but a week back, which the publication
	// day is not in; its middle day stands for it (weak: a day told
	// elsewhere wins, and it anchors nothing).
	if !found {
		for _, dm := range f.dates {
			if dm.m.Precision == arabic.Week && dm.m.Date.Before(pub) {
				dm.weak = true
				return dm, true
			}
		}
	}
	return best, found
}

func abs(i int) int {
	if i < 0 {
		return -i
	}
	return i
}

// inWindow reports whether day lies in the 14 days up to publication (a
// day after it is allowed for time zone slack).
func inWindow(day, pub time.Time) bool {
	return !day.Before(pub.AddDate(0, 0, -14)) && !day.After(pub.AddDate(0, 0, 1))
}

// blameWords lay responsibility on someone else (حمّلت حماس المسؤولية),
// claimNegations deny that anyone claimed (لم تعلن أي جهة مسؤوليتها).
var (
	blameWords      = setOf("حمل", "حملت", "حملوا", "يحمل", "تحمل", "تحميل", "حمله", "اتهم", "اتهمت", "متهمه")
	claimNegations  = setOf("لم", "عدم", "لا", "دون", "بدون")
	claimIndefinite = setOf("اي", "جهه")
)

// realClaims keeps the claim cues that report a claim: not blame, not "no
// one has claimed it".
func realClaims(p *part, f *frame, hs []lexicon.Hit) []lexicon.Hit {
	var out []lexicon.Hit
	for _, h := range hs {
		ok := true
		for k := h.Tok - 1; k >= f.lo && k >= h.Tok-5; k-- {
			if stemIn(p, k, blameWords) || stemIn(p, k, claimNegations) || stemIn(p, k, claimIndefinite) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, h)
		}
	}
	return out
}

func (x *Extractor) findClaim(p *part, f *frame, cue map[string][]lexicon.Hit) {
	if hs := realClaims(p, f, cue["claim"]); len(hs) > 0 {
		h := hs[0]
		bestDist := 1 << 30
		for _, a := range f.actors {
			// (nor a parent group named for the claimant, "جماعة X
			// التابعة لتنظيم Y", nor air defences)
			if a.civilian || a.role == roleTarget && a.strength >= 3 || a.role == roleNone && a.strength >= 3 {
				continue
			}
			// The claimant is the subject: before the claim words, or
			// right after their verb (تبنى تنظيم داعش); a side named
			// farther after them is in the account of the act.
			dist := h.Tok - a.hi
			if a.lo >= h.Tok {
				dist = 2 * (a.lo - h.TokEnd)
			}
			if dist < bestDist {
				bestDist = dist
				f.claim = &claimM{actor: a.actor, lo: min(a.lo, h.Tok), hi: max(a.hi, h.TokEnd)}
			}
		}
		if f.claim != nil {
			// The claimant carried out the act.
			for i := range f.actors {
				if f.actors[i].actor.Name == f.claim.actor.Name {
					f.actors[i].role, f.actors[i].strength = roleAttacker, 3
				}
			}
		}
	}
	// "أعلن الحوثيون، الثلاثاء، استهداف سفينة": a side announcing the
	// act it carried out claims it.
	if f.claim == nil {
		for _, h := range cue["attribution"] {
			if !announceVerbs[p.norm(h.Tok)] {
				continue
			}
			for i := range f.actors {
				a := &f.actors[i]
				// (States announce operations of every kind; a group's
				// announcement of a strike is its claim.)
				if a.lo != h.TokEnd || a.civilian || a.actor.Type == "State Forces" || !x.triggerNounWithin(p, a.hi, min(a.hi+5, f.hi)) {
					continue
				}
				a.role, a.strength = roleAttacker, 3
				f.claim = &claimM{actor: a.actor, lo: h.Tok, hi: a.hi}
				break
			}
		}
	}
	if hs := cue["attribution"]; len(hs) > 0 {
		h := hs[0]
		// A source noun (مصدر أمني، وكالة رويترز) is the source with the
		// words that qualify it; after a verb or preposition (قال، بحسب،
		// نقلت … عن) the source is the words that follow.
		lo := h.TokEnd
		if stemIn(p, h.Tok, sourceNouns) {
			lo = h.Tok
		}
		end := h.TokEnd
		for end < f.hi && end-h.TokEnd < 6 {
			t := p.toks[end]
			if t.Kind == arabic.Punct && strings.ContainsAny(t.Norm, "\"'") {
				end++
				continue
			}
			if t.Kind == arabic.Punct || t.Kind == arabic.Numeral {
				break
			}
			if reportWords[t.Norm] {
				break
			}
			end++
		}
		for end > lo && (p.toks[end-1].Kind == arabic.Punct || trailingPreps[p.norm(end-1)]) {
			end--
		}
		f.source = &sourceM{lo: lo, hi: end}
	}
}

var trailingPreps = setOf("عن", "الي", "في", "من", "علي", "ب")

var (
	sourceNouns = setOf("مصدر", "مصادر", "بيان", "وكاله", "وكالات", "شهود", "ناشطون", "ناشطين", "مراسل", "مراسلنا", "متحدث", "ناطق", "مسوول", "مسوولون", "مسوولين")
	reportWords = setOf("ان", "انه", "انها", "انهم", "قولهم", "قوله", "قولها", "بان", "فان", "انما")
)

// sourceText is the words naming who says what the frame says.
func (f *frame) sourceText() string {
	if f.source == nil {
		return ""
	}
	s, e := f.p.span(f.source.lo, f.source.hi)
	return strings.TrimSpace(string(f.p.text.Orig[s:e]))
}
