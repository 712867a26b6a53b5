package rasd

import (
	"math"
	"strings"
)

// Place is a resolved location with its admin hierarchy.
type Place struct {
	Name    string   `json:"name"`              // English name, ACLED/GeoNames style
	NameAr  string   `json:"name_ar,omitempty"` // Arabic name
	Aliases []string `json:"aliases,omitempty"`
	Kind    string   `json:"kind"` // country, admin1, region, district, city, town, village, quarter, camp, base, airport, crossing, facility, landmark
	ISO3    string   `json:"iso3"`
	Admin1  string   `json:"admin1,omitempty"`
	Admin2  string   `json:"admin2,omitempty"`
	Lat     float64  `json:"lat"`
	Lon     float64  `json:"lon"`
	Source  string   `json:"source,omitempty"` // where the coordinates come from, e.g. "geonames:162803"
	// ISO3166_2 is the ISO 3166-2 code of the place's first-level unit
	// (of the place itself for an admin1), e.g. "SY-ID"; "" where unknown.
	ISO3166_2 string `json:"iso3166_2,omitempty"`
}

// FromPopulationTable reports whether the place comes from an imported
// population table (GeoNames) rather than the curated list: such names
// include many ordinary words, so the extractor asks more of them.
func (p Place) FromPopulationTable() bool {
	return strings.HasPrefix(p.Source, "geonames:")
}

// Precision returns the coding rules' geo_precision of a place named
// directly: 1 for a settlement or site, 2 for an area or district, 3 for
// a governorate or country.
func (p Place) Precision() int {
	switch p.Kind {
	case "country", "admin1":
		return 3
	case "region", "district":
		return 2
	}
	return 1
}

// DistanceKm is the great-circle distance between two places' points.
func (p Place) DistanceKm(q Place) float64 {
	const earthKm = 6371.0088
	rad := math.Pi / 180
	dLat, dLon := (q.Lat-p.Lat)*rad, (q.Lon-p.Lon)*rad
	a := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(p.Lat*rad)*math.Cos(q.Lat*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earthKm * math.Asin(math.Min(1, math.Sqrt(a)))
}
