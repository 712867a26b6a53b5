package lexicon_test

import (
	"slices"
	"testing"

	"github.com/rasd-project/rasd/arabic"
	"github.com/rasd-project/rasd/lexicon"
)

// TestScratchReuse matches texts of different lengths in turn with one
// Scratch: the hits and readings must be those of Match and Analyse.
func TestScratchReuse(t *testing.T) {
	lx, err := lexicon.Load("")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"شنت الطائرات غارات جوية عنيفة على مدينة إدلب وريفها الجنوبي، وقال مصدر أمني إن صاروخين سقطا قرب السوق. انفجرت عبوة ناسفة شمالي غزة.",
		"قتل جنديان في الهجوم",
		"",
		"وبالصواريخ",
		"ألقوا وابلا من الحجارة على القوات الإسرائيلية في الخليل والقدس وبيت لحم",
	}
	var s lexicon.Scratch
	var hits []lexicon.Hit
	total := 0
	for range 2 {
		for _, text := range texts {
			toks := arabic.Tokenize(arabic.NewText(text))
			an := s.Analyse(toks)
			want := lexicon.Analyse(toks)
			for i := range toks {
				if !slices.Equal(an[i], want[i]) {
					t.Errorf("%q: token %d read %v, want %v", text, i, an[i], want[i])
				}
			}
			hits = lx.Index.AppendMatches(hits[:0], &s, toks, an)
			if w := lx.Index.Match(toks); !slices.Equal(hits, w) {
				t.Errorf("%q: hits %v, want %v", text, hits, w)
			}
			total += len(hits)
		}
	}
	if total < 20 {
		t.Errorf("%d hits in all, want the texts to match something", total)
	}
}
