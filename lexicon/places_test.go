package lexicon_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/rasd-project/rasd/lexicon"
)

// iso3166Countries are the countries whose every admin1 row must carry its
// ISO 3166-2 code: the 22 Arab League states, Iran, Turkey and Israel.
var iso3166Countries = strings.Fields("DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM IRN TUR ISR")

// iso3166Missing lists admin1 rows of those countries that ISO 3166-2 has
// no subdivision for, as "ISO3/name_en", with the reason. None at present:
// the lexicon's PSE units are ISO's 16 governorates (the Gaza Strip and
// the West Bank are region rows), Iraq's are ISO's 18 governorates
// (Halabja is kept under Sulaymaniyah), Morocco's are the 12 regions of
// 2015 (MA-10…MA-12 lie partly or wholly in Western Sahara, which the
// lexicon codes as MAR).
var iso3166Missing = map[string]string{}

var iso3166Code = regexp.MustCompile(`^[A-Z]{2}-[0-9A-Z]{1,3}$`)

// TestAdmin1ISO3166_2 checks the iso3166_2 column of places.tsv: a
// well-formed code on admin1 rows only, with the country's alpha-2 as
// prefix, no code used twice, and a code on every admin1 row of the
// countries above.
func TestAdmin1ISO3166_2(t *testing.T) {
	lx, err := lexicon.Load("")
	if err != nil {
		t.Fatal(err)
	}
	iso2 := map[string]string{}
	for _, c := range lx.Countries {
		iso2[c.ISO3] = c.ISO2
	}
	required := map[string]bool{}
	for _, c := range iso3166Countries {
		if iso2[c] == "" {
			t.Errorf("%s: no alpha-2 in countries.tsv", c)
		}
		required[c] = true
	}
	seen := map[string]string{}
	allowed := map[string]bool{}
	filled := 0
	for _, p := range lx.Places {
		if p.Row.File != "places.tsv" {
			continue
		}
		where := fmt.Sprintf("%s:%d: %s/%s", p.Row.File, p.Row.Line, p.ISO3, p.Name)
		code := p.ISO3166_2
		if code == "" {
			if p.Kind != "admin1" || !required[p.ISO3] {
				continue
			}
			if _, ok := iso3166Missing[p.ISO3+"/"+p.Name]; ok {
				allowed[p.ISO3+"/"+p.Name] = true
				continue
			}
			t.Errorf("%s: admin1 without an iso3166_2 code", where)
			continue
		}
		if p.Kind != "admin1" {
			t.Errorf("%s: iso3166_2 %q on a %s row; only admin1 rows carry one", where, code, p.Kind)
		}
		if !iso3166Code.MatchString(code) {
			t.Errorf("%s: malformed iso3166_2 %q", where, code)
		}
		if prefix, _, _ := strings.Cut(code, "-"); prefix != iso2[p.ISO3] {
			t.Errorf("%s: iso3166_2 %q does not start with the country's alpha-2 %q", where, code, iso2[p.ISO3])
		}
		if other, ok := seen[code]; ok {
			t.Errorf("%s: iso3166_2 %q already used by %s", where, code, other)
		}
		seen[code] = p.ISO3 + "/" + p.Name
		filled++
	}
	for k := range iso3166Missing {
		if !allowed[k] {
			t.Errorf("iso3166Missing lists %s, which is no admin1 row without a code", k)
		}
	}
	if filled < 300 {
		t.Errorf("only %d admin1 rows with an iso3166_2 code", filled)
	}
}

// TestCapitals checks the capital column of countries.tsv: each names a
// city row of the same country, and the countries rasd covers have one.
func TestCapitals(t *testing.T) {
	lx, err := lexicon.Load("")
	if err != nil {
		t.Fatal(err)
	}
	cities := map[string]bool{}
	for _, p := range lx.Places {
		if p.Kind == "city" {
			cities[p.ISO3+"/"+p.Name] = true
		}
	}
	for _, c := range lx.Countries {
		if c.Capital != "" && !cities[c.ISO3+"/"+c.Capital] {
			t.Errorf("%s: capital %q is no city row of %s in places.tsv or gazetteer.tsv", c.ISO3, c.Capital, c.ISO3)
		}
	}
	have := map[string]bool{}
	for _, c := range lx.Countries {
		have[c.ISO3] = c.Capital != ""
	}
	for _, iso := range iso3166Countries {
		if iso == "PSE" || iso == "ISR" || iso == "COM" {
			continue // Jerusalem's status is disputed; Moroni is not in the lexicon
		}
		if !have[iso] {
			t.Errorf("%s has no capital in countries.tsv", iso)
		}
	}
}
