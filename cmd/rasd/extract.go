package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/rasd-project/rasd"
	"github.com/rasd-project/rasd/extract"
	"github.com/rasd-project/rasd/geo"
	"github.com/rasd-project/rasd/ingest"
	"github.com/rasd-project/rasd/lexicon"
)

// output is one line of rasd's JSON Lines output.
type output struct {
	ID     string       `json:"id"`
	Events []rasd.Event `json:"events"`
}

func newExtractor(lexDir, zone string) (*extract.Extractor, error) {
	lx, err := lexicon.Load(lexDir)
	if err != nil {
		return nil, err
	}
	loc := extract.DefaultZone()
	if zone != "" {
		t, err := time.Parse("-07:00", zone)
		if err != nil {
			return nil, fmt.Errorf("--zone %q: want an offset such as +03:00", zone)
		}
		_, off := t.Zone()
		loc = time.FixedZone(zone, off)
	}
	return extract.New(lx, geo.NewCurated(lx), loc), nil
}

func (m *Main) runExtract(ctx context.Context, log *slog.Logger, args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	published := fs.String("published", "", "publication date of a text article (YYYY-MM-DD or RFC 3339); required for text input")
	source := fs.String("source", "", "outlet of a text article")
	title := fs.String("title", "", "headline of a text article")
	id := fs.String("id", "", "id of a text article (default: the file name)")
	format := fs.String("format", "json", "output format: json (JSON Lines) or table")
	lexDir := fs.String("lexicon", "", "directory of lexicon files that extend the built-in ones")
	zone := fs.String("zone", "+03:00", "outlet time zone for RFC 3339 publication times")
	explain := fs.Bool("explain", false, "print how each sentence was read, for tuning lexicons")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "Usage: rasd extract [flags] [FILE]\n\nFILE is a UTF-8 text file (one article) or a .jsonl file (one article a line,\nin the input format of ../shared/eval/README.md); without FILE, or with -, stdin.\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	if *format != "json" && *format != "table" {
		return fmt.Errorf("--format %q: want json or table", *format)
	}
	if fs.NArg() > 1 {
		return fmt.Errorf("extract takes one file, got %d", fs.NArg())
	}
	x, err := newExtractor(*lexDir, *zone)
	if err != nil {
		return err
	}
	path := fs.Arg(0)
	var in io.Reader = m.Stdin
	name := "stdin"
	if path != "" && path != "-" {
		if st, err := os.Stat(path); err == nil && st.IsDir() {
			return fmt.Errorf("%s is a directory; give a file", path)
		}
		f, err := openMaybeGzip(path) // a .jsonl.gz corpus is read as it is
		if err != nil {
			return err
		}
		defer f.Close()
		in, name = f, path
		path = strings.TrimSuffix(path, ".gz")
	}
	w := bufio.NewWriter(m.Stdout)
	defer w.Flush()
	emit := func(a rasd.Article) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if *explain {
			if err := x.Explain(w, a); err != nil {
				return err
			}
		}
		evs, err := x.Extract(a)
		if err != nil {
			return err
		}
		if evs == nil {
			evs = []rasd.Event{}
		}
		if *format == "table" {
			writeTable(w, a, evs)
			return nil
		}
		b, err := json.Marshal(output{ID: a.ID, Events: evs})
		if err != nil {
			return err
		}
		w.Write(b)
		return w.WriteByte('\n')
	}
	if strings.HasSuffix(strings.ToLower(path), ".jsonl") {
		return ingest.JSONLines(in, func(a rasd.Article) error {
			if a.PublishedRaw == "" {
				a.PublishedRaw = *published
			}
			if a.Source == "" {
				a.Source = *source
			}
			err := emit(a)
			if errors.Is(err, extract.ErrNoDate) {
				return fmt.Errorf("%w (give \"published\" in the line or --published)", err)
			}
			return err
		})
	}
	a, err := ingest.Text(in, name)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if *published == "" {
		return fmt.Errorf("%s: --published is required for a text article (YYYY-MM-DD): dates like \"yesterday\" are read against it", name)
	}
	a.ID = *id
	if a.ID == "" {
		a.ID = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	}
	a.Title, a.Source, a.PublishedRaw = *title, *source, *published
	if _, err := extract.PublicationDay(a.PublishedRaw, nil); err != nil {
		return fmt.Errorf("--published: %w", err)
	}
	return emit(a)
}

// writeTable prints events for people: one block an event, each value
// with the words behind it.
func writeTable(w io.Writer, a rasd.Article, evs []rasd.Event) {
	fmt.Fprintf(w, "── %s: %d event(s)\n", a.ID, len(evs))
	for i, ev := range evs {
		quote := func(field string) string {
			for _, e := range ev.Evidence {
				if e.Field == field {
					return "  «" + isolate(e.Quote) + "»"
				}
			}
			return ""
		}
		name := func(a *rasd.Actor) string {
			if a == nil {
				return "—"
			}
			return a.Name
		}
		num := func(p *int) string {
			if p == nil {
				return "—"
			}
			return fmt.Sprint(*p)
		}
		fmt.Fprintf(w, "\n[%d] %s / %s%s\n", i+1, ev.EventType, ev.SubEventType, quote("sub_event_type"))
		fmt.Fprintf(w, "    date        %s %s%s\n", ev.Date, ev.TimeOfDay, quote("date"))
		loc := ev.Location
		if ev.Admin1 != "" && ev.Admin1 != ev.Location {
			loc += ", " + ev.Admin1
		}
		fmt.Fprintf(w, "    place       %s, %s (precision %d", loc, ev.ISO3, ev.GeoPrecision)
		if ev.Lat != nil {
			fmt.Fprintf(w, "; %.4f, %.4f", *ev.Lat, *ev.Lon)
		}
		fmt.Fprintf(w, ")%s\n", quote("location"))
		fmt.Fprintf(w, "    actor1      %s%s\n", name(ev.Actor1), quote("actor1"))
		fmt.Fprintf(w, "    actor2      %s%s\n", name(ev.Actor2), quote("actor2"))
		fmt.Fprintf(w, "    killed      %s%s\n", num(ev.Fatalities), quote("fatalities"))
		fmt.Fprintf(w, "    injured     %s%s\n", num(ev.Injured), quote("injured"))
		fmt.Fprintf(w, "    weapons     %s\n", strings.Join(ev.Weapons, ", "))
		fmt.Fprintf(w, "    claimed by  %s%s\n", name(ev.ClaimedBy), quote("claimed_by"))
		if len(ev.Claims) > 0 {
			fmt.Fprintln(w, "    claims:")
			for _, c := range ev.Claims {
				src := c.Source
				if src == "" {
					src = "the outlet"
				}
				fmt.Fprintf(w, "      - %-10s %-10s %s, per %s: «%s»\n", c.Field, c.Value, c.Stance, isolate(src), isolate(c.Span.Quote))
			}
		}
	}
	fmt.Fprintln(w)
}

// isolate prepares Arabic for a terminal line that also holds Latin text:
// newlines become spaces and the run is wrapped in Unicode first-strong
// isolates (U+2068 … U+2069), so that a bidi-aware terminal lays it out
// right-to-left without reordering the English around it.
func isolate(s string) string {
	return "\u2068" + strings.ReplaceAll(s, "\n", " ") + "\u2069"
}
