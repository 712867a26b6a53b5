package arabic_test

import (
	"strings"
	"testing"
	"time"

	"github.com/rasd-project/rasd/arabic"
)

// benchSentences are invented sentences in the style of conflict reports.
var benchSentences = []string{
	"قُتل ثلاثة مدنيين وأصيب خمسة آخرون بجروح في قصف مدفعي استهدف حي السلام مساء أمس الاثنين.",
	"أفادت مصادر محلية بأن طائرة مسيّرة استهدفت سيارة على الطريق الواصل بين البلدتين فجر اليوم، ما أدى إلى مقتل شخصين.",
	"وقالت الشرطة في بيان إن مسلحين مجهولين اختطفوا اثني عشر عاملا يوم الخميس الماضي من موقع للبناء.",
	"اندلعت اشتباكات عنيفة بين القوات الحكومية ومجموعة مسلحة في الخامس من آب/أغسطس 2024 استمرت نحو ست ساعات.",
	"وأعلنت وزارة الصحة ارتفاع حصيلة الضحايا إلى 1,250 قتيلا وأكثر من ثلاثة آلاف جريح منذ مطلع الشهر الجاري.",
	"سقطت عدة قذائف هاون على السوق المركزي ظهر السبت، وأدت إلى احتراق عشرات المحال التجارية.",
	"ونفذت الطائرات الحربية ما لا يقل عن عشرين غارة على مواقع في الريف الشمالي خلال الأسبوع الماضي.",
	"Reporters from AFP said the convoy was hit on 2024-08-05 near the border crossing.",
	"انفجرت عبوة ناسفة بدورية عسكرية ليلة الأحد، ما أسفر عن إصابة ٤ جنود بجروح متفاوتة.",
	"وبحسب المرصد، فقد نزح قرابة خمسة عشر ألف شخص من القرى الحدودية في مارس الماضي.",
}

func benchText() string {
	var b strings.Builder
	for b.Len() < 50*1024 {
		for _, s := range benchSentences {
			b.WriteString(s)
			b.WriteByte(' ')
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func BenchmarkNewText(b *testing.B) {
	s := benchText()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		arabic.NewText(s)
	}
}

func BenchmarkTokenize(b *testing.B) {
	s := benchText()
	txt := arabic.NewText(s)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		arabic.Tokenize(txt)
	}
}

func BenchmarkNewTextTokenize(b *testing.B) {
	s := benchText()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		arabic.Tokenize(arabic.NewText(s))
	}
}

func BenchmarkSentences(b *testing.B) {
	s := benchText()
	txt := arabic.NewText(s)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		arabic.Sentences(txt)
	}
}

func BenchmarkNumbers(b *testing.B) {
	s := benchText()
	toks := arabic.Tokenize(arabic.NewText(s))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		arabic.Numbers(toks)
	}
}

func BenchmarkDates(b *testing.B) {
	s := benchText()
	toks := arabic.Tokenize(arabic.NewText(s))
	pub := time.Date(2024, 8, 7, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		arabic.Dates(toks, pub)
	}
}

func BenchmarkAnalyses(b *testing.B) {
	toks := arabic.Tokenize(arabic.NewText(benchText()))
	b.ReportAllocs()
	for b.Loop() {
		for _, tk := range toks[:1000] {
			arabic.Analyses(tk.Norm)
		}
	}
}
