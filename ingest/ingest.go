// Package ingest reads articles: plain text files and JSON Lines in the
// input format of ../shared/eval/README.md section 3.
package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/rasd-project/rasd"
)

// MaxArticleBytes bounds one article; longer input is refused rather than
// read into memory without limit.
const MaxArticleBytes = 8 << 20

// ErrEmpty is returned for input with no text.
var ErrEmpty = errors.New("input is empty")

// CheckText returns an error when b cannot be an article's text: empty,
// too large, not UTF-8, or binary.
func CheckText(b []byte) error {
	if len(bytes.TrimSpace(b)) == 0 {
		return ErrEmpty
	}
	if len(b) > MaxArticleBytes {
		return fmt.Errorf("input is larger than %d MB, the most one article may be (split it, or pass JSON Lines)", MaxArticleBytes>>20)
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return errors.New("input looks binary (it holds NUL bytes); rasd reads UTF-8 text")
	}
	if !utf8.Valid(b) {
		off := 0
		for off < len(b) {
			r, n := utf8.DecodeRune(b[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return fmt.Errorf("input is not valid UTF-8 (first bad byte at offset %d); convert it to UTF-8 first", off)
	}
	return nil
}

// Text reads one article from plain text. Its ID is id.
func Text(r io.Reader, id string) (rasd.Article, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxArticleBytes+1))
	if err != nil {
		return rasd.Article{}, err
	}
	if err := CheckText(b); err != nil {
		return rasd.Article{}, err
	}
	return rasd.Article{ID: id, Text: strings.TrimPrefix(string(b), "\uFEFF")}, nil
}

// jsonArticle is the input format: published may be a date or an RFC 3339 time.
type jsonArticle struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Lang      string `json:"lang"`
}

// JSONLines calls fn for each article of a JSON Lines stream, in order.
// A malformed line stops the read with an error naming its line number;
// articles before it have been passed to fn.
func JSONLines(r io.Reader, fn func(rasd.Article) error) error {
	br := bufio.NewReaderSize(r, 64*1024)
	line := 0
	for {
		b, err := readLine(br, MaxArticleBytes)
		if len(b) > 0 || err == nil {
			line++
		}
		if errors.Is(err, errLineTooLong) {
			return fmt.Errorf("line %d: longer than %d MB", line, MaxArticleBytes>>20)
		}
		if len(bytes.TrimSpace(b)) > 0 {
			if !utf8.Valid(b) {
				return fmt.Errorf("line %d: not valid UTF-8", line)
			}
			var ja jsonArticle
			dec := json.NewDecoder(bytes.NewReader(b))
			if e := dec.Decode(&ja); e != nil {
				return fmt.Errorf("line %d: malformed JSON: %v", line, e)
			}
			if ja.ID == "" {
				ja.ID = fmt.Sprintf("line-%d", line)
			}
			a := rasd.Article{ID: ja.ID, Title: ja.Title, Text: ja.Text, PublishedRaw: ja.Published, Source: ja.Source, URL: ja.URL, Lang: ja.Lang}
			if e := fn(a); e != nil {
				return fmt.Errorf("line %d (%s): %w", line, ja.ID, e)
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

var errLineTooLong = errors.New("line too long")

func readLine(br *bufio.Reader, limit int) ([]byte, error) {
	var out []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(out)+len(chunk) > limit {
			// Drain the rest of the line.
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			return nil, errLineTooLong
		}
		out = append(out, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return out, err
	}
}
