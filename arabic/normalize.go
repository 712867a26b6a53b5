package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text is an original string and its normalised matching form, with a map
// back from every normalised rune to the original rune that produced it.
//
// Offsets are code point (rune) indexes. Orig holds the code points of the
// input as a Go `for range` loop yields them: every invalid UTF-8 byte
// becomes one U+FFFD. Norm is the matching form (see [NewText] for the
// rules) and Off has len(Norm)+1 entries: Off[i] is the index in Orig of the
// rune that produced Norm[i], and Off[len(Norm)] == len(Orig). Off is
// non-decreasing; a ligature such as ﻻ produces several normalised runes
// with the same Off.
type Text struct {
	Orig []rune // original code points
	Norm []rune // normalised for matching
	Off  []int  // len(Norm)+1 entries mapping Norm indexes to Orig indexes
}

// NewText decodes s and normalises it for matching. The rules are:
//
//   - Arabic diacritics (U+064B–U+065F, U+0670, U+0610–U+061A, U+06D6–U+06DC,
//     U+06DF–U+06E8, U+06EA–U+06ED), tatweel U+0640 and the soft hyphen
//     U+00AD are removed;
//   - أ إ آ ٱ ٲ ٳ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي;
//   - Persian and Urdu letters: ک گ → ك, ی ې → ي, ۀ ہ → ه, پ → ب, چ → ج,
//     ژ → ز, ڤ → ف;
//   - Arabic-Indic ٠–٩ and Persian ۰–۹ digits → ASCII 0–9;
//   - Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) are
//     decomposed to base letters (ﻻ → لا: two runes, same Off), then the
//     rules above apply to the result;
//   - letters are lowercased (this affects Latin and other cased scripts);
//   - every whitespace rune, and the invisible format characters ZWSP,
//     ZWNJ, ZWJ, LRM, RLM, ALM U+061C, word joiner, BOM and the bidi
//     embedding and isolate controls, become one ' ' each (no collapsing,
//     so newlines also become ' ');
//   - typographic double quotes « » “ ” „ ‟ → '"', single quotes ‘ ’ ‚ ‛ → ASCII apostrophe.
//
// Everything else, including the Arabic comma ، semicolon ؛ and question
// mark ؟, is kept as is.
func NewText(s string) *Text {
	t := new(Text)
	t.Reset(s)
	return t
}

// Reset makes t the Text of s, as NewText(s) does, reusing the arrays of
// t's slices when they are large enough: a caller reading many texts in a
// row allocates them once. What t held before is overwritten, so nothing
// may still refer to its Orig, Norm or Off.
func (t *Text) Reset(s string) {
	n := utf8.RuneCountInString(s)
	orig := reuse(t.Orig, n)
	norm := reuse(t.Norm, n+8)
	off := reuse(t.Off, n+9)
	i := 0
	for _, r := range s {
		orig = append(orig, r)
		if r < 0x0700 && r != 0 {
			if m := fastMap[r]; m != 0 {
				norm = append(norm, m)
				off = append(off, i)
			}
			i++
			continue
		}
		if r >= 0xFB50 && r <= 0xFEFF {
			if exp, ok := presentationForms[r]; ok {
				for _, c := range exp {
					if m, keep := mapRune(c); keep {
						norm = append(norm, m)
						off = append(off, i)
					}
				}
				i++
				continue
			}
		}
		if m, keep := mapRune(r); keep {
			norm = append(norm, m)
			off = append(off, i)
		}
		i++
	}
	off = append(off, len(orig))
	t.Orig, t.Norm, t.Off = orig, norm, off
}

// reuse returns buf emptied when it can hold n elements, else a new
// empty slice of capacity n.
func reuse[E any](buf []E, n int) []E {
	if cap(buf) < n {
		return make([]E, 0, n)
	}
	return buf[:0]
}

// fastMap caches mapRune for U+0000–U+06FF (Latin-1, Latin, Arabic); 0
// means removed (U+0000 itself maps to itself and is handled by mapRune).
// It is computed once at package initialisation and never written again.
var fastMap = func() (t [0x0700]rune) {
	for r := rune(1); r < 0x0700; r++ {
		if m, keep := mapRune(r); keep {
			t[r] = m
		}
	}
	return t
}()

// Normalize returns the normalised form of s, by the same rules as
// [NewText]. Use it to build lexicon keys that match [Token.Norm].
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < 0x0700 && r != 0 {
			if m := fastMap[r]; m != 0 {
				b.WriteRune(m)
			}
			continue
		}
		if r >= 0xFB50 && r <= 0xFEFF {
			if exp, ok := presentationForms[r]; ok {
				for _, c := range exp {
					if m, keep := mapRune(c); keep {
						b.WriteRune(m)
					}
				}
				continue
			}
		}
		if m, keep := mapRune(r); keep {
			b.WriteRune(m)
		}
	}
	return b.String()
}

// OrigSpan maps the normalised half-open span [ns,ne) to the original code
// point span [os,oe) covering every original rune that contributed to it,
// including removed marks and tatweel inside the span and the removed marks
// that follow its last rune. Out-of-range arguments are clamped; an empty
// span maps to an empty span at Off[ns].
func (t *Text) OrigSpan(ns, ne int) (os, oe int) {
	if t == nil || len(t.Off) == 0 {
		return 0, 0
	}
	n := len(t.Off) - 1
	ns = clamp(ns, 0, n)
	ne = clamp(ne, ns, n)
	os = t.Off[ns]
	if ne == ns {
		return os, os
	}
	oe = t.Off[ne]
	if last := t.Off[ne-1]; oe <= last {
		// ne splits the expansion of one original rune (a ligature):
		// the whole rune belongs to the span.
		oe = last + 1
	}
	return os, oe
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// isDiacritic reports whether r is one of the Arabic marks removed by
// normalisation (tatweel included).
func isDiacritic(r rune) bool {
	switch {
	case r >= 0x064B && r <= 0x065F, r == superscriptAlef, r == tatweel,
		r >= 0x0610 && r <= 0x061A,
		r >= 0x06D6 && r <= 0x06DC, r >= 0x06DF && r <= 0x06E8,
		r >= 0x06EA && r <= 0x06ED:
		return true
	}
	return false
}

// isFormatSpace reports whether r is an invisible format character that
// normalisation turns into a space.
func isFormatSpace(r rune) bool {
	switch {
	case r >= 0x200B && r <= 0x200F, r == arabicLetterMark, r == 0x2060, r == 0xFEFF,
		r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// mapRune normalises one rune that is not a decomposable presentation
// form. keep is false when the rune is removed.
func mapRune(r rune) (m rune, keep bool) {
	if r < 0x80 {
		switch {
		case r >= 'A' && r <= 'Z':
			return r + ('a' - 'A'), true
		case r == ' ', r >= '\t' && r <= '\r':
			return ' ', true
		}
		return r, true
	}
	if r >= 0x0600 && r <= 0x06FF {
		if isDiacritic(r) {
			return 0, false
		}
		switch r {
		case alefHamzaAbove, alefHamzaBelow, alefMadda, alefWasla, alefWavyHamza, alefWavyHamzaBlw:
			return alef, true
		case alefMaksura, yehHamza, farsiYeh, eYeh:
			return yeh, true
		case tehMarbuta, yehHamzaAboveFa, hehGoal:
			return heh, true
		case wawHamza:
			return waw, true
		case keheh, gaf:
			return kaf, true
		case peh:
			return beh, true
		case tcheh:
			return jeem, true
		case jeh:
			return zain, true
		case veh:
			return feh, true
		case arabicLetterMark:
			return ' ', true
		}
		if r >= 0x0660 && r <= 0x0669 {
			return '0' + r - 0x0660, true
		}
		if r >= 0x06F0 && r <= 0x06F9 {
			return '0' + r - 0x06F0, true
		}
		return r, true
	}
	switch r {
	case 0x00AD: // soft hyphen
		return 0, false
	case '«', '»', '“', '”', '„', '‟':
		return '"', true
	case '‘', '’', '‚', '‛':
		return '\'', true
	}
	if unicode.IsSpace(r) || isFormatSpace(r) {
		return ' ', true
	}
	if unicode.IsUpper(r) || unicode.IsTitle(r) {
		return unicode.ToLower(r), true
	}
	return r, true
}
