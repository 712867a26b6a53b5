package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"

	"github.com/rasd-project/rasd"
	"github.com/rasd-project/rasd/eval"
	"github.com/rasd-project/rasd/ingest"
)

func (m *Main) runEval(ctx context.Context, log *slog.Logger, args []string) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	gold := fs.String("gold", "", "gold annotations (JSON Lines, ../shared/eval/dev.jsonl format)")
	articles := fs.String("articles", "", "articles to extract and score (JSON Lines input format)")
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
		af, err := os.Open(*articles)
		if err != nil {
			return err
		}
		defer af.Close()
		var buf bytes.Buffer
		err = ingest.JSONLines(af, func(a rasd.Article) error {
			if err := ctx.Err(); err != nil {
				return err
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
