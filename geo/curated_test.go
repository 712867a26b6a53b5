package geo_test

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rasd-project/rasd"

	"github.com/rasd-project/rasd/arabic"
	"github.com/rasd-project/rasd/geo"
	"github.com/rasd-project/rasd/lexicon"
)

// TestCurated resolves place names written for the test through the
// lexicon index and the curated gazetteer.
func TestCurated(t *testing.T) {
	lx, err := lexicon.Load("")
	if err != nil {
		t.Fatal(err)
	}
	g := geo.NewCurated(lx)
	tests := []struct {
		text, name, kind, iso3, admin1, iso3166_2 string
	}{
		{"وصلت القافلة إلى الموصل", "Mosul", "city", "IRQ", "Ninewa", "IQ-NI"},
		{"في قاعدة عين الأسد", "Ain al-Asad Air Base", "base", "IRQ", "Al Anbar", "IQ-AN"},
		{"في محافظة الأنبار", "Al Anbar", "admin1", "IRQ", "Al Anbar", "IQ-AN"},
		{"في حي الشجاعية", "Gaza City", "city", "PSE", "Gaza", "PS-GZA"}, // a quarter is its city
		{"في اليمن", "Yemen", "country", "YEM", "", ""},
		{"في ولاية برج باجي مختار", "Bordj Badji Mokhtar", "admin1", "DZA", "Bordj Badji Mokhtar", "DZ-50"},
		{"في أقصى شمال الكاميرون", "Far North", "admin1", "CMR", "Far North", "CM-EN"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			toks := arabic.Tokenize(arabic.NewText(tt.text))
			found := false
			for _, h := range lx.Index.Match(toks) {
				if h.Ref.Kind != lexicon.KPlace && h.Ref.Kind != lexicon.KCountry {
					continue
				}
				pl, ok := g.Place(h.Ref)
				if !ok || pl.Name != tt.name {
					continue
				}
				found = true
				if pl.Kind != tt.kind || pl.ISO3 != tt.iso3 || pl.Admin1 != tt.admin1 {
					t.Errorf("%s: got %s/%s/%s, want %s/%s/%s", tt.name, pl.Kind, pl.ISO3, pl.Admin1, tt.kind, tt.iso3, tt.admin1)
				}
				if pl.ISO3166_2 != tt.iso3166_2 {
					t.Errorf("%s: ISO 3166-2 %q, want %q", tt.name, pl.ISO3166_2, tt.iso3166_2)
				}
				if pl.Lat == 0 && pl.Lon == 0 {
					t.Errorf("%s has no coordinates", tt.name)
				}
			}
			if !found {
				t.Errorf("%q: %s not found", tt.text, tt.name)
			}
		})
	}
	if c, ok := g.Country("SYR"); !ok || c.Name != "Syria" {
		t.Errorf("Country(SYR) = %+v, %v", c, ok)
	}
	if a, ok := g.Admin1("SYR", "Idlib"); !ok || a.Kind != "admin1" || a.ISO3166_2 != "SY-ID" {
		t.Errorf("Admin1(SYR, Idlib) = %+v, %v", a, ok)
	}
}

// TestCuratedCoordinates checks the curated places against the GeoNames
// place of the same country and name (testdata/curated_geonames.tsv,
// written by go generate ./geo): each must lie within 5 km, unless the
// namesake is a different place, listed here with the reason.
func TestCuratedCoordinates(t *testing.T) {
	homonyms := map[string]string{
		"Shibam/YEM":    "Shibam of Hadramawt, not Shibam Kawkaban of al-Mahwit",
		"Goz Beida/TCD": "the town of Sila, not a namesake in Ouaddaï",
		"Saida/DZA":     "the wilaya seat in the west, not a namesake in the east",
		"Dakhla/MAR":    "Dakhla of Western Sahara, not a namesake in the Souss",
	}
	lx, err := lexicon.Load("")
	if err != nil {
		t.Fatal(err)
	}
	curated := map[string]rasd.Place{}
	for _, p := range lx.Places {
		if p.Row.File == "places.tsv" {
			curated[p.Name+"/"+p.Kind+"/"+p.ISO3] = rasd.Place{Lat: p.Lat, Lon: p.Lon}
		}
	}
	f, err := os.Open(filepath.Join("testdata", "curated_geonames.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := lexicon.ReadTSV("curated_geonames.tsv", f, "name_en", "kind", "iso3", "gn_lat", "gn_lon")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, r := range rows {
		p, ok := curated[r.Get("name_en")+"/"+r.Get("kind")+"/"+r.Get("iso3")]
		if !ok {
			continue // renamed or removed since the file was generated
		}
		lat, _ := strconv.ParseFloat(r.Get("gn_lat"), 64)
		lon, _ := strconv.ParseFloat(r.Get("gn_lon"), 64)
		km := p.DistanceKm(rasd.Place{Lat: lat, Lon: lon})
		if why, ok := homonyms[r.Get("name_en")+"/"+r.Get("iso3")]; ok {
			if km <= 5 {
				t.Errorf("%s: listed as a homonym (%s) but within %.1f km of GeoNames", r.Get("name_en"), why, km)
			}
			continue
		}
		checked++
		if km > 5 {
			t.Errorf("%s (%s, %s): %.1f km from GeoNames %s,%s", r.Get("name_en"), r.Get("kind"), r.Get("iso3"), km, r.Get("gn_lat"), r.Get("gn_lon"))
		}
	}
	if checked < 50 {
		t.Errorf("only %d curated places checked, want at least 50", checked)
	}
	t.Logf("%d curated places within 5 km of GeoNames", checked)
}
