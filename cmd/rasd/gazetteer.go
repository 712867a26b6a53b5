package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/rasd-project/rasd/geo"
	"github.com/rasd-project/rasd/lexicon"
)

func (m *Main) runGazetteer(ctx context.Context, log *slog.Logger, args []string) error {
	if len(args) == 0 || args[0] != "import" {
		fmt.Fprintln(m.Stderr, "usage: rasd gazetteer import --places FILE [--alternate FILE] [--admin1 FILE] [--admin2 FILE] [--countries IRQ,SYR] --out DIR")
		return errUsage
	}
	fs := flag.NewFlagSet("gazetteer import", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	places := fs.String("places", "", "GeoNames places table: allCountries.txt, a country file (IQ.txt) or citiesNNN.txt (may be .gz)")
	alternate := fs.String("alternate", "", "GeoNames alternateNamesV2.txt (may be .gz); without it, Arabic-script names of the places table are used")
	admin1 := fs.String("admin1", "", "GeoNames admin1CodesASCII.txt")
	admin2 := fs.String("admin2", "", "GeoNames admin2Codes.txt")
	countries := fs.String("countries", "", "keep only these countries: ISO alpha-3 codes separated by commas (default all)")
	out := fs.String("out", "", "lexicon overlay directory to write gazetteer.tsv into (then pass it as --lexicon)")
	lexDir := fs.String("lexicon", "", "directory of lexicon files that extend the built-in ones (its places count as curated)")
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	if *places == "" || *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(m.Stderr, "rasd gazetteer import: give --places and --out")
		fs.PrintDefaults()
		return errUsage
	}
	lx, err := lexicon.Load(*lexDir)
	if err != nil {
		return err
	}
	var d geo.GeoNamesDump
	if *countries != "" {
		d.Countries = strings.Split(*countries, ",")
	}
	for _, in := range []struct {
		path string
		r    *io.Reader
	}{{*places, &d.Places}, {*alternate, &d.AlternateNames}, {*admin1, &d.Admin1}, {*admin2, &d.Admin2}} {
		if in.path == "" {
			continue
		}
		f, err := openMaybeGzip(in.path)
		if err != nil {
			return err
		}
		defer f.Close()
		*in.r = f
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	// Write beside the target and rename, so a failed import leaves the
	// previous gazetteer.tsv in place.
	dst := filepath.Join(*out, "gazetteer.tsv")
	tmp, err := os.CreateTemp(*out, ".gazetteer-*.tsv")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	st, err := geo.ImportGeoNames(ctx, d, lx, tmp)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	// The written file must load: a bad row would otherwise surface only
	// at the next extraction.
	if err := lexicon.Check(tmp.Name(), "gazetteer.tsv"); err != nil {
		return fmt.Errorf("gazetteer import wrote an unreadable file: %w", err)
	}
	if err := os.Rename(tmp.Name(), dst); err != nil {
		return err
	}
	log.Info("gazetteer import", "read", st.Read, "written", st.Written)
	fmt.Fprintf(m.Stderr, "rasd gazetteer import: %d places read, %d written to %s (%d without an Arabic name, %d already curated, %d admin1 units kept under GeoNames' name, %d Arabic names dropped as ordinary words)\n",
		st.Read, st.Written, dst, st.NoArabic, st.Curated, st.Unmatched, st.OrdinaryNames)
	return nil
}
