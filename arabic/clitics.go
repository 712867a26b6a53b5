package arabic

import (
	"strings"
	"unicode/utf8"
)

// Analysis is one way to read a normalised word: proclitics peeled off the
// front, an enclitic pronoun off the back. All fields are substrings of the
// analysed word except that the article ال (or the ل of لل) is not in any
// field when Al is true.
type Analysis struct {
	Pre  string // proclitics other than the article, e.g. "و", "وب", "فل"
	Stem string // what is left
	Suf  string // enclitic pronoun, e.g. "ها"
	Al   bool   // the stem carried the article ال (removed from Stem)
}

// proclitics are the prefix chains tried by Analyses, shortest first.
// Source: standard Arabic grammar (conjunctions و ف, prepositions ب ل ك,
// future particle س) in the combinations common in news text.
var proclitics = [...]string{"", "و", "ف", "ب", "ل", "ك", "س", "وب", "فب", "ول", "فل", "وك", "فك", "وس", "فس"}

// enclitics are the attached pronouns tried by Analyses, longest first so
// that "هما" is tried before "ها" and "ه".
var enclitics = [...]string{"هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك", "ي"}

// AppendAnalyses keeps one bit per enclitic in a uint16: this constant
// overflows, and the build fails, if there are ever more than 16.
const _ = uint16(1) << (len(enclitics) - 1)

// Analyses lists plausible readings of a normalised word (see [Normalize]).
// The unsegmented reading comes first; then, for every proclitic chain (و ف
// ب ل ك س, و+ب ف+ب و+ل ف+ل و+ك ف+ك و+س ف+س) the reading without and with
// the article (ال after the chain, or لل read as ل+ال), each combined with
// no enclitic or one enclitic pronoun (هما كما هم هن ها كم كن نا ه ك ي).
// Enclitics are not peeled from stems that carry the article, and the future
// particle س never combines with it. No reading leaves a stem shorter than
// two letters. Readings are only candidates: the caller checks stems
// against a lexicon. The only allocation is the result slice.
func Analyses(word string) []Analysis {
	return AppendAnalyses(make([]Analysis, 0, 8), word)
}

// AppendAnalyses appends the readings of word to dst and returns the
// extended slice, so that callers analysing many words can reuse one
// buffer.
func AppendAnalyses(dst []Analysis, word string) []Analysis {
	out := append(dst, Analysis{Stem: word})
	// Every stem is a suffix of word: the enclitics it may end in are
	// found once, not once per proclitic.
	var sufs uint16 // bit i: word ends in enclitics[i]
	for i, suf := range enclitics {
		if strings.HasSuffix(word, suf) {
			sufs |= 1 << i
		}
	}
	for pi, pre := range proclitics {
		if !strings.HasPrefix(word, pre) {
			continue
		}
		rest := word[len(pre):]
		out = appendSuffixed(out, pre, rest, pi > 0, sufs)
		if pre == "" || !strings.ContainsRune(pre, 'س') {
			if strings.HasPrefix(rest, "ال") {
				out = appendStem(out, Analysis{Pre: pre, Stem: rest[len("ال"):], Al: true})
			}
			// لل = ل + ال : the alef of the article is dropped after ل.
			if strings.HasSuffix(pre, "ل") && strings.HasPrefix(rest, "ل") {
				out = appendStem(out, Analysis{Pre: pre, Stem: rest[len("ل"):], Al: true})
			}
		}
	}
	return out
}

// appendSuffixed appends the reading pre+stem with no enclitic (if bare)
// and with each enclitic that leaves a long enough stem; sufs has bit i
// set when stem ends in enclitics[i].
func appendSuffixed(out []Analysis, pre, stem string, bare bool, sufs uint16) []Analysis {
	if bare {
		out = appendStem(out, Analysis{Pre: pre, Stem: stem})
	}
	for i, suf := range enclitics {
		if sufs&(1<<i) != 0 && len(stem) > len(suf) {
			out = appendStem(out, Analysis{Pre: pre, Stem: stem[:len(stem)-len(suf)], Suf: suf})
		}
	}
	return out
}

func appendStem(out []Analysis, a Analysis) []Analysis {
	if utf8.RuneCountInString(a.Stem) < 2 {
		return out
	}
	return append(out, a)
}

// GramNumber is grammatical number.
type GramNumber uint8

// Grammatical numbers.
const (
	Singular GramNumber = iota
	Dual
	Plural
)

// String returns the name of the grammatical number.
func (g GramNumber) String() string {
	switch g {
	case Singular:
		return "Singular"
	case Dual:
		return "Dual"
	case Plural:
		return "Plural"
	}
	return "GramNumber(?)"
}

// Inflection is a candidate singular form of an inflected stem.
type Inflection struct {
	Singular string     // normalised singular candidate
	Number   GramNumber // the number the stem was read as
}

// Singulars returns candidate singular forms of a normalised stem that may
// be a dual (ان ين in any word, تان تين → ه: صاروخين → صاروخ, غارتين →
// غاره) or a sound plural (ون ين: مسلحين → مسلح; ات → ه or nothing:
// غارات → غاره, اجتماعات → اجتماع). Every candidate keeps at least two
// letters. A stem ending in ين yields both a Dual and a Plural reading.
// The stem itself is not included.
func Singulars(stem string) []Inflection {
	var parts [maxSingulars]SingularParts
	var out []Inflection
	for _, sp := range AppendSingularParts(parts[:0], stem) {
		out = append(out, Inflection{Singular: sp.Base + sp.Tail, Number: sp.Number})
	}
	return out
}

// SingularParts is a candidate singular form (see [Singulars]) in two
// pieces, Base+Tail: Base is a prefix of the stem and Tail is "" or the ه
// of a feminine ending. Callers that only look the form up in a table can
// do so without building the string.
type SingularParts struct {
	Base, Tail string
	Number     GramNumber
}

// maxSingulars bounds the candidates of one stem: تين gives three (تين →
// ه, and ين as a dual and a plural).
const maxSingulars = 4

// AppendSingularParts appends the candidates of [Singulars] to dst, in the
// same order, as parts; it allocates nothing when dst has room for four.
func AppendSingularParts(dst []SingularParts, stem string) []SingularParts {
	add := func(base, tail string, n GramNumber) {
		if utf8.RuneCountInString(base)+utf8.RuneCountInString(tail) >= 2 {
			dst = append(dst, SingularParts{Base: base, Tail: tail, Number: n})
		}
	}
	if b, ok := strings.CutSuffix(stem, "تان"); ok {
		add(b, "ه", Dual)
	}
	if b, ok := strings.CutSuffix(stem, "تين"); ok {
		add(b, "ه", Dual)
	}
	if b, ok := strings.CutSuffix(stem, "ان"); ok {
		add(b, "", Dual)
	}
	if b, ok := strings.CutSuffix(stem, "ين"); ok {
		add(b, "", Dual)
		add(b, "", Plural)
	}
	if b, ok := strings.CutSuffix(stem, "ون"); ok {
		add(b, "", Plural)
	}
	if b, ok := strings.CutSuffix(stem, "ات"); ok {
		add(b, "ه", Plural)
		add(b, "", Plural)
	}
	return dst
}
