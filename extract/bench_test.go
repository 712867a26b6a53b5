package extract_test

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/rasd-project/rasd"
	"github.com/rasd-project/rasd/arabic"
)

// antArticles reads the ANT corpus (../shared/data/ant-arabic-news-2018),
// or skips when it is absent.
func antArticles(b *testing.B) ([]rasd.Article, int64) {
	b.Helper()
	f, err := os.Open(filepath.Join(sharedDir, "data", "ant-arabic-news-2018", "ant_middle_east_2018.jsonl.gz"))
	if err != nil {
		b.Skipf("skipping: the ANT corpus is not here (%v)", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	var out []rasd.Article
	var size int64
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var raw struct {
			ID           string `json:"id"`
			Title        string `json:"title"`
			Text         string `json:"text"`
			PublishedISO string `json:"published_iso"`
		}
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			b.Fatal(err)
		}
		out = append(out, rasd.Article{ID: raw.ID, Title: raw.Title, Text: raw.Text, PublishedRaw: raw.PublishedISO})
		size += int64(len(raw.Title) + len(raw.Text))
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return out, size
}

// BenchmarkExtractANT extracts every article of the ANT corpus per
// iteration, on one goroutine; compare with BenchmarkBareANT.
func BenchmarkExtractANT(b *testing.B) {
	x := mustExtractor(b)
	arts, size := antArticles(b)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			if _, err := x.Extract(a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkBareANT is the baseline: a bare normalisation pass (with its
// offset map) over the same text.
func BenchmarkBareANT(b *testing.B) {
	arts, size := antArticles(b)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			arabic.NewText(a.Title)
			arabic.NewText(a.Text)
		}
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}
