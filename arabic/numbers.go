package arabic

import (
	"strconv"
	"strings"
)

// Number is a count found in a token slice.
type Number struct {
	Tok, TokEnd int  // token index range [Tok, TokEnd) of the count itself (qualifiers excluded)
	Start, End  int  // original code point span of those tokens
	Value       int  // the count; for vague words a conventional value (see Numbers)
	Vague       bool // from a vague quantity word (عدة, بضعة, عشرات, مئات, آلاف …)
	AtLeast     bool // qualified as a lower bound: أكثر من, لا يقل عن, على الأقل …
	Approx      bool // qualified as approximate: نحو, حوالي, قرابة, زهاء, يقارب, تقريبا …
}

// numClass is the syntactic role of a number word.
type numClass uint8

const (
	nUnit     numClass = iota + 1 // 1–9
	nTen                          // 10
	nTens                         // 20–90
	nHundreds                     // 100–900 as one word
	nScale                        // ألف / مليون / مليار (and duals), a multiplier or a value
	nScalePl                      // آلاف / ملايين / مليارات: multiplier after 3–10, vague alone
)

type numWord struct {
	val int
	cls numClass
}

// numWords maps normalised cardinal number words (all genders and cases)
// to their value and role. Source: standard Arabic grammar of the cardinal
// numbers; spellings with both مية and ماية.
var numWords = map[string]numWord{
	"واحد": {1, nUnit}, "واحده": {1, nUnit}, "احد": {1, nUnit}, "احدي": {1, nUnit},
	"اثنان": {2, nUnit}, "اثنين": {2, nUnit}, "اثنتان": {2, nUnit}, "اثنتين": {2, nUnit},
	"اثنا": {2, nUnit}, "اثني": {2, nUnit}, "اثنتا": {2, nUnit}, "اثنتي": {2, nUnit},
	"ثنتان": {2, nUnit}, "ثنتين": {2, nUnit},
	"ثلاثه": {3, nUnit}, "ثلاث": {3, nUnit},
	"اربعه": {4, nUnit}, "اربع": {4, nUnit},
	"خمسه": {5, nUnit}, "خمس": {5, nUnit},
	"سته": {6, nUnit}, "ست": {6, nUnit},
	"سبعه": {7, nUnit}, "سبع": {7, nUnit},
	"ثمانيه": {8, nUnit}, "ثماني": {8, nUnit}, "ثمان": {8, nUnit},
	"تسعه": {9, nUnit}, "تسع": {9, nUnit},
	"عشره": {10, nTen}, "عشر": {10, nTen},
	"عشرون": {20, nTens}, "عشرين": {20, nTens},
	"ثلاثون": {30, nTens}, "ثلاثين": {30, nTens},
	"اربعون": {40, nTens}, "اربعين": {40, nTens},
	"خمسون": {50, nTens}, "خمسين": {50, nTens},
	"ستون": {60, nTens}, "ستين": {60, nTens},
	"سبعون": {70, nTens}, "سبعين": {70, nTens},
	"ثمانون": {80, nTens}, "ثمانين": {80, nTens},
	"تسعون": {90, nTens}, "تسعين": {90, nTens},
	"ميه": {100, nHundreds}, "مايه": {100, nHundreds},
	"ميتان": {200, nHundreds}, "ميتين": {200, nHundreds}, "ميتا": {200, nHundreds}, "ميتي": {200, nHundreds},
	"مايتان": {200, nHundreds}, "مايتين": {200, nHundreds}, "مايتا": {200, nHundreds}, "مايتي": {200, nHundreds},
	"ثلاثميه": {300, nHundreds}, "ثلاثمايه": {300, nHundreds},
	"اربعميه": {400, nHundreds}, "اربعمايه": {400, nHundreds},
	"خمسميه": {500, nHundreds}, "خمسمايه": {500, nHundreds},
	"ستميه": {600, nHundreds}, "ستمايه": {600, nHundreds},
	"سبعميه": {700, nHundreds}, "سبعمايه": {700, nHundreds},
	"ثمانميه": {800, nHundreds}, "ثمانمايه": {800, nHundreds}, "ثمانيميه": {800, nHundreds}, "ثمانيمايه": {800, nHundreds},
	"تسعميه": {900, nHundreds}, "تسعمايه": {900, nHundreds},
	"الف": {1000, nScale}, "الفا": {2000, nScale}, "الفي": {2000, nScale}, "الفان": {2000, nScale}, "الفين": {2000, nScale},
	"الاف": {1000, nScalePl}, "الالاف": {1000, nScalePl}, "الوف": {1000, nScalePl},
	"مليون": {1000000, nScale}, "مليونا": {2000000, nScale}, "مليوني": {2000000, nScale},
	"مليونان": {2000000, nScale}, "مليونين": {2000000, nScale}, "ملايين": {1000000, nScalePl},
	"مليار": {1000000000, nScale}, "مليارا": {2000000000, nScale}, "مليارين": {2000000000, nScale},
	"ملياران": {2000000000, nScale}, "مليارات": {1000000000, nScalePl},
}

// vagueWords are quantity words without an exact value, with the
// conventional value rasd gives them.
var vagueWords = map[string]int{
	"عده": 3, "بضعه": 3, "بضع": 3, "بعض": 3,
	"عشرات": 12, "ميات": 100,
	"الاف": 1000, "الوف": 1000, "ملايين": 1000000,
}

// numProclitics may precede a number word. Source: the proclitic chains of
// Analyses without the future particle س.
var numProclitics = [...]string{"و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك"}

// notNumbers are clitic-bearing forms that look like number words but are
// common other words (لست "you are not").
var notNumbers = map[string]bool{"لست": true, "فلست": true, "ولست": true}

// numberSurfaces holds every form stripClitics can read as a number or
// vague word: each word of numWords and vagueWords bare, after each
// proclitic chain, and after each chain with the article.
var numberSurfaces = func() map[string]bool {
	m := map[string]bool{}
	add := func(w string) {
		m[w] = true
		for _, p := range numProclitics {
			m[p+w] = true
		}
		for _, p := range [...]string{"ال", "وال", "فال", "بال", "كال", "وبال", "فبال", "وكال", "لل", "ولل", "فلل"} {
			m[p+w] = true
		}
	}
	for w := range numWords {
		add(w)
	}
	for w := range vagueWords {
		add(w)
	}
	add("عدد") // عدد من
	return m
}()

// stripClitics returns the candidate bases of a normalised word: the word
// itself, then the word without each proclitic chain, then without a
// proclitic chain plus the article (al true). It calls yield until yield
// returns true.
func stripClitics(w string, yield func(base string, al bool) bool) {
	if yield(w, false) {
		return
	}
	for _, p := range numProclitics {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" && yield(rest, false) {
			return
		}
	}
	for _, p := range [...]string{"ال", "وال", "فال", "بال", "كال", "وبال", "فبال", "وكال", "لل", "ولل", "فلل"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" && yield(rest, true) {
			return
		}
	}
}

// lookupNum finds the number word behind a normalised token, allowing
// proclitics and (except for 1, 2 and the tens, whose article forms are
// Sunday, Monday / "the two" and ordinals) the article.
func lookupNum(w string) (nw numWord, ok bool) {
	if notNumbers[w] {
		return nw, false
	}
	stripClitics(w, func(base string, al bool) bool {
		v, found := numWords[base]
		if !found {
			return false
		}
		if al && (v.cls == nUnit && v.val <= 2 || v.cls == nTens) {
			return false
		}
		nw, ok = v, true
		return true
	})
	return nw, ok
}

// lookupVague finds a vague quantity word behind a normalised token.
func lookupVague(w string) (v int, ok bool) {
	stripClitics(w, func(base string, _ bool) bool {
		v, ok = vagueWords[base]
		return ok
	})
	return v, ok
}

// parseDigits reads a Numeral token. Separators followed by groups of
// exactly three digits are thousands separators ("1,200", "1.200",
// "1٬200"); a single '.' ',' or '٫' otherwise is a decimal point and
// frac is true. Other shapes ("5.8.2024") and values above 10^15 fail.
func parseDigits(s string) (v float64, frac bool, ok bool) {
	if s == "" || len(s) > 40 {
		return 0, false, false
	}
	var groups [8]string
	var seps [8]rune
	ng := 0
	start := 0
	for i, r := range s {
		if r >= '0' && r <= '9' {
			continue
		}
		if ng >= len(groups)-1 {
			return 0, false, false
		}
		groups[ng], seps[ng] = s[start:i], r
		ng++
		start = i + len(string(r))
	}
	groups[ng] = s[start:]
	ng++
	if ng == 1 {
		if len(s) > 15 {
			return 0, false, false
		}
		n, err := strconv.Atoi(s)
		return float64(n), false, err == nil
	}
	thousands := len(groups[0]) >= 1 && len(groups[0]) <= 3
	for k := 1; k < ng; k++ {
		if len(groups[k]) != 3 || seps[k-1] != seps[0] || seps[0] == arabicDecimal {
			thousands = false
		}
	}
	if thousands {
		var b strings.Builder
		for k := 0; k < ng; k++ {
			b.WriteString(groups[k])
		}
		if b.Len() > 15 {
			return 0, false, false
		}
		n, err := strconv.Atoi(b.String())
		return float64(n), false, err == nil
	}
	if ng == 2 && len(groups[0]) <= 15 && len(groups[1]) <= 15 {
		f, err := strconv.ParseFloat(groups[0]+"."+groups[1], 64)
		return f, true, err == nil
	}
	return 0, false, false
}

// Numbers finds the counts in toks (as produced by [Tokenize]): digit
// numbers ("5", "1,200", "١٬٢٠٠", "2018"), optionally followed by a scale
// word ("3 آلاف" = 3000, "1.5 مليون" = 1500000), and cardinal number words in
// every gender and case, with proclitics ("وثلاثة", "بخمسة", "لخمس"):
// units, teens ("اثنا عشر", "ثلاث عشرة"), tens, hundreds ("مئتين",
// "ثلاثمية", "ثلاث مية"), thousands and millions, and compounds joined by و
// in the Arabic order ("خمسة وعشرون", "مئة وخمسون", "ثلاثة آلاف وخمسمئة").
//
// Vague words give Vague counts: عدة, بضعة, بعض and "عدد من" → 3, عشرات →
// 12, مئات → 100, آلاف → 1000, ملايين → 1000000, and combinations such as
// "عشرات الآلاف" → 12000.
//
// AtLeast is set when the count follows أكثر من, لا يقل عن (ما لا يقل عن),
// يزيد عن/على (ما يزيد …), أزيد من, يربو على, على الأقل, or is followed by
// على الأقل or أو أكثر. Approx is set after نحو, حوالي, قرابة, زهاء, يقارب
// (ما يقارب), يناهز, تقريبا, or before تقريبا. The first qualifier word may
// carry a proclitic ("بنحو", "بأكثر من").
//
// Not counts: ordinals (الثالث), decimals without a scale word ("3.5"),
// digit groups that are not numbers ("5.8.2024"), and the article forms of
// 1, 2 and the tens (الأحد is Sunday, الاثنين Monday or "the two",
// العشرين an ordinal). Years are ordinary numbers; the caller decides.
func Numbers(toks []Token) []Number {
	var out []Number
	for i := 0; i < len(toks); {
		n, ok := parseNumberAt(toks, i)
		if !ok {
			i++
			continue
		}
		n.Start, n.End = toks[n.Tok].Start, toks[n.TokEnd-1].End
		n.AtLeast, n.Approx = qualifiers(toks, n.Tok, n.TokEnd)
		out = append(out, n)
		i = n.TokEnd
	}
	return out
}

func parseNumberAt(toks []Token, i int) (Number, bool) {
	tk := toks[i]
	switch tk.Kind {
	case Numeral:
		v, frac, ok := parseDigits(tk.Norm)
		if !ok {
			return Number{}, false
		}
		end := i + 1
		if end < len(toks) && toks[end].Kind == Word {
			if m := scaleOf(toks[end].Norm); m > 0 {
				v *= float64(m) // "3 آلاف", "1.5 مليون"
				frac = false
				end++
			}
		}
		if frac || v > 1e15 {
			return Number{}, false
		}
		return Number{Tok: i, TokEnd: end, Value: int(v)}, true
	case Word:
		if !numberSurfaces[tk.Norm] {
			return Number{}, false // one lookup for the many words that are no number
		}
	default:
		return Number{}, false
	}
	if v, ok := lookupVague(tk.Norm); ok {
		end := i + 1
		// "عشرات الآلاف", "مئات الآلاف", "آلاف الملايين"
		if end < len(toks) && toks[end].Kind == Word {
			if m, ok := lookupVague(toks[end].Norm); ok && m >= 1000 && m > v {
				v *= m
				end++
			}
		}
		return Number{Tok: i, TokEnd: end, Value: v, Vague: true}, true
	}
	if base := cutAnyProclitic(tk.Norm); base == "عدد" && i+1 < len(toks) && toks[i+1].Norm == "من" {
		return Number{Tok: i, TokEnd: i + 2, Value: 3, Vague: true}, true
	}
	nw, ok := lookupNum(tk.Norm)
	if !ok || nw.cls == nScalePl {
		return Number{}, false
	}
	total, grp := 0, 0
	last := nw.cls
	switch nw.cls {
	case nScale:
		total = nw.val
	default:
		grp = nw.val
	}
	j := i + 1
	for j < len(toks) && toks[j].Kind == Word {
		w := toks[j].Norm
		if nx, ok := numWords[w]; ok {
			switch {
			case nx.cls == nTen && last == nUnit && grp%100 < 10:
				grp += 10 // teen: ثلاثة عشر
				last = nTen
				j++
				continue
			case nx.cls == nHundreds && nx.val == 100 && last == nUnit && grp < 10:
				grp *= 100 // ثلاث مية
				last = nHundreds
				j++
				continue
			case scaleOf(w) > 0 && grp > 0 && last != nScale:
				total += grp * scaleOf(w) // ثلاثة آلاف, خمسة عشر ألفا, ثلاثة ملايين
				grp = 0
				last = nScale
				j++
				continue
			}
			break
		}
		rest, hasWaw := strings.CutPrefix(w, "و")
		if !hasWaw {
			break
		}
		nx, ok := numWords[rest]
		if !ok || !joinable(last, nx.cls) {
			break
		}
		if nx.cls == nScale {
			total += nx.val
		} else {
			grp += nx.val
		}
		last = nx.cls
		j++
	}
	return Number{Tok: i, TokEnd: j, Value: total + grp}, true
}

// scaleOf returns the multiplier of a scale word used after a count (ألف
// آلاف ألفا مليون ملايين مليار مليارات), or 0.
func scaleOf(w string) int {
	switch w {
	case "الف", "الفا", "الاف", "الالاف":
		return 1000
	case "مليون", "مليونا", "ملايين":
		return 1000000
	case "مليار", "مليارا", "مليارات":
		return 1000000000
	}
	return 0
}

// joinable reports whether a number word of class next may follow one of
// class last with the conjunction و, in the Arabic order thousands و
// hundreds و units و tens.
func joinable(last, next numClass) bool {
	switch last {
	case nScale:
		return next != nScalePl
	case nHundreds:
		return next == nUnit || next == nTen || next == nTens
	case nUnit:
		return next == nTens
	}
	return false
}

// cutAnyProclitic returns w without the first proclitic chain it starts
// with, or w itself.
func cutAnyProclitic(w string) string {
	for k := len(numProclitics) - 1; k >= 0; k-- {
		if rest, ok := strings.CutPrefix(w, numProclitics[k]); ok && len(rest) >= 4 {
			return rest
		}
	}
	return w
}

// qualifier patterns, as sequences of normalised words.
var (
	atLeastBefore = [][]string{
		{"لا", "يقل", "عن"}, {"لا", "يقل", "علي"}, {"لا", "تقل", "عن"}, {"اكثر", "من"}, {"يزيد", "عن"},
		{"يزيد", "علي"}, {"ازيد", "من"}, {"يربو", "علي"}, {"يتجاوز"}, {"علي", "الاقل"},
	}
	atLeastAfter = [][]string{{"علي", "الاقل"}, {"او", "اكثر"}}
	approxBefore = [][]string{{"نحو"}, {"حوالي"}, {"قرابه"}, {"زهاء"}, {"يقارب"}, {"يناهز"}, {"تقريبا"}}
	approxAfter  = [][]string{{"تقريبا"}}
)

func qualifiers(toks []Token, tok, end int) (atLeast, approx bool) {
	for _, p := range atLeastBefore {
		atLeast = atLeast || matchBefore(toks, tok, p)
	}
	for _, p := range atLeastAfter {
		atLeast = atLeast || matchAfter(toks, end, p)
	}
	for _, p := range approxBefore {
		approx = approx || matchBefore(toks, tok, p)
	}
	for _, p := range approxAfter {
		approx = approx || matchAfter(toks, end, p)
	}
	return atLeast, approx
}

// matchBefore reports whether the words of pat end right before toks[i];
// the first word may carry a proclitic.
func matchBefore(toks []Token, i int, pat []string) bool {
	k := i - len(pat)
	if k < 0 {
		return false
	}
	for m := 1; m < len(pat); m++ {
		if toks[k+m].Norm != pat[m] {
			return false
		}
	}
	w := toks[k].Norm
	return w == pat[0] || cutAnyProcliticShort(w) == pat[0]
}

func matchAfter(toks []Token, i int, pat []string) bool {
	if i+len(pat) > len(toks) {
		return false
	}
	for m, p := range pat {
		if toks[i+m].Norm != p {
			return false
		}
	}
	return true
}

// cutAnyProclitic without the minimum-length guard (qualifier words such as
// لا are short).
func cutAnyProcliticShort(w string) string {
	for k := len(numProclitics) - 1; k >= 0; k-- {
		if rest, ok := strings.CutPrefix(w, numProclitics[k]); ok && rest != "" {
			return rest
		}
	}
	return w
}
