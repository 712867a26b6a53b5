package extract

import "testing"

// TestSetOfNormalises: word sets hold words as tokens are matched,
// normalised, however they were written in the source (ة، ئ، أ، ى).
func TestSetOfNormalises(t *testing.T) {
	s := setOf("خسائر", "حصيلة", "أضرار", "على")
	for _, w := range []string{"خساير", "حصيله", "اضرار", "علي"} {
		if !s[w] {
			t.Errorf("setOf lacks the normalised %q: %v", w, s)
		}
	}
}
