package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/rasd-project/rasd"
	"github.com/rasd-project/rasd/eval"
	"github.com/rasd-project/rasd/ingest"
)

func (m *Main) runEval(ctx context.Context, log *slog.Logger, args []string) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	gold := fs.String("gold", "", "gold annotations (JSON Lines, ../shared/eval/dev.jsonl format)")
	articles := fs.String("articles", "", "articles to extract and score (JSON Lines input format, may be .gz); those not in the gold are skipped")
	system := fs.String("system", "", "a saved rasd extract output to score instead of extracting")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	out := fs.String("out", "", "also write the system output extracted from --articles to this file")
	lexDir := fs.String("lexicon", "", "directory of lexicon files that extend the built-in ones")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	if *gold == "" || (*articles == "") == (*system == "") {
		fmt.Fprintln(m.Stderr, "rasd eval: give --gold and exactly one of --articles or --system")
		fs.PrintDefaults()
		return errUsage
	}
	gf, err := os.Open(*gold)
	if err != nil {
		return err
	}
	defer gf.Close()
	g, err := eval.ReadGold(gf)
	if err != nil {
		return fmt.Errorf("%s: %w", *gold, err)
	}
	var sysJSON []byte
	if *system != "" {
		if sysJSON, err = os.ReadFile(*system); err != nil {
			return err
		}
	} else {
		x, err := newExtractor(*lexDir, "")
		if err != nil {
			return err
		}
		af, err := openMaybeGzip(*articles)
		if err != nil {
			return err
		}
		defer af.Close()
		inGold := map[string]bool{}
		for _, ga := range g {
			inGold[ga.ID] = true
		}
		var buf bytes.Buffer
		err = ingest.JSONLines(af, func(a rasd.Article) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			if !inGold[a.ID] {
				return nil // a corpus holds more articles than the gold codes
			}
			evs, err := x.Extract(a)
			if err != nil {
				return err
			}
			if evs == nil {
				evs = []rasd.Event{}
			}
			b, err := json.Marshal(output{ID: a.ID, Events: evs})
			if err != nil {
				return err
			}
			buf.Write(b)
			return buf.WriteByte('\n')
		})
		if err != nil {
			return fmt.Errorf("%s: %w", *articles, err)
		}
		sysJSON = buf.Bytes()
		if *out != "" {
			if err := os.WriteFile(*out, sysJSON, 0o644); err != nil {
				return err
			}
		}
	}
	s, err := eval.ReadSystem(bytes.NewReader(sysJSON))
	if err != nil {
		return fmt.Errorf("system output: %w", err)
	}
	r := eval.Score(g, s)
	if *asJSON {
		return r.WriteJSON(m.Stdout)
	}
	return r.WriteText(m.Stdout)
}

// openMaybeGzip opens a file, reading through gzip when its name ends in .gz.
func openMaybeGzip(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(path, ".gz") {
		return f, nil
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return struct {
		io.Reader
		io.Closer
	}{zr, f}, nil
}
