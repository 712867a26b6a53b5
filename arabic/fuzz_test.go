package arabic_test

import (
	"testing"
	"time"

	"github.com/rasd-project/rasd/arabic"
)

func addSeeds(f *testing.F) {
	for _, s := range sampleSentences() {
		f.Add(s)
	}
	for _, s := range benchSentences {
		f.Add(s)
	}
}

func checkSpans(t *testing.T, what string, n int, spans [][2]int, lo, hi int) {
	t.Helper()
	prev := lo
	for _, sp := range spans {
		if sp[0] < prev || sp[0] >= sp[1] || sp[1] > hi || sp[1] > n {
			t.Fatalf("%s: bad span %v in %v (bounds %d..%d, n %d)", what, sp, spans, lo, hi, n)
		}
		prev = sp[1]
	}
}

func FuzzNewText(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		txt := arabic.NewText(s)
		if got := arabic.Normalize(s); got != string(txt.Norm) {
			t.Fatalf("Normalize(%q) = %q, NewText Norm %q", s, got, string(txt.Norm))
		}
		if n := arabic.Normalize(string(txt.Norm)); n != string(txt.Norm) {
			t.Fatalf("Normalize not idempotent on %q", s)
		}
		checkTextInvariants(t, s)
		sents := arabic.Sentences(txt)
		checkSpans(t, "Sentences", len(txt.Orig), sents, 0, len(txt.Orig))
		for _, sp := range sents {
			checkSpans(t, "Clauses", len(txt.Orig), arabic.Clauses(txt, sp), sp[0], sp[1])
		}
		// OrigSpan on arbitrary spans stays within bounds
		n := len(txt.Norm)
		for _, sp := range [][2]int{{0, n}, {n / 3, n / 2}, {-1, n + 1}, {n, 0}} {
			os, oe := txt.OrigSpan(sp[0], sp[1])
			if os < 0 || oe < os || oe > len(txt.Orig) {
				t.Fatalf("OrigSpan(%v) = %d,%d out of bounds (len %d)", sp, os, oe, len(txt.Orig))
			}
		}
	})
}

func FuzzTokenize(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		checkTextInvariants(t, s)
		for _, tk := range arabic.Tokenize(arabic.NewText(s)) {
			as := arabic.Analyses(tk.Norm)
			if len(as) == 0 || as[0].Stem != tk.Norm {
				t.Fatalf("Analyses(%q) lacks the unsegmented reading", tk.Norm)
			}
			for _, in := range arabic.Singulars(tk.Norm) {
				if len([]rune(in.Singular)) < 2 {
					t.Fatalf("Singulars(%q): short %q", tk.Norm, in.Singular)
				}
			}
		}
	})
}

func FuzzNumbers(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		txt := arabic.NewText(s)
		toks := arabic.Tokenize(txt)
		prev := 0
		for _, n := range arabic.Numbers(toks) {
			if n.Tok < prev || n.Tok >= n.TokEnd || n.TokEnd > len(toks) {
				t.Fatalf("%q: bad token range %+v", s, n)
			}
			if n.Start != toks[n.Tok].Start || n.End != toks[n.TokEnd-1].End || n.Start >= n.End || n.End > len(txt.Orig) {
				t.Fatalf("%q: bad span %+v", s, n)
			}
			if n.Value < 0 {
				t.Fatalf("%q: negative value %+v", s, n)
			}
			prev = n.TokEnd
		}
	})
}

func FuzzDates(f *testing.F) {
	for _, s := range sampleSentences() {
		f.Add(s, int64(1722988800))
	}
	for _, s := range benchSentences {
		f.Add(s, int64(1704240000))
	}
	f.Fuzz(func(t *testing.T, s string, pubUnix int64) {
		txt := arabic.NewText(s)
		toks := arabic.Tokenize(txt)
		pub := time.Unix(pubUnix%(1<<40), 0).UTC()
		prev := 0
		for _, dm := range arabic.Dates(toks, pub) {
			if dm.Tok < prev || dm.Tok >= dm.TokEnd || dm.TokEnd > len(toks) {
				t.Fatalf("%q: bad token range %+v", s, dm)
			}
			if dm.Start != toks[dm.Tok].Start || dm.End != toks[dm.TokEnd-1].End || dm.Start >= dm.End || dm.End > len(txt.Orig) {
				t.Fatalf("%q: bad span %+v", s, dm)
			}
			if dm.Precision < arabic.Day || dm.Precision > arabic.Year {
				t.Fatalf("%q: bad precision %+v", s, dm)
			}
			switch dm.TimeOfDay {
			case "", "dawn", "morning", "noon", "afternoon", "evening", "night":
			default:
				t.Fatalf("%q: bad time of day %q", s, dm.TimeOfDay)
			}
			if h, m, sec := dm.Date.Clock(); h != 0 || m != 0 || sec != 0 || dm.Date.Location() != time.UTC {
				t.Fatalf("%q: date not a UTC midnight: %v", s, dm.Date)
			}
			prev = dm.TokEnd
		}
	})
}
