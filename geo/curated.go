// Package geo turns place mentions into places with coordinates and their
// admin hierarchy. Curated resolves the hand-curated places and countries
// of the lexicon; a full gazetteer can stand behind the same methods.
package geo

import (
	"strings"

	"github.com/rasd-project/rasd"
	"github.com/rasd-project/rasd/lexicon"
)

// Curated resolves lexicon place and country entries. It is immutable.
type Curated struct {
	lx        *lexicon.Lexicon
	countries map[string]int // iso3 → index in lx.Countries
	admin1    map[string]int // iso3/lower(name) → index in lx.Places
	cities    map[string]int // iso3/lower(name) → index of a settlement, for quarters' parents
	// places and countryPl are lx.Places and lx.Countries as rasd.Places,
	// built once: Place is on the extractor's hot path. Their Aliases are
	// capped so that a caller's append copies instead of sharing.
	places, countryPl []rasd.Place
}

// NewCurated indexes the places of lx.
func NewCurated(lx *lexicon.Lexicon) *Curated {
	g := &Curated{lx: lx, countries: map[string]int{}, admin1: map[string]int{}, cities: map[string]int{}}
	for i, c := range lx.Countries {
		g.countries[c.ISO3] = i
		g.countryPl = append(g.countryPl, capAliases(g.country(c)))
	}
	for i, p := range lx.Places {
		if p.Kind == "admin1" {
			g.admin1[p.ISO3+"/"+strings.ToLower(p.Name)] = i
		}
	}
	for i, p := range lx.Places {
		g.places = append(g.places, capAliases(g.place(p)))
		key := p.ISO3 + "/" + strings.ToLower(p.Name)
		switch p.Kind {
		case "city", "town", "village":
			if _, ok := g.cities[key]; !ok {
				g.cities[key] = i
			}
		}
	}
	return g
}

// Place returns the place a lexicon hit names (a KPlace or KCountry ref).
// A quarter resolves to its city, as the coding rules ask.
func (g *Curated) Place(ref lexicon.Ref) (rasd.Place, bool) {
	switch ref.Kind {
	case lexicon.KCountry:
		if ref.Item < 0 || ref.Item >= len(g.lx.Countries) {
			return rasd.Place{}, false
		}
		return g.countryPl[ref.Item], true
	case lexicon.KPlace:
		if ref.Item < 0 || ref.Item >= len(g.lx.Places) {
			return rasd.Place{}, false
		}
		p := g.lx.Places[ref.Item]
		// A quarter or a landmark of a city (a hospital, a square) is coded
		// as the city, as the coding rules code a city quarter.
		if (p.Kind == "quarter" || p.Kind == "landmark") && p.Parent != "" {
			if i, ok := g.cities[p.ISO3+"/"+strings.ToLower(p.Parent)]; ok {
				city := g.places[i]
				city.Aliases = append(city.Aliases, p.Name)
				city.Aliases = append(city.Aliases, p.NamesAr...)
				return city, true
			}
		}
		return g.places[ref.Item], true
	}
	return rasd.Place{}, false
}

// Country returns the country with the given ISO alpha-3 code.
func (g *Curated) Country(iso3 string) (rasd.Place, bool) {
	i, ok := g.countries[iso3]
	if !ok {
		return rasd.Place{}, false
	}
	return g.countryPl[i], true
}

// Admin1 returns the first-level unit of a country by its English name.
func (g *Curated) Admin1(iso3, name string) (rasd.Place, bool) {
	i, ok := g.admin1[iso3+"/"+strings.ToLower(name)]
	if !ok {
		return rasd.Place{}, false
	}
	return g.places[i], true
}

func capAliases(p rasd.Place) rasd.Place {
	p.Aliases = p.Aliases[:len(p.Aliases):len(p.Aliases)]
	return p
}

func (g *Curated) country(c lexicon.Country) rasd.Place {
	p := rasd.Place{Name: c.Name, Kind: "country", ISO3: c.ISO3, Lat: c.Lat, Lon: c.Lon}
	if len(c.NamesAr) > 0 {
		p.NameAr = c.NamesAr[0]
		p.Aliases = append(p.Aliases, c.NamesAr...)
	}
	return p
}

func (g *Curated) place(p lexicon.Place) rasd.Place {
	out := rasd.Place{Name: p.Name, Kind: p.Kind, ISO3: p.ISO3, Admin1: p.Admin1, Admin2: p.Admin2, Lat: p.Lat, Lon: p.Lon, Source: p.Source}
	if p.Kind == "admin1" {
		out.Admin1 = p.Name
	}
	// The ISO 3166-2 code is the admin1 row's; other places take their unit's.
	if i, ok := g.admin1[p.ISO3+"/"+strings.ToLower(out.Admin1)]; ok {
		out.ISO3166_2 = g.lx.Places[i].ISO3166_2
	}
	if len(p.NamesAr) > 0 {
		out.NameAr = p.NamesAr[0]
	}
	out.Aliases = append(out.Aliases, p.AltEn...)
	out.Aliases = append(out.Aliases, p.NamesAr...)
	return out
}
