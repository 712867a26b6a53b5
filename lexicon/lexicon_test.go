package lexicon_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rasd-project/rasd/arabic"
	"github.com/rasd-project/rasd/lexicon"
)

// TestShippedFiles parses every embedded file and checks the tables are
// not empty.
func TestShippedFiles(t *testing.T) {
	lx, err := lexicon.Load("")
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{
		"triggers.tsv": len(lx.Triggers), "casualties.tsv": len(lx.Casualties), "cues.tsv": len(lx.Cues),
		"persons.tsv": len(lx.Persons), "actors.tsv": len(lx.Actors), "countries.tsv": len(lx.Countries), "places.tsv": len(lx.Places), "gazetteer.tsv": countFile(lx.Places, "gazetteer.tsv"), "contextual.tsv": len(lx.Contextual),
	}
	for _, name := range lexicon.FileNames() {
		if counts[name] == 0 {
			t.Errorf("%s: no rows loaded", name)
		}
	}
	for _, a := range lx.Actors {
		if a.Name == "" || len(a.Aliases) == 0 {
			t.Errorf("%s:%d: actor without name or aliases", a.Row.File, a.Row.Line)
		}
	}
}

func countFile(places []lexicon.Place, file string) int {
	n := 0
	for _, p := range places {
		if p.Row.File == file {
			n++
		}
	}
	return n
}

func TestReadTSVErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"no header", "# only a comment\n", "no header"},
		{"missing column", "phrases\tnote\nx\ty\n", `lacks column "kind"`},
		{"too many fields", "phrases\tkind\nx\tthreat\textra\n", "f.tsv:2: 3 fields"},
		{"empty required", "phrases\tkind\n\tthreat\n", "f.tsv:2: empty phrases"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := lexicon.ReadTSV("f.tsv", strings.NewReader(tt.in), "phrases", "kind")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

// TestOverlay: rows in a user directory are added to the built-in ones,
// and a bad row is reported with its file and line.
func TestOverlay(t *testing.T) {
	dir := t.TempDir()
	body := "phrases\tkind\tnote\nوابل من الحجارة\tthreat\ttest row\n"
	if err := os.WriteFile(filepath.Join(dir, "cues.tsv"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	base, err := lexicon.Load("")
	if err != nil {
		t.Fatal(err)
	}
	lx, err := lexicon.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.Cues) != len(base.Cues)+1 {
		t.Fatalf("overlay: %d cues, want %d", len(lx.Cues), len(base.Cues)+1)
	}
	hits := lx.Index.Match(arabic.Tokenize(arabic.NewText("ألقوا وابلا من الحجارة")))
	found := false
	for _, h := range hits {
		if h.Ref.Kind == lexicon.KCue && lx.Cues[h.Ref.Item].Kind == "threat" && h.TokEnd-h.Tok == 3 {
			found = true
		}
	}
	if !found {
		t.Errorf("overlay phrase not matched through the ا of وابلا? hits %+v", hits)
	}
	if err := os.WriteFile(filepath.Join(dir, "cues.tsv"), []byte("phrases\tkind\nكلمة\tnonsense\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := lexicon.Load(dir); err == nil || !strings.Contains(err.Error(), "cues.tsv:2") {
		t.Errorf("bad overlay row: got %v, want an error naming cues.tsv:2", err)
	}
}

// TestActorWith: the with column of actors.tsv marks forces that fight
// for their government; a bad value or a row with no country is refused.
func TestActorWith(t *testing.T) {
	lx, err := lexicon.Load("")
	if err != nil {
		t.Fatal(err)
	}
	with := map[string]bool{}
	for _, a := range lx.Actors {
		with[a.Name] = a.WithGovernment
	}
	for name, want := range map[string]bool{"Giants Brigades": true, "Popular Mobilization Forces": true, "Houthis": false, "Military Forces of Syria": false} {
		if with[name] != want {
			t.Errorf("%s: WithGovernment = %v, want %v", name, with[name], want)
		}
	}
	for _, tt := range []struct{ row, want string }{
		{"قوة تجريبية\tPolitical Militias\tYEM\tقوة تجريبية\t\tally", `bad with "ally"`},
		{"قوة تجريبية\tPolitical Militias\t\tقوة تجريبية\t\tgovernment", "needs the iso3"},
	} {
		dir := t.TempDir()
		body := "name\ttype\tiso3\taliases\tnote\twith\n" + tt.row + "\n"
		if err := os.WriteFile(filepath.Join(dir, "actors.tsv"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := lexicon.Load(dir); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("row %q: got %v, want an error containing %q", tt.row, err, tt.want)
		}
	}
}

// TestMatch checks clitics, the article, dual and plural endings and the
// longest phrase, on sentences written for the test.
func TestMatch(t *testing.T) {
	lx, err := lexicon.Load("")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		kind lexicon.Kind
		span string // the words the longest hit of kind covers
		form lexicon.Form
	}{
		{"ردوا عليهم وبالصواريخ", lexicon.KTrigger, "وبالصواريخ", lexicon.Plain},
		{"أطلقوا صاروخين على البلدة", lexicon.KTrigger, "صاروخين", lexicon.Dual},
		{"شنت الطائرات غارات جوية عنيفة", lexicon.KTrigger, "غارات جوية", lexicon.Plural},
		{"انفجرت عبوة ناسفة قرب السوق", lexicon.KTrigger, "عبوة ناسفة", lexicon.Plain},
		{"قتل جنديان في الهجوم", lexicon.KPerson, "جنديان", lexicon.Dual},
		{"وقال مصدر أمني للصحفيين", lexicon.KCue, "مصدر أمني", lexicon.Plain},
		// a two-letter name word after و or ب opens a longer name
		{"سقطت قذائف على منبج وتل رفعت", lexicon.KPlace, "وتل رفعت", lexicon.Plain},
		{"دارت معارك عنيفة بتل أبيض", lexicon.KPlace, "بتل أبيض", lexicon.Plain},
		// a number inside a name, in either digits
		{"سقطت قذائف قرب البرج 22 في الأردن", lexicon.KPlace, "البرج 22", lexicon.Plain},
		{"غارات على منطقة كيلو ١٦ شرق المدينة", lexicon.KPlace, "كيلو ١٦", lexicon.Plain},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			text := arabic.NewText(tt.text)
			toks := arabic.Tokenize(text)
			var best *lexicon.Hit
			for _, h := range lx.Index.Match(toks) {
				if h.Ref.Kind == tt.kind && (best == nil || h.TokEnd-h.Tok > best.TokEnd-best.Tok) {
					h := h
					best = &h
				}
			}
			if best == nil {
				t.Fatalf("no hit of kind %d", tt.kind)
			}
			got := string(text.Orig[toks[best.Tok].Start:toks[best.TokEnd-1].End])
			if got != tt.span {
				t.Errorf("longest hit covers %q, want %q", got, tt.span)
			}
			if best.Ref.Form != tt.form {
				t.Errorf("form %d, want %d", best.Ref.Form, tt.form)
			}
		})
	}
}
