package geo_test

import (
	"testing"

	"github.com/rasd-project/rasd/geo"
	"github.com/rasd-project/rasd/lexicon"
)

// BenchmarkLoad loads the embedded lexicons with the curated places and
// the generated gazetteer, builds the phrase index and the place lookup:
// what every rasd command pays before reading its first article.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	places := 0
	for b.Loop() {
		lx, err := lexicon.Load("")
		if err != nil {
			b.Fatal(err)
		}
		geo.NewCurated(lx)
		places = len(lx.Places)
	}
	b.ReportMetric(float64(places), "places")
}
