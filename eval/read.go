package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
)

// GoldArticle is one line of a gold file (../../shared/eval/dev.jsonl).
type GoldArticle struct {
	ID        string
	Published string // a date or an RFC 3339 time, as given ("" when absent)
	Events    []GoldEvent
}

// DateRange is a gold date: a single day has From == To.
type DateRange struct{ From, To string }

// GoldEvent is one gold event. Name fields hold the accepted names; nil (or
// empty) is null.
type GoldEvent struct {
	EventType    string
	SubEventType string
	Date         DateRange
	ISO3         string
	Admin1       []string
	Location     []string
	Lat, Lon     *float64
	Actor1       []string
	Actor2       []string
	Fatalities   *int
	Injured      *int
	Weapons      []string
	ClaimedBy    []string
	Optional     bool
	Evidence     string
}

// SystemArticle is one line of a system output file (section 4 format).
type SystemArticle struct {
	ID     string
	Events []SystemEvent
}

// SystemEvent is one system event. Name fields hold the name followed by
// its aliases; nil is null.
type SystemEvent struct {
	EventType    string
	SubEventType string
	Date         string
	ISO3         string
	Admin1       []string
	Location     []string
	Lat, Lon     *float64
	Actor1       []string
	Actor2       []string
	Fatalities   *int
	Injured      *int
	Weapons      []string
	ClaimedBy    []string
}

// ReadGold reads a gold JSON Lines file. Blank lines are skipped. Errors
// name the line number.
func ReadGold(r io.Reader) ([]GoldArticle, error) {
	var out []GoldArticle
	seen := map[string]int{}
	err := eachLine(r, func(n int, line []byte) error {
		var raw struct {
			ID        *string           `json:"id"`
			Published *string           `json:"published"`
			Events    []json.RawMessage `json:"events"`
		}
		if err := json.Unmarshal(line, &raw); err != nil {
			return err
		}
		if raw.ID == nil || *raw.ID == "" {
			return errors.New(`missing "id"`)
		}
		if prev, ok := seen[*raw.ID]; ok {
			return fmt.Errorf("duplicate id %q (first on line %d)", *raw.ID, prev)
		}
		seen[*raw.ID] = n
		a := GoldArticle{ID: *raw.ID}
		if raw.Published != nil {
			a.Published = *raw.Published
			if _, ok := parsePublished(a.Published); !ok {
				return fmt.Errorf("id %q: published %q is neither YYYY-MM-DD nor RFC 3339", a.ID, a.Published)
			}
		}
		for i, ev := range raw.Events {
			e, err := decodeGoldEvent(ev)
			if err != nil {
				return fmt.Errorf("id %q: event %d: %v", a.ID, i, err)
			}
			a.Events = append(a.Events, e)
		}
		out = append(out, a)
		return nil
	})
	return out, err
}

// ReadSystem reads a system output JSON Lines file (section 4). Blank
// lines are skipped; keys the scorer does not use are ignored. Errors name
// the line number.
func ReadSystem(r io.Reader) ([]SystemArticle, error) {
	var out []SystemArticle
	seen := map[string]int{}
	err := eachLine(r, func(n int, line []byte) error {
		var raw struct {
			ID     *string           `json:"id"`
			Events []json.RawMessage `json:"events"`
		}
		if err := json.Unmarshal(line, &raw); err != nil {
			return err
		}
		if raw.ID == nil || *raw.ID == "" {
			return errors.New(`missing "id"`)
		}
		if prev, ok := seen[*raw.ID]; ok {
			return fmt.Errorf("duplicate id %q (first on line %d)", *raw.ID, prev)
		}
		seen[*raw.ID] = n
		a := SystemArticle{ID: *raw.ID}
		for i, ev := range raw.Events {
			e, err := decodeSystemEvent(ev)
			if err != nil {
				return fmt.Errorf("id %q: event %d: %v", a.ID, i, err)
			}
			a.Events = append(a.Events, e)
		}
		out = append(out, a)
		return nil
	})
	return out, err
}

func eachLine(r io.Reader, f func(n int, line []byte) error) error {
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			if n == 1 {
				line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
			}
			if t := bytes.TrimSpace(line); len(t) > 0 {
				if ferr := f(n, t); ferr != nil {
					return fmt.Errorf("line %d: %w", n, ferr)
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
}

type rawEvent map[string]json.RawMessage

func (e rawEvent) isNull(k string) bool {
	v, ok := e[k]
	return !ok || string(bytes.TrimSpace(v)) == "null"
}

func decodeGoldEvent(b []byte) (GoldEvent, error) {
	var e rawEvent
	if err := json.Unmarshal(b, &e); err != nil {
		return GoldEvent{}, err
	}
	var g GoldEvent
	var err error
	get := func(k string, f func(json.RawMessage) error) {
		if err != nil || e.isNull(k) {
			return
		}
		if ferr := f(e[k]); ferr != nil {
			err = fmt.Errorf("%s: %v", k, ferr)
		}
	}
	get("event_type", func(v json.RawMessage) error { return json.Unmarshal(v, &g.EventType) })
	get("sub_event_type", func(v json.RawMessage) error { return json.Unmarshal(v, &g.SubEventType) })
	get("iso3", func(v json.RawMessage) error { return json.Unmarshal(v, &g.ISO3) })
	get("date", func(v json.RawMessage) error {
		var s string
		if json.Unmarshal(v, &s) == nil {
			g.Date = DateRange{s, s}
		} else {
			var l []string
			if err := json.Unmarshal(v, &l); err != nil || len(l) != 2 {
				return errors.New(`want "YYYY-MM-DD" or ["YYYY-MM-DD","YYYY-MM-DD"]`)
			}
			g.Date = DateRange{l[0], l[1]}
		}
		if _, ok := parseDay(g.Date.From); !ok {
			return fmt.Errorf("bad day %q", g.Date.From)
		}
		if _, ok := parseDay(g.Date.To); !ok {
			return fmt.Errorf("bad day %q", g.Date.To)
		}
		return nil
	})
	nameList := func(dst *[]string) func(json.RawMessage) error {
		return func(v json.RawMessage) error { l, err := stringList(v); *dst = l; return err }
	}
	get("admin1", nameList(&g.Admin1))
	get("location", nameList(&g.Location))
	get("actor1", nameList(&g.Actor1))
	get("actor2", nameList(&g.Actor2))
	get("claimed_by", nameList(&g.ClaimedBy))
	get("weapons", nameList(&g.Weapons))
	get("lat", func(v json.RawMessage) error { var e error; g.Lat, e = float(v); return e })
	get("lon", func(v json.RawMessage) error { var e error; g.Lon, e = float(v); return e })
	get("fatalities", func(v json.RawMessage) error { var e error; g.Fatalities, e = integer(v); return e })
	get("injured", func(v json.RawMessage) error { var e error; g.Injured, e = integer(v); return e })
	get("optional", func(v json.RawMessage) error { return json.Unmarshal(v, &g.Optional) })
	get("evidence", func(v json.RawMessage) error {
		if json.Unmarshal(v, &g.Evidence) != nil {
			g.Evidence = "" // evidence is informational only
		}
		return nil
	})
	if err == nil && g.Date.From == "" {
		err = errors.New(`missing "date"`)
	}
	return g, err
}

func decodeSystemEvent(b []byte) (SystemEvent, error) {
	var e rawEvent
	if err := json.Unmarshal(b, &e); err != nil {
		return SystemEvent{}, err
	}
	var s SystemEvent
	var err error
	get := func(k string, f func(json.RawMessage) error) {
		if err != nil || e.isNull(k) {
			return
		}
		if ferr := f(e[k]); ferr != nil {
			err = fmt.Errorf("%s: %v", k, ferr)
		}
	}
	str := func(dst *string) func(json.RawMessage) error {
		return func(v json.RawMessage) error {
			l, err := stringList(v)
			if len(l) > 0 {
				*dst = l[0]
			}
			return err
		}
	}
	list := func(dst *[]string) func(json.RawMessage) error {
		return func(v json.RawMessage) error { l, err := stringList(v); *dst = l; return err }
	}
	actor := func(dst *[]string) func(json.RawMessage) error {
		return func(v json.RawMessage) error { l, err := actorNames(v); *dst = l; return err }
	}
	get("event_type", str(&s.EventType))
	get("sub_event_type", str(&s.SubEventType))
	get("date", str(&s.Date))
	get("iso3", str(&s.ISO3))
	get("admin1", list(&s.Admin1))
	get("location", list(&s.Location))
	get("actor1", actor(&s.Actor1))
	get("actor2", actor(&s.Actor2))
	get("claimed_by", actor(&s.ClaimedBy))
	get("weapons", list(&s.Weapons))
	get("lat", func(v json.RawMessage) error { var e error; s.Lat, e = float(v); return e })
	get("lon", func(v json.RawMessage) error { var e error; s.Lon, e = float(v); return e })
	get("fatalities", func(v json.RawMessage) error { var e error; s.Fatalities, e = integer(v); return e })
	get("injured", func(v json.RawMessage) error { var e error; s.Injured, e = integer(v); return e })
	return s, err
}

// stringList accepts a string or a list of strings (nulls inside skipped).
func stringList(v json.RawMessage) ([]string, error) {
	var s string
	if json.Unmarshal(v, &s) == nil {
		return []string{s}, nil
	}
	var l []*string
	if err := json.Unmarshal(v, &l); err != nil {
		return nil, errors.New("want a string or a list of strings")
	}
	var out []string
	for _, p := range l {
		if p != nil {
			out = append(out, *p)
		}
	}
	return out, nil
}

// actorNames accepts {"name":..., "aliases":[...]}, a string, or a list of
// strings; the result is the name followed by its aliases.
func actorNames(v json.RawMessage) ([]string, error) {
	if l, err := stringList(v); err == nil {
		return l, nil
	}
	var o struct {
		Name    *string         `json:"name"`
		Aliases json.RawMessage `json:"aliases"`
	}
	if err := json.Unmarshal(v, &o); err != nil {
		return nil, errors.New(`want {"name":..., "aliases":[...]}, a string or a list of strings`)
	}
	var out []string
	if o.Name != nil {
		out = append(out, *o.Name)
	}
	if len(o.Aliases) > 0 && string(o.Aliases) != "null" {
		l, err := stringList(o.Aliases)
		if err != nil {
			return nil, fmt.Errorf("aliases: %v", err)
		}
		out = append(out, l...)
	}
	return out, nil
}

func float(v json.RawMessage) (*float64, error) {
	var f float64
	if err := json.Unmarshal(v, &f); err != nil {
		var s string
		if json.Unmarshal(v, &s) != nil {
			return nil, errors.New("want a number")
		}
		if strings.TrimSpace(s) == "" {
			return nil, nil
		}
		if f, err = strconv.ParseFloat(strings.TrimSpace(s), 64); err != nil {
			return nil, errors.New("want a number")
		}
	}
	return &f, nil
}

// integer accepts a JSON number with an integral value (5 or 5.0) or a
// string holding one.
func integer(v json.RawMessage) (*int, error) {
	f, err := float(v)
	if err != nil || f == nil {
		return nil, err
	}
	if *f != math.Trunc(*f) || math.IsInf(*f, 0) || math.Abs(*f) > 1e15 {
		return nil, fmt.Errorf("want a whole number, got %v", *f)
	}
	n := int(*f)
	return &n, nil
}

// day is a calendar day counted from 1970-01-01.
type day int

func parseDay(s string) (day, bool) {
	t, err := time.Parse("2006-01-02", strings.TrimSpace(s))
	if err != nil {
		return 0, false
	}
	return day(t.Unix() / 86400), true
}

// parseSystemDay reads a system date: YYYY-MM-DD, or an RFC 3339 time
// (or a "YYYY-MM-DD hh:mm…" stamp) whose date part, as written, is taken.
func parseSystemDay(s string) (day, bool) {
	s = strings.TrimSpace(s)
	if len(s) > 10 && (s[10] == 'T' || s[10] == 't' || s[10] == ' ') {
		s = s[:10]
	}
	return parseDay(s)
}

// outletZone is the default outlet time zone of section 3 (UTC+3).
var outletZone = time.FixedZone("UTC+3", 3*3600)

// parsePublished reads a publication stamp: a date, or an RFC 3339 time
// converted to UTC+3 (section 3's default outlet zone) and taken as a day.
func parsePublished(s string) (day, bool) {
	if d, ok := parseDay(s); ok {
		return d, true
	}
	t, err := time.Parse(time.RFC3339, strings.TrimSpace(s))
	if err != nil {
		return 0, false
	}
	y, m, dd := t.In(outletZone).Date()
	return day(time.Date(y, m, dd, 0, 0, 0, 0, time.UTC).Unix() / 86400), true
}

func (d day) String() string {
	return time.Unix(int64(d)*86400, 0).UTC().Format("2006-01-02")
}
