package arabic_test

import (
	"reflect"
	"testing"

	"github.com/rasd-project/rasd/arabic"
)

func hasAnalysis(as []arabic.Analysis, want arabic.Analysis) bool {
	for _, a := range as {
		if a == want {
			return true
		}
	}
	return false
}

func TestAnalyses(t *testing.T) {
	tests := []struct {
		word string
		want []arabic.Analysis // each must be present
		not  []arabic.Analysis // each must be absent
	}{
		{"وبالصواريخ", []arabic.Analysis{{Pre: "وب", Stem: "صواريخ", Al: true}, {Pre: "و", Stem: "بالصواريخ"}}, nil},
		{"للجيش", []arabic.Analysis{{Pre: "ل", Stem: "جيش", Al: true}, {Pre: "ل", Stem: "لجيش"}}, nil},
		{"وللمدنيين", []arabic.Analysis{{Pre: "ول", Stem: "مدنيين", Al: true}}, nil},
		{"فللقوات", []arabic.Analysis{{Pre: "فل", Stem: "قوات", Al: true}}, nil},
		{"الجيش", []arabic.Analysis{{Stem: "جيش", Al: true}}, nil},
		{"والقوات", []arabic.Analysis{{Pre: "و", Stem: "قوات", Al: true}}, nil},
		{"فالقصف", []arabic.Analysis{{Pre: "ف", Stem: "قصف", Al: true}}, nil},
		{"كالعاده", []arabic.Analysis{{Pre: "ك", Stem: "عاده", Al: true}}, nil},
		{"بالغاره", []arabic.Analysis{{Pre: "ب", Stem: "غاره", Al: true}}, nil},
		{"وسيقصف", []arabic.Analysis{{Pre: "وس", Stem: "يقصف"}}, nil},
		{"منازلهم", []arabic.Analysis{{Stem: "منازل", Suf: "هم"}}, nil},
		{"وبيوتها", []arabic.Analysis{{Pre: "و", Stem: "بيوت", Suf: "ها"}, {Pre: "و", Stem: "بيوتها"}}, nil},
		{"لهما", []arabic.Analysis{{Stem: "لهما"}}, []arabic.Analysis{{Pre: "ل", Stem: "", Suf: "هما"}}},
		{"وقواتنا", []arabic.Analysis{{Pre: "و", Stem: "قوات", Suf: "نا"}}, nil},
		// no stems shorter than two letters
		{"به", []arabic.Analysis{{Stem: "به"}}, []arabic.Analysis{{Pre: "ب", Stem: "ه"}}},
		{"و", []arabic.Analysis{{Stem: "و"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			got := arabic.Analyses(tt.word)
			if len(got) == 0 || got[0] != (arabic.Analysis{Stem: tt.word}) {
				t.Errorf("Analyses(%q)[0] = %+v, want unsegmented", tt.word, got)
			}
			for _, w := range tt.want {
				if !hasAnalysis(got, w) {
					t.Errorf("Analyses(%q) lacks %+v; got %+v", tt.word, w, got)
				}
			}
			for _, w := range tt.not {
				if hasAnalysis(got, w) {
					t.Errorf("Analyses(%q) has unwanted %+v", tt.word, w)
				}
			}
			for _, a := range got[1:] {
				if len([]rune(a.Stem)) < 2 {
					t.Errorf("Analyses(%q): short stem %+v", tt.word, a)
				}
				if a.Al && a.Suf != "" {
					t.Errorf("Analyses(%q): suffix with article %+v", tt.word, a)
				}
			}
		})
	}
}

func TestAnalysesNoExtraAllocs(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() { _ = arabic.Analyses("وبالصواريخ") })
	if allocs > 1 {
		t.Errorf("Analyses allocates %v times, want ≤ 1", allocs)
	}
}

func TestSingulars(t *testing.T) {
	tests := []struct {
		stem string
		want []arabic.Inflection
	}{
		{"صاروخين", []arabic.Inflection{{"صاروخ", arabic.Dual}, {"صاروخ", arabic.Plural}}},
		{"صاروخان", []arabic.Inflection{{"صاروخ", arabic.Dual}}},
		{"غارتين", []arabic.Inflection{{"غاره", arabic.Dual}, {"غارت", arabic.Dual}, {"غارت", arabic.Plural}}},
		{"غارتان", []arabic.Inflection{{"غاره", arabic.Dual}, {"غارت", arabic.Dual}}},
		{"مسلحين", []arabic.Inflection{{"مسلح", arabic.Dual}, {"مسلح", arabic.Plural}}},
		{"مسلحون", []arabic.Inflection{{"مسلح", arabic.Plural}}},
		{"غارات", []arabic.Inflection{{"غاره", arabic.Plural}, {"غار", arabic.Plural}}},
		{"جيش", nil},
		{"ين", nil},
	}
	for _, tt := range tests {
		if got := arabic.Singulars(tt.stem); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Singulars(%q) = %v, want %v", tt.stem, got, tt.want)
		}
	}
}
