package arabic

import (
	"testing"
	"time"
)

// TestTablesNormalized checks that every key of the package's lexical
// tables is already in normalised form, so that lookups by Token.Norm work.
func TestTablesNormalized(t *testing.T) {
	check := func(table, k string) {
		t.Helper()
		if n := Normalize(k); n != k {
			t.Errorf("%s key %q is not normalised (want %q)", table, k, n)
		}
	}
	for k := range numWords {
		check("numWords", k)
	}
	for k := range vagueWords {
		check("vagueWords", k)
	}
	for _, p := range [][][]string{atLeastBefore, atLeastAfter, approxBefore, approxAfter} {
		for _, pat := range p {
			for _, w := range pat {
				check("qualifier", w)
			}
		}
	}
}

func TestDateTablesNormalized(t *testing.T) {
	check := func(table, k string) {
		t.Helper()
		if n := Normalize(k); n != k {
			t.Errorf("%s key %q is not normalised (want %q)", table, k, n)
		}
	}
	for k := range weekdays {
		check("weekdays", k)
	}
	for k := range relDays {
		check("relDays", k)
	}
	for k := range timePrefix {
		check("timePrefix", k)
	}
	for k := range timeSuffix {
		check("timeSuffix", k)
	}
	for k := range months {
		check("months", k)
	}
	for k, v := range monthHeads {
		check("monthHeads", k)
		for k2 := range v {
			check("monthHeads", k2)
		}
	}
	for _, m := range []map[string]bool{yearWords, monthContext, notTodayAfter, verbHints, notNumbers} {
		for k := range m {
			check("set", k)
		}
	}
	for k := range modifiers {
		check("modifiers", k)
	}
	for k := range ordinals {
		check("ordinals", k)
	}
}

// TestEidDays checks the feast table: dates parse, ascend one per year,
// and each feast's first days fall about 354 days apart (a lunar year).
func TestEidDays(t *testing.T) {
	for feast, days := range eidDays {
		var prev time.Time
		for i, d := range days {
			day, err := time.Parse(time.DateOnly, d)
			if err != nil {
				t.Fatalf("%s: %q: %v", feast, d, err)
			}
			if i > 0 {
				if gap := day.Sub(prev).Hours() / 24; gap < 350 || gap > 358 {
					t.Errorf("%s: %s is %.0f days after %s, want about 354", feast, d, gap, days[i-1])
				}
			}
			prev = day
		}
	}
}
