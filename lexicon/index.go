package lexicon

import (
	"sort"
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
	byFirst map[string][]int // words: key of the first word → phrases
	byName  map[string][]int // names: key of the first word → phrases
	vocab   map[string]bool  // every key of every phrase: readings outside it match nothing
	phrases []phrase
}

type phrase struct {
	words []string
	ref   Ref
	exact bool // a name (see Index)
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
	ix := &Index{byFirst: map[string][]int{}, byName: map[string][]int{}, vocab: map[string]bool{}}
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
		m := ix.byFirst
		if exact {
			m = ix.byName
		}
		// A phrase already indexed with the same words and ref is skipped.
		for _, id := range m[keys[0]] {
			p := ix.phrases[id]
			if p.ref == ref && strings.Join(p.words, " ") == strings.Join(keys, " ") {
				return
			}
		}
		m[keys[0]] = append(m[keys[0]], len(ix.phrases))
		ix.phrases = append(ix.phrases, phrase{words: keys, ref: ref, exact: exact})
		for _, k := range keys {
			ix.vocab[k] = true
		}
		// A name opening with a bearing (شمال غزة) is also written with
		// the adjective (شمالي غزة).
		if exact && len(keys) > 1 && bearings[keys[0]] {
			adj := append([]string{keys[0] + "ي"}, keys[1:]...)
			ix.vocab[adj[0]] = true
			m[adj[0]] = append(m[adj[0]], len(ix.phrases))
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

type tokKey struct {
	key       string
	pre       bool // the reading peeled a proclitic other than the article
	suf       bool // the reading peeled an enclitic
	form      Form
	inflected bool // read through a dual, plural or accusative ending
}

// Match returns every lexicon phrase found in toks. At one start token,
// several phrases of different lengths and tables may match; callers pick.
func (ix *Index) Match(toks []arabic.Token) []Hit {
	return ix.MatchAnalysed(toks, Analyse(toks))
}

// Analyse returns the readings (arabic.Analyses) of each word token, all
// held in one buffer; other tokens get none.
func Analyse(toks []arabic.Token) [][]arabic.Analysis {
	out := make([][]arabic.Analysis, len(toks))
	buf := make([]arabic.Analysis, 0, 6*len(toks))
	for i, t := range toks {
		if t.Kind != arabic.Word && t.Kind != arabic.Latin {
			continue
		}
		start := len(buf)
		buf = arabic.AppendAnalyses(buf, t.Norm)
		out[i] = buf[start:len(buf):len(buf)]
	}
	return out
}

// MatchAnalysed is Match with the readings of each token given (from
// Analyse), for callers that need them too.
func (ix *Index) MatchAnalysed(toks []arabic.Token, an [][]arabic.Analysis) []Hit {
	// Readings are kept only when the lexicon holds them; most words of a
	// text match nothing and cost one lookup each.
	keys := make([][]tokKey, len(toks))  // readings for words
	names := make([][]tokKey, len(toks)) // readings for names
	var kbuf, nbuf []tokKey
	for i := range toks {
		ks, ns := len(kbuf), len(nbuf)
		for _, a := range an[i] {
			k := tokKey{key: a.Stem, pre: a.Pre != "", suf: a.Suf != ""}
			if ix.vocab[k.key] {
				kbuf = append(kbuf, k)
			}
			if a.Suf == "" && !strings.ContainsAny(a.Pre, "سك") && (a.Pre == "" || utf8.RuneCountInString(a.Stem) >= 3) {
				nk := tokKey{key: a.Stem, pre: k.pre}
				if a.Al {
					// The name keeps its article: the word without its
					// proclitics, cut from the word itself when it can be.
					w := toks[i].Norm
					if head := w[:len(w)-len(a.Stem)]; strings.HasSuffix(head, "ال") {
						nk.key = w[len(head)-len("ال"):]
					} else {
						nk.key = "ال" + a.Stem
					}
				}
				if ix.vocab[nk.key] {
					nbuf = append(nbuf, nk)
				}
			}
			// The accusative of an indefinite noun ends in ا (هجوما، قتيلا).
			if b, ok := strings.CutSuffix(a.Stem, "ا"); ok && a.Suf == "" && len(b) >= 6 && ix.vocab[b] {
				kbuf = append(kbuf, tokKey{key: b, pre: k.pre, inflected: true})
			}
			for _, inf := range arabic.Singulars(a.Stem) {
				if !ix.vocab[inf.Singular] {
					continue
				}
				f := Plural
				if inf.Number == arabic.Dual {
					f = Dual
				}
				kbuf = append(kbuf, tokKey{key: inf.Singular, pre: k.pre, suf: k.suf, form: f, inflected: true})
			}
		}
		// Earlier slices keep the array they were cut from when the
		// buffers grow; what they hold is never written again.
		keys[i] = kbuf[ks:len(kbuf):len(kbuf)]
		names[i] = nbuf[ns:len(nbuf):len(nbuf)]
	}
	var hits []Hit
	hits = ix.match(toks, keys, ix.byFirst, hits)
	hits = ix.match(toks, names, ix.byName, hits)
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Tok < hits[j].Tok })
	return hits
}

func (ix *Index) match(toks []arabic.Token, keys [][]tokKey, first map[string][]int, hits []Hit) []Hit {
	for i := range toks {
		for _, k := range keys[i] {
			for _, id := range first[k.key] {
				p := ix.phrases[id]
				if k.suf && len(p.words) > 1 {
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
					for _, kk := range keys[i+j] {
						if kk.key != p.words[j] || kk.pre || (kk.suf && j != len(p.words)-1) {
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
	}
	return hits
}

func hasHit(hits []Hit, h Hit) bool {
	for j := len(hits) - 1; j >= 0 && hits[j].Tok == h.Tok; j-- {
		if hits[j].TokEnd == h.TokEnd && hits[j].Ref.Kind == h.Ref.Kind && hits[j].Ref.Item == h.Ref.Item {
			return true
		}
	}
	return false
}
