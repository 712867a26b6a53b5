package arabic_test

import (
	"strings"
	"testing"
	"time"

	"github.com/rasd-project/rasd/arabic"
)

// TestNoPanicOnHostileInput runs every stage over binary, huge and
// degenerate inputs.
func TestNoPanicOnHostileInput(t *testing.T) {
	bin := make([]byte, 4096)
	for i := range bin {
		bin[i] = byte(i * 131)
	}
	inputs := []string{
		"",
		string(bin),
		strings.Repeat("9", 5000),
		strings.Repeat("1,", 3000) + "1",
		strings.Repeat("مليون و", 2000),
		strings.Repeat("ليلة ", 1000),
		strings.Repeat("\u0651", 1000),
		strings.Repeat("\uFDFA", 1000),
		strings.Repeat("قتل خمسة وعشرون مدنيا مساء أمس الاثنين في 5 آب/أغسطس 2024. ", 20000), // ~1.3 MB
		"5/8/", "5/", "-", "(", "( آب", "آب (", "الحادي", "الحادي عشر", "اول من", "ليل السبت -",
	}
	pub := time.Date(2024, 8, 7, 0, 0, 0, 0, time.UTC)
	for _, s := range inputs {
		txt := arabic.NewText(s)
		toks := arabic.Tokenize(txt)
		for _, sp := range arabic.Sentences(txt) {
			arabic.Clauses(txt, sp)
		}
		arabic.Clauses(txt, [2]int{-10, 1 << 30})
		arabic.Numbers(toks)
		arabic.Dates(toks, pub)
		arabic.Dates(toks, time.Time{})
		for _, tk := range toks[:min(len(toks), 200)] {
			arabic.Analyses(tk.Norm)
			arabic.Singulars(tk.Norm)
		}
	}
}
