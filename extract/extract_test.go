package extract_test

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/rasd-project/rasd"
	"github.com/rasd-project/rasd/extract"
	"github.com/rasd-project/rasd/geo"
	"github.com/rasd-project/rasd/lexicon"
)

var update = flag.Bool("update", false, "rewrite golden files")

var (
	xOnce sync.Once
	xVal  *extract.Extractor
	xErr  error
)

// mustExtractor returns the extractor over the built-in lexicons.
func mustExtractor(tb testing.TB) *extract.Extractor {
	tb.Helper()
	xOnce.Do(func() {
		lx, err := lexicon.Load("")
		if err != nil {
			xErr = err
			return
		}
		xVal = extract.New(lx, geo.NewCurated(lx), nil)
	})
	if xErr != nil {
		tb.Fatal(xErr)
	}
	return xVal
}

const sharedDir = "../../shared"

// devArticles reads the dev articles, or skips when ../shared is absent.
func devArticles(tb testing.TB) []rasd.Article {
	tb.Helper()
	f, err := os.Open(filepath.Join(sharedDir, "eval", "articles.jsonl"))
	if err != nil {
		tb.Skipf("skipping: the dev articles are not here (%v); clone the project with ../shared beside it", err)
	}
	defer f.Close()
	var out []rasd.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var a struct {
			ID, Title, Text, Published string
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatal(err)
		}
		out = append(out, rasd.Article{ID: a.ID, Title: a.Title, Text: a.Text, PublishedRaw: a.Published})
	}
	return out
}

// checkEvidence asserts the evidence invariants of one article's events:
// every non-null field has a span, every span lies inside its part, its
// quote is the text at those offsets, and it starts and ends on word
// boundaries.
func checkEvidence(t *testing.T, a rasd.Article, evs []rasd.Event) {
	t.Helper()
	parts := map[rasd.Part][]rune{rasd.PartTitle: []rune(a.Title), rasd.PartText: []rune(a.Text)}
	for i, ev := range evs {
		has := map[string]bool{}
		for _, e := range ev.Evidence {
			has[e.Field] = true
			text, ok := parts[e.Part]
			if !ok {
				t.Errorf("%s event %d: evidence for %s has part %q", a.ID, i, e.Field, e.Part)
				continue
			}
			if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
				t.Errorf("%s event %d: evidence for %s [%d,%d) outside %s of %d code points", a.ID, i, e.Field, e.Start, e.End, e.Part, len(text))
				continue
			}
			if got := string(text[e.Start:e.End]); got != e.Quote {
				t.Errorf("%s event %d: evidence for %s quotes %q but the text there is %q", a.ID, i, e.Field, e.Quote, got)
			}
			if !strings.ContainsFunc(e.Quote, unicode.IsLetter) && !strings.ContainsFunc(e.Quote, unicode.IsDigit) {
				t.Errorf("%s event %d: evidence for %s quotes no word: %q", a.ID, i, e.Field, e.Quote)
			}
			if e.Start > 0 && sameWord(text[e.Start-1], text[e.Start]) {
				t.Errorf("%s event %d: evidence for %s starts inside a word: %q", a.ID, i, e.Field, e.Quote)
			}
			if e.End < len(text) && sameWord(text[e.End-1], text[e.End]) {
				t.Errorf("%s event %d: evidence for %s ends inside a word: %q", a.ID, i, e.Field, e.Quote)
			}
		}
		need := map[string]bool{"event_type": ev.EventType != "", "sub_event_type": ev.SubEventType != "", "date": ev.Date != "",
			"iso3": ev.ISO3 != "", "admin1": ev.Admin1 != "", "location": ev.Location != "", "actor1": ev.Actor1 != nil,
			"actor2": ev.Actor2 != nil, "fatalities": ev.Fatalities != nil, "injured": ev.Injured != nil,
			"weapons": len(ev.Weapons) > 0, "claimed_by": ev.ClaimedBy != nil, "geo_precision": ev.GeoPrecision != 0}
		for field, nonNull := range need {
			if nonNull && !has[field] {
				t.Errorf("%s event %d: %s has a value but no evidence", a.ID, i, field)
			}
		}
		for _, c := range ev.Claims {
			text := parts[c.Span.Part]
			if c.Span.Start < 0 || c.Span.End > len(text) || string(text[c.Span.Start:c.Span.End]) != c.Span.Quote {
				t.Errorf("%s event %d: claim %s span [%d,%d) does not match its quote", a.ID, i, c.Field, c.Span.Start, c.Span.End)
			}
		}
	}
}

// sameWord reports whether a span boundary between a and b would cut a
// word: both letters, or both digits. (A clitic glued to a number, as in
// "و162", is a boundary.)
func sameWord(a, b rune) bool {
	letter := func(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }
	return letter(a) && letter(b) || unicode.IsDigit(a) && unicode.IsDigit(b)
}

// TestEvidenceDev checks the evidence invariants on every dev article.
func TestEvidenceDev(t *testing.T) {
	x := mustExtractor(t)
	n := 0
	for _, a := range devArticles(t) {
		evs, err := x.Extract(a)
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		n += len(evs)
		checkEvidence(t, a, evs)
	}
	if n == 0 {
		t.Fatal("no events extracted from the dev articles")
	}
}

// TestSamples extracts the bundled samples and compares with golden files
// (refresh with go test ./extract -update).
func TestSamples(t *testing.T) {
	x := mustExtractor(t)
	files, _ := filepath.Glob("../samples/*.txt")
	if len(files) == 0 {
		t.Fatal("no samples")
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			pub := name[strings.LastIndex(name, "-")-7:]
			a := rasd.Article{ID: name, Text: string(b), PublishedRaw: pub}
			evs, err := x.Extract(a)
			if err != nil {
				t.Fatal(err)
			}
			checkEvidence(t, a, evs)
			got, _ := json.MarshalIndent(evs, "", "  ")
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -update to create it)", err)
			}
			if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
				t.Errorf("%s: output differs from %s; run with -update after checking the change:\n%s", name, golden, got)
			}
		})
	}
}

// TestBorrowedPlaceEvidence: an act told with no place of its own takes the
// place of the event before it, and its evidence must point at that place
// in the part that names it (here the title), not at the same offsets of
// the text.
func TestBorrowedPlaceEvidence(t *testing.T) {
	x := mustExtractor(t)
	a := rasd.Article{ID: "borrowed", PublishedRaw: "2023-07-31",
		Title: "مسلحون يخطفون 36 مدنيا في هجوم السويداء",
		Text:  "قال المرصد إن مسلحين خطفوا 36 مدنيا يوم الأربعاء. وأعدم \"المسلحون\" اثنين من المخطوفين يوم الأحد."}
	evs, err := x.Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	checkEvidence(t, a, evs)
	if len(evs) != 2 {
		t.Fatalf("%d events, want 2", len(evs))
	}
	for i, ev := range evs {
		for _, e := range ev.Evidence {
			if e.Field == "location" && (e.Part != rasd.PartTitle || e.Quote != "السويداء") {
				t.Errorf("event %d: location evidence %s %q, want the title's السويداء", i, e.Part, e.Quote)
			}
		}
	}
}
