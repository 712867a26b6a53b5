package extract

import (
	"sort"
	"strings"

	"github.com/rasd-project/rasd"
	"github.com/rasd-project/rasd/arabic"
	"github.com/rasd-project/rasd/lexicon"
)

// findActors collects the sides a sentence names and the role of each:
// lexicon actors (داعش، الحوثيون), a force noun with a demonym or country
// (القوات التركية، قوات الولايات المتحدة), a strike with a demonym (الغارات
// الروسية), people counted among the victims (مدنيين، أطفال), and groups
// named in brackets after a group word (جماعة "الثوريون").
func (x *Extractor) findActors(d *doc, p *part, f *frame, hits []lexicon.Hit) {
	taken := func(lo, hi int) bool {
		for _, a := range f.actors {
			if lo < a.hi && a.lo < hi {
				return true
			}
		}
		return false
	}
	add := func(a actorM) {
		if !taken(a.lo, a.hi) {
			f.actors = append(f.actors, a)
		}
	}
	// Longest first: lexicon actors.
	for _, h := range hits {
		if h.Ref.Kind != lexicon.KActor {
			continue
		}
		e := x.lx.Actors[h.Ref.Item]
		a := actorM{actor: rasd.Actor{Name: e.Name, Aliases: aliases(e.Aliases, p, h.Tok, h.TokEnd), Type: e.Type, Country: e.ISO3}, lo: h.Tok, hi: h.TokEnd}
		a.civilian = e.Type == "Civilians" || e.Type == "Protesters"
		add(a)
	}
	// Demonyms and country names after a force noun, a strike word or a
	// person noun.
	for _, h := range hits {
		if h.Ref.Kind != lexicon.KDemonym && h.Ref.Kind != lexicon.KCountry {
			continue
		}
		c := x.lx.Countries[h.Ref.Item]
		prev := h.Tok - 1
		if prev < f.lo {
			continue
		}
		// "العقيد تركي المالكي": an adjective agrees with its noun in the
		// article; an indefinite "demonym" after a definite title is a
		// man's name.
		if h.Ref.Kind == lexicon.KDemonym && strings.HasPrefix(p.norm(prev), "ال") && !strings.HasPrefix(p.norm(h.Tok), "ال") {
			continue
		}
		kind, lo, isTrigger := x.headBefore(p, hits, prev, h.Ref.Kind == lexicon.KCountry)
		if kind == "" {
			continue
		}
		a := actorM{actor: stateActor(kind, c), lo: lo, hi: h.TokEnd}
		if isTrigger {
			a.role, a.strength = roleAttacker, 3
		}
		add(a)
	}
	// A country named as the subject of a strike verb is its forces:
	// "شنت إسرائيل غارات"، "تركيا قصفت".
	for _, h := range hits {
		if h.Ref.Kind != lexicon.KCountry {
			continue
		}
		c := x.lx.Countries[h.Ref.Item]
		// ("شنت الولايات المتحدة غارات": after a verb of launching too.)
		if x.verbEndsAt(p, hits, h.Tok) || x.verbStartsAt(p, hits, h.TokEnd) || stemIn(p, h.Tok-1, launchVerbs) && x.triggerNounWithin(p, h.TokEnd, min(h.TokEnd+5, f.hi)) {
			add(actorM{actor: stateActor("military", c), lo: h.Tok, hi: h.TokEnd, role: roleAttacker, strength: 2})
		}
	}
	// Phrases whose side depends on the country: الجيش، التحالف.
	iso := f.country(d)
	ctxDone := map[[2]int]bool{}
	for _, h := range hits {
		if h.Ref.Kind != lexicon.KContextual || ctxDone[[2]int{h.Tok, h.TokEnd}] || iso == "" {
			continue
		}
		if a, ok := x.contextual(d, hits, h, iso); ok {
			ctxDone[[2]int{h.Tok, h.TokEnd}] = true
			s, e := p.span(h.Tok, h.TokEnd)
			a.Aliases = append([]string{string(p.text.Orig[s:e])}, a.Aliases...)
			add(actorM{actor: a, lo: h.Tok, hi: h.TokEnd})
		}
	}
	// People among the victims: civilians of the event's country, when
	// the sentence counts them as hurt or names them as the target.
	for _, h := range hits {
		if h.Ref.Kind != lexicon.KPerson {
			continue
		}
		group := x.lx.Persons[h.Ref.Item].Group
		// "قتل 7 أشخاص في هجوم على قرية": people of a village, a market,
		// a home struck are civilians too.
		generic := group == "generic" && civilianSiteStruck(p, f)
		if !civilianPers[group] && !generic {
			continue
		}
		if !x.casualtyWithin(p, hits, h.Tok, 4) && !x.casualtyAt(p, hits, h.TokEnd) && !x.casualtyAt(p, hits, h.TokEnd+1) &&
			!stemIn(p, h.Tok-1, targetPrepW) && !stemIn(p, h.Tok-2, targetPrepW) && !x.actVerbBefore(hits, h.Tok, 4) {
			continue
		}
		strength := 3
		if generic {
			strength = 2
		}
		add(actorM{actor: rasd.Actor{Name: "Civilians", Type: "Civilians"}, lo: h.Tok, hi: h.TokEnd, role: roleTarget, strength: strength, civilian: true})
	}
	// A group named in brackets or quotes after a group word.
	for i := f.lo; i+2 < f.hi; i++ {
		if !stemIn(p, i, headNouns) {
			continue
		}
		open := p.toks[i+1]
		if open.Kind != arabic.Punct || !strings.ContainsAny(open.Norm, "(\"'[") {
			continue
		}
		j := i + 2
		for j < f.hi && j-i < 7 && p.toks[j].Kind == arabic.Word {
			j++
		}
		if j >= f.hi || j == i+2 || p.toks[j].Kind != arabic.Punct {
			continue
		}
		s, e := p.span(i+2, j)
		name := string(p.text.Orig[s:e])
		a := actorM{actor: rasd.Actor{Name: name, Aliases: []string{}}, lo: i, hi: j + 1}
		// "التي تطلق على نفسها X" / "المعروفة باسم X": one actor, two names.
		for k, o := range f.actors {
			if o.lo > j && o.lo-j <= 8 && !o.civilian {
				f.actors[k].actor.Aliases = append(f.actors[k].actor.Aliases, name)
				a.actor.Aliases = append(a.actor.Aliases, o.actor.Name)
				a.actor.Aliases = append(a.actor.Aliases, o.actor.Aliases...)
				a.actor.Type, a.actor.Country = o.actor.Type, o.actor.Country
				break
			}
		}
		add(a)
	}
	x.assignRoles(p, f, hits)
	// Remember the state forces named, for "the army" later on.
	for _, a := range f.actors {
		switch {
		case strings.HasPrefix(a.actor.Name, "Military Forces of "):
			d.lastState["{military}"] = a.actor
		case strings.HasPrefix(a.actor.Name, "Police Forces of "):
			d.lastState["{police}"] = a.actor
		}
	}
}

// contextual resolves a phrase whose side depends on the event's country:
// the first row for that country, else the first row for any.
func (x *Extractor) contextual(d *doc, hits []lexicon.Hit, h lexicon.Hit, iso string) (rasd.Actor, bool) {
	var rows []int
	for _, o := range hits {
		if o.Ref.Kind == lexicon.KContextual && o.Tok == h.Tok && o.TokEnd == h.TokEnd {
			rows = append(rows, o.Ref.Item)
		}
	}
	sort.Ints(rows)
	pick := -1
	for _, r := range rows {
		if x.lx.Contextual[r].ISO3 == iso {
			pick = r
			break
		}
	}
	if pick < 0 {
		for _, r := range rows {
			if x.lx.Contextual[r].ISO3 == "*" {
				pick = r
				break
			}
		}
	}
	if pick < 0 {
		return rasd.Actor{}, false
	}
	name := x.lx.Contextual[pick].Actor
	// "the army" after "the Israeli army" is that army, whatever country
	// the event is in.
	if prev, ok := d.lastState[name]; ok {
		return prev, true
	}
	switch name {
	case "{government}":
		name = "{military}"
	}
	switch name {
	case "{military}", "{police}":
		for _, c := range x.lx.Countries {
			if c.ISO3 == iso {
				return stateActor(strings.Trim(name, "{}"), c), true
			}
		}
		return rasd.Actor{}, false
	}
	for _, a := range x.lx.Actors {
		if a.Name == name {
			return rasd.Actor{Name: a.Name, Type: a.Type, Country: a.ISO3, Aliases: append([]string(nil), a.Aliases[:min(5, len(a.Aliases))]...)}, true
		}
	}
	return rasd.Actor{Name: name, Aliases: []string{}}, true
}

// country is the country a frame's event most likely lies in: that of its
// first place, else the one the article names most.
func (f *frame) country(d *doc) string {
	for _, pm := range f.places {
		if !pm.origin {
			return pm.place.ISO3
		}
	}
	best, n := "", 0
	for iso, c := range d.country {
		if c > n || c == n && iso < best {
			best, n = iso, c
		}
	}
	return best
}

// headBefore looks at the words before a demonym or country name at
// prev+1: a force or police noun (القوات، الشرطة), a strike word (الغارات
// الإسرائيلية) or a soldier noun (جنود أمريكيين). It returns "military",
// "police" or "", where the actor phrase starts, and whether the head was
// a strike word.
func (x *Extractor) headBefore(p *part, hits []lexicon.Hit, prev int, country bool) (string, int, bool) {
	for back := prev; back >= prev-2 && back >= 0; back-- {
		for _, hi := range p.byTok[back] {
			h := p.hits[hi]
			// The head may stand right before the demonym or one
			// adjective before it (القوة الجوية العراقية).
			// (A trigger may also hold the demonym: "مسيرة إسرائيلية".)
			// ("100 جندي من بوركينا فاسو": soldiers counted, من, the
			// country; not "دعما عسكريا من روسيا".)
			if h.TokEnd != prev+1 && !(h.TokEnd == prev && h.Ref.Kind == lexicon.KCue) && !(h.TokEnd == prev+2 && h.Ref.Kind == lexicon.KTrigger) &&
				!(country && h.TokEnd == prev && h.Ref.Kind == lexicon.KPerson && p.norm(prev) == "من" && (h.Ref.Form != lexicon.Plain || h.Tok > 0 && p.toks[h.Tok-1].Kind == arabic.Numeral)) {
				continue
			}
			// "مصدر أمني عراقي" is a source, not a force.
			if stemIn(p, h.Tok-1, sourceNouns) {
				continue
			}
			switch h.Ref.Kind {
			case lexicon.KCue:
				// Before a country's name (not its demonym) only an
				// army word names its forces: قوات الولايات المتحدة, but
				// أمن إسرائيل is Israel's security, not its police.
				if country && !stemIn(p, h.Tok, armyHeads) {
					continue
				}
				switch x.lx.Cues[h.Ref.Item].Kind {
				case "force":
					return "military", h.Tok, false
				case "police":
					return "police", h.Tok, false
				}
			case lexicon.KTrigger:
				// "مواجهات بين الفلسطينيين": after a preposition the
				// demonym is a party, not an adjective of the strike.
				if n := p.norm(h.TokEnd - 1); n == "بين" || n == "مع" {
					continue
				}
				if !country && x.lx.Triggers[h.Ref.Item].Class != "" && x.lx.Triggers[h.Ref.Item].Class != "none" {
					return "military", h.Tok, true
				}
			case lexicon.KPerson:
				switch x.lx.Persons[h.Ref.Item].Group {
				case "military":
					return "military", h.Tok, false
				case "police":
					return "police", h.Tok, false
				}
			}
		}
	}
	return "", 0, false
}

// stateActor names a state's forces as ACLED does.
func stateActor(kind string, c lexicon.Country) rasd.Actor {
	name := c.Name
	switch c.ISO3 {
	case "USA", "GBR", "ARE", "NLD", "PHL", "CAF", "COD", "COG", "GMB", "BHS", "COM", "MDV", "MHL", "SLB":
		name = "the " + name
	}
	a := rasd.Actor{Type: "State Forces", Country: c.ISO3, Aliases: []string{}}
	if kind == "police" {
		a.Name = "Police Forces of " + name
	} else {
		a.Name = "Military Forces of " + name
	}
	return a
}

// aliases returns an actor's Arabic aliases with the words as the text
// wrote them first.
func aliases(lex []string, p *part, lo, hi int) []string {
	s, e := p.span(lo, hi)
	out := []string{string(p.text.Orig[s:e])}
	for _, a := range lex {
		if len(out) >= 6 {
			break
		}
		if a != out[0] {
			out = append(out, a)
		}
	}
	return out
}

var riseVerbs = setOf("ارتفع", "ارتفعت", "يرتفع", "ترتفع", "ليرتفع", "لترتفع", "ارتفاع", "بلغت", "بلغ", "وصلت", "وصل")

// risesTo reports whether the count at tok is the figure a toll "rose to"
// (ارتفعت حصيلة القتلى إلى 30).
func risesTo(p *part, f *frame, tok int) bool {
	if p.norm(tok-1) != "الي" {
		return false
	}
	for k := tok - 2; k >= f.lo && k >= tok-8; k-- {
		if stemIn(p, k, riseVerbs) {
			return true
		}
	}
	return false
}

// partitive reports whether a count is "one of the ..." (أحد الجنود): a
// part of people counted elsewhere, not a toll.
func partitive(p *part, n arabic.Number) bool {
	if n.Value != 1 || n.TokEnd-n.Tok != 1 {
		return false
	}
	w := strings.TrimPrefix(p.norm(n.Tok), "و")
	return (w == "احد" || w == "احدي") && strings.HasPrefix(p.norm(n.TokEnd), "ال")
}

// qualifiers are the words that may stand between a casualty word and
// its count: "مقتل ما لا يقل عن 10"، "إصابة أكثر من 20"، "مقتل نحو 30".
var qualifiers = setOf("ما", "لا", "يقل", "عن", "اكثر", "من", "نحو", "حوالي", "قرابه", "زهاء", "يزيد", "علي", "الاقل", "يقارب", "اقل", "ازيد")

// fightersOf reports whether the side at i is named as the group of the
// fighters before it: "مسلحون من جماعة X"، "عناصر من تنظيم X".
func fightersOf(p *part, i int) bool {
	return p.norm(i-1) == "من" && stemIn(p, i-2, fighterNouns)
}

var fighterNouns = setOf("مسلحون", "مسلحين", "عناصر", "مقاتلون", "مقاتلين", "مسلح", "عنصر", "مقاتل")

// memberNouns name a member of a side: "قياديا في حزب الله".
var memberNouns = setOf("قيادي", "قياديا", "القيادي", "قائد", "قائدا", "القائد", "عنصر", "عنصرا", "مسؤول", "مسؤولا", "عضو", "عضوا", "مقاتل", "مقاتلا", "قياديين", "عناصر")

// civilianSites are places of civilian life: struck, their people are
// civilians.
var civilianSites = setOf("قريه", "منزل", "منازل", "سوق", "مسجد", "كنيسه", "مدرسه", "مستشفي", "حافله", "حفل", "عرس", "مخيم", "مقهي", "مطعم", "حي", "سياره")

// civilianSiteStruck reports whether the sentence names a civilian site
// as the object of an attack: after على or a strike verb.
func civilianSiteStruck(p *part, f *frame) bool {
	for k := f.lo; k+1 < f.hi; k++ {
		if (p.norm(k) == "علي" || stemIn(p, k, strikeVerbs)) && stemIn(p, k+1, civilianSites) {
			return true // "هجوم على قرية"، "تفجير استهدف مسجدا"
		}
	}
	return false
}

var defenceHeads = setOf("الدفاعات", "دفاعات", "الدفاع", "دفاع", "منظومه", "منظومات", "القبه")

var (
	armyHeads   = setOf("قوات", "جيش", "شرطه", "طيران", "طايرات", "مقاتلات", "جنود")
	agentWords  = setOf("رصاص", "نيران", "يد", "قبل", "بواسطه")
	targetNouns = setOf("مواقع", "موقع", "مقر", "مقرات", "مقار", "تجمعات", "تجمع", "معاقل", "معقل", "تحصينات", "تعزيزات", "اليات", "اليه", "دوريه", "دوريات", "عناصر", "صفوف", "ثكنه", "ثكنات", "مخازن", "مخزن", "مستودع", "مستودعات", "قاعده", "قواعد", "منصه", "منصات", "مركز", "مراكز", "نقطه", "نقاط", "حاجز", "حواجز", "قافله", "رتل", "ارتال", "مقاتلي", "مسلحي", "اهداف", "هدف", "افراد", "جنود", "منازل", "منزل", "سياره", "حافله")
	// strikeNouns take the striker as their genitive when an object
	// follows: "استهداف الاحتلال منطقة الجعفراوي".
	strikeNouns = setOf("استهداف", "قصف")
	// fightNouns are fighting between sides: the side after مع is the
	// other one.
	fightNouns  = setOf("معارك", "معركه", "اشتباكات", "اشتباك", "مواجهات", "مواجهه", "قتال", "اقتتال")
	targetPrepW = setOf("علي", "ضد", "استهدف", "استهدفت", "استهدفوا", "استهداف", "باتجاه", "نحو", "تجاه", "صفوف", "هاجم", "هاجمت", "هاجموا", "قصف", "قصفت", "التابعه", "التابع", "تابعه", "تابع", "تضم", "يضم", "تستضيف", "يستضيف")
)

// assignRoles decides, for each actor without a sure role, whether it is
// the attacker or the side attacked, from the words before it and its
// place relative to the trigger.
func (x *Extractor) assignRoles(p *part, f *frame, hits []lexicon.Hit) {
	casualtyEnds := map[int]bool{} // token after a casualty word
	for _, h := range hits {
		if h.Ref.Kind == lexicon.KCasualty {
			for k := h.TokEnd; k <= h.TokEnd+3 && k < f.hi; k++ {
				casualtyEnds[k] = true
			}
		}
	}
	verbEnds := map[int]bool{}
	for _, h := range hits {
		if h.Ref.Kind == lexicon.KTrigger && x.lx.Triggers[h.Ref.Item].Verb {
			verbEnds[h.TokEnd] = true
			verbEnds[h.TokEnd+1] = true
		}
	}
	defer func() {
		// "قوات أمريكية ومستشاري التحالف": a side joined by و to the one
		// before it shares its role.
		for i := 1; i < len(f.actors); i++ {
			a, prev := &f.actors[i], f.actors[i-1]
			if a.strength < 3 && a.lo > prev.hi && a.lo-prev.hi <= 2 && strings.HasPrefix(p.norm(prev.hi), "و") && !a.civilian {
				a.role, a.strength = prev.role, prev.strength
			}
		}
	}()
	for i := range f.actors {
		a := &f.actors[i]
		if a.strength >= 3 {
			continue
		}
		// The actor token itself may carry ل: غارات للتحالف (by) versus
		// مواقع للحوثيين (of the target).
		first := p.toks[a.lo]
		hasL := false
		if first.Kind == arabic.Word {
			for _, an := range arabic.Analyses(first.Norm) {
				if strings.HasSuffix(an.Pre, "ل") && an.Al {
					hasL = true
				}
			}
		}
		switch {
		case stemIn(p, a.lo, defenceHeads) || x.isCue(p, a.hi, "interception") || p.norm(a.hi) == "من" && x.isCue(p, a.hi+1, "interception") || x.endsCue(p, a.lo, "interception") && !x.isCue(p, a.lo, "force"):
			// ("تمكنت قوات الدفاع الجوي من اعتراضها" too.)
			// Air defences that bring a missile down neither strike nor
			// are the target the missile was fired at.
			a.role, a.strength = roleNone, 3
		case stemIn(p, a.lo-1, speechVerbs) && (isThat(p.norm(a.hi)) || isThat(p.norm(a.hi+1))):
			// "قالت القيادة المركزية الأمريكية إن الهجوم …": the side
			// that speaks; its own act, if it tells one, is read from
			// what it says (findClaim).
			a.role, a.strength = roleNone, 3
		case subjectedAfter(p, f, a.hi):
			// "قوات الجيش في الطارمية تعرضت إلى هجوم": the side that
			// came under attack.
			a.role, a.strength = roleTarget, 3
		case stemIn(p, a.lo-1, agentWords) || x.endsCue(p, a.lo, "agent") || x.endsCue(p, a.lo-1, "agent") && x.isCue(p, a.lo-1, "force"):
			a.role, a.strength = roleAttacker, 3
		case p.norm(a.lo-1) == "من" && stemIn(p, a.lo-2, thatWords):
			// "هجوم لمسلحين يعتقد أنهم من تنظيم داعش": the attackers' side.
			a.role, a.strength = roleAttacker, 2
		case p.norm(a.lo-1) == "من" && x.takingBefore(hits, a.lo-1, 6):
			// "استعادت القوات مواقع من المتمردين": the side that lost
			// the ground.
			a.role, a.strength = roleTarget, 2
		case p.norm(a.lo-1) == "في" && stemIn(p, a.lo-2, memberNouns):
			// "اغتال قياديا في حزب الله": a member of the side struck.
			a.role, a.strength = roleTarget, 2
		case stemIn(p, a.lo-1, memberNouns) && (stemIn(p, a.lo-2, strikeVerbs) || stemIn(p, a.lo-2, strikeNouns) || stemIn(p, a.lo-2, targetPrepW)):
			// "الغارة التي استهدفت القيادي الحوثي": the member struck.
			a.role, a.strength = roleTarget, 3
		case hasL && x.triggerEndsAt(p, hits, a.lo) || x.triggerNounEndsAt(p, hits, a.lo) || x.isCue(p, a.lo, "force") && x.triggerNounEndsAt(p, hits, a.lo):
			a.role, a.strength = roleAttacker, 3
		case (stemIn(p, a.lo-1, strikeVerbs) || stemIn(p, a.lo-1, strikeNouns) || fightersOf(p, a.lo) && stemIn(p, a.lo-3, strikeVerbs)) && x.objectFollows(p, f, a.hi):
			// (also "هاجم مسلحون من جماعة X قاعدة": fighters of the side)
			// VSO: "استهدفت مقاتلات التحالف تجمعات للحوثيين": the side
			// right after the verb, with an object after it, is its subject.
			a.role, a.strength = roleAttacker, 3
		case i > 0 && stemIn(p, a.lo-1, ledByWords) && f.actors[i-1].hi == a.lo-1:
			// "فصائل المعارضة بقيادة هيئة تحرير الشام": the side that
			// leads the one before it is on its side.
			a.role, a.strength = f.actors[i-1].role, f.actors[i-1].strength
		case i > 0 && stemIn(p, a.lo-1, affiliationWords) && f.actors[i-1].hi == a.lo-1:
			// "جماعة النصرة التابعة لتنظيم القاعدة": the parent of the
			// side before it names that side, not a party of its own.
			a.role, a.strength = roleNone, 3
		case p.norm(a.lo-1) == "مع" && (stemIn(p, a.lo-2, fightNouns) || stemIn(p, a.lo-3, fightNouns)):
			// "بعد معارك عنيفة مع الحوثيين": the side fought; but "مقتل 8
			// مسلحين في اشتباكات مع قوات الجيش": the side that fought the
			// dead named before.
			a.role, a.strength = roleTarget, 2
			if x.casualtyWithin(p, hits, a.lo-2, 8) {
				a.role = roleAttacker
			}
		case stemIn(p, a.lo-1, targetNouns) || stemIn(p, a.lo-1, targetPrepW) || stemIn(p, a.lo-2, targetPrepW) && stemIn(p, a.lo-1, targetNouns) ||
			p.norm(a.lo-1) == "من" && stemIn(p, a.lo-2, targetNouns) && a.lo-2 > f.lo+1 && !x.verbStartsAt(p, hits, a.hi):
			// (also "تحييد 7 عناصر من حزب العمال": members of the side
			// the act was aimed at)
			a.role, a.strength = roleTarget, 3
		case casualtyEnds[a.lo] || p.norm(a.lo-1) == "من" && x.casualtyWithin(p, hits, a.lo-1, 6) || x.casualtyAt(p, hits, a.hi) || x.casualtyAt(p, hits, a.hi+1):
			a.role, a.strength = roleTarget, 2
		case verbEnds[a.lo] || x.activeCasualtyAt(hits, a.hi):
			a.role, a.strength = roleAttacker, 2
		case f.trigLo >= 0 && a.hi <= f.trigLo && f.trigLo-a.hi <= 3:
			a.role, a.strength = roleAttacker, 2
		case a.civilian:
			a.role, a.strength = roleTarget, 2
		case f.trigLo >= 0 && a.lo >= f.trigHi:
			a.role, a.strength = roleTarget, 1
		default:
			a.role, a.strength = roleAttacker, 1
		}
	}
	blame(p, f)
}

// blame reads who a sentence blames for the act: "وجه الحوثيون اللوم في
// الغارة إلى التحالف"، "اتهمت الحكومة الحوثيين بقصف المدينة". The side
// blamed struck, by the word of the side blaming, which struck nothing.
func blame(p *part, f *frame) {
	for k := f.lo; k < f.hi; k++ {
		// (a cheap look at the word first: blame runs on every sentence)
		if n := p.norm(k); !strings.Contains(n, "لوم") && !strings.Contains(n, "تهم") {
			continue
		}
		noun := stemIn(p, k, blameNouns)
		if !noun && !stemIn(p, k, accuseVerbs) {
			continue
		}
		var after []*actorM
		for i := range f.actors {
			a := &f.actors[i]
			switch {
			case a.hi <= k && a.hi >= k-2 && !a.civilian:
				a.role, a.strength = roleNone, 3 // the accuser, before the word
			case a.lo > k && a.lo <= k+8 && !a.civilian:
				after = append(after, a)
			}
		}
		accused := after
		// VSO: "اتهمت الحكومة الحوثيين": the first side after the verb
		// accuses, unless one came before it.
		if !noun && len(after) > 1 {
			subjectBefore := false
			for i := range f.actors {
				if a := &f.actors[i]; a.hi <= k && a.hi >= k-2 {
					subjectBefore = true
				}
			}
			if !subjectBefore {
				after[0].role, after[0].strength = roleNone, 3
				accused = after[1:]
			}
		}
		if len(accused) > 0 && accused[0].strength < 3 {
			accused[0].role, accused[0].strength = roleAttacker, 2
		}
		return
	}
}

var (
	blameNouns  = setOf("اللوم", "لوم")
	accuseVerbs = setOf("اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون")
)

// casualtyAt reports whether a casualty verb starts at token i: the actor
// before it is the one hurt ("خمسة جنود أمريكيين أصيبوا").
func (x *Extractor) casualtyAt(p *part, hits []lexicon.Hit, i int) bool {
	for _, h := range hits {
		if h.Ref.Kind == lexicon.KCasualty && h.Tok == i {
			c := x.lx.Casualties[h.Ref.Item]
			return (c.Kind == "killed" || c.Kind == "injured") && c.Form != "active"
		}
	}
	return false
}

func (x *Extractor) isCue(p *part, i int, kind string) bool {
	_, ok := x.cueAt(p, i, kind)
	return ok
}

// activeCasualtyAt reports whether an active killing verb (تقتل، يقتلون)
// starts at i: the side before it is the killer.
func (x *Extractor) activeCasualtyAt(hits []lexicon.Hit, i int) bool {
	for _, h := range hits {
		if h.Ref.Kind == lexicon.KCasualty && h.Tok == i && x.lx.Casualties[h.Ref.Item].Form == "active" {
			return true
		}
	}
	return false
}

// objectFollows reports whether a target noun or another side follows
// within a few words of i: the object of a strike verb.
// ledByWords say who leads a side: "بقيادة X".
var ledByWords = setOf("بقياده", "قياده", "تقودها", "يقودها", "بزعامه")

// thatWords open what is believed of someone: "يعتقد أنهم من داعش".
var thatWords = setOf("انهم", "بانهم", "انه", "بانه")

// tollWords name a toll: "ارتفعت حصيلة القتلى إلى 40".
var tollWords = setOf("حصيله")

// subjectedVerbs say that something befell their subject: "تعرضت
// القوات لهجوم".
var subjectedVerbs = setOf("تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض", "يتعرضون")

// subjectedAfter reports whether a verb of coming under attack follows
// within a few words of i, with no punctuation between.
func subjectedAfter(p *part, f *frame, i int) bool {
	for k := i; k < f.hi && k < i+5; k++ {
		if p.toks[k].Kind == arabic.Punct {
			return false
		}
		if stemIn(p, k, subjectedVerbs) {
			return true
		}
	}
	return false
}

// speechVerbs report speech: the side after them speaks.
var speechVerbs = setOf("قال", "قالت", "قالوا", "ذكر", "ذكرت", "اكد", "اكدت", "اوضح", "اوضحت", "افاد", "افادت", "صرح", "صرحت", "اشار", "اشارت", "اضاف", "اضافت", "زعم", "زعمت")

// isThat reports whether n is the complementiser after a speech verb.
func isThat(n string) bool { return n == "ان" || n == "بان" }

// spotNouns are unnamed places struck: "أماكن عدة".
var spotNouns = setOf("اماكن", "مكان")

func (x *Extractor) objectFollows(p *part, f *frame, i int) bool {
	// (past a day and the weapons: "قصفت طائرات حربية سورية، الأحد،
	// بالصواريخ والبراميل المتفجرة، أماكن عدة")
	for k := i; k < f.hi && k < i+10; k++ {
		if p.toks[k].Kind == arabic.Punct && p.toks[k].Norm != "،" && p.toks[k].Norm != "," {
			return false
		}
		if stemIn(p, k, targetNouns) || stemIn(p, k, settleWords) || stemIn(p, k, siteWords) || stemIn(p, k, admin1Words) || stemIn(p, k, listNouns) || stemIn(p, k, spotNouns) {
			return true
		}
	}
	return false
}

// takingBefore reports whether a word of taking ground (regain, capture)
// ends within n tokens before i.
func (x *Extractor) takingBefore(hits []lexicon.Hit, i, n int) bool {
	for _, h := range hits {
		if h.Ref.Kind != lexicon.KTrigger || h.TokEnd > i || i-h.TokEnd > n {
			continue
		}
		if c := x.lx.Triggers[h.Ref.Item].Class; c == "regain" || c == "capture" {
			return true
		}
	}
	return false
}

// actVerbBefore reports whether a word of attack on people ends within n
// tokens before i: its object is the one struck ("دهس مستوطن طفلا
// فلسطينيا").
func (x *Extractor) actVerbBefore(hits []lexicon.Hit, i, n int) bool {
	for _, h := range hits {
		if h.Ref.Kind != lexicon.KTrigger || h.TokEnd > i || i-h.TokEnd > n {
			continue
		}
		if x.lx.Triggers[h.Ref.Item].Class == "attack" {
			return true
		}
	}
	return false
}

// casualtyWithin reports whether a casualty word ends within n tokens
// before i: "مقتل 4 حراس على الأقل من القوات ..." names the victims' side.
func (x *Extractor) casualtyWithin(p *part, hits []lexicon.Hit, i, n int) bool {
	for _, h := range hits {
		if h.Ref.Kind == lexicon.KCasualty && h.TokEnd <= i && i-h.TokEnd <= n {
			return true
		}
	}
	return false
}

func (x *Extractor) endsCue(p *part, i int, kind string) bool {
	_, ok := x.cueEndingAt(p, i, kind)
	return ok
}

// verbEndsAt and verbStartsAt report whether a strike verb ends or starts
// at token i.
func (x *Extractor) verbEndsAt(p *part, hits []lexicon.Hit, i int) bool {
	for _, h := range hits {
		if h.Ref.Kind == lexicon.KTrigger && h.TokEnd == i && x.lx.Triggers[h.Ref.Item].Verb {
			return true
		}
	}
	return false
}

func (x *Extractor) verbStartsAt(p *part, hits []lexicon.Hit, i int) bool {
	for _, h := range hits {
		if h.Ref.Kind == lexicon.KTrigger && h.Tok == i && x.lx.Triggers[h.Ref.Item].Verb {
			return true
		}
	}
	return false
}

// triggerNounEndsAt reports whether a strike noun ends at i: the side
// after it, in the genitive, carried the strike out (غارات التحالف).
func (x *Extractor) triggerNounEndsAt(p *part, hits []lexicon.Hit, i int) bool {
	for _, h := range hits {
		if h.Ref.Kind == lexicon.KTrigger && h.TokEnd == i {
			t := x.lx.Triggers[h.Ref.Item]
			// "استهداف X" targets X: that genitive is the object.
			if t.Class == "" || t.Class == "none" || stemIn(p, h.TokEnd-1, targetPrepW) {
				continue
			}
			if !t.Verb || t.Class == "air" || t.Class == "shelling" || t.Class == "fight" {
				return true
			}
		}
	}
	return false
}

func (x *Extractor) triggerEndsAt(p *part, hits []lexicon.Hit, i int) bool {
	for _, h := range hits {
		if h.Ref.Kind == lexicon.KTrigger && h.TokEnd == i {
			return true
		}
	}
	return false
}

// findCounts reads casualty figures: "مقتل 5"، "5 قتلى"، "أصيب جنديان"،
// "لا يقل عن خمسة جنود أصيبوا"، "مقتل 22 طفلا و4 نساء". A count after
// بينهم is part of a count already made and is skipped.
func (x *Extractor) findCounts(p *part, f *frame, hits []lexicon.Hit, subset []lexicon.Hit) {
	numAt := map[int]arabic.Number{} // first token → number
	numEnd := map[int]arabic.Number{}
	for _, n := range p.nums {
		if n.Tok >= f.lo && n.TokEnd <= f.hi {
			numAt[n.Tok] = n
			numEnd[n.TokEnd] = n
		}
	}
	isSubset := func(tok int) bool {
		for _, h := range subset {
			if h.TokEnd <= tok && tok-h.TokEnd <= 1 {
				return true
			}
		}
		return false
	}
	personAt := func(i int) (lexicon.Hit, bool) {
		if i < 0 || i >= len(p.byTok) {
			return lexicon.Hit{}, false
		}
		for _, hi := range p.byTok[i] {
			if h := p.hits[hi]; h.Ref.Kind == lexicon.KPerson {
				return h, true
			}
		}
		return lexicon.Hit{}, false
	}
	// pluralToo reports whether the person noun at i is also a plural:
	// مسلحين is "two gunmen" and "gunmen".
	pluralToo := func(h lexicon.Hit) bool {
		n := p.norm(h.Tok)
		for _, pl := range x.lx.Persons[h.Ref.Item].Plural {
			if strings.HasSuffix(n, arabic.Normalize(pl)) {
				return true
			}
		}
		return false
	}
	casualtyAt := map[int]bool{}    // casualty verbs
	otherKindAt := map[int]string{} // casualty words by kind
	for _, h := range hits {
		if h.Ref.Kind == lexicon.KCasualty && x.lx.Casualties[h.Ref.Item].Form == "verb" {
			casualtyAt[h.Tok] = true
		}
		if h.Ref.Kind == lexicon.KCasualty {
			otherKindAt[h.Tok] = x.lx.Casualties[h.Ref.Item].Kind
		}
	}
	used := map[int]bool{}
	// "قتل مستوطنون إسرائيليون فلسطينيا"، "قتلت قوات الاحتلال 3 شبان": the
	// verb in the active voice, its subject a side and its object the dead.
	for _, h := range hits {
		if h.Ref.Kind != lexicon.KCasualty || x.lx.Casualties[h.Ref.Item].Kind != "killed" || x.lx.Casualties[h.Ref.Item].Form != "verb" || h.TokEnd-h.Tok != 1 {
			continue
		}
		for i := range f.actors {
			a := &f.actors[i]
			if a.lo != h.TokEnd || a.civilian || a.hi >= f.hi {
				continue
			}
			k := a.hi
			if x.demonymAt(p, k) != "" && k+1 < f.hi {
				k++ // "مستوطنون إسرائيليون"
			}
			value := 0
			if m, ok := numAt[k]; ok && !m.Vague {
				value, k = m.Value, m.Tok
				used[m.Tok] = true
			} else if n := p.norm(k); strings.HasSuffix(n, "ا") && (x.demonymAt(p, k) != "" || func() bool { _, ok := personAt(k); return ok }()) {
				value = 1
			}
			if value > 0 {
				a.role, a.strength = roleAttacker, 3
				f.counts = append(f.counts, countM{kind: "killed", value: value, lo: h.Tok, hi: k + 1})
			}
		}
		// "قتل مسلحون مجهولون أربعة مدنيين": gunmen no side names, then
		// the count of the dead.
		if ph, ok := personAt(h.TokEnd); ok && x.lx.Persons[ph.Ref.Item].Group == "militant" && ph.Ref.Form == lexicon.Plural {
			k := ph.TokEnd
			if agrees(p.norm(k)) && !numAtHas(numAt, k) {
				k++ // "مجهولون"
			}
			if m, ok := numAt[k]; ok && !m.Vague && !used[m.Tok] {
				if _, isPerson := personAt(m.TokEnd); isPerson {
					used[m.Tok] = true
					f.counts = append(f.counts, countM{kind: "killed", value: m.Value, lo: h.Tok, hi: m.TokEnd + 1})
				}
			}
		}
	}
	for _, h := range hits {
		if h.Ref.Kind != lexicon.KCasualty {
			continue
		}
		c := x.lx.Casualties[h.Ref.Item]
		if c.Kind != "killed" && c.Kind != "injured" {
			continue
		}
		var n arabic.Number
		found, loose, fromPerson := false, false, false
		lo, hi := h.Tok, h.TokEnd
		if c.Form == "count" {
			// "5 قتلى": the number ends right before the word, maybe with
			// a person noun between ("5 جنود قتلى" is rare; allow one).
			if m, ok := numEnd[h.Tok]; ok {
				n, found, lo = m, true, m.Tok
			} else if m, ok := numEnd[h.Tok-1]; ok && p.norm(h.Tok-1) == ")" && p.norm(m.Tok-1) == "(" {
				n, found, lo = m, true, m.Tok-1 // "(15) شهيدا"
			}
			// "ارتفع عدد القتلى إلى 40"
			if !found && (p.norm(h.Tok-1) == "عدد" || stemIn(p, h.Tok-1, tollWords)) {
				for k := h.TokEnd; k < f.hi && k <= h.TokEnd+3; k++ {
					if m, ok := numAt[k]; ok {
						n, found, hi = m, true, m.TokEnd
						break
					}
				}
			}
		} else {
			// "مقتل 5" / "مقتل ما لا يقل عن 5" / "أصيب خمسة": the count
			// follows, perhaps after words that qualify it.
			combined := false
			for k, skipped := h.TokEnd, 0; k < f.hi && skipped <= 5; k++ {
				if m, ok := numAt[k]; ok {
					n, found, hi = m, true, m.TokEnd
					// "مقتل وإصابة 10 عسكريين": one figure for the dead and
					// the wounded together gives neither (a vague "dozens"
					// is read for each).
					if combined && !m.Vague {
						used[m.Tok], found = true, false
					}
					// "سقوط قتلى وعشرات الجرحى": a number that a word of
					// the other kind follows counts those.
					if kind, ok := otherKindAt[m.TokEnd]; ok && kind != c.Kind && strings.HasPrefix(p.norm(m.Tok), "و") {
						found = false
					}
					break
				}
				if kind, ok := otherKindAt[k]; ok && kind != c.Kind && strings.HasPrefix(p.norm(k), "و") {
					combined = true
				}
				// "لقي جنديان مصرعهما وأصيب ثلاثة": another casualty
				// verb starts its own count ("مقتل وإصابة 12" shares one).
				if p.toks[k].Kind == arabic.Punct || !qualifiers[p.norm(k)] && skipped >= 1 || casualtyAt[k] {
					break
				}
				skipped++
			}
			// "مقتل جنديين" / "مقتل جندي" / "إصابة أحد الجنود".
			if !found {
				if ph, ok := personAt(h.TokEnd); ok {
					switch ph.Ref.Form {
					case lexicon.Dual:
						n, found, hi, fromPerson = arabic.Number{Tok: ph.Tok, TokEnd: ph.TokEnd, Value: 2}, true, ph.TokEnd, true
						loose = pluralToo(ph)
					case lexicon.Plain:
						if !strings.HasSuffix(p.norm(ph.Tok), "ين") && !strings.HasSuffix(p.norm(ph.Tok), "ون") {
							n, found, hi, fromPerson = arabic.Number{Tok: ph.Tok, TokEnd: ph.TokEnd, Value: 1}, true, ph.TokEnd, true
						}
					}
				}
			}
			// "خمسة جنود أمريكيين أصيبوا": a number shortly before the verb.
			if !found && c.Form == "verb" {
				for k := h.Tok - 1; k >= f.lo && k >= h.Tok-6; k-- {
					if m, ok := numAt[k]; ok && !used[m.Tok] {
						n, found, lo = m, true, m.Tok
						break
					}
					if p.toks[k].Kind == arabic.Punct {
						break
					}
				}
			}
		}
		if !found && c.Kind == "killed" {
			f.deadUncounted = true // "سقوط قتلى": deaths, no figure
		}
		if !found || used[n.Tok] || isSubset(n.Tok) {
			continue
		}
		if partitive(p, n) {
			f.parts = append(f.parts, countM{kind: c.Kind, value: n.Value, lo: min(lo, n.Tok), hi: max(hi, n.TokEnd)})
			continue
		}
		used[n.Tok] = true
		value := n.Value
		// "22 طفلا على الأقل و4 نساء": add counts joined by و.
		k := n.TokEnd
		// (the noun the number counts: "5 جنود"; not when the count is
		// the noun itself, "مقتل ضابط وجنديين")
		if _, ok := personAt(k); ok && !fromPerson {
			k++
		}
		// "جنديان مصريان و8 مسلحين": past an adjective of the people
		if agrees(p.norm(k)) && strings.HasPrefix(p.norm(k+1), "و") {
			k++
		}
		for {
			if p.norm(k) == "علي" && p.norm(k+1) == "الاقل" {
				k += 2
			}
			var m arabic.Number
			ok := false
			if p.norm(k) == "و" {
				m, ok = numAt[k+1]
			} else if strings.HasPrefix(p.norm(k), "و") {
				m, ok = numAt[k]
			}
			// "مقتل ضابط وجنديين": a noun joined by و counts itself, a
			// dual 2 and a singular 1.
			if ph, isPerson := personAt(k); !ok && fromPerson && isPerson && strings.HasPrefix(p.norm(k), "و") {
				add := 0
				switch {
				case ph.Ref.Form == lexicon.Dual:
					add = 2
				case ph.Ref.Form == lexicon.Plain && !strings.HasSuffix(p.norm(k), "ين") && !strings.HasSuffix(p.norm(k), "ون"):
					add = 1
				}
				if add > 0 {
					value += add
					hi, k = ph.TokEnd, ph.TokEnd
					continue
				}
			}
			if !ok || used[m.Tok] || m.Vague {
				break
			}
			if _, isPerson := personAt(m.TokEnd); !isPerson {
				break
			}
			used[m.Tok] = true
			value += m.Value
			hi = m.TokEnd + 1
			k = m.TokEnd + 1
		}
		if value < 0 || c.Kind == "killed" && value > 1000 || value > 5000 {
			// Tolls this large are totals of a war, not of an incident.
			f.totals = true
			continue
		}
		f.counts = append(f.counts, countM{kind: c.Kind, value: value, vague: n.Vague, loose: loose && value == 2, update: risesTo(p, f, n.Tok), lo: min(lo, n.Tok), hi: max(hi, n.TokEnd)})
	}
}

// agrees reports whether a word looks like an adjective agreeing with a
// counted plural or dual: a nisba or a sound plural or dual ending
// (مصريان، مدنيين، إسرائيليون، تكفيريين).
func agrees(n string) bool {
	for _, suf := range []string{"يان", "يين", "يون", "يه", "ين", "ون", "ان"} {
		if strings.HasSuffix(n, suf) && len([]rune(n)) > len([]rune(suf))+2 {
			return true
		}
	}
	return false
}

// numAtHas reports whether a number starts at token k.
func numAtHas(numAt map[int]arabic.Number, k int) bool {
	_, ok := numAt[k]
	return ok
}
