package eval

import (
	"strings"
	"unicode"
)

// This file implements the name rule of section 5 of
// ../../shared/eval/README.md, used for actor1, actor2, claimed_by, admin1
// and location.

// NormalizeName returns the normalised words of a name:
//
//   - lower case (Unicode);
//   - Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef,
//     Quranic marks), tatweel and invisible format characters (ZWNJ, RLM…)
//     removed;
//   - أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي; Persian ی → ي and ک → ك;
//     Arabic-Indic digits → ASCII digits;
//   - apostrophes and transliteration marks (' ’ ‘ ` ´ ʼ ʻ ʿ ʾ) deleted, so
//     "Ma'rib" = "Marib" and "Dar'a" = "Dara";
//   - every other rune that is not a letter or digit (punctuation, hyphens,
//     symbols, spaces) → a word break;
//   - the article: a word "al" (which covers "Al Anbar" and "al-Anbar", the
//     hyphen having become a break) is dropped, and a leading "ال" is removed
//     from each Arabic word that keeps at least two letters after it. When
//     dropping would leave no word at all, the words are kept.
func NormalizeName(s string) []string {
	var b strings.Builder
	for _, r := range s {
		r = unicode.ToLower(r)
		switch {
		case isArabicMark(r) || r == 'ـ' || unicode.Is(unicode.Cf, r):
			continue
		case isApostrophe(r):
			continue
		}
		switch r {
		case 'أ', 'إ', 'آ', 'ٱ':
			r = 'ا'
		case 'ى', 'ی':
			r = 'ي'
		case 'ة':
			r = 'ه'
		case 'ؤ':
			r = 'و'
		case 'ئ':
			r = 'ي'
		case 'ک':
			r = 'ك'
		}
		if r >= '٠' && r <= '٩' {
			r = '0' + (r - '٠')
		} else if r >= '۰' && r <= '۹' {
			r = '0' + (r - '۰')
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		} else {
			b.WriteByte(' ')
		}
	}
	words := strings.Fields(b.String())
	out := make([]string, 0, len(words))
	for _, w := range words {
		if w == "al" {
			continue
		}
		if strings.HasPrefix(w, "ال") && len([]rune(w)) >= 4 {
			w = strings.TrimPrefix(w, "ال")
		}
		out = append(out, w)
	}
	if len(out) == 0 {
		return words
	}
	return out
}

func isArabicMark(r rune) bool {
	return (r >= 0x0610 && r <= 0x061A) || (r >= 0x064B && r <= 0x065F) ||
		r == 0x0670 || (r >= 0x06D6 && r <= 0x06DC) || (r >= 0x06DF && r <= 0x06E8) ||
		(r >= 0x06EA && r <= 0x06ED)
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', '`', '´', 'ʼ', 'ʻ', 'ʿ', 'ʾ', '′':
		return true
	}
	return false
}

// normName is one normalised name: its words and joined form.
type normName struct {
	words   []string
	joined  string
	letters int
}

func newNormName(s string) (normName, bool) {
	w := NormalizeName(s)
	if len(w) == 0 {
		return normName{}, false
	}
	n := normName{words: w, joined: strings.Join(w, " ")}
	for _, x := range w {
		n.letters += len([]rune(x))
	}
	return n, true
}

// names is a name-valued field: the raw names as given and their
// normalised forms. A names value with no usable name is null.
type names struct {
	raw  []string
	norm []normName
}

func makeNames(raw []string) names {
	var n names
	for _, s := range raw {
		if nn, ok := newNormName(s); ok {
			n.raw = append(n.raw, strings.TrimSpace(s))
			n.norm = append(n.norm, nn)
		}
	}
	return n
}

func (n names) null() bool { return len(n.norm) == 0 }

// NamesAgree reports whether a system name list (name and aliases) and a
// gold list of accepted names agree under the rule of section 5.
// Either list empty → false.
func NamesAgree(system, gold []string) bool {
	return namesAgree(makeNames(system), makeNames(gold))
}

func namesAgree(sys, gold names) bool {
	for _, s := range sys.norm {
		for _, g := range gold.norm {
			if nameAgree(s, g) {
				return true
			}
		}
	}
	return false
}

// nameAgree: equal normalised forms, or one contains the other as a
// contiguous run of whole words, where the shorter (fewer words; on equal
// word counts the names can only agree by being equal) has at least 4
// letters (letters and digits, spaces not counted), at least half as many
// words as the longer, and is not a bare country name or demonym.
func nameAgree(a, b normName) bool {
	if a.joined == b.joined {
		return true
	}
	short, long := a, b
	if len(short.words) > len(long.words) {
		short, long = long, short
	}
	if len(short.words) == len(long.words) {
		return false
	}
	if short.letters < 4 || 2*len(short.words) < len(long.words) {
		return false
	}
	if countryOrDemonym[short.joined] {
		return false
	}
	return containsWords(long.words, short.words)
}

func containsWords(long, short []string) bool {
outer:
	for i := 0; i+len(short) <= len(long); i++ {
		for j := range short {
			if long[i+j] != short[j] {
				continue outer
			}
		}
		return true
	}
	return false
}

// unknownActor holds the normalised system actor names that count as null.
var unknownActor = map[string]bool{}

func init() {
	for _, s := range []string{"unknown", "unidentified", "مجهول"} {
		nn, _ := newNormName(s)
		unknownActor[nn.joined] = true
	}
}

// isUnknownActor reports whether a system actor name counts as null.
func isUnknownActor(s string) bool {
	nn, ok := newNormName(s)
	return ok && unknownActor[nn.joined]
}

// countryOrDemonym holds normalised bare country names and demonyms, which
// may not be the shorter side of a containment match.
var countryOrDemonym = map[string]bool{}

var countryNamesEN = []string{
	// Arab League states
	"Algeria", "Bahrain", "Comoros", "Djibouti", "Egypt", "Iraq", "Jordan",
	"Kuwait", "Lebanon", "Libya", "Mauritania", "Morocco", "Oman",
	"Palestine", "State of Palestine", "Qatar", "Saudi Arabia",
	"Kingdom of Saudi Arabia", "KSA", "Somalia", "Sudan", "Syria",
	"Tunisia", "United Arab Emirates", "UAE", "Emirates", "Yemen",
	// others
	"Iran", "Turkey", "Türkiye", "Turkiye", "Israel", "USA", "U.S.A.", "US", "U.S.",
	"America", "United States", "United States of America", "Russia",
	"Russian Federation", "UK", "U.K.", "Britain", "Great Britain",
	"United Kingdom", "England", "France", "Afghanistan", "Pakistan", "Mali",
	"Nigeria", "Burkina Faso", "Niger", "Chad", "Ethiopia", "Kenya",
	"South Sudan", "Eritrea",
}

var demonymsEN = []string{
	"Algerian", "Bahraini", "Comorian", "Djiboutian", "Egyptian", "Iraqi",
	"Jordanian", "Kuwaiti", "Lebanese", "Libyan", "Mauritanian", "Moroccan",
	"Omani", "Palestinian", "Qatari", "Saudi", "Saudi Arabian", "Somali",
	"Sudanese", "Syrian", "Tunisian", "Emirati", "Yemeni", "Yemenite",
	"Iranian", "Turkish", "Turk", "Israeli", "American", "Russian",
	"British", "Brit", "English", "French", "Frenchman", "Afghan", "Afghani",
	"Pakistani", "Malian", "Nigerian", "Burkinabe", "Burkinabè", "Nigerien",
	"Chadian", "Ethiopian", "Kenyan", "South Sudanese", "Eritrean",
}

var countryNamesAR = []string{
	"الجزائر", "البحرين", "جزر القمر", "القمر", "جيبوتي", "مصر", "العراق",
	"الأردن", "الكويت", "لبنان", "ليبيا", "موريتانيا", "المغرب", "عمان",
	"سلطنة عمان", "فلسطين", "دولة فلسطين", "قطر", "السعودية",
	"المملكة العربية السعودية", "المملكة السعودية", "الصومال", "السودان",
	"جنوب السودان", "سوريا", "سورية", "تونس", "الإمارات",
	"الإمارات العربية المتحدة", "اليمن", "إيران", "تركيا", "إسرائيل",
	"الولايات المتحدة", "الولايات المتحدة الأمريكية",
	"الولايات المتحدة الأميركية", "أمريكا", "أميركا", "روسيا",
	"روسيا الاتحادية", "بريطانيا", "المملكة المتحدة", "فرنسا", "أفغانستان",
	"باكستان", "مالي", "نيجيريا", "بوركينا فاسو", "النيجر", "تشاد",
	"إثيوبيا", "أثيوبيا", "اثيوبيا", "كينيا", "إريتريا", "اريتريا",
}

// demonym stems: stem+"ي" is the masculine singular.
var demonymStemsAR = []string{
	"جزائر", "بحرين", "قمر", "جيبوت", "مصر", "عراق", "أردن", "كويت", "لبنان",
	"ليب", "موريتان", "مغرب", "عمان", "فلسطين", "قطر", "سعود", "صومال",
	"سودان", "سور", "تونس", "إمارات", "يمن", "إيران", "ترك", "إسرائيل",
	"أمريك", "أميرك", "روس", "بريطان", "فرنس", "أفغان", "أفغانستان", "باكستان",
	"مال", "نيجير", "بوركين", "تشاد", "إثيوب", "أثيوب", "كين", "إريتر",
}

func init() {
	add := func(s string) {
		if nn, ok := newNormName(s); ok {
			countryOrDemonym[nn.joined] = true
		}
	}
	for _, s := range countryNamesEN {
		add(s)
		add("the " + s)
	}
	for _, s := range demonymsEN {
		for _, f := range []string{s, s + "s", s + "es"} {
			add(f)
			add("the " + f)
		}
	}
	add("Turks")
	add("Americans")
	for _, s := range countryNamesAR {
		add(s)
	}
	// masculine, feminine, plurals (sound masculine nominative/oblique,
	// sound feminine), each with and without the article.
	for _, stem := range demonymStemsAR {
		for _, suf := range []string{"ي", "ية", "يون", "يين", "يات", "يان"} {
			add(stem + suf)
			add("ال" + stem + suf)
		}
	}
	for _, s := range []string{"أتراك", "أمريكان", "أميركان", "الأمريكان", "الأميركان", "الأتراك", "إنجليز", "الإنجليز", "الروس", "الأفغان"} {
		add(s)
	}
}
