package geo_test

import (
	"testing"

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
		text, name, kind, iso3, admin1 string
	}{
		{"وصلت القافلة إلى الموصل", "Mosul", "city", "IRQ", "Ninewa"},
		{"في قاعدة عين الأسد", "Ain al-Asad Air Base", "base", "IRQ", "Al Anbar"},
		{"في محافظة الأنبار", "Al Anbar", "admin1", "IRQ", "Al Anbar"},
		{"في حي الشجاعية", "Gaza City", "city", "PSE", "Gaza"}, // a quarter is its city
		{"في اليمن", "Yemen", "country", "YEM", ""},
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
	if a, ok := g.Admin1("SYR", "Idlib"); !ok || a.Kind != "admin1" {
		t.Errorf("Admin1(SYR, Idlib) = %+v, %v", a, ok)
	}
}
