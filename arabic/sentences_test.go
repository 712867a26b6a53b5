package arabic_test

import (
	"reflect"
	"testing"

	"github.com/rasd-project/rasd/arabic"
)

func spanTexts(txt *arabic.Text, spans [][2]int) []string {
	var out []string
	for _, sp := range spans {
		out = append(out, string(txt.Orig[sp[0]:sp[1]]))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"blank", " \n\u200F ", nil},
		{"two sentences", "سقطت قذيفة. وأصيب طفل!", []string{"سقطت قذيفة.", "وأصيب طفل!"}},
		{"arabic question", "هل وصلت القوات؟ نعم", []string{"هل وصلت القوات؟", "نعم"}},
		{"decimal number", "قطع الطريق 3.5 كم. ثم عاد", []string{"قطع الطريق 3.5 كم.", "ثم عاد"}},
		{"arabic-indic decimal", "مسافة ٣.٥ كم", []string{"مسافة ٣.٥ كم"}},
		{"latin initial", "قال J. Smith إن الهدوء عاد.", []string{"قال J. Smith إن الهدوء عاد."}},
		{"doctor abbreviation", "قال د. سامر إنه بخير. انتهى", []string{"قال د. سامر إنه بخير.", "انتهى"}},
		{"ellipsis and closing quote", "قال «انتهى…» ثم صمت", []string{"قال «انتهى…»", "ثم صمت"}},
		{"run of terminators", "ماذا؟! لا أعرف", []string{"ماذا؟!", "لا أعرف"}},
		{"newline", "السطر الأول\n\nالسطر الثاني", []string{"السطر الأول", "السطر الثاني"}},
		{"url not split", "راجع example.com اليوم", []string{"راجع example.com اليوم"}},
		{"only punctuation", "...", []string{"..."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			txt := arabic.NewText(tt.in)
			got := spanTexts(txt, arabic.Sentences(txt))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	if arabic.Sentences(nil) != nil {
		t.Error("Sentences(nil) != nil")
	}
}

func TestClauses(t *testing.T) {
	tests := []struct {
		name string
		in   string
		span [2]int
		want []string
	}{
		{"arabic comma and semicolon", "قصفت الطائرات البلدة، وقتل رجل؛ ثم انسحبت", [2]int{0, 100}, []string{"قصفت الطائرات البلدة،", "وقتل رجل؛", "ثم انسحبت"}},
		{"colon and digits", "قال: نزح 1,200 شخص عند 10:30", [2]int{0, 100}, []string{"قال:", "نزح 1,200 شخص عند 10:30"}},
		{"sub span", "أ، ب، ج", [2]int{3, 7}, []string{"ب،", "ج"}},
		{"empty pieces dropped", "،، ،", [2]int{0, 4}, []string{"،", "،", "،"}},
		{"bad span", "abc", [2]int{5, 1}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			txt := arabic.NewText(tt.in)
			got := spanTexts(txt, arabic.Clauses(txt, tt.span))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Clauses(%q, %v) = %q, want %q", tt.in, tt.span, got, tt.want)
			}
		})
	}
}
