package arabic_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rasd-project/rasd/arabic"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// fmtDates renders mentions as "text|date|precision|tod|rel".
func fmtDates(s string, pub time.Time) []string {
	txt := arabic.NewText(s)
	var out []string
	for _, dm := range arabic.Dates(arabic.Tokenize(txt), pub) {
		rel := ""
		if dm.Relative {
			rel = "rel"
		}
		out = append(out, fmt.Sprintf("%s|%s|%s|%s|%s", string(txt.Orig[dm.Start:dm.End]), dm.Date.Format("2006-01-02"), dm.Precision, dm.TimeOfDay, rel))
	}
	return out
}

func TestDates(t *testing.T) {
	wed := day("2024-08-07") // a Wednesday
	tests := []struct {
		in   string
		pub  time.Time
		want []string
	}{
		// relative days
		{"وصلت القوات اليوم", wed, []string{"اليوم|2024-08-07|Day||rel"}},
		{"في هذا اليوم", wed, []string{"هذا اليوم|2024-08-07|Day||rel"}},
		{"صباح اليوم", wed, []string{"صباح اليوم|2024-08-07|Day|morning|rel"}},
		{"فجر اليوم", wed, []string{"فجر اليوم|2024-08-07|Day|dawn|rel"}},
		{"مساء اليوم", wed, []string{"مساء اليوم|2024-08-07|Day|evening|rel"}},
		{"اليوم صباحاً", wed, []string{"اليوم صباحاً|2024-08-07|Day|morning|rel"}},
		{"الليلة", wed, []string{"الليلة|2024-08-07|Day|night|rel"}},
		{"أمس", wed, []string{"أمس|2024-08-06|Day||rel"}},
		{"بالأمس", wed, []string{"بالأمس|2024-08-06|Day||rel"}},
		{"البارحة", wed, []string{"البارحة|2024-08-06|Day||rel"}},
		{"مساء أمس", wed, []string{"مساء أمس|2024-08-06|Day|evening|rel"}},
		{"ليلة أمس", wed, []string{"ليلة أمس|2024-08-06|Day|night|rel"}},
		{"الليلة الماضية", wed, []string{"الليلة الماضية|2024-08-06|Day|night|rel"}},
		// a market named for its day is a place (Souq al-Jumaa, Tripoli)
		{"اشتباكات في منطقة سوق الجمعة الليلة الماضية", wed, []string{"الليلة الماضية|2024-08-06|Day|night|rel"}},
		{"يوم أمس", wed, []string{"يوم أمس|2024-08-06|Day||rel"}},
		{"أول أمس", wed, []string{"أول أمس|2024-08-05|Day||rel"}},
		{"أمس الأول", wed, []string{"أمس الأول|2024-08-05|Day||rel"}},
		{"أول من أمس", wed, []string{"أول من أمس|2024-08-05|Day||rel"}},
		{"قتل قبل يومين", wed, []string{"قبل يومين|2024-08-05|Day||rel"}},
		{"قتل قبل ثلاثة أيام", wed, []string{"قبل ثلاثة أيام|2024-08-04|Day||rel"}},
		{"قتل قبل 4 أيام", wed, []string{"قبل 4 أيام|2024-08-03|Day||rel"}},
		{"قبل يومين من الانتخابات", wed, nil},
		{"قتل منذ يومين", wed, []string{"منذ يومين|2024-08-05|Day||rel"}},
		{"غداً", wed, []string{"غداً|2024-08-08|Day||rel"}},
		// a day and month with no year: the year up to publication
		{"في 21 آذار", day("2018-04-09"), []string{"21 آذار|2018-03-21|Day||"}},
		// feasts: the last one on or before publication
		{"قتل في ثاني أيام عيد الأضحى المبارك", day("2024-06-22"), []string{"ثاني أيام عيد الأضحى المبارك|2024-06-17|Day||rel"}},
		{"صباح عيد الفطر", day("2023-04-23"), []string{"صباح عيد الفطر|2023-04-21|Day|morning|rel"}},
		{"أول أيام عيد الفطر", day("2019-06-04"), []string{"أول أيام عيد الفطر|2019-06-04|Day||rel"}},
		{"احتفل الناس بعيد الفطر", day("2019-06-10"), nil},
		// A weekday that disagrees with its relative word wins: the
		// report was written earlier than it was published.
		{"أمس الاثنين", wed, []string{"أمس الاثنين|2024-08-05|Day||rel"}},
		{"اليوم الثلاثاء", wed, []string{"اليوم الثلاثاء|2024-08-06|Day||rel"}},
		{"مساء أمس الاثنين", wed, []string{"مساء أمس الاثنين|2024-08-05|Day|evening|rel"}},
		{"أمس الثلاثاء", wed, []string{"أمس الثلاثاء|2024-08-06|Day||rel"}},
		{"اليوم الأربعاء", wed, []string{"اليوم الأربعاء|2024-08-07|Day||rel"}},
		{"في اليوم التالي", wed, nil},
		{"اليوم نفسه", wed, nil},
		{"بعد منتصف ليل الأحد الاثنين", wed, []string{"منتصف ليل الأحد الاثنين|2024-08-05|Day|night|rel"}},
		{"قتل الاثنين حوالي 60 شخصا", wed, []string{"الاثنين|2024-08-05|Day||rel"}},
		{"قتل الاثنين في الهجوم", wed, nil},
		// weekdays
		{"يوم الجمعة", wed, []string{"يوم الجمعة|2024-08-02|Day||rel"}},
		{"الجمعة الماضية", wed, []string{"الجمعة الماضية|2024-08-02|Day||rel"}},
		{"الأربعاء", wed, []string{"الأربعاء|2024-08-07|Day||rel"}},
		{"الأربعاء الماضي", wed, []string{"الأربعاء الماضي|2024-07-31|Day||rel"}},
		{"والخميس", wed, []string{"والخميس|2024-08-01|Day||rel"}},
		{"السبت", wed, []string{"السبت|2024-08-03|Day||rel"}},
		{"الثلاثاء", wed, []string{"الثلاثاء|2024-08-06|Day||rel"}},
		{"الأحد المقبل", wed, []string{"الأحد المقبل|2024-08-11|Day||rel"}},
		{"ليلة الأحد", wed, []string{"ليلة الأحد|2024-08-03|Day|night|rel"}},
		{"ليل الأحد", wed, []string{"ليل الأحد|2024-08-04|Day|night|rel"}},
		{"ليل السبت الأحد", wed, []string{"ليل السبت الأحد|2024-08-03|Day|night|rel"}},
		{"ليلة السبت إلى الأحد", wed, []string{"ليلة السبت إلى الأحد|2024-08-03|Day|night|rel"}},
		{"ليل السبت - الأحد", wed, []string{"ليل السبت - الأحد|2024-08-03|Day|night|rel"}},
		{"صباح الاثنين", wed, []string{"صباح الاثنين|2024-08-05|Day|morning|rel"}},
		{"بعد ظهر الجمعة", wed, []string{"بعد ظهر الجمعة|2024-08-02|Day|afternoon|rel"}},
		{"عصر الخميس", wed, []string{"عصر الخميس|2024-08-01|Day|afternoon|rel"}},
		{"ظهر السبت", wed, []string{"ظهر السبت|2024-08-03|Day|noon|rel"}},
		{"منتصف ليل الجمعة", wed, []string{"منتصف ليل الجمعة|2024-08-02|Day|night|rel"}},
		{"الخميس بعد الظهر", wed, []string{"الخميس بعد الظهر|2024-08-01|Day|afternoon|rel"}},
		// Monday heuristic
		{"قال الجيش الاثنين إن الهجوم فشل", wed, []string{"الاثنين|2024-08-05|Day||rel"}},
		{"قتل مسلحون شرطيا الاثنين.", wed, []string{"الاثنين|2024-08-05|Day||rel"}},
		{"الاثنين الماضي", wed, []string{"الاثنين الماضي|2024-08-05|Day||rel"}},
		{"الاثنين مساءً", wed, []string{"الاثنين مساءً|2024-08-05|Day|evening|rel"}},
		{"قتل الجنديين الاثنين.", wed, nil},
		{"الاثنين", wed, nil},
		{"يحمل الاثنين معا", wed, nil},
		{"يوم الاثنين 5 آب", wed, []string{"يوم الاثنين 5 آب|2024-08-05|Day||"}},
		{"الاثنين، 5 آب 2024", wed, []string{"الاثنين، 5 آب 2024|2024-08-05|Day||"}},
		// calendar dates
		{"في 5 آب/أغسطس 2024", wed, []string{"5 آب/أغسطس 2024|2024-08-05|Day||"}},
		{"5 (أغسطس) آب 2024", wed, []string{"5 (أغسطس) آب 2024|2024-08-05|Day||"}},
		{"5 آب (أغسطس) 2024", wed, []string{"5 آب (أغسطس) 2024|2024-08-05|Day||"}},
		{"5 أغسطس", wed, []string{"5 أغسطس|2024-08-05|Day||"}},
		{"٥ أغسطس", wed, []string{"٥ أغسطس|2024-08-05|Day||"}},
		{"28 ديسمبر", day("2024-01-03"), []string{"28 ديسمبر|2023-12-28|Day||"}},
		{"الخامس من أغسطس", wed, []string{"الخامس من أغسطس|2024-08-05|Day||"}},
		{"الحادي والثلاثين من تموز", wed, []string{"الحادي والثلاثين من تموز|2024-07-31|Day||"}},
		{"الثاني عشر من مارس", wed, []string{"الثاني عشر من مارس|2024-03-12|Day||"}},
		{"الحادية عشرة من مارس", wed, []string{"الحادية عشرة من مارس|2024-03-11|Day||"}},
		{"الأولى من يوليو", wed, []string{"الأولى من يوليو|2024-07-01|Day||"}},
		{"العشرين من يونيو", wed, []string{"العشرين من يونيو|2024-06-20|Day||"}},
		{"في 12 مارس الجاري", day("2024-03-20"), []string{"12 مارس الجاري|2024-03-12|Day||"}},
		{"في 12 مارس الماضي", day("2024-04-05"), []string{"12 مارس الماضي|2024-03-12|Day||"}},
		{"في 25 مارس الماضي", day("2024-03-20"), []string{"25 مارس الماضي|2023-03-25|Day||"}},
		{"في 3 من الشهر الجاري", wed, []string{"3 من الشهر الجاري|2024-08-03|Day||"}},
		{"2024-08-05", wed, []string{"2024-08-05|2024-08-05|Day||"}},
		{"5/8/2024", wed, []string{"5/8/2024|2024-08-05|Day||"}},
		{"5-8-2024", wed, []string{"5-8-2024|2024-08-05|Day||"}},
		{"5.8.2024", wed, []string{"5.8.2024|2024-08-05|Day||"}},
		{"31/2/2024", wed, nil},
		{"30 شباط", wed, nil},
		// months, years and periods
		{"في مارس الماضي", wed, []string{"مارس الماضي|2024-03-01|Month||"}},
		{"في آب", wed, nil}, // also the city of Ibb: a bare آب needs more
		{"في شهر آب", wed, []string{"آب|2024-08-01|Month||"}},
		{"في ديسمبر", wed, []string{"ديسمبر|2023-12-01|Month||"}},
		{"في أغسطس الماضي", wed, []string{"أغسطس الماضي|2023-08-01|Month||"}},
		{"في أغسطس المقبل", wed, []string{"أغسطس المقبل|2025-08-01|Month||"}},
		{"أغسطس 2023", wed, []string{"أغسطس 2023|2023-08-01|Month||"}},
		{"كانون الثاني/يناير 2023", wed, []string{"كانون الثاني/يناير 2023|2023-01-01|Month||"}},
		{"مارس الجيش ضغوطا", wed, nil},
		{"فتح باب المعبر", wed, nil},
		{"عام 2014", wed, []string{"عام 2014|2014-01-01|Year||"}},
		{"منذ العام 2011", wed, []string{"العام 2011|2011-01-01|Year||"}},
		{"الأسبوع الماضي", wed, []string{"الأسبوع الماضي|2024-07-31|Week||rel"}},
		{"الشهر الماضي", wed, []string{"الشهر الماضي|2024-07-01|Month||rel"}},
		{"الشهر الماضي", day("2024-01-15"), []string{"الشهر الماضي|2023-12-01|Month||rel"}},
		{"العام الماضي", wed, []string{"العام الماضي|2023-01-01|Year||rel"}},
		{"هذا العام", wed, []string{"هذا العام|2024-01-01|Year||rel"}},
		// boundaries
		{"الجمعة", day("2024-01-02"), []string{"الجمعة|2023-12-29|Day||rel"}},
		{"الأحد", day("2024-01-02"), []string{"الأحد|2023-12-31|Day||rel"}},
		{"أمس", day("2024-03-01"), []string{"أمس|2024-02-29|Day||rel"}},
		{"غدا", day("2023-12-31"), []string{"غدا|2024-01-01|Day||rel"}},
		{"الثلاثاء الماضي", day("2024-01-02"), []string{"الثلاثاء الماضي|2023-12-26|Day||rel"}},
		{"الأسبوع الماضي", day("2024-01-03"), []string{"الأسبوع الماضي|2023-12-27|Week||rel"}},
		// several in one text
		{"قصفت الطائرات البلدة مساء أمس، وعادت فجر اليوم.", wed, []string{"مساء أمس|2024-08-06|Day|evening|rel", "فجر اليوم|2024-08-07|Day|dawn|rel"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := fmtDates(tt.in, tt.pub)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Dates(%q, %s) =\n %q\nwant\n %q", tt.in, tt.pub.Format("2006-01-02"), got, tt.want)
			}
		})
	}
}

func TestDatesEveryMonth(t *testing.T) {
	names := map[time.Month][]string{
		1:  {"كانون الثاني", "يناير", "جانفي"},
		2:  {"شباط", "فبراير", "فيفري"},
		3:  {"آذار", "مارس"},
		4:  {"نيسان", "أبريل", "ابريل", "إبريل", "أفريل"},
		5:  {"أيار", "مايو", "ماي"},
		6:  {"حزيران", "يونيو", "يونيه", "جوان"},
		7:  {"تموز", "يوليو", "يوليه", "جويلية"},
		8:  {"آب", "أغسطس", "اغسطس", "أوت"},
		9:  {"أيلول", "سبتمبر"},
		10: {"تشرين الأول", "أكتوبر", "اكتوبر"},
		11: {"تشرين الثاني", "نوفمبر"},
		12: {"كانون الأول", "ديسمبر"},
	}
	for m, list := range names {
		for _, name := range list {
			in := "في 15 " + name + " 2023"
			want := fmt.Sprintf("15 %s 2023|2023-%02d-15|Day||", name, m)
			got := fmtDates(in, day("2024-08-07"))
			if len(got) != 1 || got[0] != want {
				t.Errorf("Dates(%q) = %q, want %q", in, got, want)
			}
		}
	}
}

func TestDatesPublishedLocation(t *testing.T) {
	// The civil date of published in its own zone is the publication day.
	loc := time.FixedZone("AST", 3*3600)
	pub := time.Date(2024, 8, 7, 1, 30, 0, 0, loc) // still Aug 6 in UTC
	got := fmtDates("أمس", pub)
	if len(got) != 1 || got[0] != "أمس|2024-08-06|Day||rel" {
		t.Errorf("got %q", got)
	}
	if arabic.Dates(nil, pub) != nil {
		t.Error("Dates(nil) != nil")
	}
}

// TestDatesYearInferred checks which day-month dates say they took the
// publication's year: only those written with no year and no modifier.
func TestDatesYearInferred(t *testing.T) {
	pub := day("2018-04-09")
	tests := []struct {
		in   string
		want bool
	}{
		{"في 21 آذار", true},
		{"في 21 آذار/مارس 2003", false},
		{"في 21 آذار الماضي", false},
		{"أمس", false},
		{"يوم الاثنين", false},
	}
	for _, tt := range tests {
		ds := arabic.Dates(arabic.Tokenize(arabic.NewText(tt.in)), pub)
		if len(ds) != 1 {
			t.Fatalf("%q: %d dates, want 1", tt.in, len(ds))
		}
		if ds[0].YearInferred != tt.want {
			t.Errorf("%q: YearInferred = %v, want %v", tt.in, ds[0].YearInferred, tt.want)
		}
	}
}
