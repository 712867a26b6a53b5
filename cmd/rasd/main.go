// Command rasd reads Arabic news reports and codes the political violence
// they report as ACLED-style event records, with the words behind every
// value.
//
//	rasd extract [flags] [FILE]   extract events from a text or .jsonl file (or stdin)
//	rasd eval --gold G --articles A | --system S
//	rasd gazetteer import --places F [--alternate F --admin1 F --admin2 F] --out DIR
//	rasd version
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	m := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	if err := m.Run(ctx, os.Args[1:]); err != nil {
		if !errors.Is(err, errUsage) {
			fmt.Fprintln(os.Stderr, "rasd:", err)
		}
		os.Exit(exitCode(err))
	}
}

// Main wires the subcommands; tests drive it directly.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

var errUsage = errors.New("usage")

func exitCode(err error) int {
	if errors.Is(err, errUsage) {
		return 2
	}
	return 1
}

const usage = `rasd — Arabic conflict reports to evidence-backed ACLED event records

Usage:
  rasd extract [flags] [FILE]      extract events from a text file, a .jsonl file or stdin
  rasd eval --gold G --articles A  extract and score against gold (../shared/eval/README.md)
  rasd eval --gold G --system S    score a saved output
  rasd gazetteer import --places F --out DIR
                                   add a GeoNames dump's places with Arabic names to a lexicon directory
  rasd version

Run "rasd COMMAND -h" for a command's flags.
`

// Run runs one subcommand.
func (m *Main) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(m.Stderr, usage)
		return errUsage
	}
	log := slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	switch args[0] {
	case "extract":
		return m.runExtract(ctx, log, args[1:])
	case "eval":
		return m.runEval(ctx, log, args[1:])
	case "gazetteer":
		return m.runGazetteer(ctx, log, args[1:])
	case "version":
		fmt.Fprintln(m.Stdout, "rasd", version)
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(m.Stdout, usage)
		return nil
	}
	fmt.Fprintf(m.Stderr, "rasd: unknown command %q\n\n%s", args[0], usage)
	return errUsage
}

const version = "0.1.0-dev"
