package arabic

import "unicode"

// Sentences returns the sentence spans of t as half-open [start,end) ranges
// of ORIGINAL code points, in order.
//
// A sentence ends after a run of . ! ? ؟ ۔ … (with any closing quotes or
// brackets that follow it) and at every line break. A '.' does not end a
// sentence when a letter or digit follows it directly ("3.5", "example.com",
// "U.S"), nor after a single Latin letter ("J. Smith") or the Arabic
// abbreviation "د." (doctor). Each span is trimmed of surrounding whitespace
// and invisible format characters; empty spans are never returned.
func Sentences(t *Text) [][2]int {
	return AppendSentences(nil, t)
}

// AppendSentences appends the sentence spans of t (see [Sentences]) to dst
// and returns the extended slice.
func AppendSentences(dst [][2]int, t *Text) [][2]int {
	if t == nil {
		return dst
	}
	orig := t.Orig
	n := len(orig)
	out := dst
	start := 0
	for i := 0; i < n; i++ {
		r := orig[i]
		if isNewline(r) {
			out = appendTrimmed(out, orig, start, i)
			start = i + 1
			continue
		}
		if !isTerminator(r) {
			continue
		}
		if r == '.' && (i+1 < n && isLetterOrDigit(orig[i+1]) || isInitial(orig, i)) {
			continue
		}
		j := i + 1
		for j < n && (isTerminator(orig[j]) || isCloser(orig[j])) {
			j++
		}
		out = appendTrimmed(out, orig, start, j)
		start = j
		i = j - 1
	}
	return appendTrimmed(out, orig, start, n)
}

// Clauses splits the sentence span of t into clause spans at the
// punctuation marks ، ؛ : ; and ',' (a ',' or ':' between two digits, as in
// "1,200" or "10:30", does not split). The mark stays with the clause before
// it. Spans use original code points, are trimmed like those of
// [Sentences] and are never empty. The span is clamped to the text.
func Clauses(t *Text, span [2]int) [][2]int {
	if t == nil {
		return nil
	}
	orig := t.Orig
	n := len(orig)
	lo := clamp(span[0], 0, n)
	hi := clamp(span[1], lo, n)
	var out [][2]int
	start := lo
	for i := lo; i < hi; i++ {
		switch orig[i] {
		case arabicComma, arabicSemicolon, ';':
		case ',', ':':
			if i > lo && i+1 < hi && isAnyDigit(orig[i-1]) && isAnyDigit(orig[i+1]) {
				continue
			}
		default:
			if !isNewline(orig[i]) {
				continue
			}
		}
		out = appendTrimmed(out, orig, start, i+1)
		start = i + 1
	}
	return appendTrimmed(out, orig, start, hi)
}

func appendTrimmed(out [][2]int, orig []rune, s, e int) [][2]int {
	for s < e && isBlank(orig[s]) {
		s++
	}
	for e > s && isBlank(orig[e-1]) {
		e--
	}
	if s < e {
		out = append(out, [2]int{s, e})
	}
	return out
}

func isBlank(r rune) bool {
	return r == ' ' || unicode.IsSpace(r) || isFormatSpace(r)
}

func isNewline(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', arabicQuestion, arabicFullStop, '…':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '»', '”', '’', '›', ')', ']', '}':
		return true
	}
	return false
}

func isAnyDigit(r rune) bool {
	return r >= '0' && r <= '9' || r >= 0x0660 && r <= 0x0669 || r >= 0x06F0 && r <= 0x06F9
}

func isLetterOrDigit(r rune) bool {
	return isAnyDigit(r) || unicode.IsLetter(r)
}

// isInitial reports whether the '.' at orig[i] follows a lone Latin letter
// or the Arabic abbreviation د (doctor).
func isInitial(orig []rune, i int) bool {
	if i == 0 {
		return false
	}
	p := orig[i-1]
	if i >= 2 && unicode.IsLetter(orig[i-2]) {
		return false
	}
	return unicode.Is(unicode.Latin, p) || p == 'د'
}
