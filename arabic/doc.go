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
// package-level tables are read-only literals.
package arabic
