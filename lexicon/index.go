package lexicon

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/rasd-project/rasd/arabic"
)

// Kind names the table a phrase comes from.
type Kind uint8

const (
	KTrigger Kind = iota + 1
	KCasualty
	KCue
	KPerson
	KActor
	KCountry
	KDemonym
	KPlace
	KContextual
)

// Form is the grammatical number a phrase was matched in.
type Form uint8

const (
	Plain Form = iota
	Dual
	Plural
)

// Ref points at one lexicon entry.
type Ref struct {
	Kind Kind
	Item int  // index into the table of Kind (Triggers, Casualties, ...)
	Form Form // how the words were inflected in the text (dual, plural)
}

// Hit is one match of a lexicon phrase over tokens [Tok, TokEnd).
type Hit struct {
	Tok, TokEnd int
	Ref         Ref
}

// Index finds lexicon phrases in tokenised text, reading through clitics
// (وبالصواريخ matches صاروخ) and dual and plural endings. Names (places,
// countries, actors) are matched more strictly: through the proclitics و ف
// ب ل ك but not through the future س, an enclitic or an inflection, and
// with the article as written (عند is not العند, تلك is not تل).
type Index struct {
	// ids numbers every key of every phrase; readings outside it match
	// nothing. Phrases hold their words as key ids, so that matching
	// compares numbers and looks each reading up once.
	ids     map[string]int32
	byFirst [][]start // words: key id of the first word → phrases
	byName  [][]start // names: key id of the first word → phrases
	phrases []phrase
}

// start is a phrase as listed under its first word, with its second word
// (-1 for a one-word phrase): a few common words (قوات، مطار، عين) open
// hundreds of phrases, and the second word rules most of them out without
// reading the phrase.
type start struct {
	phrase, second int32
}

func newStart(phrase int, words []int32) start {
	st := start{phrase: int32(phrase), second: -1}
	if len(words) > 1 {
		st.second = words[1]
	}
	return st
}

type phrase struct {
	words []int32 // key ids
	ref   Ref
	exact bool // a name (see Index)
}

// keyID returns the id of key k, numbering it if it is new.
func (ix *Index) keyID(k string) int32 {
	if id, ok := ix.ids[k]; ok {
		return id
	}
	id := int32(len(ix.byFirst))
	ix.ids[k] = id
	ix.byFirst = append(ix.byFirst, nil)
	ix.byName = append(ix.byName, nil)
	return id
}

// Key returns the matching key of one word as lexicon files spell it:
// normalised, with a leading article ال removed when at least two letters
// remain.
func Key(word string) string {
	n := arabic.Normalize(word)
	if k, ok := strings.CutPrefix(n, "ال"); ok && len([]rune(k)) >= 2 {
		return k
	}
	return n
}

var bearings = map[string]bool{"شمال": true, "جنوب": true, "شرق": true, "غرب": true}

func isName(k Kind) bool {
	return k == KPlace || k == KCountry || k == KActor || k == KContextual || k == KDemonym
}

func buildIndex(lx *Lexicon) *Index {
	ix := &Index{ids: map[string]int32{}}
	add := func(text string, ref Ref) {
		words := strings.Fields(strings.NewReplacer("-", " ", "(", " ", ")", " ", "/", " ", "\"", " ").Replace(text))
		if len(words) == 0 {
			return
		}
		exact := isName(ref.Kind)
		keys := make([]string, len(words))
		for i, w := range words {
			if exact {
				keys[i] = arabic.Normalize(w)
			} else {
				keys[i] = Key(w)
			}
		}
		ids := make([]int32, len(keys))
		for i, k := range keys {
			ids[i] = ix.keyID(k)
		}
		m := ix.byFirst
		if exact {
			m = ix.byName
		}
		// A phrase already indexed with the same words and ref is skipped.
		for _, st := range m[ids[0]] {
			p := ix.phrases[st.phrase]
			if p.ref == ref && slices.Equal(p.words, ids) {
				return
			}
		}
		m[ids[0]] = append(m[ids[0]], newStart(len(ix.phrases), ids))
		ix.phrases = append(ix.phrases, phrase{words: ids, ref: ref, exact: exact})
		// A name opening with a bearing (شمال غزة) is also written with
		// the adjective (شمالي غزة).
		if exact && len(keys) > 1 && bearings[keys[0]] {
			adj := append([]int32{ix.keyID(keys[0] + "ي")}, ids[1:]...)
			// keyID may have grown the tables: m is read again.
			m = ix.byName
			m[adj[0]] = append(m[adj[0]], newStart(len(ix.phrases), adj))
			ix.phrases = append(ix.phrases, phrase{words: adj, ref: ref, exact: exact})
		}
	}
	for i, t := range lx.Triggers {
		for _, p := range t.Phrases {
			add(p, Ref{Kind: KTrigger, Item: i})
		}
	}
	for i, c := range lx.Casualties {
		for _, p := range c.Phrases {
			add(p, Ref{Kind: KCasualty, Item: i})
		}
	}
	for i, c := range lx.Cues {
		for _, p := range c.Phrases {
			add(p, Ref{Kind: KCue, Item: i})
		}
	}
	for i, p := range lx.Persons {
		for _, s := range p.Singular {
			add(s, Ref{Kind: KPerson, Item: i, Form: Plain})
		}
		for _, s := range p.Dual {
			add(s, Ref{Kind: KPerson, Item: i, Form: Dual})
		}
		for _, s := range p.Plural {
			add(s, Ref{Kind: KPerson, Item: i, Form: Plural})
		}
	}
	for i, a := range lx.Actors {
		for _, s := range a.Aliases {
			add(s, Ref{Kind: KActor, Item: i})
		}
	}
	for i, c := range lx.Countries {
		for _, s := range c.NamesAr {
			add(s, Ref{Kind: KCountry, Item: i})
		}
		for _, d := range c.Demonyms {
			for _, f := range demonymForms(d) {
				add(f.text, Ref{Kind: KDemonym, Item: i, Form: f.form})
			}
		}
	}
	for i, c := range lx.Contextual {
		for _, s := range c.Phrases {
			add(s, Ref{Kind: KContextual, Item: i})
		}
	}
	for i, p := range lx.Places {
		for _, s := range p.NamesAr {
			add(s, Ref{Kind: KPlace, Item: i})
		}
	}
	return ix
}

type inflected struct {
	text string
	form Form
}

// demonymForms derives the feminine and plural forms of a masculine nisba
// adjective, with and without the article: عراقي → عراقية، عراقيون،
// عراقيين، عراقيات، العراقي، العراقية …
func demonymForms(masc string) []inflected {
	out := []inflected{{masc, Plain}}
	if strings.HasSuffix(masc, "ي") && !strings.Contains(masc, " ") {
		out = append(out, inflected{masc + "ة", Plain}, inflected{masc + "ون", Plural}, inflected{masc + "ين", Plural}, inflected{masc + "ان", Dual}, inflected{masc + "ات", Plural})
	}
	for _, f := range out[:len(out):len(out)] {
		if !strings.HasPrefix(f.text, "ال") && !strings.Contains(f.text, " ") {
			out = append(out, inflected{"ال" + f.text, f.form})
		}
	}
	return out
}

// tokKey is one reading of a token that the index holds.
type tokKey struct {
	id    int32 // key id
	pre   bool  // the reading peeled a proclitic other than the article
	suf   bool  // the reading peeled an enclitic
	short bool  // a two-letter name word after a proclitic (وتل): it opens only names of several words
	form  Form  // read through a dual or plural ending
}

// Match returns every lexicon phrase found in toks. At one start token,
// several phrases of different lengths and tables may match; callers pick.
func (ix *Index) Match(toks []arabic.Token) []Hit {
	return ix.MatchAnalysed(toks, Analyse(toks))
}

// Analyse returns the readings (arabic.Analyses) of each word token, all
// held in one buffer; a numeral is its own one reading; other tokens get
// none.
func Analyse(toks []arabic.Token) [][]arabic.Analysis {
	var s Scratch
	return s.Analyse(toks)
}

// Analyse is the package's Analyse in buffers of s: the result is valid
// until the next call of s.Analyse.
func (s *Scratch) Analyse(toks []arabic.Token) [][]arabic.Analysis {
	if cap(s.an) < len(toks) {
		s.an = make([][]arabic.Analysis, len(toks))
	} else {
		s.an = s.an[:len(toks)]
		clear(s.an)
	}
	if want := 6 * len(toks); cap(s.abuf) < want {
		s.abuf = make([]arabic.Analysis, 0, want)
	}
	buf := s.abuf[:0]
	for i, t := range toks {
		if t.Kind == arabic.Numeral {
			// "كيلو 16"، "البرج 22": a number inside a name is one
			// reading, itself.
			start := len(buf)
			buf = append(buf, arabic.Analysis{Stem: t.Norm})
			s.an[i] = buf[start:len(buf):len(buf)]
			continue
		}
		if t.Kind != arabic.Word && t.Kind != arabic.Latin {
			continue
		}
		start := len(buf)
		buf = arabic.AppendAnalyses(buf, t.Norm)
		s.an[i] = buf[start:len(buf):len(buf)]
	}
	// When buf grew, keep the larger array for the next text.
	s.abuf = buf[:0]
	return s.an
}

// MatchAnalysed is Match with the readings of each token given (from
// Analyse), for callers that need them too.
func (ix *Index) MatchAnalysed(toks []arabic.Token, an [][]arabic.Analysis) []Hit {
	var s Scratch
	return ix.AppendMatches(nil, &s, toks, an)
}

// Scratch holds the buffers of a match. A caller that matches many texts
// in a row (one at a time) can keep one and pass it to every
// AppendMatches, so that they are allocated once; nothing in them outlives
// the call. The zero value is ready to use.
type Scratch struct {
	keys, names []tokKey // readings for words and for names, token by token
	// keyEnd and nameEnd hold where the readings of each token end in
	// keys and names: token i's are keys[keyEnd[i-1]:keyEnd[i]].
	keyEnd, nameEnd []int32
	sing            []arabic.SingularParts
	buf             []byte // builds keys that are not substrings of the word

	an   [][]arabic.Analysis // Analyse's result
	abuf []arabic.Analysis   // the readings an's slices are cut from
}

// AppendMatches appends the hits of MatchAnalysed to dst, using s for its
// buffers, and returns the extended slice.
func (ix *Index) AppendMatches(dst []Hit, s *Scratch, toks []arabic.Token, an [][]arabic.Analysis) []Hit {
	s.readings(ix, toks, an)
	// Each start token's word phrases, then its names: the order a stable
	// sort by start token of all word hits followed by all name hits gives.
	for i := range toks {
		dst = ix.match(toks, i, s.keys, s.keyEnd, ix.byFirst, dst)
		dst = ix.match(toks, i, s.names, s.nameEnd, ix.byName, dst)
	}
	return dst
}

// readings fills s.keys and s.names with the readings of each token that
// the index holds, for words and for names. Most words of a text match
// nothing and cost a few lookups each.
func (s *Scratch) readings(ix *Index, toks []arabic.Token, an [][]arabic.Analysis) {
	// Most tokens have at most one reading the index holds: one
	// allocation each for a new Scratch.
	s.keys, s.names = slices.Grow(s.keys[:0], len(toks)), slices.Grow(s.names[:0], len(toks))
	s.keyEnd, s.nameEnd = slices.Grow(s.keyEnd[:0], len(toks)), slices.Grow(s.nameEnd[:0], len(toks))
	for i := range toks {
		for _, a := range an[i] {
			pre, suf := a.Pre != "", a.Suf != ""
			stemID, inStem := ix.ids[a.Stem]
			if inStem {
				s.keys = append(s.keys, tokKey{id: stemID, pre: pre, suf: suf})
			}
			// A name word of two letters after a proclitic ("وتل أبيض"،
			// "بتل رفعت") opens a longer name only: alone it is too
			// likely another word.
			// (Only after و and ب: "لتل أبيب" is more often "to" than "at".)
			short := pre && utf8.RuneCountInString(a.Stem) < 3
			if !suf && !strings.ContainsAny(a.Pre, "سك") && (!short || !a.Al && strings.Trim(a.Pre, "وب") == "") {
				id, ok := stemID, inStem
				if a.Al {
					// The name keeps its article: the word without its
					// proclitics, cut from the word itself when it can be.
					w := toks[i].Norm
					if head := w[:len(w)-len(a.Stem)]; strings.HasSuffix(head, "ال") {
						id, ok = ix.ids[w[len(head)-len("ال"):]]
					} else {
						s.buf = append(append(s.buf[:0], "ال"...), a.Stem...)
						id, ok = ix.ids[string(s.buf)]
					}
				}
				if ok {
					s.names = append(s.names, tokKey{id: id, pre: pre, short: short})
				}
			}
			// The accusative of an indefinite noun ends in ا (هجوما، قتيلا).
			if b, ok := strings.CutSuffix(a.Stem, "ا"); ok && !suf && len(b) >= 6 {
				if id, ok := ix.ids[b]; ok {
					s.keys = append(s.keys, tokKey{id: id, pre: pre})
				}
			}
			s.sing = arabic.AppendSingularParts(s.sing[:0], a.Stem)
			for _, inf := range s.sing {
				var id int32
				var ok bool
				if inf.Tail == "" {
					id, ok = ix.ids[inf.Base]
				} else {
					s.buf = append(append(s.buf[:0], inf.Base...), inf.Tail...)
					id, ok = ix.ids[string(s.buf)]
				}
				if !ok {
					continue
				}
				f := Plural
				if inf.Number == arabic.Dual {
					f = Dual
				}
				s.keys = append(s.keys, tokKey{id: id, pre: pre, suf: suf, form: f})
			}
		}
		s.keyEnd = append(s.keyEnd, int32(len(s.keys)))
		s.nameEnd = append(s.nameEnd, int32(len(s.names)))
	}
}

// readingsOf returns the readings of token i from a buffer and its ends.
func readingsOf(keys []tokKey, end []int32, i int) []tokKey {
	lo := int32(0)
	if i > 0 {
		lo = end[i-1]
	}
	return keys[lo:end[i]]
}

// match appends the phrases of table first that start at token i.
func (ix *Index) match(toks []arabic.Token, i int, keys []tokKey, ends []int32, first [][]start, hits []Hit) []Hit {
	var next []tokKey // the readings of the next token, for second words
	if i+1 < len(toks) {
		next = readingsOf(keys, ends, i+1)
	}
	for _, k := range readingsOf(keys, ends, i) {
		for _, st := range first[k.id] {
			if st.second >= 0 && !hasKey(next, st.second) {
				continue // the check of the second word below would fail
			}
			p := &ix.phrases[st.phrase]
			if k.suf && len(p.words) > 1 || k.short && len(p.words) == 1 {
				continue
			}
			form, ok := k.form, true
			end := i + 1
			for j := 1; j < len(p.words); j++ {
				if i+j >= len(toks) {
					ok = false
					break
				}
				matched := false
				for _, kk := range readingsOf(keys, ends, i+j) {
					if kk.id != p.words[j] || kk.pre || (kk.suf && j != len(p.words)-1) {
						continue
					}
					if form == Plain {
						form = kk.form
					}
					matched = true
					break
				}
				if !matched {
					ok = false
					break
				}
				end = i + j + 1
			}
			if !ok {
				continue
			}
			ref := p.ref
			if ref.Form == Plain {
				ref.Form = form
			}
			h := Hit{Tok: i, TokEnd: end, Ref: ref}
			if !hasHit(hits, h) {
				hits = append(hits, h)
			}
		}
	}
	return hits
}

// hasKey reports whether one of keys has key id.
func hasKey(keys []tokKey, id int32) bool {
	for _, k := range keys {
		if k.id == id {
			return true
		}
	}
	return false
}

func hasHit(hits []Hit, h Hit) bool {
	for j := len(hits) - 1; j >= 0 && hits[j].Tok == h.Tok; j-- {
		if hits[j].TokEnd == h.TokEnd && hits[j].Ref.Kind == h.Ref.Kind && hits[j].Ref.Item == h.Ref.Item {
			return true
		}
	}
	return false
}
