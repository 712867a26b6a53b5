// Package eval scores rasd's output against gold annotations, implementing
// section 5 of ../../shared/eval/README.md (the evaluation contract).
//
// Decisions where section 5 leaves room (see also NormalizeName):
//
//   - Pairing: a (gold, system) pair is allowed when iso3 agrees (both
//     present, case-insensitive), both dates parse and are at most 2 days
//     apart (distance to the nearest day of a gold range), and the locations
//     agree: location names by the name rule, or admin1 names by the name
//     rule, or both events have lat/lon and lie within 50 km (haversine,
//     mean Earth radius 6371.0088 km). A system event with a missing or
//     unparsable date cannot be paired.
//   - Allowed pairs are taken greedily, most agreeing fields first, where a
//     field agrees only when both sides have a value and the values agree
//     (null/null does not count). Ties: lower gold index, then lower system
//     index. Each event is used at most once.
//   - System events dated more than 14 days before the article's
//     publication day (pub − date > 14) are removed before pairing and
//     counted nowhere. A missing or unparsable system date, or a gold
//     article without "published", excludes nothing. An RFC 3339
//     publication time is converted to UTC+3 (section 3) to get the day.
//   - Event P = pairs / counted system events; R = pairs / counted gold
//     events, where gold events count unless optional and unpaired.
//   - Fields: only non-null values count. In a pair, agree → right; gold
//     value and system null → miss; gold null and system value → false
//     fill; both values but disagree → a miss and a false fill ("wrong");
//     both null → nothing. Unpaired counted gold events give a miss per
//     non-null field, unpaired system events a false fill per non-null
//     field; unpaired optional gold events give nothing. Field P =
//     right/(right+false fills), R = right/(right+misses); record = micro
//     sums over all twelve fields.
//   - A ratio with a zero denominator is 0 (and printed as "-" in text).
//   - Null values: empty strings, empty lists (weapons [] included), names
//     that normalise to nothing; system actor1/actor2/claimed_by names
//     "unknown", "unidentified", "مجهول" (after normalisation) are dropped,
//     and an actor with no other name is null.
//   - event_type, sub_event_type: trimmed, case-insensitive equality; iso3
//     case-insensitive; weapons: set equality after lower-casing and
//     turning spaces/hyphens into "_"; date: system day (the date part of a
//     YYYY-MM-DD or RFC 3339 value as written) equal to the gold day or
//     inside the gold range.
//   - Articles are matched by id; a gold article with no system line has no
//     system events; system lines with unknown ids are ignored and listed.
package eval

import (
	"sort"
	"strings"

	"github.com/rasd-project/rasd"
)

// FieldNames lists the scored fields of section 2, in report order.
var FieldNames = []string{
	"event_type", "sub_event_type", "date", "iso3", "admin1", "location",
	"actor1", "actor2", "fatalities", "injured", "weapons", "claimed_by",
}

const (
	fEventType = iota
	fSubEventType
	fDate
	fISO3
	fAdmin1
	fLocation
	fActor1
	fActor2
	fFatalities
	fInjured
	fWeapons
	fClaimedBy
	nFields
)

// Limits of section 5.
const (
	PairDateWindow = 2    // days
	PairDistanceKm = 50.0 // km
	MaxAgeDays     = 14   // days before publication
)

// EventScore is event-level precision/recall/F1.
type EventScore struct {
	TP     int     `json:"tp"`
	System int     `json:"sys"`
	Gold   int     `json:"gold"`
	P      float64 `json:"p"`
	R      float64 `json:"r"`
	F1     float64 `json:"f1"`
}

// FieldScore is one field's (or all fields', for Record) score.
type FieldScore struct {
	Right     int     `json:"right"`
	Miss      int     `json:"miss"`
	FalseFill int     `json:"false_fill"`
	P         float64 `json:"p"`
	R         float64 `json:"r"`
	F1        float64 `json:"f1"`
}

// Discrepancy is one miss and/or false fill of a field in a pair.
type Discrepancy struct {
	Article string `json:"id"`
	Gold    int    `json:"gold_event"`
	System  int    `json:"sys_event"`
	Field   string `json:"field"`
	// Kind is "miss" (gold value, system null), "false_fill" (system
	// value, gold null) or "wrong" (both, disagreeing: a miss and a false
	// fill).
	Kind        string `json:"kind"`
	GoldValue   string `json:"gold"`
	SystemValue string `json:"sys"`
}

// EventSummary lists the key fields of an unpaired or excluded event.
type EventSummary struct {
	Article      string `json:"id"`
	Index        int    `json:"event"`
	Optional     bool   `json:"optional,omitempty"`
	EventType    string `json:"event_type"`
	SubEventType string `json:"sub_event_type"`
	Date         string `json:"date"`
	ISO3         string `json:"iso3"`
	Admin1       string `json:"admin1"`
	Location     string `json:"location"`
	Actor1       string `json:"actor1"`
	Actor2       string `json:"actor2"`
	// Values is the number of non-null fields (misses for a missed event,
	// false fills for a false event; 0 counted for optional or excluded).
	Values int `json:"values"`
}

// Pair is one paired gold and system event.
type Pair struct {
	Article  string `json:"id"`
	Gold     int    `json:"gold_event"`
	System   int    `json:"sys_event"`
	Agreeing int    `json:"agreeing_fields"`
}

// Report holds the figures and the itemised errors of one scoring run.
type Report struct {
	Event  EventScore            `json:"event"`
	Fields map[string]FieldScore `json:"fields"`
	Record FieldScore            `json:"record"`

	GoldArticles    int      `json:"gold_articles"`
	SystemArticles  int      `json:"system_articles"`
	MissingArticles []string `json:"missing_articles"` // gold ids with no system line
	IgnoredArticles []string `json:"ignored_articles"` // system ids not in gold
	IgnoredEvents   int      `json:"ignored_events"`   // events on ignored lines

	Pairs            []Pair         `json:"pairs"`
	Discrepancies    []Discrepancy  `json:"discrepancies"`
	MissedEvents     []EventSummary `json:"missed_events"`     // unpaired counted gold
	FalseEvents      []EventSummary `json:"false_events"`      // unpaired system
	OptionalUnpaired []EventSummary `json:"optional_unpaired"` // not counted
	ExcludedEvents   []EventSummary `json:"excluded_events"`   // >14 days old, not counted
}

// ev is the scorer's view of an event, gold or system.
type ev struct {
	eventType, subEventType string
	dateRaw                 string
	dateOK                  bool
	dateLo, dateHi          day
	iso3                    string
	admin1, location        names
	lat, lon                *float64
	actor1, actor2, claimed names
	fatalities, injured     *int
	weapons                 []string
	optional                bool
}

func fromGold(g GoldEvent) *ev {
	e := &ev{
		eventType:    strings.TrimSpace(g.EventType),
		subEventType: strings.TrimSpace(g.SubEventType),
		iso3:         strings.ToUpper(strings.TrimSpace(g.ISO3)),
		admin1:       makeNames(g.Admin1),
		location:     makeNames(g.Location),
		lat:          g.Lat, lon: g.Lon,
		actor1:     makeNames(g.Actor1),
		actor2:     makeNames(g.Actor2),
		claimed:    makeNames(g.ClaimedBy),
		fatalities: g.Fatalities, injured: g.Injured,
		weapons:  weaponSet(g.Weapons),
		optional: g.Optional,
	}
	lo, ok1 := parseDay(g.Date.From)
	hi, ok2 := parseDay(g.Date.To)
	if g.Date.To == "" {
		hi, ok2 = lo, ok1
	}
	if ok1 && ok2 {
		if hi < lo {
			lo, hi = hi, lo
		}
		e.dateOK, e.dateLo, e.dateHi = true, lo, hi
	}
	e.dateRaw = strings.TrimSpace(g.Date.From)
	if g.Date.To != "" && g.Date.To != g.Date.From {
		e.dateRaw += ".." + strings.TrimSpace(g.Date.To)
	}
	return e
}

func fromSystem(s SystemEvent) *ev {
	e := &ev{
		eventType:    strings.TrimSpace(s.EventType),
		subEventType: strings.TrimSpace(s.SubEventType),
		dateRaw:      strings.TrimSpace(s.Date),
		iso3:         strings.ToUpper(strings.TrimSpace(s.ISO3)),
		admin1:       makeNames(s.Admin1),
		location:     makeNames(s.Location),
		lat:          s.Lat, lon: s.Lon,
		actor1:     makeNames(knownActors(s.Actor1)),
		actor2:     makeNames(knownActors(s.Actor2)),
		claimed:    makeNames(knownActors(s.ClaimedBy)),
		fatalities: s.Fatalities, injured: s.Injured,
		weapons: weaponSet(s.Weapons),
	}
	if d, ok := parseSystemDay(s.Date); ok {
		e.dateOK, e.dateLo, e.dateHi = true, d, d
	}
	return e
}

func knownActors(l []string) []string {
	var out []string
	for _, s := range l {
		if !isUnknownActor(s) {
			out = append(out, s)
		}
	}
	return out
}

func weaponSet(l []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range l {
		w = strings.ToLower(strings.TrimSpace(w))
		w = strings.NewReplacer(" ", "_", "-", "_").Replace(w)
		if w != "" && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// has reports whether field f of e has a value.
func (e *ev) has(f int) bool {
	switch f {
	case fEventType:
		return e.eventType != ""
	case fSubEventType:
		return e.subEventType != ""
	case fDate:
		return e.dateRaw != ""
	case fISO3:
		return e.iso3 != ""
	case fAdmin1:
		return !e.admin1.null()
	case fLocation:
		return !e.location.null()
	case fActor1:
		return !e.actor1.null()
	case fActor2:
		return !e.actor2.null()
	case fFatalities:
		return e.fatalities != nil
	case fInjured:
		return e.injured != nil
	case fWeapons:
		return len(e.weapons) > 0
	case fClaimedBy:
		return !e.claimed.null()
	}
	return false
}

// fieldAgrees reports whether field f agrees between gold g and system s;
// false when either is null.
func fieldAgrees(g, s *ev, f int) bool {
	if !g.has(f) || !s.has(f) {
		return false
	}
	switch f {
	case fEventType:
		return strings.EqualFold(g.eventType, s.eventType)
	case fSubEventType:
		return strings.EqualFold(g.subEventType, s.subEventType)
	case fDate:
		return g.dateOK && s.dateOK && s.dateLo >= g.dateLo && s.dateLo <= g.dateHi
	case fISO3:
		return g.iso3 == s.iso3
	case fAdmin1:
		return namesAgree(s.admin1, g.admin1)
	case fLocation:
		return namesAgree(s.location, g.location)
	case fActor1:
		return namesAgree(s.actor1, g.actor1)
	case fActor2:
		return namesAgree(s.actor2, g.actor2)
	case fFatalities:
		return *g.fatalities == *s.fatalities
	case fInjured:
		return *g.injured == *s.injured
	case fWeapons:
		if len(g.weapons) != len(s.weapons) {
			return false
		}
		for i := range g.weapons {
			if g.weapons[i] != s.weapons[i] {
				return false
			}
		}
		return true
	case fClaimedBy:
		return namesAgree(s.claimed, g.claimed)
	}
	return false
}

// dayDistance is the distance in days from system day d to the gold range.
func dayDistance(g *ev, d day) int {
	switch {
	case d < g.dateLo:
		return int(g.dateLo - d)
	case d > g.dateHi:
		return int(d - g.dateHi)
	}
	return 0
}

// pairAllowed applies the pairing conditions of section 5.
func pairAllowed(g, s *ev) bool {
	if g.iso3 == "" || g.iso3 != s.iso3 {
		return false
	}
	if !g.dateOK || !s.dateOK || dayDistance(g, s.dateLo) > PairDateWindow {
		return false
	}
	return locationsAgree(g, s)
}

func locationsAgree(g, s *ev) bool {
	if namesAgree(s.location, g.location) || namesAgree(s.admin1, g.admin1) {
		return true
	}
	if g.lat != nil && g.lon != nil && s.lat != nil && s.lon != nil {
		return HaversineKm(*g.lat, *g.lon, *s.lat, *s.lon) <= PairDistanceKm
	}
	return false
}

// HaversineKm is the great-circle distance in km between two points.
func HaversineKm(lat1, lon1, lat2, lon2 float64) float64 {
	return rasd.Place{Lat: lat1, Lon: lon1}.DistanceKm(rasd.Place{Lat: lat2, Lon: lon2})
}

func agreeingFields(g, s *ev) int {
	n := 0
	for f := 0; f < nFields; f++ {
		if fieldAgrees(g, s, f) {
			n++
		}
	}
	return n
}

type cand struct{ g, s, n int }

// pairEvents pairs gold and system events one-to-one: allowed pairs, most
// agreeing fields first, ties by gold index then system index.
func pairEvents(gold, sys []*ev) []cand {
	var cs []cand
	for i, g := range gold {
		for j, s := range sys {
			if pairAllowed(g, s) {
				cs = append(cs, cand{i, j, agreeingFields(g, s)})
			}
		}
	}
	sort.SliceStable(cs, func(a, b int) bool {
		if cs[a].n != cs[b].n {
			return cs[a].n > cs[b].n
		}
		if cs[a].g != cs[b].g {
			return cs[a].g < cs[b].g
		}
		return cs[a].s < cs[b].s
	})
	usedG := make([]bool, len(gold))
	usedS := make([]bool, len(sys))
	var out []cand
	for _, c := range cs {
		if usedG[c.g] || usedS[c.s] {
			continue
		}
		usedG[c.g], usedS[c.s] = true, true
		out = append(out, c)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].g < out[b].g })
	return out
}

// Score scores system output against gold (section 5).
func Score(gold []GoldArticle, sys []SystemArticle) *Report {
	r := &Report{
		Fields:           map[string]FieldScore{},
		GoldArticles:     len(gold),
		SystemArticles:   len(sys),
		MissingArticles:  []string{},
		IgnoredArticles:  []string{},
		Pairs:            []Pair{},
		Discrepancies:    []Discrepancy{},
		MissedEvents:     []EventSummary{},
		FalseEvents:      []EventSummary{},
		OptionalUnpaired: []EventSummary{},
		ExcludedEvents:   []EventSummary{},
	}
	var fs [nFields]FieldScore
	inGold := map[string]bool{}
	for _, g := range gold {
		inGold[g.ID] = true
	}
	sysByID := map[string]*SystemArticle{}
	for i := range sys {
		s := &sys[i]
		if !inGold[s.ID] {
			r.IgnoredArticles = append(r.IgnoredArticles, s.ID)
			r.IgnoredEvents += len(s.Events)
			continue
		}
		if _, dup := sysByID[s.ID]; !dup {
			sysByID[s.ID] = s
		}
	}

	for _, ga := range gold {
		gev := make([]*ev, len(ga.Events))
		for i, g := range ga.Events {
			gev[i] = fromGold(g)
		}
		sa := sysByID[ga.ID]
		if sa == nil {
			r.MissingArticles = append(r.MissingArticles, ga.ID)
			sa = &SystemArticle{ID: ga.ID}
		}
		pub, pubOK := parsePublished(ga.Published)
		var sev []*ev
		var sidx []int // original index of each counted system event
		for j, s := range sa.Events {
			e := fromSystem(s)
			if pubOK && e.dateOK && int(pub-e.dateLo) > MaxAgeDays {
				r.ExcludedEvents = append(r.ExcludedEvents, summarize(ga.ID, j, e, false))
				continue
			}
			sev = append(sev, e)
			sidx = append(sidx, j)
		}

		pairs := pairEvents(gev, sev)
		pairedG := make([]bool, len(gev))
		pairedS := make([]bool, len(sev))
		for _, c := range pairs {
			pairedG[c.g], pairedS[c.s] = true, true
			g, s := gev[c.g], sev[c.s]
			r.Pairs = append(r.Pairs, Pair{ga.ID, c.g, sidx[c.s], c.n})
			for f := 0; f < nFields; f++ {
				gh, sh := g.has(f), s.has(f)
				d := Discrepancy{Article: ga.ID, Gold: c.g, System: sidx[c.s], Field: FieldNames[f]}
				switch {
				case gh && sh && fieldAgrees(g, s, f):
					fs[f].Right++
					continue
				case gh && sh:
					fs[f].Miss++
					fs[f].FalseFill++
					d.Kind = "wrong"
				case gh:
					fs[f].Miss++
					d.Kind = "miss"
				case sh:
					fs[f].FalseFill++
					d.Kind = "false_fill"
				default:
					continue
				}
				d.GoldValue, d.SystemValue = display(g, f), display(s, f)
				r.Discrepancies = append(r.Discrepancies, d)
			}
		}
		r.Event.TP += len(pairs)
		r.Event.System += len(sev)
		for i, g := range gev {
			switch {
			case pairedG[i]:
				r.Event.Gold++
			case g.optional:
				r.OptionalUnpaired = append(r.OptionalUnpaired, summarize(ga.ID, i, g, false))
			default:
				r.Event.Gold++
				for f := 0; f < nFields; f++ {
					if g.has(f) {
						fs[f].Miss++
					}
				}
				r.MissedEvents = append(r.MissedEvents, summarize(ga.ID, i, g, true))
			}
		}
		for j, s := range sev {
			if pairedS[j] {
				continue
			}
			for f := 0; f < nFields; f++ {
				if s.has(f) {
					fs[f].FalseFill++
				}
			}
			r.FalseEvents = append(r.FalseEvents, summarize(ga.ID, sidx[j], s, true))
		}
	}

	r.Event.P, r.Event.R, r.Event.F1 = prf(r.Event.TP, r.Event.System, r.Event.Gold)
	for f := 0; f < nFields; f++ {
		x := fs[f]
		x.P, x.R, x.F1 = prf(x.Right, x.Right+x.FalseFill, x.Right+x.Miss)
		r.Fields[FieldNames[f]] = x
		r.Record.Right += x.Right
		r.Record.Miss += x.Miss
		r.Record.FalseFill += x.FalseFill
	}
	r.Record.P, r.Record.R, r.Record.F1 = prf(r.Record.Right, r.Record.Right+r.Record.FalseFill, r.Record.Right+r.Record.Miss)
	return r
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func prf(tp, sys, gold int) (p, r, f1 float64) {
	p, r = ratio(tp, sys), ratio(tp, gold)
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return
}

// summarize lists an event's key fields (names: the first name); counted
// says whether its values were counted as misses or false fills.
func summarize(id string, i int, e *ev, counted bool) EventSummary {
	first := func(n names) string {
		if n.null() {
			return "null"
		}
		return n.raw[0]
	}
	s := EventSummary{
		Article: id, Index: i, Optional: e.optional,
		EventType: orNull(e.eventType), SubEventType: orNull(e.subEventType),
		Date: orNull(e.dateRaw), ISO3: orNull(e.iso3),
		Admin1: first(e.admin1), Location: first(e.location),
		Actor1: first(e.actor1), Actor2: first(e.actor2),
	}
	if counted {
		for f := 0; f < nFields; f++ {
			if e.has(f) {
				s.Values++
			}
		}
	}
	return s
}

func orNull(s string) string {
	if s == "" {
		return "null"
	}
	return s
}

// display formats field f of e for the listing: gold names as all accepted
// names joined by " | ", system names as name then aliases.
func display(e *ev, f int) string {
	if !e.has(f) {
		return "null"
	}
	nm := func(n names) string { return strings.Join(n.raw, " | ") }
	switch f {
	case fEventType:
		return e.eventType
	case fSubEventType:
		return e.subEventType
	case fDate:
		return e.dateRaw
	case fISO3:
		return e.iso3
	case fAdmin1:
		return nm(e.admin1)
	case fLocation:
		return nm(e.location)
	case fActor1:
		return nm(e.actor1)
	case fActor2:
		return nm(e.actor2)
	case fFatalities:
		return itoa(*e.fatalities)
	case fInjured:
		return itoa(*e.injured)
	case fWeapons:
		return "{" + strings.Join(e.weapons, ",") + "}"
	case fClaimedBy:
		return nm(e.claimed)
	}
	return ""
}
