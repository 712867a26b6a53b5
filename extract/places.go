package extract

// Places a sentence names, read as event places or set aside as launch
// sites, reference points, datelines, meeting names and homonyms.

import (
	"sort"
	"strings"

	"github.com/rasd-project/rasd"
	"github.com/rasd-project/rasd/arabic"
	"github.com/rasd-project/rasd/lexicon"
)

// strikeVerbs take the place struck as their object: "استهدفت المملكة".
var strikeVerbs = setOf("استهدف", "استهدفت", "استهدفوا", "يستهدف", "تستهدف", "قصف", "قصفت", "قصفوا", "ضرب", "ضربت", "هاجم", "هاجمت")

// countrysideWords name the rural area around a place.
var countrysideWords = setOf("ريف", "ارياف", "ريفي")

// distanceUnits measure how far a place lies from another.
var distanceUnits = setOf("كلم", "كم", "كيلومتر", "كيلومترات", "كيلومترا", "كيلومترين", "كيلومتران", "ميل", "اميال", "مترا", "متر", "امتار")

// meetingWords name meetings and accords after which a place is a name.
// roadWords name a road: "طريق X – Y" runs between two places.
var roadWords = setOf("طريق", "الطريق")

// borderWords name a border: "الحدود مع X".
var borderWords = setOf("حدود", "الحدود", "الحدوديه", "الشريط الحدودي")

var meetingWords = setOf("قمه", "مؤتمر", "موتمر", "اتفاق", "اتفاقيه", "محادثات", "مفاوضات", "مسار", "منتدي", "اعلان", "تفاهمات")

var (
	nearWords        = setOf("ريف", "قرب", "بالقرب", "خراج", "جرود", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "اطراف", "محيط", "ضواحي", "مشارف", "اطار", "حدود", "جنوب شرق", "شمال شرق", "شمال غرب", "جنوب غرب")
	districtWords    = setOf("قضاء", "مديريه", "ناحيه", "قضائي", "مديريتي", "مديريتا", "ناحيتي")
	affiliationWords = setOf("تتبع", "يتبع", "تابعه", "التابعه", "تابع", "التابع", "موالي", "مواليه", "الموالي", "المواليه")
	pairWords        = setOf("مدينتي", "مدينتا", "بلدتي", "بلدتا", "قريتي", "قريتا", "مخيمي", "قضائي", "مديريتي", "مديريتا", "ناحيتي", "محافظتي", "محافظتا",
		"قاعدتي", "قاعدتا", "مطاري", "مطارا", "معبري", "معبرا",
		"مدن", "بلدات", "قري", "مخيمات", "احياء", "مديريات", "محافظات", "نواحي", "اقضيه")
	// frontWords name a war front, which spans a governorate: "جبهات
	// الحديدة" is the governorate's fronts, not its city.
	frontWords  = setOf("جبهه", "جبهات", "جبهتي")
	admin1Words = setOf("محافظه", "ولايه", "اقليم", "مقاطعه", "منطقه", "محافظتي", "محافظتا", "ولايتي", "ولايتا")
	settleWords = setOf("مدينه", "بلده", "قريه", "مخيم", "حي", "ناحيه", "قضاء", "مركز", "العاصمه", "عاصمه",
		// duals before a pair of names: "بلدتي الحراك ورخم" (a plural is
		// as often followed by an adjective: "قرى جديدة")
		"مدينتي", "مدينتا", "بلدتي", "بلدتا", "قريتي", "قريتا", "مخيمي")
	siteWords = setOf("قاعده", "مطار", "معبر", "ميناء", "سجن", "حقل", "سد", "مصفاه", "معسكر",
		"قاعدتي", "قاعدتا", "مطاري", "مطارا", "معبري", "معبرا") // duals: "من قاعدتي رامون وحتسريم"
	targetPreps  = setOf("علي", "ضد", "باتجاه", "نحو", "تجاه", "داخل", "في", "ب")
	originPreps  = setOf("من", "انطلاقا")
	headNouns    = setOf("جماعه", "تنظيم", "حركه", "فصيل", "كتائب", "سرايا", "لواء", "جيش", "ميليشيا", "مليشيا", "جبهه", "ائتلاف", "تحالف")
	civilianPers = setOf("civilian", "child", "woman", "journalist", "medic")
)

func (x *Extractor) findPlaces(d *doc, p *part, f *frame, actorSpans [][2]int) {
	// The place readings of the frame's words, but not those inside a
	// side's name (الجيش السوري). (Built here so that a short list stays
	// off the heap.)
	var cands []placeReading
	for _, c := range p.placesIn(f.lo, f.hi) {
		inside := false
		for _, s := range actorSpans {
			if c.h.Tok >= s[0] && c.h.TokEnd <= s[1] {
				inside = true
			}
		}
		if !inside {
			cands = append(cands, c)
		}
	}
	dateline := datelineEnd(p, f, cands)
	scores := make([]int, len(cands)) // made here to stay off the heap
	x.scoreReadings(d, p, cands, scores)
	for i, c := range cands {
		if !chosenReading(i, cands, scores) || c.h.Tok <= dateline || x.notAPlace(d, p, f, c) {
			continue
		}
		m := x.placeMention(d, p, f, c)
		f.places = append(f.places, m)
	}
	sort.SliceStable(f.places, func(i, j int) bool { return f.places[i].lo < f.places[j].lo })
	roadEnds(d, p, f)
}

// datelineEnd returns the last token of a dateline ("دبي، الإمارات
// العربية المتحدة (CNN)--"), which says where the report was filed, not
// where anything happened; -1 when the frame opens with none.
func datelineEnd(p *part, f *frame, cands []placeReading) int {
	dateline := -1
	if p.name == rasd.PartText && f.lo == 0 && len(cands) > 0 && cands[0].h.Tok == 0 && cands[0].h.TokEnd < f.hi && p.toks[cands[0].h.TokEnd].Kind == arabic.Punct {
		dateline = cands[0].h.TokEnd
		for k := dateline; k < f.hi && k < 12; k++ {
			if n := p.norm(k); n == "-" || n == ")" || n == "–" || n == "/" || n == ":" {
				dateline = k
				break
			}
		}
	}
	return dateline
}

// scoreReadings ranks each reading into scores: the word before it, the
// countries the article names, and the other places of the sentence that
// can only be in its country ("عرابة وسخنين ودير حنا": the Galilee's
// Arraba).
func (x *Extractor) scoreReadings(d *doc, p *part, cands []placeReading, scores []int) {
	// only[i] is the country of cands[i] when every reading of its span
	// lies in that country, else "".
	only := make([]string, len(cands))
	for i, o := range cands {
		only[i] = o.pl.ISO3
		for _, q := range cands {
			if q.h.Tok == o.h.Tok && q.h.TokEnd == o.h.TokEnd && q.pl.ISO3 != o.pl.ISO3 {
				only[i] = ""
			}
		}
	}
	for i, c := range cands {
		scores[i] = x.placeScore(d, p, c.h, c.pl)
		// "محافظتي إدلب وحلب": the second of a pair after a dual kind
		// word is of the same kind.
		if strings.HasPrefix(p.norm(c.h.Tok), "و") {
			for _, o := range cands {
				if o.h.TokEnd == c.h.Tok && stemIn(p, o.h.Tok-1, pairWords) && stemIn(p, o.h.Tok-1, admin1Words) == (c.pl.Kind == "admin1") {
					scores[i] += 1000
					break
				}
			}
		}
		for j, o := range cands {
			if (o.h.TokEnd <= c.h.Tok || o.h.Tok >= c.h.TokEnd) && only[j] == c.pl.ISO3 && o.pl.Kind != "country" {
				scores[i] += 15
			}
		}
	}
}

// chosenReading reports whether cands[i] is kept: the longest names win,
// and among readings of one span the best scored (the first of equals).
func chosenReading(i int, cands []placeReading, scores []int) bool {
	c := cands[i]
	for j, o := range cands {
		if j == i {
			continue
		}
		lc, lo := c.h.TokEnd-c.h.Tok, o.h.TokEnd-o.h.Tok
		if o.h.Tok <= c.h.Tok && o.h.TokEnd >= c.h.TokEnd && lo > lc {
			return false
		}
		same := o.h.Tok == c.h.Tok && o.h.TokEnd == c.h.TokEnd
		if same && (scores[j] > scores[i] || scores[j] == scores[i] && j < i) {
			return false
		}
	}
	return true
}

// notAPlace reports whether a chosen reading is, in its sentence, no
// place of an event: an ordinary word, a homonym, a side or a government
// speaking, a meeting's name.
func (x *Extractor) notAPlace(d *doc, p *part, f *frame, c placeReading) bool {
	// An ordinary word that is also a place name needs a place word or
	// a locative preposition before it; a place name inside a longer
	// ordinary phrase (الشرق الأوسط) is no place.
	if x.insideCommon(p, c.h) {
		return true
	}
	if _, common := x.cueAt(p, c.h.Tok, "commonword"); common && c.h.TokEnd-c.h.Tok == 1 && !locative(p, c.h.Tok, c.pl) && !x.listContinues(p, f, c.h.Tok) {
		return true
	}
	// A small place known only from a population table needs the text
	// to call it a place (بلدة X، قرية X) unless its name has two
	// words: single-word village names are often ordinary words.
	if c.pl.FromPopulationTable() && c.h.TokEnd-c.h.Tok == 1 && !placeWordBefore(p, c.h.Tok) && !x.listContinues(p, f, c.h.Tok) {
		return true
	}
	// A place in a country the article names nowhere else is more
	// likely a homonym than news from there, unless a place word
	// says it is a place (مدينة X). Named regions of two words or more
	// (الضفة الغربية، قطاع غزة) are not homonyms.
	if c.pl.Kind != "country" && c.pl.Kind != "admin1" && c.pl.Kind != "city" && !(c.pl.Kind == "region" && c.h.TokEnd-c.h.Tok > 1) && d.support(c.pl) == 0 && d.hasOtherCountry(c.pl.ISO3) && x.demonymAt(p, c.h.TokEnd) != c.pl.ISO3 {
		return true
	}
	// "أعلنت طهران"، "قالت موسكو": a capital speaking is its government.
	if x.endsCue(p, c.h.Tok, "attribution") && !stemIn(p, c.h.Tok-1, sourceNouns) {
		return true
	}
	// A country named as a subject ("إسرائيل تقف وراء الغارة") is a
	// side, not a place: as a place it comes after a preposition. So
	// is a capital ("استخدام دمشق للكيماوي"), unless it heads a
	// title or a dateline ("دمشق: …").
	if c.pl.Kind == "country" && !locative(p, c.h.Tok, c.pl) {
		return true
	}
	if x.isCapital(c.pl) && !locative(p, c.h.Tok, c.pl) && !(x.demonymAt(p, c.h.Tok-1) != "" && locative(p, c.h.Tok-1, c.pl)) && !strings.ContainsAny(p.norm(c.h.TokEnd), ":-–—") {
		return true
	}
	// "قمة طهران"، "اتفاق سوتشي": a meeting's name; "قمة يعقدها
	// الرؤساء في طهران": where it meets.
	if stemIn(p, c.h.Tok-1, meetingWords) || x.meetingPlace(p, f, c.h.Tok) {
		return true
	}
	// "استدعت سفيريها في واشنطن وتل أبيب": an embassy's seat.
	if x.embassySeat(p, c.h.Tok) {
		return true
	}
	// "في مسقط قال الوزير": where something was said.
	return c.h.Tok <= f.lo+1 && x.isCue(p, c.h.TokEnd, "attribution") && !stemIn(p, c.h.TokEnd, sourceNouns)
}

// placeMention reads the words around a place: its kind word and the
// relative words that make it approximate, and whether it is a launch
// site (origin) or only locates another place (ref).
func (x *Extractor) placeMention(d *doc, p *part, f *frame, c placeReading) placeM {
	m := placeM{place: c.pl, lo: c.h.Tok, hi: c.h.TokEnd, modLo: c.h.Tok, prec: c.pl.Precision()}
	// Words before the name: a kind word (محافظة، مدينة، قاعدة) and a
	// relative word (ريف، قرب، شمال) that makes it approximate.
	k := c.h.Tok - 1
	// "العاصمة اليمنية صنعاء": a demonym between the kind word and
	// the name.
	if x.demonymAt(p, k) != "" && (stemIn(p, k-1, settleWords) || stemIn(p, k-1, admin1Words)) {
		k--
	}
	if stemIn(p, k, admin1Words) || stemIn(p, k, settleWords) || stemIn(p, k, siteWords) || stemIn(p, k, districtWords) {
		if stemIn(p, k, districtWords) && m.prec < 2 {
			m.prec = 2 // "قضاء سنجار": the district
		}
		m.modLo = k
		k--
	}
	// "بالقرب من مدينة القائم"، "إلى الشرق من حديثة"
	if p.norm(k) == "من" && stemIn(p, k-1, nearWords) {
		k--
	}
	if stemIn(p, k, nearWords) {
		m.modLo = k
		if m.prec < 2 {
			m.prec = 2
		}
		k--
		if stemIn(p, k, nearWords) { // "جنوب شرق"
			m.modLo = k
		}
	}
	// "على بعد 40 كلم من غزة": a point to measure from.
	if p.norm(m.modLo-1) == "من" && (stemIn(p, m.modLo-2, distanceUnits) || stemIn(p, m.modLo-3, distanceUnits)) {
		m.ref = true
		if m.prec < 2 {
			m.prec = 2 // an event placed by it is only near it
		}
	}
	m.origin = launchSite(p, f, m)
	m.ref = m.ref || x.onlyLocates(d, p, f, c, m)
	return m
}

// launchSite reports whether a place is where fire came from: "من صعدة"،
// "انطلاقا من …", the second of a pair after من ("من قاعدتي رامون
// وحتسريم"); not "بالقرب من X".
func launchSite(p *part, f *frame, m placeM) bool {
	before := m.modLo - 1
	for before > f.lo && p.toks[before].Kind == arabic.Punct && strings.ContainsAny(p.toks[before].Norm, "(\"'") {
		before-- // "من (مدينة صعدة)"
	}
	if p.norm(before) == "من" || p.norm(before-1) == "انطلاقا" {
		if !stemIn(p, m.modLo, nearWords) && !(m.modLo > 0 && (p.norm(m.modLo-2) == "بالقرب" || p.norm(m.modLo-2) == "قرب")) {
			return true
		}
	}
	prev := len(f.places) - 1
	return prev >= 0 && f.places[prev].origin && f.places[prev].hi == m.lo && stemIn(p, f.places[prev].modLo, pairWords) && strings.HasPrefix(p.norm(m.lo), "و")
}

// onlyLocates reports whether a place is named only to locate another
// (a reference point): across a border, a side's home town, "X جنوبي Y",
// a bare name after a kind-worded place.
func (x *Extractor) onlyLocates(d *doc, p *part, f *frame, c placeReading, m placeM) bool {
	// "قرب الحدود السورية مع لواء إسكندرون": the land across a border
	// (a country or a province), in a country the article is not
	// mostly about, only locates. ("السياج الحدودي مع قطاع غزة" is
	// where the Gaza protests are.)
	if p.norm(m.modLo-1) == "مع" && (stemIn(p, m.modLo-2, borderWords) || stemIn(p, m.modLo-3, borderWords)) && d.country[c.pl.ISO3] < d.mostNamed() && (c.pl.Kind == "country" || c.pl.Kind == "admin1") {
		return true
	}
	// "ميليشيات تتبع مدينة مصراتة": a side's home town, not where
	// it fought.
	if stemIn(p, m.modLo-1, affiliationWords) {
		return true
	}
	prev := len(f.places) - 1
	if prev < 0 {
		return false
	}
	// "X جنوبي Y": Y only locates X. So does an area named by a
	// direction ("تبنين جنوبي لبنان").
	if (m.modLo < c.h.Tok || c.pl.Kind == "region" && stemIn(p, c.h.Tok, nearWords)) && !strings.HasPrefix(p.norm(m.modLo), "و") && follows(p, f.places[prev].hi, m.modLo) {
		return true
	}
	// "مديرية العرش رداع": a bare name right after a place its kind
	// word introduced, with no word between, locates it ("وجسرين
	// دوما", a list missing its و, has no kind word).
	pr := f.places[prev]
	return m.modLo == c.h.Tok && pr.hi == c.h.Tok && pr.modLo < pr.lo && !pr.ref && !strings.HasPrefix(p.norm(c.h.Tok), "و")
}

// roadEnds reads "على طريق عين المزراب – تبنين": a road between two places
// is one place; the end the article names elsewhere is the one that
// counts.
func roadEnds(d *doc, p *part, f *frame) {
	for i := 0; i+1 < len(f.places); i++ {
		a, b := &f.places[i], &f.places[i+1]
		if a.ref || b.ref || !onRoad(p, a.modLo) || b.modLo-a.hi > 1 || b.modLo == a.hi && !strings.HasPrefix(p.norm(b.modLo), "و") {
			continue
		}
		if n := p.norm(a.hi); n != "-" && n != "–" && n != "—" && !strings.HasPrefix(p.norm(b.modLo), "و") {
			continue
		}
		if d.place[placeKey{a.place.ISO3, a.place.Name}] > d.place[placeKey{b.place.ISO3, b.place.Name}] {
			b.ref = true
		} else {
			a.ref = true
		}
	}
}

// onRoad reports whether the place phrase at i opens a road's ends: after
// a road word ("طريق عين المزراب – تبنين") or after "between" a road word
// or a word for what links ("الطريق بين مدينتي درعا وطفس"، "الطريق
// الواصل بين").
func onRoad(p *part, i int) bool {
	if stemIn(p, i-1, roadWords) {
		return true
	}
	if p.norm(i-1) != "بين" {
		return false
	}
	return stemIn(p, i-2, roadWords) || stemIn(p, i-2, linkWords) && stemIn(p, i-3, roadWords)
}

var linkWords = setOf("الواصل", "الرابط", "الموصل", "يربط", "الذي")

// meetingPlace reports whether the place at i is where a meeting is held:
// "في" before it and a meeting word a few words back in the same clause,
// with no act between.
func (x *Extractor) meetingPlace(p *part, f *frame, i int) bool {
	if p.norm(i-1) != "في" {
		return false
	}
	for k := i - 2; k >= f.lo && k >= i-8; k-- {
		if p.toks[k].Kind == arabic.Punct {
			return false
		}
		if stemIn(p, k, meetingWords) {
			return true
		}
		for _, j := range p.byTok[k] {
			if h := p.hits[j]; h.Ref.Kind == lexicon.KTrigger && x.lx.Triggers[h.Ref.Item].Class != "" {
				return false
			}
		}
	}
	return false
}

// follows reports whether a phrase starting at i comes right after one
// ending at end, or after one adjective of it ("الغوطة الشرقية المحاصرة
// قرب دمشق").
func follows(p *part, end, i int) bool {
	if end == i {
		return true
	}
	// (or after a comma: "في محافظة أبين، جنوب شرق العاصمة صنعاء")
	return end == i-1 && (p.toks[end].Kind == arabic.Word && strings.HasPrefix(p.norm(end), "ال") || p.norm(end) == "،" || p.norm(end) == ",")
}

// isCapital reports whether pl is the capital of its country.
func (x *Extractor) isCapital(pl rasd.Place) bool {
	return pl.Kind == "city" && x.capitals[pl.ISO3] == pl.Name
}

// demonymAt returns the country of a demonym starting at token i
// (المصرية، السوري), or "".
func (x *Extractor) demonymAt(p *part, i int) string {
	if i < 0 || i >= len(p.byTok) {
		return ""
	}
	for _, j := range p.byTok[i] {
		if h := p.hits[j]; h.Ref.Kind == lexicon.KDemonym && h.Ref.Item < len(x.lx.Countries) {
			return x.lx.Countries[h.Ref.Item].ISO3
		}
	}
	return ""
}

// listContinues reports whether the word at i, joined by و, follows right
// after a place the sentence reads after a dual or plural kind word: the
// second of "مديريتي حيران وعبس" is as much a place as the first.
func (x *Extractor) listContinues(p *part, f *frame, i int) bool {
	if len(f.places) == 0 || !strings.HasPrefix(p.norm(i), "و") {
		return false
	}
	last := f.places[len(f.places)-1]
	return last.hi == i && last.modLo < last.lo && stemIn(p, last.modLo, pairWords)
}

// embassySeat reports whether the name at i is where an ambassador or an
// embassy sits: after "سفير/سفارة … في", perhaps as the second of a list
// ("سفيريها في واشنطن وتل أبيب").
func (x *Extractor) embassySeat(p *part, i int) bool {
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		if p.norm(k) == "في" && stemIn(p, k-1, embassyWords) {
			return true
		}
		if p.toks[k].Kind == arabic.Punct {
			return false
		}
	}
	return false
}

var embassyWords = setOf("سفير", "سفيري", "سفراء", "سفرا", "سفاره", "سفارت", "سفارات", "قنصليه", "قنصليت", "قنصل", "بعثه", "بعثت")

// placeWordBefore reports whether a settlement or site word (بلدة، قرية،
// مدينة، حي، مخيم، قاعدة) stands right before the word at i.
func placeWordBefore(p *part, i int) bool {
	return stemIn(p, i-1, settleWords) || stemIn(p, i-1, siteWords) || stemIn(p, i-1, districtWords)
}

// insideCommon reports whether h lies inside a longer ordinary phrase
// (الخوذ البيضاء، الشرق الأوسط).
func (x *Extractor) insideCommon(p *part, h lexicon.Hit) bool {
	for k := max(0, h.Tok-3); k <= h.Tok; k++ {
		for _, i := range p.byTok[k] {
			c := p.hits[i]
			if c.Ref.Kind == lexicon.KCue && x.lx.Cues[c.Ref.Item].Kind == "commonword" && c.TokEnd >= h.TokEnd && c.TokEnd-c.Tok > h.TokEnd-h.Tok {
				return true
			}
		}
	}
	return false
}

// locative reports whether the word at i reads as a place: after a place
// word (مدينة، محافظة، قاعدة), a relative word (ريف، قرب) or a
// preposition (في، إلى، على), or itself carrying the preposition ب
// (بالموصل، وبغزة).
func locative(p *part, i int, pl rasd.Place) bool {
	n := p.norm(i)
	for _, a := range pl.Aliases {
		first, _, _ := strings.Cut(arabic.Normalize(a), " ")
		if first != "" && len(n) > len(first) && strings.HasSuffix(n, first) {
			switch n[:len(n)-len(first)] {
			case "ب", "وب", "فب":
				// "بحجة" is "under the pretext", not "in Hajjah".
				return n != "بحجه" && n != "وبحجه"
			}
		}
	}
	if stemIn(p, i-1, admin1Words) || stemIn(p, i-1, settleWords) || stemIn(p, i-1, siteWords) || stemIn(p, i-1, districtWords) || stemIn(p, i-1, nearWords) || stemIn(p, i-1, strikeVerbs) {
		return true
	}
	switch p.norm(i - 1) {
	case "في", "الي", "وفي", "من", "داخل", "علي", "نحو", "باتجاه", "عبر", "انحاء", "ارجاء", "سماء", "اجواء":
		return true
	}
	return false
}

// placeScore ranks readings of one name: the kind word before it, then how
// often the article names the reading's country.
func (x *Extractor) placeScore(d *doc, p *part, h lexicon.Hit, pl rasd.Place) int {
	tok := h.Tok
	s := d.country[pl.ISO3] * 10
	// "رفح المصرية": a demonym after the name says whose town it is.
	if x.demonymAt(p, h.TokEnd) == pl.ISO3 {
		s += 2000
	}
	switch {
	case stemIn(p, tok-1, admin1Words) || stemIn(p, tok-1, frontWords):
		if pl.Kind == "admin1" {
			s += 1000
		}
	case stemIn(p, tok-1, settleWords):
		if pl.Kind == "city" || pl.Kind == "town" || pl.Kind == "village" || pl.Kind == "camp" || pl.Kind == "quarter" {
			s += 1000
		}
	case stemIn(p, tok-1, siteWords):
		if pl.Kind == "base" || pl.Kind == "airport" || pl.Kind == "crossing" || pl.Kind == "facility" {
			s += 1000
		}
		// "مطار طرابلس": the site of a town, not of a governorate.
		if pl.Kind != "admin1" && pl.Kind != "country" {
			s += 5
		}
	default:
		// A bare name is more often the town than the governorate.
		if pl.Kind != "admin1" && pl.Kind != "country" {
			s += 5
		}
	}
	return s
}
