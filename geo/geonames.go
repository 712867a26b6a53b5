package geo

//go:generate sh gen.sh

// Import of GeoNames dumps (https://download.geonames.org/export/dump/,
// CC BY 4.0) into a places lexicon file that rasd reads from an overlay
// directory. A user with internet downloads allCountries.txt (or one
// country's file, or citiesNNN.txt), alternateNamesV2.txt and
// admin1CodesASCII.txt/admin2Codes.txt; rasd keeps every place with an
// Arabic name, in the columns of lexicon/data/places.tsv.

import (
	"bufio"
	"context"
	_ "embed"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/rasd-project/rasd"
	"github.com/rasd-project/rasd/arabic"
	"github.com/rasd-project/rasd/lexicon"
)

// GeoNamesDump holds the readers of one GeoNames dump. Places is required;
// the others may be nil. Without AlternateNames, the Arabic-script names
// of the places table's alternatenames column are used.
type GeoNamesDump struct {
	Places         io.Reader // allCountries.txt, XX.txt or citiesNNN.txt: 19 tab-separated columns
	AlternateNames io.Reader // alternateNamesV2.txt (or alternateNames.txt)
	Admin1         io.Reader // admin1CodesASCII.txt: code, name, asciiname, geonameid
	Admin2         io.Reader // admin2Codes.txt: code, name, asciiname, geonameid

	// TableNames takes the Arabic-script names of the places table's
	// alternatenames column even when AlternateNames is given.
	TableNames bool
	// Countries keeps only places of these ISO alpha-3 codes (all when empty).
	Countries []string
}

// ImportStats reports what an import read and wrote.
type ImportStats struct {
	Read      int // rows of the places table
	Written   int // rows written
	NoArabic  int // places skipped for want of an Arabic name
	Curated   int // places skipped because the curated list already has them
	Unmatched int // admin1 units of GeoNames with no admin1 row in the lexicon (written with GeoNames' name)
	// OrdinaryNames counts Arabic names dropped as ordinary words
	// (الحكومة، بيان); a place left with no Arabic name counts in NoArabic.
	OrdinaryNames int
}

// geoPlace is one place of a dump on its way to a lexicon row.
type geoPlace struct {
	id         int
	name, alt  string
	kind, iso3 string
	a1, a2     string // GeoNames codes
	lat, lon   float64
	pop        int
	arabic     []string
}

// ImportGeoNames reads a dump and writes the places that have an Arabic
// name to w as a places lexicon file (see lexicon/data/places.tsv).
// Places the curated list lx already holds (same Arabic name, same
// country, within 10 km) are left out so that curated entries keep
// precedence. The error names the file and line of malformed input.
func ImportGeoNames(ctx context.Context, d GeoNamesDump, lx *lexicon.Lexicon, w io.Writer) (ImportStats, error) {
	var st ImportStats
	if d.Places == nil {
		return st, fmt.Errorf("geonames: no places table")
	}
	iso3 := map[string]string{}
	for _, c := range lx.Countries {
		if c.ISO2 != "" {
			iso3[c.ISO2] = c.ISO3
		}
	}
	var keep map[string]bool
	if len(d.Countries) > 0 {
		keep = map[string]bool{}
		for _, c := range d.Countries {
			keep[strings.ToUpper(strings.TrimSpace(c))] = true
		}
	}
	var places []*geoPlace
	byID := map[int]*geoPlace{}
	err := eachRow(ctx, d.Places, "places", 19, func(line int, f []string) error {
		st.Read++
		id, err := strconv.Atoi(f[0])
		if err != nil {
			return fmt.Errorf("geonames: places line %d: bad geonameid %q", line, f[0])
		}
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		if err1 != nil || err2 != nil || math.Abs(lat) > 90 || math.Abs(lon) > 180 {
			return fmt.Errorf("geonames: places line %d: bad coordinates %q,%q", line, f[4], f[5])
		}
		pop, _ := strconv.Atoi(f[14])
		kind := featureKind(f[6], f[7], pop)
		c3 := iso3[f[8]]
		if kind == "" || c3 == "" {
			return nil
		}
		// ACLED writes names without diacritics: GeoNames' ASCII name,
		// without the backtick that stands for ʿayn.
		name := strings.TrimSpace(strings.ReplaceAll(f[2], "`", ""))
		if name == "" {
			name = f[1]
		}
		p := &geoPlace{id: id, name: name, kind: kind, iso3: c3, a1: f[8] + "." + f[10], a2: f[8] + "." + f[10] + "." + f[11], lat: lat, lon: lon, pop: pop}
		if f[1] != name {
			p.alt = f[1]
		}
		if keep != nil && !keep[c3] {
			return nil
		}
		if d.AlternateNames == nil || d.TableNames {
			for _, n := range strings.Split(f[3], ",") {
				p.addArabic(n, &st)
			}
		}
		places = append(places, p)
		byID[id] = p
		return nil
	})
	if err != nil {
		return st, err
	}
	// Admin units are looked up by geonameid for their Arabic names.
	type unit struct {
		name, ascii string
		id          int
		arabic      []string
	}
	readUnits := func(r io.Reader, what string) (map[string]*unit, error) {
		units := map[string]*unit{}
		if r == nil {
			return units, nil
		}
		err := eachRow(ctx, r, what, 4, func(line int, f []string) error {
			id, err := strconv.Atoi(f[3])
			if err != nil {
				return fmt.Errorf("geonames: %s line %d: bad geonameid %q", what, line, f[3])
			}
			units[f[0]] = &unit{name: f[1], ascii: f[2], id: id}
			return nil
		})
		return units, err
	}
	admin1, err := readUnits(d.Admin1, "admin1 codes")
	if err != nil {
		return st, err
	}
	admin2, err := readUnits(d.Admin2, "admin2 codes")
	if err != nil {
		return st, err
	}
	if d.AlternateNames != nil {
		unitByID := map[int]*unit{}
		for _, u := range admin1 {
			unitByID[u.id] = u
		}
		err := eachRow(ctx, d.AlternateNames, "alternate names", 4, func(line int, f []string) error {
			if f[2] != "ar" {
				return nil
			}
			id, err := strconv.Atoi(f[1])
			if err != nil {
				return fmt.Errorf("geonames: alternate names line %d: bad geonameid %q", line, f[1])
			}
			if len(f) > 7 && f[7] == "1" { // historic
				return nil
			}
			if p := byID[id]; p != nil {
				p.addArabic(f[3], &st)
			}
			if n := stripUnitWord(clean(f[3])); unitByID[id] != nil && isArabicScript(n) {
				u := unitByID[id]
				u.arabic = append(u.arabic, n)
			}
			return nil
		})
		if err != nil {
			return st, err
		}
	}

	// GeoNames' admin1 units map onto the lexicon's by English or Arabic name.
	a1Name := map[string]string{}
	matched := map[string]bool{}
	for code, u := range admin1 {
		cc, _, _ := strings.Cut(code, ".")
		if iso3[cc] == "" || keep != nil && !keep[iso3[cc]] {
			continue
		}
		if name, ok := matchAdmin1(lx, iso3[cc], u.name, u.ascii, u.arabic); ok {
			a1Name[code] = name
			matched[code] = true
		} else {
			a1Name[code] = u.name
			st.Unmatched++
		}
	}
	// Curated places by country and normalised Arabic name.
	curated := map[string][]lexicon.Place{}
	for _, cp := range lx.Places {
		for _, n := range cp.NamesAr {
			k := cp.ISO3 + "/" + arabic.Normalize(n)
			curated[k] = append(curated[k], cp)
		}
	}
	// A quarter (PPLX) belongs to the nearest city of its country within
	// 15 km; a place of a unit the lexicon lacks, to the unit of the
	// nearest curated settlement within 25 km. Both by country.
	cities := map[string][]*geoPlace{}
	for _, p := range places {
		if p.kind == "city" {
			cities[p.iso3] = append(cities[p.iso3], p)
		}
	}
	settlements := map[string][]lexicon.Place{}
	for _, cp := range lx.Places {
		switch cp.Kind {
		case "city", "town", "village", "camp":
			if cp.Admin1 != "" {
				settlements[cp.ISO3] = append(settlements[cp.ISO3], cp)
			}
		}
	}

	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# rasd places imported from a GeoNames dump (https://www.geonames.org/, CC BY 4.0) by `rasd gazetteer import`.\n")
	fmt.Fprintf(bw, "# Same columns as lexicon/data/places.tsv; source is the GeoNames id. Places without an Arabic name are left out.\n")
	fmt.Fprintln(bw, "name_en\tkind\tiso3\tadmin1\tadmin2\tnames_ar\tlat\tlon\talt_en\tsource")
	sort.SliceStable(places, func(i, j int) bool { return places[i].id < places[j].id })
	for _, p := range places {
		if len(p.arabic) == 0 {
			st.NoArabic++
			continue
		}
		if p.kind == "admin1" && matched[p.a1] {
			continue // the lexicon has this unit
		}
		if isCurated(curated, p) {
			st.Curated++
			continue
		}
		a1 := a1Name[p.a1]
		if !matched[p.a1] && p.kind != "admin1" {
			// GeoNames divides the country otherwise (the West Bank and
			// Gaza as two units) or not at all: take the unit of the
			// nearest curated settlement, if one lies within 25 km.
			if near := nearestAdmin1(settlements[p.iso3], p); near != "" {
				a1 = near
			}
		}
		if a1 == "" && p.kind == "admin1" {
			a1 = p.name
		}
		var a2 string
		if u := admin2[p.a2]; u != nil {
			a2 = u.name
		}
		alt := []string{}
		if p.kind == "quarter" {
			best, bestKm := "", 15.0
			for _, c := range cities[p.iso3] {
				if km := p.place().DistanceKm(c.place()); km < bestKm {
					best, bestKm = c.name, km
				}
			}
			if best == "" {
				p.kind = "village"
			} else {
				alt = append(alt, "in:"+best)
			}
		}
		if p.alt != "" {
			alt = append(alt, p.alt)
		}
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\t%s\t%.4f\t%.4f\t%s\tgeonames:%d\n",
			clean(p.name), p.kind, p.iso3, clean(a1), clean(a2), strings.Join(p.arabic, "|"), p.lat, p.lon, strings.Join(alt, "|"), p.id)
		st.Written++
	}
	return st, bw.Flush()
}

func (p *geoPlace) place() rasd.Place { return rasd.Place{Lat: p.lat, Lon: p.lon} }

// addArabic keeps a name written in Arabic script; GeoNames' "ar" names
// include Latin transliterations, which are dropped, and ordinary words
// (a Yemeni village's alternate name "الحكومة"), which are counted.
func (p *geoPlace) addArabic(n string, st *ImportStats) {
	n = stripUnitWord(clean(n))
	if !isArabicScript(n) {
		return
	}
	norm := arabic.Normalize(n)
	if ordinaryWords[norm] || featureWords[strings.TrimPrefix(norm, "ال")] {
		st.OrdinaryNames++
		return
	}
	for _, o := range p.arabic {
		if arabic.Normalize(o) == norm {
			return
		}
	}
	p.arabic = append(p.arabic, n)
}

// featureWords are the words for a kind of feature (a spring, a well, a
// hill): alone they name no one place, though GeoNames gives some a
// village's alternate name (عين for a Yemeni village, بير for a Malian
// one), and text naming "عين X" would resolve there.
var featureWords = map[string]bool{
	"عين": true, "عيون": true, "بير": true, "بئر": true, "ابار": true, "جبل": true, "جبال": true, "وادي": true, "تل": true,
	"تله": true, "نهر": true, "سد": true, "قريه": true, "بلده": true, "مدينه": true, "حي": true, "سوق": true, "راس": true,
	"قلعه": true, "بحر": true, "ميناء": true, "مرسي": true, "جزيره": true, "سهل": true, "هضبه": true, "كهف": true,
	"معسكر": true, "مخيم": true, "قاعده": true, "مطار": true, "معبر": true,
}

// ordinaryWords are frequent words of Arabic news that are not place
// names (geo/data/ordinary_words.txt, from geo/internal/genwords). It is
// read once and never written.
var ordinaryWords = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(ordinaryWordsTxt, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
}()

//go:embed data/ordinary_words.txt
var ordinaryWordsTxt string

// isArabicScript reports whether s has letters and all of them are
// letters Arabic writing uses: the Arabic block's ء…ي and ٱ, the Persian
// ی and ک that normalisation folds to ي and ك, and the Maghrebi ڤ and ڨ.
// Names with Persian, Kurdish, Pashto or Urdu letters (پ چ ژ گ ۆ ە ټ…)
// are not Arabic names.
func isArabicScript(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !(r >= 'ء' && r <= 'ي') && !strings.ContainsRune("ٱیکڤڨ", r) {
				return false
			}
			letters++
		}
	}
	return letters > 2
}

// clean removes the characters that would break a lexicon row and the
// bidi marks some names carry.
func clean(s string) string {
	return strings.TrimSpace(cleaner.Replace(s))
}

var cleaner = strings.NewReplacer("\t", " ", "|", " ", "\n", " ", "\r", " ", "\u200e", "", "\u200f", "", "\u061c", "", "\u200b", "")

// featureKind maps a GeoNames feature class and code to a place kind of
// the lexicon, or "" for features rasd does not keep.
func featureKind(class, code string, pop int) string {
	switch class {
	case "P":
		switch {
		case code == "PPLX":
			return "quarter"
		case code == "PPLH" || code == "PPLQ" || code == "PPLW":
			return "" // historical, abandoned, destroyed
		case code == "PPLC" || pop >= 100000:
			return "city"
		case strings.HasPrefix(code, "PPLA") || pop >= 10000:
			return "town"
		}
		return "village"
	case "A":
		switch code {
		case "ADM1":
			return "admin1"
		case "ADM2":
			return "district"
		}
	case "S":
		switch code {
		case "MILB", "INSM", "AIRB":
			return "base"
		case "AIRP", "AIRF":
			return "airport"
		case "PSTB":
			return "crossing"
		case "CMPRF":
			return "camp"
		case "DAM", "PRN", "RFY", "PS", "OILR":
			return "facility"
		}
	case "L":
		if code == "OILF" || code == "GASF" {
			return "facility"
		}
	}
	return ""
}

// matchAdmin1 finds the lexicon's admin1 unit of a country for a GeoNames
// admin1 unit, by English name (ignoring case, "Governorate" and the like,
// and non-letters) or by Arabic name.
func matchAdmin1(lx *lexicon.Lexicon, iso3, name, ascii string, ar []string) (string, bool) {
	want := map[string]bool{foldEn(name): true, foldEn(ascii): true}
	wantAr := map[string]bool{}
	for _, a := range ar {
		wantAr[arabic.Normalize(stripUnitWord(a))] = true
	}
	for _, p := range lx.Places {
		if p.Kind != "admin1" || p.ISO3 != iso3 {
			continue
		}
		for _, n := range append([]string{p.Name}, p.AltEn...) {
			if want[foldEn(n)] {
				return p.Name, true
			}
		}
		for _, n := range p.NamesAr {
			if wantAr[arabic.Normalize(n)] {
				return p.Name, true
			}
		}
	}
	return "", false
}

// latinFold spells the accented letters of GeoNames' names in ASCII.
var latinFold = strings.NewReplacer("ı", "i", "ğ", "g", "ş", "s", "ç", "c", "ö", "o", "ü", "u", "â", "a", "é", "e", "è", "e", "ë", "e", "ï", "i",
	"ā", "a", "ī", "i", "ū", "u", "á", "a", "í", "i", "ó", "o", "ú", "u", "ḑ", "d", "ḍ", "d", "ḩ", "h", "ḥ", "h", "ţ", "t", "ṭ", "t", "ẕ", "z", "ẓ", "z", "ş", "s", "ṣ", "s", "ô", "o", "î", "i", "û", "u")

func foldEn(s string) string {
	s = latinFold.Replace(strings.ToLower(s))
	for _, w := range []string{" governorate", " province", " region", " district", "muhafazat ", " state", "ostan-e ", "wilayat "} {
		s = strings.ReplaceAll(s, w, "")
	}
	s = strings.TrimPrefix(s, "al ")
	s = strings.TrimPrefix(s, "al-")
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) && r < unicode.MaxASCII {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func stripUnitWord(s string) string {
	for _, w := range []string{"محافظة ", "ولاية ", "إقليم ", "منطقة ", "مقاطعة ", "شعبية ", "محافظه ", "مدينة ", "قضاء ", "ناحية ", "مركز قضاء "} {
		s = strings.TrimPrefix(s, w)
	}
	return s
}

// nearestAdmin1 returns the admin1 of the settlement nearest to p, within
// 25 km.
func nearestAdmin1(settlements []lexicon.Place, p *geoPlace) string {
	best, bestKm := "", 25.0
	for _, cp := range settlements {
		if km := p.place().DistanceKm(rasd.Place{Lat: cp.Lat, Lon: cp.Lon}); km < bestKm {
			best, bestKm = cp.Admin1, km
		}
	}
	return best
}

func isCurated(curated map[string][]lexicon.Place, p *geoPlace) bool {
	for _, n := range p.arabic {
		for _, cp := range curated[p.iso3+"/"+arabic.Normalize(n)] {
			if cp.Kind == "admin1" || cp.Kind == "region" {
				continue
			}
			if p.place().DistanceKm(rasd.Place{Lat: cp.Lat, Lon: cp.Lon}) < 10 {
				return true
			}
		}
	}
	return false
}

// eachRow calls fn with the tab-separated fields of each line of r that
// has at least min fields; comment lines (#) and blank lines are skipped.
func eachRow(ctx context.Context, r io.Reader, what string, min int, fn func(line int, f []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		if line%100000 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		s := strings.TrimRight(sc.Text(), "\r")
		if s == "" || s[0] == '#' {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) < min {
			return fmt.Errorf("geonames: %s line %d: %d columns, want at least %d", what, line, len(f), min)
		}
		if err := fn(line, f); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("geonames: %s line %d: %w", what, line+1, err)
	}
	return nil
}

// CuratedMatch pairs a curated place with the GeoNames place of the same
// country and name, to check the curated coordinates.
type CuratedMatch struct {
	Place     lexicon.Place
	GeoNameID int
	Lat, Lon  float64
	Km        float64
}

// MatchCurated finds, for each curated settlement, base, airport, camp or
// crossing of lx, the most populous place of a GeoNames places table in
// the same country whose ASCII name or an Arabic-script alternate name
// equals one of its names.
func MatchCurated(ctx context.Context, table io.Reader, lx *lexicon.Lexicon) ([]CuratedMatch, error) {
	iso3 := map[string]string{}
	for _, c := range lx.Countries {
		iso3[c.ISO2] = c.ISO3
	}
	type cand struct {
		id       int
		lat, lon float64
		pop      int
	}
	best := map[string]cand{}
	add := func(key string, c cand) {
		if o, ok := best[key]; !ok || c.pop > o.pop {
			best[key] = c
		}
	}
	err := eachRow(ctx, table, "places", 19, func(line int, f []string) error {
		c3 := iso3[f[8]]
		if c3 == "" || featureKind(f[6], f[7], 0) == "" {
			return nil
		}
		id, err1 := strconv.Atoi(f[0])
		lat, err2 := strconv.ParseFloat(f[4], 64)
		lon, err3 := strconv.ParseFloat(f[5], 64)
		if err1 != nil || err2 != nil || err3 != nil {
			return fmt.Errorf("geonames: places line %d: bad id or coordinates", line)
		}
		pop, _ := strconv.Atoi(f[14])
		c := cand{id, lat, lon, pop}
		add(c3+"/en/"+foldEn(f[2]), c)
		for _, n := range strings.Split(f[3], ",") {
			if n = stripUnitWord(clean(n)); isArabicScript(n) {
				add(c3+"/ar/"+arabic.Normalize(n), c)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out []CuratedMatch
	for _, p := range lx.Places {
		switch p.Kind {
		case "city", "town", "village", "base", "airport", "camp", "crossing":
		default:
			continue
		}
		var keys []string
		for _, n := range p.NamesAr {
			keys = append(keys, p.ISO3+"/ar/"+arabic.Normalize(n))
		}
		keys = append(keys, p.ISO3+"/en/"+foldEn(p.Name))
		var c cand
		found := false
		for _, k := range keys {
			if o, ok := best[k]; ok && (!found || o.pop > c.pop) {
				c, found = o, true
			}
		}
		if !found {
			continue
		}
		km := rasd.Place{Lat: p.Lat, Lon: p.Lon}.DistanceKm(rasd.Place{Lat: c.lat, Lon: c.lon})
		out = append(out, CuratedMatch{Place: p, GeoNameID: c.id, Lat: c.lat, Lon: c.lon, Km: km})
	}
	return out, nil
}
