package extract_test

import (
	"testing"

	"github.com/rasd-project/rasd"
)

// FuzzExtract runs the whole extraction on arbitrary text: it must not
// panic, and every span it returns must hold.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف مدفعي على بلدة في ريف حلب أمس الاثنين.",
		"أعلن تنظيم \"داعش\" مسؤوليته عن تفجير انتحاري بسيارة مفخخة في بغداد، ما أسفر عن مقتل 12 شخصا.",
		"(((«»))) ٣٤٥ ،،، ـــ ﻻ \x00 \xff",
		"غارات غارات غارات على على على 5 5 5 قتلى قتلى",
		"قتل مستوطنون إسرائيليون فلسطينيا ثاني أيام عيد الأضحى، بينما أطلق مسلحون فلسطينيون صواريخ من قطاع غزة.",
		"بدأت الغارات في 20 آذار/مارس 2003. وفي 21 آذار، وفي اليوم التالي، منذ 30 مارس، (15) شهيدا، مقتل وإصابة 10.",
		"أسقطت الدفاعات مسيرات على كيلو ١٦ وتل رفعت، ولم تسجل أي أضرار أو إصابات. إذا نفذت الولايات المتحدة ضربة، فيما قتل ثلاثة آخرون بسوق الجمعة.",
		"وجه الحوثيون اللوم إلى التحالف؛ أعلنت وزارة الدفاع التركية تحييد 7 عناصر من حزب العمال، واستدعت سفيريها في واشنطن وتل أبيب على الطريق بين مدينتي درعا وطفس.",
	} {
		f.Add(s, "2024-03-11")
	}
	x := mustExtractor(f)
	f.Fuzz(func(t *testing.T, text, pub string) {
		a := rasd.Article{ID: "fuzz", Title: text[:len(text)/3], Text: text, PublishedRaw: pub}
		evs, err := x.Extract(a)
		if err != nil {
			return
		}
		checkEvidence(t, a, evs)
	})
}
