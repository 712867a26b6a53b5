package arabic_test

import (
	"fmt"
	"time"

	"github.com/rasd-project/rasd/arabic"
)

func ExampleNormalize() {
	fmt.Println(arabic.Normalize("أُصِيبَ مُسْعِفٌ في إطلاقِ نارٍ عند الساعة ١٠"))
	// Output: اصيب مسعف في اطلاق نار عند الساعه 10
}

func ExampleNewText() {
	t := arabic.NewText("بـِـا")
	fmt.Println(string(t.Norm), t.Off)
	// Output: با [0 4 5]
}

func ExampleText_OrigSpan() {
	t := arabic.NewText("قصفٌ عنيف")
	os, oe := t.OrigSpan(0, 3) // "قصف" in the normalised text
	fmt.Printf("%q\n", string(t.Orig[os:oe]))
	// Output: "قصفٌ"
}

func ExampleTokenize() {
	t := arabic.NewText("وبالصواريخِ استُهدف بـ5 قذائف.")
	for _, tok := range arabic.Tokenize(t) {
		fmt.Printf("%s %q [%d,%d)\n", tok.Kind, tok.Norm, tok.Start, tok.End)
	}
	// Output:
	// Word "وبالصواريخ" [0,11)
	// Word "استهدف" [12,19)
	// Word "ب" [20,22)
	// Numeral "5" [22,23)
	// Word "قذايف" [24,29)
	// Punct "." [29,30)
}

func ExampleSentences() {
	t := arabic.NewText("سقطت قذيفة على بعد 3.5 كم. ولم تقع إصابات؟ الحمد لله")
	for _, sp := range arabic.Sentences(t) {
		fmt.Println(string(t.Orig[sp[0]:sp[1]]))
	}
	// Output:
	// سقطت قذيفة على بعد 3.5 كم.
	// ولم تقع إصابات؟
	// الحمد لله
}

func ExampleClauses() {
	t := arabic.NewText("دوّت انفجارات، وانقطعت الكهرباء؛ ثم ساد الهدوء.")
	for _, sp := range arabic.Clauses(t, [2]int{0, len(t.Orig)}) {
		fmt.Println(string(t.Orig[sp[0]:sp[1]]))
	}
	// Output:
	// دوّت انفجارات،
	// وانقطعت الكهرباء؛
	// ثم ساد الهدوء.
}

func ExampleAnalyses() {
	for _, a := range arabic.Analyses(arabic.Normalize("وللمدنيين")) {
		fmt.Printf("%+v\n", a)
	}
	// Output:
	// {Pre: Stem:وللمدنيين Suf: Al:false}
	// {Pre:و Stem:للمدنيين Suf: Al:false}
	// {Pre:ول Stem:لمدنيين Suf: Al:false}
	// {Pre:ول Stem:مدنيين Suf: Al:true}
}

func ExampleSingulars() {
	for _, in := range arabic.Singulars(arabic.Normalize("غارتين")) {
		fmt.Println(in.Singular, in.Number)
	}
	// Output:
	// غاره Dual
	// غارت Dual
	// غارت Plural
}

func ExampleNumbers() {
	t := arabic.NewText("قُتل خمسة وعشرون شخصا وأصيب أكثر من 1,200 آخرين، ونزح عشرات الآلاف.")
	for _, n := range arabic.Numbers(arabic.Tokenize(t)) {
		fmt.Printf("%q value=%d vague=%v atLeast=%v\n", string(t.Orig[n.Start:n.End]), n.Value, n.Vague, n.AtLeast)
	}
	// Output:
	// "خمسة وعشرون" value=25 vague=false atLeast=false
	// "1,200" value=1200 vague=false atLeast=true
	// "عشرات الآلاف" value=12000 vague=true atLeast=false
}

func ExampleDates() {
	published := time.Date(2024, 8, 7, 0, 0, 0, 0, time.UTC) // a Wednesday
	t := arabic.NewText("قصفت الطائرات البلدة مساء أمس الاثنين، بعد هجوم وقع في الخامس من آب/أغسطس وآخر ليلة الأحد.")
	for _, d := range arabic.Dates(arabic.Tokenize(t), published) {
		fmt.Printf("%q %s %s %q relative=%v\n", string(t.Orig[d.Start:d.End]), d.Date.Format("2006-01-02"), d.Precision, d.TimeOfDay, d.Relative)
	}
	// Output:
	// "مساء أمس الاثنين" 2024-08-05 Day "evening" relative=true
	// "الخامس من آب/أغسطس" 2024-08-05 Day "" relative=false
	// "ليلة الأحد" 2024-08-03 Day "night" relative=true
}
