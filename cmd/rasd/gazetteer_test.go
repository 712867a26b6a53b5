package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGazetteerImport: after importing the team's sample GeoNames dump,
// extraction places an event in a village only the import added.
func TestGazetteerImport(t *testing.T) {
	dump := filepath.Join("..", "..", "geo", "testdata", "geonames")
	dir := t.TempDir()
	_, stderr, err := run(t, "", "gazetteer", "import",
		"--places", filepath.Join(dump, "places.txt"),
		"--alternate", filepath.Join(dump, "alternateNames.txt"),
		"--admin1", filepath.Join(dump, "admin1CodesASCII.txt"),
		"--admin2", filepath.Join(dump, "admin2Codes.txt"),
		"--out", dir)
	if err != nil {
		t.Fatalf("import: %v\n%s", err, stderr)
	}
	if !strings.Contains(stderr, "written to") {
		t.Errorf("import summary: %s", stderr)
	}
	// A sentence written for this test: shelling of a village in the
	// east of Hama's countryside, in the sample dump's invented village.
	text := writeFile(t, "a.txt", []byte("قتل مدنيان في قصف مدفعي استهدف قرية عين الزيزفون في ريف حماة الشرقي أمس."))
	before, _, err := run(t, "", "extract", "--published", "2024-05-13", text)
	if err != nil {
		t.Fatal(err)
	}
	after, stderr, err := run(t, "", "extract", "--published", "2024-05-13", "--lexicon", dir, text)
	if err != nil {
		t.Fatalf("extract: %v\n%s", err, stderr)
	}
	if strings.Contains(before, `"Ayn az Zayzafun"`) {
		t.Fatalf("the built-in lexicon already knows the village; pick another for this test:\n%s", before)
	}
	for _, want := range []string{`"location":"Ayn az Zayzafun"`, `"admin1":"Hama"`, `"geo_precision":1`, `"lat":35.21`} {
		if !strings.Contains(after, want) {
			t.Errorf("after import, output lacks %s:\n%s", want, after)
		}
	}
}

// TestGazetteerImportBadInput: a malformed dump fails with its line, and
// the gazetteer a previous import wrote is kept.
func TestGazetteerImportBadInput(t *testing.T) {
	dir := t.TempDir()
	prev := filepath.Join(dir, "gazetteer.tsv")
	const kept = "name_en\tkind\tiso3\tnames_ar\tlat\tlon\nX\tvillage\tIRQ\tقرية\t33\t44\n"
	if err := os.WriteFile(prev, []byte(kept), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := writeFile(t, "places.txt", []byte("1\tA\tA\n"))
	_, _, err := run(t, "", "gazetteer", "import", "--places", bad, "--out", dir)
	if err == nil || !strings.Contains(err.Error(), "places line 1") {
		t.Errorf("err = %v, want the line of the malformed row", err)
	}
	if b, _ := os.ReadFile(prev); string(b) != kept {
		t.Errorf("previous gazetteer.tsv changed: %q", b)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".gazetteer-*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
	for _, args := range [][]string{{"gazetteer"}, {"gazetteer", "import", "--out", dir}, {"gazetteer", "import", "--places", bad}} {
		if _, _, err := run(t, "", args...); exitCode(err) != 2 {
			t.Errorf("%v: exit %d, want 2 (usage)", args, exitCode(err))
		}
	}
	if _, _, err := run(t, "", "gazetteer", "import", "--places", filepath.Join(dir, "missing.txt"), "--out", dir); err == nil {
		t.Error("a missing file: no error")
	}
}
