package geo_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rasd-project/rasd/geo"
	"github.com/rasd-project/rasd/lexicon"
)

var update = flag.Bool("update", false, "rewrite golden files")

// curatedOnly is the built-in lexicon without its generated gazetteer, so
// that the sample's real places are not skipped as already known.
func curatedOnly(t *testing.T) *lexicon.Lexicon {
	t.Helper()
	lx, err := lexicon.Load("")
	if err != nil {
		t.Fatal(err)
	}
	var places []lexicon.Place
	for _, p := range lx.Places {
		if p.Row.File != "gazetteer.tsv" {
			places = append(places, p)
		}
	}
	lx.Places = places
	return lx
}

func openDump(t *testing.T, alternate bool) (geo.GeoNamesDump, func()) {
	t.Helper()
	var files []*os.File
	open := func(name string) *os.File {
		f, err := os.Open(filepath.Join("testdata", "geonames", name))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
		return f
	}
	d := geo.GeoNamesDump{Places: open("places.txt"), Admin1: open("admin1CodesASCII.txt"), Admin2: open("admin2Codes.txt")}
	if alternate {
		d.AlternateNames = open("alternateNames.txt")
	}
	return d, func() {
		for _, f := range files {
			f.Close()
		}
	}
}

// TestImportGeoNames imports the team's sample dump (testdata/geonames,
// GeoNames' formats) and compares the lexicon file with a golden copy
// (refresh with go test ./geo -update).
func TestImportGeoNames(t *testing.T) {
	lx := curatedOnly(t)
	for _, tt := range []struct {
		alternate bool
		golden    string
		written   int
		ordinary  int // Arabic names dropped as ordinary words
	}{
		{true, "import.golden.tsv", 5, 3},
		{false, "import-noalt.golden.tsv", 1, 0},
	} {
		t.Run(tt.golden, func(t *testing.T) {
			d, done := openDump(t, tt.alternate)
			defer done()
			var out bytes.Buffer
			st, err := geo.ImportGeoNames(context.Background(), d, lx, &out)
			if err != nil {
				t.Fatal(err)
			}
			if st.Read != 13 || st.Written != tt.written || st.OrdinaryNames != tt.ordinary {
				t.Errorf("stats %+v: want 13 read, %d written, %d ordinary names", st, tt.written, tt.ordinary)
			}
			golden := filepath.Join("testdata", "geonames", tt.golden)
			if *update {
				if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./geo -update to create it)", err)
			}
			if !bytes.Equal(out.Bytes(), want) {
				t.Errorf("import differs from %s; run with -update after checking:\n%s", golden, out.String())
			}
			// The file is a valid places overlay.
			p := filepath.Join(t.TempDir(), "gazetteer.tsv")
			if err := os.WriteFile(p, out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := lexicon.Check(p, "gazetteer.tsv"); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestImportRules checks the rules the golden file encodes, row by row.
func TestImportRules(t *testing.T) {
	lx := curatedOnly(t)
	d, done := openDump(t, true)
	defer done()
	var out bytes.Buffer
	if _, err := geo.ImportGeoNames(context.Background(), d, lx, &out); err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{}
	for _, line := range strings.Split(out.String(), "\n") {
		if f := strings.Split(line, "\t"); len(f) == 10 && !strings.HasPrefix(line, "#") {
			rows[f[9]] = line
		}
	}
	for _, tt := range []struct {
		id, want, why string
	}{
		{"geonames:162803", "Uqayribat\ttown\tSYR\tHama\t\tعقيربات|العقيربات\t", "ASCII name without the ʿayn backtick; admin1 matched by English variant"},
		{"geonames:92436", "\tSulaymaniyah\tQaradagh District\tقرداغ|قره داغ\t", "admin1 matched through its Arabic name; admin2 named; historic and English names dropped"},
		{"geonames:99071", "\tquarter\tIRQ\tNinewa\t", "a section of a city is a quarter"},
		{"geonames:99071", "in:Mosul", "of the nearest city"},
		{"geonames:94911", "", "a curated place is left to the curated list"},
		{"geonames:99072", "", "Mosul is curated"},
		{"geonames:900001", "", "a Latin name tagged ar is not Arabic"},
		{"geonames:900002", "", "a Kurdish spelling is not Arabic"},
		{"geonames:98465", "", "an admin1 unit the lexicon has"},
		{"geonames:900003", "", "a railway station is not a kind rasd keeps"},
		{"geonames:900004", "", "an unknown country code"},
		{"geonames:900010", "Ayn az Zayzafun\tvillage\tSYR\tHama\t\tعين الزيزفون\t35.2100\t37.1000", "a village"},
		{"geonames:900011", "\tخربة الحكومة\t", "an ordinary word (الحكومة) is no name of the place; the longer name stays"},
		{"geonames:900012", "", "a place whose only Arabic name is an ordinary word (بيان)"},
	} {
		got, ok := rows[tt.id]
		if tt.want == "" {
			if ok {
				t.Errorf("%s written (%s): %s", tt.id, tt.why, got)
			}
			continue
		}
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s = %q, want it to contain %q (%s)", tt.id, got, tt.want, tt.why)
		}
	}
}

// TestImportBadInput: malformed dumps fail with the file and line.
func TestImportBadInput(t *testing.T) {
	lx, err := lexicon.Load("")
	if err != nil {
		t.Fatal(err)
	}
	good := "1\tA\tA\t\t33\t44\tP\tPPL\tIQ\t\t15\t\t\t\t0\t\t1\tAsia/Baghdad\t2024-01-01\n"
	for _, tt := range []struct {
		name string
		d    geo.GeoNamesDump
		want string
	}{
		{"no places", geo.GeoNamesDump{}, "no places table"},
		{"few columns", geo.GeoNamesDump{Places: strings.NewReader(good + "2\tB\tB\n")}, "places line 2: 3 columns"},
		{"bad id", geo.GeoNamesDump{Places: strings.NewReader("x" + good)}, "places line 1: bad geonameid"},
		{"bad latitude", geo.GeoNamesDump{Places: strings.NewReader(strings.Replace(good, "\t33\t", "\t133\t", 1))}, "bad coordinates"},
		{"bad admin1", geo.GeoNamesDump{Places: strings.NewReader(good), Admin1: strings.NewReader("IQ.15\tNinawa\n")}, "admin1 codes line 1"},
		{"binary", geo.GeoNamesDump{Places: strings.NewReader("\x00\x01\x02")}, "places line 1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := geo.ImportGeoNames(context.Background(), tt.d, lx, &bytes.Buffer{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

// FuzzImportGeoNames: any places table imports without panic, and what it
// writes loads as a places file.
func FuzzImportGeoNames(f *testing.F) {
	b, err := os.ReadFile(filepath.Join("testdata", "geonames", "places.txt"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(b), "1\t162803\tar\tعقيربات\n")
	f.Add("1\tA\tA\tقرية\t33\t44\tP\tPPL\tIQ\t\t15\t\t\t\t0\t\t1\tx\ty\n", "")
	lx, err := lexicon.Load("")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, places, alternate string) {
		d := geo.GeoNamesDump{Places: strings.NewReader(places)}
		if alternate != "" {
			d.AlternateNames = strings.NewReader(alternate)
		}
		var out bytes.Buffer
		if _, err := geo.ImportGeoNames(context.Background(), d, lx, &out); err != nil {
			return
		}
		p := filepath.Join(t.TempDir(), "gazetteer.tsv")
		if err := os.WriteFile(p, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := lexicon.Check(p, "gazetteer.tsv"); err != nil {
			t.Fatalf("import wrote an unreadable file: %v\n%s", err, out.String())
		}
	})
}
