package arabic_test

import (
	"reflect"
	"testing"

	"github.com/rasd-project/rasd/arabic"
)

type tokSummary struct {
	Norm string
	Kind arabic.Kind
}

func summarize(toks []arabic.Token) []tokSummary {
	out := make([]tokSummary, len(toks))
	for i, tk := range toks {
		out[i] = tokSummary{tk.Norm, tk.Kind}
	}
	return out
}

func TestTokenize(t *testing.T) {
	W, N, P, L, O := arabic.Word, arabic.Numeral, arabic.Punct, arabic.Latin, arabic.Other
	tests := []struct {
		name string
		in   string
		want []tokSummary
	}{
		{"empty", "", nil},
		{"spaces only", " \u00A0\n", nil},
		{"clitic word", "وبالصواريخِ", []tokSummary{{"وبالصواريخ", W}}},
		{"prefix glued to digits", "بـ5 قذائف", []tokSummary{{"ب", W}, {"5", N}, {"قذايف", W}}},
		{"prefix glued no tatweel", "ب5", []tokSummary{{"ب", W}, {"5", N}}},
		{"digits then letters", "5ب", []tokSummary{{"5", N}, {"ب", W}}},
		{"thousands comma", "1,200 شخص", []tokSummary{{"1,200", N}, {"شخص", W}}},
		{"thousands dot", "1.200", []tokSummary{{"1.200", N}}},
		{"arabic thousands", "١٬٢٠٠", []tokSummary{{"1٬200", N}}},
		{"decimal", "3.5.", []tokSummary{{"3.5", N}, {".", P}}},
		{"trailing comma not joined", "5, 6", []tokSummary{{"5", N}, {",", P}, {"6", N}}},
		{"iso date is several tokens", "2024-08-05", []tokSummary{{"2024", N}, {"-", P}, {"08", N}, {"-", P}, {"05", N}}},
		{"slash date", "5/8/2024", []tokSummary{{"5", N}, {"/", P}, {"8", N}, {"/", P}, {"2024", N}}},
		{"punct each own", "؟!»", []tokSummary{{"؟", P}, {"!", P}, {"\"", P}}},
		{"latin", "UN قوات", []tokSummary{{"un", L}, {"قوات", W}}},
		{"latin glued to arabic", "abcعربي", []tokSummary{{"abc", L}, {"عربي", W}}},
		{"zwnj splits", "و\u200Cب", []tokSummary{{"و", W}, {"ب", W}}},
		{"other script", "中文 x", []tokSummary{{"中文", O}, {"x", L}}},
		{"invalid byte", "ا\xffب", []tokSummary{{"ا", W}, {"\uFFFD", O}, {"ب", W}}},
		{"ligature with spaces is one token", "\uFDFAو", []tokSummary{{"صلي الله عليه وسلم", W}, {"و", W}}},
		{"lam alef ligature in word", "\uFEFBجئ", []tokSummary{{"لاجي", W}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(arabic.Tokenize(arabic.NewText(tt.in)))
			if len(got) == 0 && len(tt.want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Tokenize(%q) =\n %v\nwant\n %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenizeSpans(t *testing.T) {
	txt := arabic.NewText("قُتِلَ جنديٌّ")
	toks := arabic.Tokenize(txt)
	want := []arabic.Token{
		{Start: 0, End: 6, NStart: 0, NEnd: 3, Norm: "قتل", Kind: arabic.Word},
		{Start: 7, End: 13, NStart: 4, NEnd: 8, Norm: "جندي", Kind: arabic.Word},
	}
	if !reflect.DeepEqual(toks, want) {
		t.Errorf("got %+v\nwant %+v", toks, want)
	}
	if arabic.Tokenize(nil) != nil {
		t.Error("Tokenize(nil) != nil")
	}
	bad := &arabic.Text{Orig: []rune("ab"), Norm: []rune("ab"), Off: []int{0}}
	if arabic.Tokenize(bad) != nil {
		t.Error("Tokenize(inconsistent) != nil")
	}
}

// TestTokenProperty checks, over invented sentences and random strings, that
// every token's original span normalises to its Norm and that OrigSpan maps
// its normalised span back to its original span.
func TestTokenProperty(t *testing.T) {
	inputs := append(sampleSentences(), randomStrings(3000, 7)...)
	for _, s := range inputs {
		checkTextInvariants(t, s)
	}
}

func checkTextInvariants(t *testing.T, s string) {
	t.Helper()
	txt := arabic.NewText(s)
	if len(txt.Off) != len(txt.Norm)+1 {
		t.Fatalf("%q: len(Off)=%d, len(Norm)=%d", s, len(txt.Off), len(txt.Norm))
	}
	if txt.Off[len(txt.Norm)] != len(txt.Orig) {
		t.Fatalf("%q: last Off %d != len(Orig) %d", s, txt.Off[len(txt.Norm)], len(txt.Orig))
	}
	for i := 1; i < len(txt.Off); i++ {
		if txt.Off[i] < txt.Off[i-1] || txt.Off[i] < 0 || txt.Off[i] > len(txt.Orig) {
			t.Fatalf("%q: Off not monotonic/in range at %d: %v", s, i, txt.Off)
		}
	}
	prevEnd, prevNEnd := 0, 0
	for _, tk := range arabic.Tokenize(txt) {
		if tk.Start < prevEnd || tk.NStart < prevNEnd || tk.Start >= tk.End || tk.NStart >= tk.NEnd ||
			tk.End > len(txt.Orig) || tk.NEnd > len(txt.Norm) {
			t.Fatalf("%q: bad token spans %+v", s, tk)
		}
		prevEnd, prevNEnd = tk.End, tk.NEnd
		if got := arabic.Normalize(string(txt.Orig[tk.Start:tk.End])); got != tk.Norm {
			t.Errorf("%q: Normalize(Orig[%d:%d]) = %q, token Norm %q", s, tk.Start, tk.End, got, tk.Norm)
		}
		if got := string(txt.Norm[tk.NStart:tk.NEnd]); got != tk.Norm {
			t.Errorf("%q: Norm[%d:%d] = %q, token Norm %q", s, tk.NStart, tk.NEnd, got, tk.Norm)
		}
		if os, oe := txt.OrigSpan(tk.NStart, tk.NEnd); os != tk.Start || oe != tk.End {
			t.Errorf("%q: OrigSpan(%d,%d) = (%d,%d), token (%d,%d)", s, tk.NStart, tk.NEnd, os, oe, tk.Start, tk.End)
		}
	}
}
