package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

func itoa(n int) string { return strconv.Itoa(n) }

// fig prints a ratio, or "-" when its denominator is zero.
func fig(v float64, den int) string {
	if den == 0 {
		return "    -"
	}
	return fmt.Sprintf("%.3f", v)
}

// WriteText writes a human summary: event and record scores first, then
// article counts, the per-field table, and every miss and false fill,
// missed events, false events, unpaired optional gold and excluded system
// events. Event indices are 0-based positions in the article's "events".
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	e := r.Event
	fmt.Fprintf(&b, "event   P=%s R=%s F1=%s (tp=%d sys=%d gold=%d)\n",
		fig(e.P, e.System), fig(e.R, e.Gold), fig(e.F1, e.System+e.Gold), e.TP, e.System, e.Gold)
	rc := r.Record
	fmt.Fprintf(&b, "record  P=%s R=%s F1=%s (right=%d miss=%d false_fill=%d)\n",
		fig(rc.P, rc.Right+rc.FalseFill), fig(rc.R, rc.Right+rc.Miss), fig(rc.F1, rc.Right+rc.Miss+rc.FalseFill),
		rc.Right, rc.Miss, rc.FalseFill)
	fmt.Fprintf(&b, "articles: gold=%d system=%d without_system_line=%d ignored_system_lines=%d (%d events)\n",
		r.GoldArticles, r.SystemArticles, len(r.MissingArticles), len(r.IgnoredArticles), r.IgnoredEvents)
	fmt.Fprintf(&b, "events: optional_unpaired=%d (not counted) excluded_older_than_%d_days=%d (not counted)\n",
		len(r.OptionalUnpaired), MaxAgeDays, len(r.ExcludedEvents))

	b.WriteString("\nfield            P      R      F1     right  miss  false_fill\n")
	row := func(name string, x FieldScore) {
		fmt.Fprintf(&b, "%-15s  %s  %s  %s  %5d  %4d  %10d\n", name,
			fig(x.P, x.Right+x.FalseFill), fig(x.R, x.Right+x.Miss), fig(x.F1, x.Right+x.Miss+x.FalseFill),
			x.Right, x.Miss, x.FalseFill)
	}
	for _, f := range FieldNames {
		row(f, r.Fields[f])
	}
	row("record", r.Record)

	fmt.Fprintf(&b, "\nmisses and false fills in pairs (%d):\n", len(r.Discrepancies))
	for _, d := range r.Discrepancies {
		fmt.Fprintf(&b, "  %s  gold#%d sys#%d  %-14s %-10s gold=%s  sys=%s\n",
			d.Article, d.Gold, d.System, d.Field, d.Kind, d.GoldValue, d.SystemValue)
	}
	list := func(title, tag string, l []EventSummary, note string) {
		fmt.Fprintf(&b, "\n%s (%d)%s:\n", title, len(l), note)
		for _, s := range l {
			fmt.Fprintf(&b, "  %s  %s#%d  %s / %s  %s  %s  admin1=%s  location=%s  actor1=%s  actor2=%s",
				s.Article, tag, s.Index, s.EventType, s.SubEventType, s.Date, s.ISO3,
				s.Admin1, s.Location, s.Actor1, s.Actor2)
			if s.Values > 0 {
				fmt.Fprintf(&b, "  values=%d", s.Values)
			}
			b.WriteByte('\n')
		}
	}
	list("missed events (unpaired gold; each value a miss)", "gold", r.MissedEvents, "")
	list("false events (unpaired system; each value a false fill)", "sys", r.FalseEvents, "")
	list("optional gold events left unpaired", "gold", r.OptionalUnpaired, ", not counted")
	list(fmt.Sprintf("system events dated more than %d days before publication", MaxAgeDays), "sys", r.ExcludedEvents, ", not counted")
	if len(r.MissingArticles) > 0 {
		fmt.Fprintf(&b, "\ngold articles without a system line (%d): %s\n", len(r.MissingArticles), strings.Join(r.MissingArticles, " "))
	}
	if len(r.IgnoredArticles) > 0 {
		fmt.Fprintf(&b, "\nsystem lines with ids not in gold, ignored (%d): %s\n", len(r.IgnoredArticles), strings.Join(r.IgnoredArticles, " "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON writes the report as indented JSON (figures, counts and every
// itemised error; see the json tags of Report).
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
