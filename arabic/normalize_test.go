package arabic_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rasd-project/rasd/arabic"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"harakat removed", "قُتِلَ جُنْدِيٌّ", "قتل جندي"},
		{"tatweel removed", "بـــالصواريخ", "بالصواريخ"},
		{"dagger alef", "هٰذا", "هذا"},
		{"quranic marks", "كتب\u06DAت\u0610", "كتبت"},
		{"alef forms", "أإآٱٲٳ", "اااااا"},
		{"yeh teh marbuta waw hamza", "على مدرسة مؤسسة بئر", "علي مدرسه موسسه بير"},
		{"persian letters", "کگیېۀہپچژڤ", "ككييههبجزف"},
		{"arabic-indic digits", "٠١٢٣٤٥٦٧٨٩", "0123456789"},
		{"persian digits", "۰۱۲۳۴۵۶۷۸۹", "0123456789"},
		{"latin lowercased", "UN Forces NATO", "un forces nato"},
		{"whitespace each to one space", "a\u00A0b\u200Cc\u200Dd\u200Ee\u200Ff\u061Cg\n\th", "a b c d e f g  h"},
		{"quotes", "«قال» “نعم”", "\"قال\" \"نعم\""},
		{"arabic punctuation kept", "هل، نعم؛ لا؟", "هل، نعم؛ لا؟"},
		{"lam-alef ligature", "\uFEFB", "لا"},
		{"lam-alef hamza ligature", "\uFEF7", "لا"},
		{"presentation letters", "\uFE8D\uFEDF\uFEE4\uFEAE\uFE8E", "المرا"},
		{"presentation teh marbuta", "\uFE94", "ه"},
		{"presentation mark only", "ب\uFE70", "ب"},
		{"allah ligature", "\uFDF2", "الله"},
		{"invalid utf8", "ا\xffب", "ا\uFFFDب"},
		{"soft hyphen", "ab\u00ADc", "abc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := arabic.Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := string(arabic.NewText(tt.in).Norm); got != tt.want {
				t.Errorf("NewText(%q).Norm = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeIdempotent(t *testing.T) {
	for _, s := range append(sampleSentences(), randomStrings(200, 1)...) {
		n := arabic.Normalize(s)
		if n2 := arabic.Normalize(n); n2 != n {
			t.Errorf("Normalize not idempotent on %q: %q then %q", s, n, n2)
		}
	}
}

func TestNewTextOffsets(t *testing.T) {
	tests := []struct {
		in      string
		wantOff []int
	}{
		{"", []int{0}},
		{"بـِـا", []int{0, 4, 5}},
		{"\uFEFBب", []int{0, 0, 1, 2}},
		{"َب", []int{1, 2}},
		{"\xff\xfe", []int{0, 1, 2}},
	}
	for _, tt := range tests {
		got := arabic.NewText(tt.in)
		if !equalInts(got.Off, tt.wantOff) {
			t.Errorf("NewText(%q).Off = %v, want %v", tt.in, got.Off, tt.wantOff)
		}
		if len(got.Orig) != utf8.RuneCountInString(tt.in) {
			t.Errorf("NewText(%q): len(Orig) = %d", tt.in, len(got.Orig))
		}
	}
}

func TestOrigSpan(t *testing.T) {
	// "بِالصَّوَارِيخِ وَ" : marks are removed, so the word has fewer
	// normalised runes than original ones.
	txt := arabic.NewText("قصفٌ بِالصَّوَارِيخِ، ثم\uFEFB")
	tests := []struct {
		name           string
		ns, ne         int
		wantOs, wantOe int
	}{
		{"first word with trailing tanween", 0, 3, 0, 4},
		{"second word includes inner and trailing marks", 4, 13, 5, 20},
		{"empty span", 4, 4, 5, 5},
		{"clamped", -5, 100, 0, len(txt.Orig)},
		{"half a ligature covers the rune", len(txt.Norm) - 2, len(txt.Norm) - 1, len(txt.Orig) - 1, len(txt.Orig)},
		{"reversed", 5, 2, 7, 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			os, oe := txt.OrigSpan(tt.ns, tt.ne)
			if os != tt.wantOs || oe != tt.wantOe {
				t.Errorf("OrigSpan(%d,%d) = (%d,%d), want (%d,%d) [orig %q]", tt.ns, tt.ne, os, oe, tt.wantOs, tt.wantOe, string(txt.Orig[clampI(os, len(txt.Orig)):clampI(oe, len(txt.Orig))]))
			}
		})
	}
	var nilText *arabic.Text
	if os, oe := nilText.OrigSpan(0, 1); os != 0 || oe != 0 {
		t.Errorf("nil OrigSpan = %d,%d", os, oe)
	}
}

func clampI(v, hi int) int {
	if v < 0 {
		return 0
	}
	if v > hi {
		return hi
	}
	return v
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// sampleSentences are invented test sentences (not taken from any article).
func sampleSentences() []string {
	return []string{
		"قُتِلَ ثلاثةُ مدنيين وأُصيب خمسةٌ آخرون بـ5 قذائف سقطت على حيّ الزيتون مساء أمس الاثنين.",
		"أعلنت الشرطة المحلية في 12 آذار/مارس 2023 أن 1,200 شخص نزحوا من القرية.",
		"وبالصواريخ والطائرات المسيّرة، استهدفت القوات مواقع للمسلحين فجر اليوم؛ ولم تُعرف الحصيلة؟",
		"قال د. سامر إن الغارتين وقعتا ليلة الأحد، وإن عدد الجرحى بلغ ٤٥ جريحا.",
		"The U.N. said 3.5 km of road was closed on 2024-08-05 and 5/8/2024.",
		"اندلعت اشتباكات عنيفة بين الطرفين في الخامس من أغسطس الماضي…",
		"\uFEFBشيء \uFDFA ﷲ «قال» \u200Cو\u200Fب ــ",
		"سقط أكثر من عشرين قتيلا وعشرات الجرحى، بحسب مصادر طبية.",
		"اختطف مسلحون اثني عشر عاملا يوم الخميس الماضي\nوأفرجوا عنهم بعد يومين.",
		"\xff\xfeا\xc3(ب",
		"",
		"   ",
	}
}

// randomStrings builds strings from an alphabet mixing Arabic letters,
// marks, tatweel, digits of three scripts, presentation forms, spaces,
// format characters, punctuation, Latin and invalid bytes.
func randomStrings(n int, seed uint64) []string {
	alphabet := []string{
		"ا", "ب", "ت", "ل", "و", "ي", "ى", "ة", "أ", "آ", "ؤ", "ئ", "ک", "ی",
		"َ", "ّ", "ٰ", "ـ", "ۖ", "0", "5", "٣", "۷", ",", ".", "٬", "٫",
		"\uFEFB", "\uFDFA", "\uFDF2", "\uFE8F", "\uFE70", " ", "\u00A0", "\u200C",
		"\u200F", "\n", "،", "؛", "؟", "!", "«", "»", "-", "/", "A", "z", "É",
		"\xff", "\xc3", "\x00", "中", "ش", "ـ5", "\u0301", "…",
	}
	r := rand.New(rand.NewPCG(seed, 42))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := r.IntN(40); k > 0; k-- {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		out[i] = b.String()
	}
	return out
}
