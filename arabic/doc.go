// Package arabic is rasd's Arabic text layer: normalisation with an offset
// map back to the original text, tokenisation, sentence and clause
// splitting, clitic analysis, and recognition of counts and dates.
//
// Every stage keeps positions in the ORIGINAL text, counted in Unicode code
// points (runes), so that evidence spans can always be quoted verbatim:
//
//	t := arabic.NewText(s)        // Orig, Norm and the Off map between them
//	toks := arabic.Tokenize(t)    // tokens carry original and normalised spans
//	nums := arabic.Numbers(toks)  // counts, with token and original spans
//	days := arabic.Dates(toks, published)
//
// Normalisation is for matching only (see [NewText] for the rules); it never
// replaces the original. Nothing in this package panics on any input,
// including invalid UTF-8, and there is no package-level mutable state: the
// package-level tables are read-only (literals, or lookup arrays computed
// once at initialisation from those literals).
//
// # Design notes
//
// Unlike a char-filter chain that rewrites text (bleve's Arabic analyser),
// normalisation here records, for every normalised rune, the original rune
// that produced it ([Text].Off), in the spirit of the read/written counts of
// golang.org/x/text/transform. Whitespace is not collapsed, so the map stays
// one-to-one for spaces. Removed marks and tatweel belong to the rune before
// them ([Text.OrigSpan]). A presentation-form ligature may produce several
// normalised runes with the same offset; tokens never split such a rune.
//
// The token kind for digits is [Numeral], because [Number] names the count
// type returned by [Numbers]. Dates written with '-' or '/' are several
// tokens; [Dates] reassembles them, [Numbers] sees their parts as plain
// numbers. Numbers and Dates overlap on purpose ("5 آب" yields the count 5
// and the date): the caller decides which reading to use.
//
// The presentation-form table (presentation_table.go) is generated from
// Unicode compatibility decompositions by gen_presentation.py; run
// go generate to refresh it.
package arabic

//go:generate sh -c "python3 gen_presentation.py > presentation_table.go && gofmt -w presentation_table.go"
