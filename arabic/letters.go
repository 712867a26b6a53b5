package arabic

// Arabic letters and signs referred to by name in the normalisation and
// analysis code. Names follow the Unicode character names.
const (
	hamza            = '\u0621' // ء
	alefMadda        = '\u0622' // آ
	alefHamzaAbove   = '\u0623' // أ
	wawHamza         = '\u0624' // ؤ
	alefHamzaBelow   = '\u0625' // إ
	yehHamza         = '\u0626' // ئ
	alef             = '\u0627' // ا
	beh              = '\u0628' // ب
	tehMarbuta       = '\u0629' // ة
	teh              = '\u062A' // ت
	jeem             = '\u062C' // ج
	zain             = '\u0632' // ز
	feh              = '\u0641' // ف
	kaf              = '\u0643' // ك
	lam              = '\u0644' // ل
	heh              = '\u0647' // ه
	waw              = '\u0648' // و
	alefMaksura      = '\u0649' // ى
	yeh              = '\u064A' // ي
	tatweel          = '\u0640' // ـ
	superscriptAlef  = '\u0670' // ٰ (dagger alef)
	alefWasla        = '\u0671' // ٱ
	alefWavyHamza    = '\u0672' // ٲ
	alefWavyHamzaBlw = '\u0673' // ٳ
	peh              = '\u067E' // پ (Persian)
	tcheh            = '\u0686' // چ (Persian)
	jeh              = '\u0698' // ژ (Persian)
	veh              = '\u06A4' // ڤ
	keheh            = '\u06A9' // ک (Persian kaf)
	gaf              = '\u06AF' // گ (Persian)
	farsiYeh         = '\u06CC' // ی
	yehHamzaAboveFa  = '\u06C0' // ۀ (heh with yeh above)
	hehGoal          = '\u06C1' // ہ (Urdu)
	eYeh             = '\u06D0' // ې (Pashto)
	arabicComma      = '\u060C' // ،
	arabicSemicolon  = '\u061B' // ؛
	arabicQuestion   = '\u061F' // ؟
	arabicFullStop   = '\u06D4' // ۔
	arabicThousands  = '\u066C' // ٬
	arabicDecimal    = '\u066B' // ٫
	arabicLetterMark = '\u061C' // ALM, a bidi control
)
