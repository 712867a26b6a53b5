package arabic

import (
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

// Token kinds. The kind for digit runs is called Numeral because Number is
// the name of the count type returned by [Numbers].
const (
	Word    Kind = iota // a run of Arabic letters
	Numeral             // a run of digits, with internal separators
	Punct               // one punctuation or symbol rune
	Latin               // a run of Latin letters
	Other               // letters of other scripts, or any other rune
)

var kindNames = [...]string{"Word", "Numeral", "Punct", "Latin", "Other"}

// String returns the name of the kind.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(?)"
}

// Token is one word, number or punctuation mark of a [Text].
type Token struct {
	Start, End   int    // original code point offsets, End exclusive
	NStart, NEnd int    // normalised offsets, NEnd exclusive
	Norm         string // normalised surface, e.g. "وبالصواريخ"
	Kind         Kind
}

// character classes of normalised runes
const (
	cSpace uint8 = iota
	cArabic
	cLatin
	cDigit
	cMark
	cLetter // letter of another script
	cPunct
	cOther
)

// classTab caches classOf for U+0000–U+06FF; computed once at package
// initialisation and never written again.
var classTab = func() (t [0x0700]uint8) {
	for r := range rune(0x0700) {
		t[r] = classOf(r)
	}
	return t
}()

func class(r rune) uint8 {
	if r >= 0 && r < 0x0700 {
		return classTab[r]
	}
	return classOf(r)
}

func classOf(r rune) uint8 {
	switch {
	case r == ' ':
		return cSpace
	case r >= '0' && r <= '9':
		return cDigit
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		return cLatin
	case r < 0x80:
		if r < 0x20 || r == 0x7F {
			return cOther
		}
		return cPunct
	case r >= 0x0621 && r <= 0x064A:
		return cArabic
	case r == utf8.RuneError:
		return cOther
	}
	if unicode.IsLetter(r) {
		if r >= 0x0600 && unicode.Is(unicode.Arabic, r) {
			return cArabic
		}
		if unicode.Is(unicode.Latin, r) {
			return cLatin
		}
		return cLetter
	}
	switch {
	case unicode.IsMark(r):
		return cMark
	case unicode.IsPunct(r), unicode.IsSymbol(r):
		return cPunct
	case unicode.IsSpace(r):
		return cSpace
	}
	return cOther
}

// isNumSep reports whether r may join two digit runs into one number:
// "1,200", "1.200", "1٬200", "3٫5".
func isNumSep(r rune) bool {
	return r == ',' || r == '.' || r == arabicThousands || r == arabicDecimal
}

func runeLen(r rune) int {
	if r >= 0 && r < 0x80 {
		return 1
	}
	if r >= 0x80 && r < 0x800 {
		return 2
	}
	if n := utf8.RuneLen(r); n > 0 {
		return n
	}
	return 3 // string([]rune) writes U+FFFD for invalid runes
}

// Tokenize splits a normalised text into tokens:
//
//   - Word: a maximal run of Arabic letters;
//   - Latin: a maximal run of Latin letters;
//   - Numeral: a maximal run of digits, where a single ',' '.' '٬' or '٫'
//     between two digits joins them ("1,200", "1.200", "3.5", and also
//     "5.8.2024"). Dates written with '-' or '/' ("2024-08-05", "5/8/2024")
//     are several tokens: numbers and Punct separators;
//   - Punct: each punctuation or symbol rune on its own;
//   - Other: a run of letters of another script, or any other single rune
//     (controls, U+FFFD).
//
// Letters and digits never share a token, so "ب5" and "بـ5" give the Word
// "ب" and the Numeral "5". Combining marks that survive normalisation stay
// with the word they follow. A token never starts or ends inside the
// expansion of one original rune (such as the ligature ﷺ), so Start and End
// always bound exactly the original runes that produced Norm.
//
// Tokenize returns nil for a nil or inconsistent Text.
func Tokenize(t *Text) []Token {
	return AppendTokens(nil, t)
}

// AppendTokens appends the tokens of t (see [Tokenize]) to dst and returns
// the extended slice, growing it at most once. The tokens' Norm strings
// are a new copy of t.Norm: they stay valid when t is Reset.
func AppendTokens(dst []Token, t *Text) []Token {
	if t == nil || len(t.Off) != len(t.Norm)+1 || len(t.Norm) == 0 {
		return dst
	}
	norm := t.Norm
	n := len(norm)
	ns := string(norm)
	// Count token starts first: one exact allocation beats regrowth.
	est, prev := 0, cSpace
	for _, r := range norm {
		c := class(r)
		if c != cSpace && (c != prev || c >= cPunct) {
			est++
		}
		prev = c
	}
	toks := dst
	if cap(toks)-len(toks) < est+1 {
		toks = make([]Token, len(dst), len(dst)+est+1)
		copy(toks, dst)
	}
	i, bi := 0, 0 // rune index and byte index into ns
	for i < n {
		r := norm[i]
		c := class(r)
		if c == cSpace {
			bi += runeLen(r)
			i++
			continue
		}
		j, bj := i+1, bi+runeLen(r)
		var kind Kind
		switch c {
		case cArabic, cLatin, cLetter:
			kind = Word
			if c == cLatin {
				kind = Latin
			} else if c == cLetter {
				kind = Other
			}
			for j < n {
				cj := class(norm[j])
				if cj != c && cj != cMark {
					break
				}
				bj += runeLen(norm[j])
				j++
			}
		case cDigit:
			kind = Numeral
			for j < n {
				rj := norm[j]
				if rj >= '0' && rj <= '9' {
				} else if isNumSep(rj) && j+1 < n && norm[j+1] >= '0' && norm[j+1] <= '9' {
				} else {
					break
				}
				bj += runeLen(rj)
				j++
			}
		case cPunct:
			kind = Punct
		default: // cMark without a word, cOther
			kind = Other
		}
		// Never cut inside the expansion of one original rune.
		for j < n && t.Off[j] == t.Off[j-1] {
			bj += runeLen(norm[j])
			j++
		}
		os, oe := t.OrigSpan(i, j)
		toks = append(toks, Token{Start: os, End: oe, NStart: i, NEnd: j, Norm: ns[bi:bj], Kind: kind})
		i, bi = j, bj
	}
	return toks
}
