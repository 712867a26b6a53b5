// Package lexicon loads rasd's word lists: event triggers and weapons,
// casualty words, attribution and negation cues, person nouns, actors,
// countries and places. The lists are data files embedded in the binary
// (lexicon/data/*.tsv, one documented format per file, a provenance header
// in each); users extend them without rebuilding by pointing rasd at a
// directory holding files of the same names, whose rows are added to the
// embedded ones.
//
// A loaded Lexicon is immutable and safe for concurrent use.
package lexicon

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

//go:embed data/*.tsv
var embedded embed.FS

// Trigger is a word or phrase that signals an event or names a weapon.
type Trigger struct {
	Phrases []string
	Class   string   // event class: air, shelling, ied, suicide, grenade, chemical, clash, attack, abduction, sexual, regain, capture, generic; "" for a weapon alone
	Weapons []string // weapons vocabulary of the coding rules
	Verb    bool     // a verb (its subject is the attacker) rather than a noun
	Weight  float64  // how strongly it signals Class; 0 for the class default
	Row     Row
}

// Casualty is a word that reports people killed, injured or abducted.
type Casualty struct {
	Phrases []string
	Kind    string // killed, injured, abducted, casualties (killed and injured together)
	Form    string // noun (مقتل N), verb (قتل N، أصيبوا), count (N قتلى), active (تقتل فلسطينيا)
	Row     Row
}

// Cue is a word or phrase that changes how a sentence is read: who says
// it, whether it is denied, negated, a threat, a plan, background.
type Cue struct {
	Phrases []string
	Kind    string
	Row     Row
}

// Person is a countable noun for people, with its dual and plural forms, so
// that "جنديين" reads as 2 and "جندي" as 1.
type Person struct {
	Singular []string
	Dual     []string
	Plural   []string
	Group    string // civilian, military, police, militant, child, woman, generic
	Row      Row
}

// Actor is a named side: a state force, an armed group, civilians.
type Actor struct {
	Name    string
	Type    string
	ISO3    string
	Aliases []string
	// WithGovernment marks a force that is not the state's own but fights
	// on its behalf (ACLED's "government forces or their affiliates"):
	// the column with = government.
	WithGovernment bool
	Row            Row
}

// Country is a state with its Arabic names and demonym.
type Country struct {
	ISO3, ISO2, Name string
	NamesAr          []string
	Demonyms         []string // masculine singular, without ال
	Lat, Lon         float64
	// Capital is the name_en of the capital's city row, where given.
	Capital string
	Row     Row
}

// Place is a named place of the curated list.
type Place struct {
	Name     string
	Kind     string // admin1, region, district, city, town, village, quarter, camp, base, airport, crossing, facility, landmark
	ISO3     string
	Admin1   string
	Admin2   string // name of the second-level unit, where known
	NamesAr  []string
	AltEn    []string
	Parent   string // for a quarter: the city it lies in
	Lat, Lon float64
	Source   string
	// ISO3166_2 is the ISO 3166-2 code of an admin1 unit (column
	// iso3166_2 of places.tsv, e.g. "SY-ID"); "" for other kinds.
	ISO3166_2 string
	Row       Row
}

// Contextual is a phrase whose side depends on the event's country.
type Contextual struct {
	Phrases []string
	ISO3    string // "*" for any country
	Actor   string // an actor name, or {military} / {police}
	Row     Row
}

// Lexicon is every word list rasd uses, and the phrase index over them.
type Lexicon struct {
	Triggers   []Trigger
	Casualties []Casualty
	Cues       []Cue
	Persons    []Person
	Actors     []Actor
	Countries  []Country
	Places     []Place
	Contextual []Contextual

	Index *Index
}

// FileNames returns the lexicon file names, in load order.
func FileNames() []string {
	return []string{"triggers.tsv", "casualties.tsv", "cues.tsv", "persons.tsv", "actors.tsv", "countries.tsv", "places.tsv", "gazetteer.tsv", "contextual.tsv"}
}

// Load reads the embedded lexicons and, when dir is not "", adds the rows
// of any files with the same names found in dir. Errors name file:line.
func Load(dir string) (*Lexicon, error) {
	lx := &Lexicon{}
	for _, name := range FileNames() {
		if err := lx.readFS(embedded, "data/"+name, name); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		if dir == "" {
			continue
		}
		path := filepath.Join(dir, name)
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err := lx.readFS(os.DirFS(dir), name, path); err != nil {
			return nil, err
		}
	}
	lx.Index = buildIndex(lx)
	return lx, nil
}

// Check reads the file at path as the lexicon file named as (one of
// FileNames) and reports its first error.
func Check(path, as string) error {
	dir, file := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	f.Close()
	return (&Lexicon{}).readAs(os.DirFS(dir), file, as, path)
}

func (lx *Lexicon) readFS(fsys fs.FS, path, display string) error {
	return lx.readAs(fsys, path, filepath.Base(path), display)
}

func (lx *Lexicon) readAs(fsys fs.FS, path, base, display string) error {
	f, err := fsys.Open(path)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	defer f.Close()
	switch base {
	case "triggers.tsv":
		rows, err := ReadTSV(display, f, "phrases")
		if err != nil {
			return err
		}
		for _, r := range rows {
			t := Trigger{Phrases: r.List("phrases"), Class: r.Get("class"), Weapons: r.List("weapons"), Verb: r.Get("pos") == "verb", Row: r}
			if w := r.Get("weight"); w != "" {
				if t.Weight, err = strconv.ParseFloat(w, 64); err != nil || t.Weight <= 0 {
					return r.Errorf("bad weight %q", w)
				}
			}
			if t.Class == "" && len(t.Weapons) == 0 {
				return r.Errorf("a trigger needs a class or a weapon")
			}
			if err := checkClass(r, t.Class); err != nil {
				return err
			}
			for _, w := range t.Weapons {
				if !validWeapon[w] {
					return r.Errorf("unknown weapon %q", w)
				}
			}
			lx.Triggers = append(lx.Triggers, t)
		}
	case "casualties.tsv":
		rows, err := ReadTSV(display, f, "phrases", "kind", "form")
		if err != nil {
			return err
		}
		for _, r := range rows {
			c := Casualty{Phrases: r.List("phrases"), Kind: r.Get("kind"), Form: r.Get("form"), Row: r}
			switch c.Kind {
			case "killed", "injured", "abducted", "casualties":
			default:
				return r.Errorf("unknown casualty kind %q", c.Kind)
			}
			lx.Casualties = append(lx.Casualties, c)
		}
	case "cues.tsv":
		rows, err := ReadTSV(display, f, "phrases", "kind")
		if err != nil {
			return err
		}
		for _, r := range rows {
			if !validCue[r.Get("kind")] {
				return r.Errorf("unknown cue kind %q", r.Get("kind"))
			}
			lx.Cues = append(lx.Cues, Cue{Phrases: r.List("phrases"), Kind: r.Get("kind"), Row: r})
		}
	case "persons.tsv":
		rows, err := ReadTSV(display, f, "singular", "group")
		if err != nil {
			return err
		}
		for _, r := range rows {
			lx.Persons = append(lx.Persons, Person{Singular: r.List("singular"), Dual: r.List("dual"), Plural: r.List("plural"), Group: r.Get("group"), Row: r})
		}
	case "actors.tsv":
		rows, err := ReadTSV(display, f, "name", "type", "aliases")
		if err != nil {
			return err
		}
		for _, r := range rows {
			with := r.Get("with")
			if with != "" && with != "government" {
				return r.Errorf("bad with %q: want government or nothing", with)
			}
			if with != "" && r.Get("iso3") == "" {
				return r.Errorf("with government needs the iso3 of that government")
			}
			lx.Actors = append(lx.Actors, Actor{Name: r.Get("name"), Type: r.Get("type"), ISO3: r.Get("iso3"), Aliases: r.List("aliases"), WithGovernment: with == "government", Row: r})
		}
	case "countries.tsv":
		rows, err := ReadTSV(display, f, "iso3", "name_en", "names_ar")
		if err != nil {
			return err
		}
		for _, r := range rows {
			lat, lon, err := latLon(r)
			if err != nil {
				return err
			}
			lx.Countries = append(lx.Countries, Country{ISO3: r.Get("iso3"), ISO2: r.Get("iso2"), Name: r.Get("name_en"),
				NamesAr: r.List("names_ar"), Demonyms: r.List("demonyms_ar"), Lat: lat, Lon: lon, Capital: r.Get("capital"), Row: r})
		}
	case "places.tsv", "gazetteer.tsv": // gazetteer.tsv: written by `rasd gazetteer import`
		rows, err := ReadTSV(display, f, "name_en", "kind", "iso3", "names_ar", "lat", "lon")
		if err != nil {
			return err
		}
		for _, r := range rows {
			lat, lon, err := latLon(r)
			if err != nil {
				return err
			}
			p := Place{Name: r.Get("name_en"), Kind: r.Get("kind"), ISO3: r.Get("iso3"), Admin1: r.Get("admin1"), Admin2: r.Get("admin2"),
				NamesAr: r.List("names_ar"), Lat: lat, Lon: lon, Source: r.Get("source"), ISO3166_2: r.Get("iso3166_2"), Row: r}
			for _, alt := range r.List("alt_en") {
				if parent, ok := strings.CutPrefix(alt, "in:"); ok {
					p.Parent = parent
					continue
				}
				p.AltEn = append(p.AltEn, alt)
			}
			lx.Places = append(lx.Places, p)
		}
	case "contextual.tsv":
		rows, err := ReadTSV(display, f, "phrases", "iso3", "actor")
		if err != nil {
			return err
		}
		for _, r := range rows {
			lx.Contextual = append(lx.Contextual, Contextual{Phrases: r.List("phrases"), ISO3: r.Get("iso3"), Actor: r.Get("actor"), Row: r})
		}
	default:
		return fmt.Errorf("lexicon: unknown file %s", display)
	}
	return nil
}

func latLon(r Row) (lat, lon float64, err error) {
	if r.Get("lat") == "" && r.Get("lon") == "" {
		return 0, 0, nil
	}
	lat, err = strconv.ParseFloat(r.Get("lat"), 64)
	if err != nil || lat < -90 || lat > 90 {
		return 0, 0, r.Errorf("bad lat %q", r.Get("lat"))
	}
	lon, err = strconv.ParseFloat(r.Get("lon"), 64)
	if err != nil || lon < -180 || lon > 180 {
		return 0, 0, r.Errorf("bad lon %q", r.Get("lon"))
	}
	return lat, lon, nil
}

// weapons is the weapons vocabulary of the coding rules (section 2).
var weapons = []string{"missile", "drone", "aircraft", "mortar", "artillery", "ied", "car_bomb", "suicide", "grenade", "small_arms", "rpg", "chemical", "vehicle", "knife"}

var validWeapon = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range weapons {
		m[w] = true
	}
	return m
}()

// classes are the event classes a trigger can signal. "none" marks words
// that contain a trigger but report no event (وقف إطلاق النار); "fight" is
// fighting named in general.
var classes = []string{"none", "fight", "air", "shelling", "ied", "suicide", "grenade", "chemical", "clash", "attack", "abduction", "sexual", "regain", "capture", "generic"}

func checkClass(r Row, c string) error {
	if c == "" {
		return nil
	}
	for _, k := range classes {
		if k == c {
			return nil
		}
	}
	return r.Errorf("unknown class %q", c)
}

// cueKinds are the kinds of cues.
var cueKinds = []string{"attribution", "claim", "deny", "negation", "nocasualty", "threat", "foiled", "hedge", "background", "accident", "plan", "statement", "aggregate", "interception", "crime", "force", "police", "target", "agent", "subset", "commonword"}

var validCue = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range cueKinds {
		m[k] = true
	}
	return m
}()
