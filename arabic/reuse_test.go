package arabic_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/rasd-project/rasd/arabic"
)

// TestReuse checks that the buffer-reusing forms (Text.Reset,
// AppendTokens, AppendSentences) give what the allocating ones give, when
// one Text and one token buffer read long and short texts in turn.
func TestReuse(t *testing.T) {
	texts := []string{strings.Join(benchSentences, "\n"), "", "ﻻ ﷺ.", "قتل 3 مدنيين في قصف على إدلب.", strings.Join(benchSentences, " "), "x\u200cy. ب5"}
	texts = append(texts, benchSentences...)
	var txt arabic.Text
	prefix := arabic.Token{Norm: "prefix"}
	toks := []arabic.Token{prefix}
	var spans [][2]int
	for _, s := range texts {
		want := arabic.NewText(s)
		txt.Reset(s)
		if !slices.Equal(txt.Orig, want.Orig) || !slices.Equal(txt.Norm, want.Norm) || !slices.Equal(txt.Off, want.Off) {
			t.Errorf("Reset(%q) = %+v, want %+v", s, txt, *want)
		}
		toks = arabic.AppendTokens(toks[:1], &txt)
		if toks[0] != prefix || !slices.Equal(toks[1:], arabic.Tokenize(want)) {
			t.Errorf("AppendTokens(%q) = %v, want the prefix then %v", s, toks, arabic.Tokenize(want))
		}
		spans = arabic.AppendSentences(spans[:0], &txt)
		if !slices.Equal(spans, arabic.Sentences(want)) {
			t.Errorf("AppendSentences(%q) = %v, want %v", s, spans, arabic.Sentences(want))
		}
	}
}

// TestSingularParts checks that the parts spell the forms of Singulars and
// that a buffer with room makes them allocation-free.
func TestSingularParts(t *testing.T) {
	for _, stem := range []string{"صاروخين", "صاروخان", "غارتين", "غارتان", "مسلحين", "مسلحون", "غارات", "جيش", "ين", "تين"} {
		var got []arabic.Inflection
		for _, p := range arabic.AppendSingularParts(nil, stem) {
			if !strings.HasPrefix(stem, p.Base) || p.Tail != "" && p.Tail != "ه" {
				t.Errorf("%q: part %+v is not a prefix of the stem and a ه", stem, p)
			}
			got = append(got, arabic.Inflection{Singular: p.Base + p.Tail, Number: p.Number})
		}
		if want := arabic.Singulars(stem); !slices.Equal(got, want) {
			t.Errorf("%q: parts spell %v, Singulars gives %v", stem, got, want)
		}
	}
	buf := make([]arabic.SingularParts, 0, 4)
	if n := testing.AllocsPerRun(100, func() { buf = arabic.AppendSingularParts(buf[:0], "غارتين") }); n != 0 {
		t.Errorf("AppendSingularParts allocates %v times, want 0", n)
	}
}
