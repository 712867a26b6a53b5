package arabic

import (
	"strconv"
	"strings"
	"time"
)

// Precision is how precisely a [DateMention] fixes its date.
type Precision uint8

// Precisions. The zero value is not used by Dates.
const (
	Day   Precision = iota + 1 // a civil day
	Week                       // a week (الأسبوع الماضي): Date is published−7
	Month                      // a calendar month: Date is its first day
	Year                       // a calendar year: Date is 1 January
)

// String returns the name of the precision.
func (p Precision) String() string {
	switch p {
	case Day:
		return "Day"
	case Week:
		return "Week"
	case Month:
		return "Month"
	case Year:
		return "Year"
	}
	return "Precision(?)"
}

// DateMention is a date or relative-day expression resolved against the
// publication date.
type DateMention struct {
	Tok, TokEnd int       // token index range [Tok, TokEnd), time-of-day words included
	Start, End  int       // original code point span
	Date        time.Time // the resolved civil day, 00:00 UTC
	Precision   Precision
	TimeOfDay   string // "", "dawn", "morning", "noon", "afternoon", "evening" or "night"
	Relative    bool   // from اليوم, أمس, a weekday, الأسبوع الماضي … rather than a calendar date
	// YearInferred: a day and month written with no year ("في 21
	// آذار"), placed in the year up to publication. A reader of a story
	// told in another year may know better.
	YearInferred bool
}

// Times of day.
const (
	todDawn      = "dawn"
	todMorning   = "morning"
	todNoon      = "noon"
	todAfternoon = "afternoon"
	todEvening   = "evening"
	todNight     = "night"
)

// Date lexicons, keyed by normalised words. Source: Modern Standard Arabic
// usage in news; month names of the Levantine/Iraqi (Syriac), Egyptian/Gulf
// (from Latin) and Maghreb (from French) series.
var (
	weekdays = map[string]time.Weekday{
		"الاحد": time.Sunday, "الاثنين": time.Monday, "الثلاثاء": time.Tuesday,
		"الاربعاء": time.Wednesday, "الخميس": time.Thursday, "الجمعه": time.Friday,
		"السبت": time.Saturday,
	}
	// relDays: offset in days from the publication day.
	relDays = map[string]int{
		"اليوم": 0, "امس": -1, "الامس": -1, "البارحه": -1, "غدا": 1, "الغد": 1, "الليله": 0,
	}
	// timePrefix: time words in construct before a day (صباح اليوم).
	timePrefix = map[string]string{
		"فجر": todDawn, "صباح": todMorning, "صبيحه": todMorning, "ظهر": todNoon, "ظهيره": todNoon,
		"عصر": todAfternoon, "مساء": todEvening, "ليله": todNight, "ليل": todNight,
	}
	// timeSuffix: adverbial time words after a day (اليوم صباحا).
	timeSuffix = map[string]string{
		"فجرا": todDawn, "صباحا": todMorning, "ظهرا": todNoon, "عصرا": todAfternoon,
		"مساء": todEvening, "مساءا": todEvening, "ليلا": todNight,
	}
	months = map[string]time.Month{
		"شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9,
		"يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
		"يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
		"جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
	}
	// monthHeads are the first words of two-word month names.
	monthHeads = map[string]map[string]time.Month{
		"كانون": {"الثاني": 1, "الاول": 12},
		"تشرين": {"الاول": 10, "الثاني": 11},
	}
	// modifiers: -1 past, 0 current, +1 next.
	modifiers = map[string]int{
		"الماضي": -1, "الماضيه": -1, "المنصرم": -1, "المنصرمه": -1, "الفايت": -1,
		"الجاري": 0, "الحالي": 0, "الحاليه": 0,
		"المقبل": 1, "المقبله": 1, "القادم": 1, "القادمه": 1,
	}
	yearWords = map[string]bool{"عام": true, "العام": true, "سنه": true, "السنه": true}
	// monthContext: words after which a bare month name is a date.
	monthContext = map[string]bool{
		"في": true, "شهر": true, "منذ": true, "خلال": true, "مطلع": true, "منتصف": true, "اواسط": true,
		"اواخر": true, "اوايل": true, "نهايه": true, "بدايه": true, "اول": true, "حتي": true,
	}
	// ordinal day words; الحادي/الحاديه only in compounds.
	ordinals = map[string]int{
		"الاول": 1, "الاولي": 1, "الحادي": 1, "الحاديه": 1, "الثاني": 2, "الثانيه": 2,
		"الثالث": 3, "الثالثه": 3, "الرابع": 4, "الرابعه": 4, "الخامس": 5, "الخامسه": 5,
		"السادس": 6, "السادسه": 6, "السابع": 7, "السابعه": 7, "الثامن": 8, "الثامنه": 8,
		"التاسع": 9, "التاسعه": 9, "العاشر": 10, "العاشره": 10, "العشرين": 20, "الثلاثين": 30,
	}
	// notTodayAfter: words after اليوم that make it "the day" rather than "today".
	notTodayAfter = map[string]bool{
		"التالي": true, "السابق": true, "نفسه": true, "ذاته": true, "الذي": true, "الاول": true,
		"الثاني": true, "الثالث": true, "الرابع": true, "الخامس": true, "الاخير": true, "الوطني": true,
		"العالمي": true,
	}
	// verbHints are common past-tense verbs of news reports, used by the
	// الاثنين (Monday / "the two") heuristic.
	verbHints = map[string]bool{
		"قال": true, "قالت": true, "اعلن": true, "اعلنت": true, "افاد": true, "افادت": true,
		"ذكر": true, "ذكرت": true, "اكد": true, "اكدت": true, "قتل": true, "قتلت": true,
		"اصيب": true, "اصيبت": true, "جرح": true, "شن": true, "شنت": true, "استهدف": true,
		"استهدفت": true, "نفذ": true, "نفذت": true, "وقع": true, "وقعت": true, "سقط": true,
		"سقطت": true, "هاجم": true, "هاجمت": true, "قصف": true, "قصفت": true, "اغار": true,
		"اغارت": true, "اعتقل": true, "اعتقلت": true, "اختطف": true, "اختطفت": true,
		"انفجر": true, "انفجرت": true, "اندلع": true, "اندلعت": true, "دارت": true,
		"قتلوا": true, "اصيبوا": true, "افرج": true, "افرجت": true, "سيطر": true, "سيطرت": true,
		"اطلق": true, "اطلقت": true, "دخل": true, "دخلت": true, "اقتحم": true, "اقتحمت": true,
		"تعرض": true, "تعرضت": true, "شهد": true, "شهدت": true, "لقي": true, "لقيت": true,
	}
)

// qualifierWords may stand before a count: "نحو 60"، "حوالي 60".
var qualifierWords = map[string]bool{"نحو": true, "حوالي": true, "قرابه": true, "زهاء": true, "اكثر": true, "ما": true}

// dateProclitics are stripped from date words; months only take و and ف
// ("باب" is a door, not ب+آب).
var dateProclitics = [...]string{"وب", "فب", "ول", "فل", "و", "ف", "ب", "ل"}

func isDateWord(w string) bool {
	return dateVocab[w]
}

// dateVocab holds every word isDateWord knows, so that one lookup answers
// it (Dates looks at every token of every article).
var dateVocab = func() map[string]bool {
	m := map[string]bool{}
	for k := range weekdays {
		m[k] = true
	}
	for k := range relDays {
		m[k] = true
	}
	for k := range timePrefix {
		m[k] = true
	}
	for k := range timeSuffix {
		m[k] = true
	}
	for k := range modifiers {
		m[k] = true
	}
	for k := range ordinals {
		m[k] = true
	}
	for k := range monthHeads {
		m[k] = true
	}
	for _, k := range []string{"يوم", "عام", "العام", "سنه", "السنه", "الاسبوع", "الشهر", "اول", "هذا", "منتصف", "بعد"} {
		m[k] = true
	}
	return m
}()

// dateSurfaces holds every form canonical can read back to a date word,
// so that the many other words cost one lookup.
var dateSurfaces = func() map[string]bool {
	m := map[string]bool{}
	add := func(w string) {
		m[w] = true
		for _, p := range dateProclitics {
			m[p+w] = true
			if strings.HasSuffix(p, "ل") && strings.HasPrefix(w, "ال") {
				m[p+w[len("ا"):]] = true // لليوم
			}
		}
	}
	for w := range dateVocab {
		add(w)
	}
	for w := range verbHints {
		add(w)
	}
	for w := range months {
		add(w)
	}
	return m
}()

// canonical returns the date-lexicon form of a normalised word: the word
// itself if known, else the word without a proclitic chain (لل read as ل+ال).
func canonical(w string) string {
	if !dateSurfaces[w] || isDateWord(w) || months[w] != 0 || verbHints[w] {
		return w
	}
	for _, p := range dateProclitics {
		rest, ok := strings.CutPrefix(w, p)
		if !ok || rest == "" {
			continue
		}
		if isDateWord(rest) || verbHints[rest] {
			return rest
		}
		if months[rest] != 0 && (p == "و" || p == "ف") {
			return rest
		}
		if strings.HasSuffix(p, "ل") && strings.HasPrefix(rest, "ل") {
			if al := "ا" + rest; isDateWord(al) {
				return al // لليوم → اليوم
			}
		}
	}
	return w
}

type dateScanner struct {
	toks  []Token
	canon []string // canonical word per token ("" for non-words)
	pub   time.Time
}

// Dates finds date and relative-day expressions in toks (as produced by
// [Tokenize]) and resolves them against published, the outlet's local
// publication day (only its civil date, in its own location, is used).
//
// Relative days: اليوم, هذا اليوم, الليلة → published; أمس, الأمس, البارحة,
// الليلة الماضية → published−1; أول أمس, أمس الأول, أول من أمس →
// published−2; غدا, الغد → published+1 (future mentions are returned too).
// "اليوم التالي", "اليوم نفسه" and similar are not today. A weekday next to a
// relative word ("أمس الاثنين") is one mention, resolved by the relative
// word, or by the weekday when the two disagree.
//
// Weekdays (الأحد … السبت, with or without يوم, with proclitics) resolve to
// the most recent such day on or before published; with الماضي/الماضية
// strictly before, with المقبل/القادم strictly after. "ليلة الأحد" is the
// night before Sunday: Saturday, TimeOfDay "night" ("ليل الأحد" is Sunday
// night). "ليل السبت الأحد" (also with الى, على or '-' between) is Saturday
// night. الاثنين is read as Monday only when preceded by يوم, a relative
// word or a time word; or followed by a modifier (الماضي …), a time word or
// a date; or when it ends a clause (punctuation, the end, or إن/أن follows),
// the word before it does not look dual (…ين, …ان; "الجنديين الاثنين" is
// "the two soldiers") and a common news verb (قال, أعلن, قتل …) occurs in the
// clause before it.
//
// Calendar dates: "5 آب/أغسطس 2024", "5 أغسطس", "(أغسطس) آب", "الخامس من
// أغسطس" (ordinal days الأول … الحادي والثلاثين, both genders), "12 مارس
// الجاري/الماضي", "12 من الشهر الجاري", "2024-08-05", "5/8/2024",
// "5-8-2024", "5.8.2024" (day/month/year unless the year comes first).
// Months of the Syriac, Latin-derived and Maghreb series are known. A day
// and month without a year take the year that puts them on or before
// published (الماضي: before published's month; الجاري: published's year;
// المقبل: on or after published). A month with a year or with context (في,
// شهر, منذ, خلال, مطلع … before it, or a modifier after it) is a Month
// mention; "عام 2014" a Year mention. الأسبوع الماضي is a Week mention
// (published−7), الشهر الماضي/الجاري a Month mention and العام الماضي,
// هذا العام, العام الجاري a Year mention, all Relative.
//
// A time-of-day word just before (صباح، مساء، فجر، ظهر، بعد ظهر، عصر، ليلة،
// ليل، منتصف ليل) or just after (صباحا، مساء، ليلا، بعد الظهر، منتصف الليل …)
// sets TimeOfDay and is included in the span. Mentions do not overlap and
// are returned in text order.
func Dates(toks []Token, published time.Time) []DateMention {
	if len(toks) == 0 {
		return nil
	}
	y, m, d := published.Date()
	s := &dateScanner{toks: toks, canon: make([]string, len(toks)), pub: time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
	for i, tk := range toks {
		if tk.Kind == Word {
			s.canon[i] = canonical(tk.Norm)
		}
	}
	var out []DateMention
	for i := 0; i < len(toks); {
		dm, ok := s.at(i)
		if !ok {
			i++
			continue
		}
		dm.Start, dm.End = toks[dm.Tok].Start, toks[dm.TokEnd-1].End
		out = append(out, dm)
		i = dm.TokEnd
	}
	return out
}

func (s *dateScanner) w(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.canon[i]
}

// norm returns the normalised surface of token i, or "" out of range.
func (s *dateScanner) norm(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].Norm
}

func (s *dateScanner) punct(i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != Punct {
		return ""
	}
	return s.toks[i].Norm
}

// at tries to read a mention starting at token i.
func (s *dateScanner) at(i int) (DateMention, bool) {
	// optional time-of-day prefix, then optional يوم
	tod, j := s.timePrefixAt(i)
	night := false // ليلة + weekday: the night before
	if tod == todNight && s.w(i) == "ليله" {
		night = true
	}
	hadPrefix := j > i
	if s.w(j) == "يوم" {
		j++
		hadPrefix = true
	}
	dm, ok := s.core(j, i, hadPrefix, night)
	if !ok {
		return dm, false
	}
	dm.Tok = i
	if tod != "" && dm.TimeOfDay == "" {
		dm.TimeOfDay = tod
	}
	if dm.TimeOfDay == "" {
		if t, k := s.timeSuffixAt(dm.TokEnd); t != "" {
			dm.TimeOfDay, dm.TokEnd = t, k
		}
	}
	return dm, true
}

func (s *dateScanner) timePrefixAt(i int) (string, int) {
	w := s.w(i)
	switch {
	case w == "منتصف" && (s.w(i+1) == "ليل" || s.w(i+1) == "ليله"):
		return todNight, i + 2
	case w == "بعد" && s.w(i+1) == "ظهر":
		return todAfternoon, i + 2
	}
	if t, ok := timePrefix[w]; ok {
		return t, i + 1
	}
	return "", i
}

func (s *dateScanner) timeSuffixAt(i int) (string, int) {
	w := s.w(i)
	switch {
	case w == "بعد" && s.norm(i+1) == "الظهر":
		return todAfternoon, i + 2
	case w == "منتصف" && s.norm(i+1) == "الليل":
		return todNight, i + 2
	}
	if t, ok := timeSuffix[w]; ok {
		return t, i + 1
	}
	return "", i
}

// core reads the day expression at j; start is where the mention starts
// (before any prefix).
func (s *dateScanner) core(j, start int, hadPrefix, night bool) (DateMention, bool) {
	if j >= len(s.toks) {
		return DateMention{}, false
	}
	if dm, ok := s.relative(j); ok {
		return dm, true
	}
	if dm, ok := s.weekday(j, start, hadPrefix, night); ok {
		return dm, true
	}
	if dm, ok := s.explicit(j, start); ok {
		return dm, true
	}
	if dm, ok := s.holiday(j, hadPrefix); ok {
		return dm, true
	}
	if hadPrefix {
		return DateMention{}, false
	}
	return s.period(j)
}

func (s *dateScanner) dayMention(end int, date time.Time, rel bool) DateMention {
	return DateMention{TokEnd: end, Date: date, Precision: Day, Relative: rel}
}

// daysAgo are the counts of "قبل N أيام" written as words.
var daysAgo = map[string]int{"ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7, "ثمانيه": 8, "تسعه": 9, "عشره": 10}

// relative reads اليوم, أمس, أول أمس, غدا … optionally followed by a weekday.
func (s *dateScanner) relative(j int) (DateMention, bool) {
	w := s.w(j)
	off, end := 0, j+1
	tod := ""
	switch {
	case w == "اول" && s.w(j+1) == "امس":
		off, end = -2, j+2
	case w == "اول" && s.norm(j+1) == "من" && s.w(j+2) == "امس":
		off, end = -2, j+3
	case w == "بعد" && (s.w(j+1) == "غد" || s.w(j+1) == "الغد"):
		off, end = 2, j+2
	case w == "هذا" && s.w(j+1) == "اليوم":
		end = j + 2
	case w == "قبل" || w == "منذ" && s.w(j+1) == "يومين":
		// "قبل يومين"، "قبل ثلاثة أيام"، "منذ يومين": days back from
		// publication (not "قبل يومين من الانتخابات", before another
		// day).
		n, k := 0, j+1
		switch {
		case s.w(k) == "يومين":
			n, k = 2, k+1
		case daysAgo[s.w(k)] > 0 && (s.w(k+1) == "ايام" || s.w(k+1) == "أيام"):
			n, k = daysAgo[s.w(k)], k+2
		case k < len(s.toks) && s.toks[k].Kind == Numeral && (s.w(k+1) == "ايام" || s.norm(k+1) == "ايام"):
			if v, err := strconv.Atoi(s.norm(k)); err == nil && v >= 2 && v <= 10 {
				n, k = v, k+2
			}
		}
		if n == 0 || s.norm(k) == "من" {
			return DateMention{}, false
		}
		off, end = -n, k
	default:
		o, ok := relDays[w]
		if !ok {
			return DateMention{}, false
		}
		off = o
		switch {
		case w == "امس" && s.w(j+1) == "الاول":
			off, end = -2, j+2
		case w == "اليوم" && notTodayAfter[s.w(j+1)]:
			return DateMention{}, false
		case w == "الليله":
			tod = todNight
			if m, ok := modifiers[s.w(j+1)]; ok && m < 0 {
				off, end = -1, j+2
			} else if ok {
				return DateMention{}, false
			}
		}
	}
	date := s.pub.AddDate(0, 0, off)
	if wd, ok := weekdays[s.w(end)]; ok {
		// "أمس الاثنين": one mention. When the weekday disagrees with the
		// relative word (a report written on Thursday and published on
		// Saturday still says "اليوم الخميس"), the weekday is the surer
		// guide: the most recent such day.
		end++
		if off <= 0 && date.Weekday() != wd {
			date = s.pub.AddDate(0, 0, -daysBack(s.pub.Weekday(), wd, false))
		}
	}
	dm := s.dayMention(end, date, true)
	dm.TimeOfDay = tod
	return dm, true
}

// weekday reads a weekday with its modifiers or a following date.
func (s *dateScanner) weekday(j, start int, hadPrefix, night bool) (DateMention, bool) {
	wd, ok := weekdays[s.w(j)]
	if !ok {
		return DateMention{}, false
	}
	// "سوق الجمعة" (a Tripoli district), "سوق الأحد": a market named
	// for its day is a place.
	if strings.HasSuffix(s.norm(j-1), "سوق") {
		return DateMention{}, false
	}
	end := j + 1
	// ليل السبت الأحد / ليلة السبت إلى الأحد / ليل السبت - الأحد
	pair := false
	if night || s.w(start) == "ليل" || s.w(j-1) == "ليل" {
		k := end
		if p := s.punct(k); p == "-" || s.norm(k) == "الي" || s.norm(k) == "علي" {
			k++
		}
		if wd2, ok := weekdays[s.w(k)]; ok && wd2 == (wd+1)%7 {
			end, pair = k+1, true
			// "بعد منتصف ليل الأحد الاثنين": after midnight, the second day.
			if (s.w(start) == "منتصف" || s.w(start-1) == "منتصف") && (s.w(start-1) == "بعد" || s.w(start-2) == "بعد") {
				wd = wd2
			}
		}
	}
	mod, hasMod := modifiers[s.w(end)]
	if hasMod {
		end++
	}
	// a date right after the weekday: "الاثنين 5 آب", "الاثنين، 5 آب"
	k := end
	if p := s.punct(k); p == "،" || p == "," {
		k++
	}
	if !hasMod && !pair {
		if dm, ok := s.explicit(k, start); ok && dm.Precision == Day {
			dm.Relative = false
			return dm, true
		}
	}
	if wd == time.Monday && !hadPrefix && !hasMod && !s.mondayByContext(j, end) {
		return DateMention{}, false
	}
	if night && !pair {
		wd = (wd + 6) % 7 // ليلة الأحد: the night before Sunday
	}
	var date time.Time
	switch {
	case hasMod && mod < 0:
		date = s.pub.AddDate(0, 0, -(daysBack(s.pub.Weekday(), wd, true)))
	case hasMod && mod > 0:
		date = s.pub.AddDate(0, 0, daysForward(s.pub.Weekday(), wd))
	default:
		date = s.pub.AddDate(0, 0, -(daysBack(s.pub.Weekday(), wd, false)))
	}
	dm := s.dayMention(end, date, true)
	if night || pair {
		dm.TimeOfDay = todNight
	}
	return dm, true
}

// daysBack is how many days before from the most recent wd is (0 if from is
// wd, unless strict).
func daysBack(from, wd time.Weekday, strict bool) int {
	d := (int(from) - int(wd) + 7) % 7
	if d == 0 && strict {
		d = 7
	}
	return d
}

// daysForward is how many days after from the next wd is (never 0).
func daysForward(from, wd time.Weekday) int {
	d := (int(wd) - int(from) + 7) % 7
	if d == 0 {
		d = 7
	}
	return d
}

// mondayByContext decides whether a bare الاثنين at j (ending at end) is
// Monday; see Dates.
func (s *dateScanner) mondayByContext(j, end int) bool {
	if _, ok := timeSuffix[s.w(end)]; ok {
		return true
	}
	if s.w(end) == "بعد" || s.w(end) == "منتصف" {
		return true
	}
	// "قتل الاثنين حوالي 60 فلسطينيا": a count follows, so the word is the
	// day, not "the two".
	if j > 0 && verbHints[s.w(j-1)] && end < len(s.toks) {
		if s.toks[end].Kind == Numeral || qualifierWords[s.w(end)] {
			return true
		}
		if _, isNum := lookupNum(s.toks[end].Norm); isNum {
			return true
		}
	}
	if dm, ok := s.explicit(end, end); ok && dm.Precision == Day {
		return true
	}
	// clause end after a verb
	clauseEnd := end >= len(s.toks)
	if !clauseEnd {
		switch s.toks[end].Norm {
		case ".", "،", ",", "؛", ";", ":", "!", "؟", "?", "ان", "انه", "وان", "حيث":
			clauseEnd = true
		}
	}
	if !clauseEnd || j == 0 {
		return false
	}
	prev := s.toks[j-1]
	if prev.Kind != Word || strings.HasSuffix(prev.Norm, "ين") || strings.HasSuffix(prev.Norm, "ان") {
		return false
	}
	if _, isNum := lookupNum(prev.Norm); isNum {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-12; k-- {
		if s.toks[k].Kind == Punct && s.toks[k].Norm != "\"" {
			break
		}
		if verbHints[s.canon[k]] {
			return true
		}
	}
	return false
}

// eidDays holds the first day of each Eid as Saudi Arabia announced it
// (Umm al-Qura; most Arab states keep the same day, some a day later).
// Source: the official announcements as reported, 2017–2025; 2026–2027
// from the astronomical calendar. Extend as years pass.
var eidDays = map[string][]string{
	"الفطر":  {"2017-06-25", "2018-06-15", "2019-06-04", "2020-05-24", "2021-05-13", "2022-05-02", "2023-04-21", "2024-04-10", "2025-03-30", "2026-03-20", "2027-03-09"},
	"الاضحي": {"2017-09-01", "2018-08-21", "2019-08-11", "2020-07-31", "2021-07-20", "2022-07-09", "2023-06-28", "2024-06-16", "2025-06-06", "2026-05-27", "2027-05-16"},
}

// eidOrdinals count the days of a feast: "ثاني أيام عيد الأضحى".
var eidOrdinals = map[string]int{"اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4}

// holiday reads a day of a feast: "ثاني أيام عيد الأضحى", or the feast's
// first day after يوم or a time word ("صباح عيد الفطر"). The year is
// that of the last such feast on or before publication.
func (s *dateScanner) holiday(j int, hadPrefix bool) (DateMention, bool) {
	k, nth := j, 1
	if n, ok := eidOrdinals[s.norm(j)]; ok && s.norm(j+1) == "ايام" {
		k, nth = j+2, n
	} else if !hadPrefix {
		return DateMention{}, false
	}
	if s.norm(k) != "عيد" {
		return DateMention{}, false
	}
	days, ok := eidDays[s.norm(k+1)]
	if !ok {
		return DateMention{}, false
	}
	var first time.Time
	for _, d := range days {
		t, err := time.Parse(time.DateOnly, d)
		if err != nil || t.After(s.pub) {
			break
		}
		first = t
	}
	if first.IsZero() || s.pub.Sub(first) > 300*24*time.Hour {
		return DateMention{}, false
	}
	end := k + 2
	if s.norm(end) == "المبارك" {
		end++
	}
	return s.dayMention(end, first.AddDate(0, 0, nth-1), true), true
}

// explicit reads a calendar date, a month or a year at j.
func (s *dateScanner) explicit(j, start int) (DateMention, bool) {
	if j >= len(s.toks) {
		return DateMention{}, false
	}
	tk := s.toks[j]
	if tk.Kind == Numeral {
		if dm, ok := s.numericDate(j); ok {
			return dm, true
		}
		if day, ok := smallInt(tk.Norm, 31); ok && day >= 1 {
			return s.dayMonth(j, day, j+1)
		}
		return DateMention{}, false
	}
	w := s.w(j)
	if day, end, ok := s.ordinalDay(j); ok {
		return s.dayMonth(j, day, end)
	}
	if yearWords[w] {
		if y, ok := s.year(j + 1); ok {
			return DateMention{TokEnd: j + 2, Date: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), Precision: Year}, true
		}
		return DateMention{}, false
	}
	if mo, end, ok := s.month(j); ok {
		ctx := monthContext[s.w(j-1)] || j-1 >= 0 && monthContext[s.toks[j-1].Norm]
		// آب alone is also the city of Ibb (إب) and "father" (أب): a bare
		// "في آب" needs "شهر" before it or a pair "آب/أغسطس".
		if s.w(j) == "اب" && end == j+1 && s.w(j-1) != "شهر" {
			ctx = false
		}
		return s.monthOnly(mo, end, ctx)
	}
	return DateMention{}, false
}

// dayMonth reads the month (and year) after a day at j whose day number
// ends at k.
func (s *dateScanner) dayMonth(j, day, k int) (DateMention, bool) {
	if s.norm(k) == "من" {
		k++
	}
	var mo time.Month
	end := 0
	if s.w(k) == "الشهر" {
		mod, ok := modifiers[s.w(k+1)]
		if !ok {
			return DateMention{}, false
		}
		pm := s.pub.AddDate(0, 0, 1-s.pub.Day())
		pm = pm.AddDate(0, mod, 0)
		if !validDate(pm.Year(), pm.Month(), day) {
			return DateMention{}, false
		}
		return s.dayMention(k+2, time.Date(pm.Year(), pm.Month(), day, 0, 0, 0, 0, time.UTC), false), true
	}
	var ok bool
	mo, end, ok = s.month(k)
	if !ok {
		return DateMention{}, false
	}
	yEnd := end
	if p := s.punct(yEnd); p == "،" || p == "," {
		yEnd++
	}
	if s.norm(yEnd) == "من" {
		yEnd++
	}
	if yearWords[s.w(yEnd)] {
		yEnd++
	}
	if y, ok := s.year(yEnd); ok {
		if !validDate(y, mo, day) {
			return DateMention{}, false
		}
		return s.dayMention(yEnd+1, time.Date(y, mo, day, 0, 0, 0, 0, time.UTC), false), true
	}
	y := s.pub.Year()
	mod, hasMod := modifiers[s.w(end)]
	if hasMod {
		end++
	}
	cand := func(y int) time.Time { return time.Date(y, mo, day, 0, 0, 0, 0, time.UTC) }
	switch {
	case hasMod && mod == 0:
	case hasMod && mod > 0:
		if cand(y).Before(s.pub) {
			y++
		}
	case hasMod && mod < 0 && mo == s.pub.Month():
		y--
	default:
		if cand(y).After(s.pub) {
			y--
		}
	}
	if !validDate(y, mo, day) {
		return DateMention{}, false
	}
	dm := s.dayMention(end, cand(y), false)
	dm.YearInferred = !hasMod
	return dm, true
}

// monthOnly reads a month mention without a day.
func (s *dateScanner) monthOnly(mo time.Month, end int, ctx bool) (DateMention, bool) {
	k := end
	if s.norm(k) == "من" {
		k++
	}
	if yearWords[s.w(k)] {
		k++
	}
	if y, ok := s.year(k); ok {
		return DateMention{TokEnd: k + 1, Date: time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC), Precision: Month}, true
	}
	mod, hasMod := modifiers[s.w(end)]
	if !hasMod && !ctx {
		return DateMention{}, false
	}
	y := s.pub.Year()
	pm := s.pub.Month()
	switch {
	case hasMod && mod == 0:
	case hasMod && mod > 0:
		if mo <= pm {
			y++
		}
	case hasMod && mod < 0:
		if mo >= pm {
			y--
		}
	default:
		if mo > pm {
			y--
		}
	}
	if hasMod {
		end++
	}
	return DateMention{TokEnd: end, Date: time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC), Precision: Month}, true
}

// month reads a month name at j, with the double forms "آب/أغسطس",
// "آب (أغسطس)" and "(أغسطس) آب".
func (s *dateScanner) month(j int) (time.Month, int, bool) {
	if s.punct(j) == "(" {
		if mo, end, ok := s.monthName(j + 1); ok && s.punct(end) == ")" {
			if _, end2, ok := s.monthName(end + 1); ok {
				return mo, end2, true
			}
		}
		return 0, j, false
	}
	mo, end, ok := s.monthName(j)
	if !ok {
		return 0, j, false
	}
	switch s.punct(end) {
	case "/", "-":
		if _, end2, ok := s.monthName(end + 1); ok {
			end = end2
		}
	case "(":
		if _, end2, ok := s.monthName(end + 1); ok && s.punct(end2) == ")" {
			end = end2 + 1
		}
	}
	return mo, end, true
}

func (s *dateScanner) monthName(j int) (time.Month, int, bool) {
	w := s.w(j)
	if mo, ok := months[w]; ok {
		return mo, j + 1, true
	}
	if heads, ok := monthHeads[w]; ok {
		if mo, ok := heads[s.w(j+1)]; ok {
			return mo, j + 2, true
		}
	}
	return 0, j, false
}

// ordinalDay reads an ordinal day number (الخامس, الحادي عشر, الثاني
// والعشرين, العشرين …) at j.
func (s *dateScanner) ordinalDay(j int) (int, int, bool) {
	w := s.w(j)
	v, ok := ordinals[w]
	if !ok {
		return 0, j, false
	}
	end := j + 1
	if v < 10 {
		switch s.norm(end) {
		case "عشر", "عشره":
			return v + 10, end + 1, true
		case "والعشرين":
			return v + 20, end + 1, true
		case "والثلاثين":
			if v == 1 {
				return 31, end + 1, true
			}
		}
	}
	if w == "الحادي" || w == "الحاديه" {
		return 0, j, false
	}
	return v, end, true
}

// numericDate reads 2024-08-05, 5/8/2024, 5-8-2024 or the single token
// 5.8.2024 at j.
func (s *dateScanner) numericDate(j int) (DateMention, bool) {
	var parts [3]string
	end := j + 1
	if strings.Count(s.toks[j].Norm, ".") == 2 {
		p := strings.Split(s.toks[j].Norm, ".")
		copy(parts[:], p)
	} else {
		sep := s.punct(j + 1)
		if sep != "/" && sep != "-" || j+4 >= len(s.toks) {
			return DateMention{}, false
		}
		if s.toks[j+2].Kind != Numeral || s.punct(j+3) != sep || s.toks[j+4].Kind != Numeral {
			return DateMention{}, false
		}
		parts = [3]string{s.toks[j].Norm, s.toks[j+2].Norm, s.toks[j+4].Norm}
		end = j + 5
	}
	a, ok1 := smallInt(parts[0], 9999)
	b, ok2 := smallInt(parts[1], 12)
	c, ok3 := smallInt(parts[2], 9999)
	if !ok1 || !ok2 || !ok3 {
		return DateMention{}, false
	}
	y, d := c, a
	if len(parts[0]) == 4 {
		y, d = a, c
	} else if len(parts[2]) != 4 {
		return DateMention{}, false
	}
	if y < 1900 || y > 2100 || !validDate(y, time.Month(b), d) {
		return DateMention{}, false
	}
	return s.dayMention(end, time.Date(y, time.Month(b), d, 0, 0, 0, 0, time.UTC), false), true
}

// year reads a four-digit year 1900–2100 at j.
func (s *dateScanner) year(j int) (int, bool) {
	if j >= len(s.toks) || s.toks[j].Kind != Numeral || len(s.toks[j].Norm) != 4 {
		return 0, false
	}
	y, ok := smallInt(s.toks[j].Norm, 2100)
	return y, ok && y >= 1900
}

// period reads الأسبوع الماضي, الشهر الماضي/الجاري, العام الماضي, هذا العام …
func (s *dateScanner) period(j int) (DateMention, bool) {
	w := s.w(j)
	if w == "هذا" && (s.w(j+1) == "العام" || s.w(j+1) == "الشهر" || s.w(j+1) == "الاسبوع") {
		return s.periodOf(s.w(j+1), 0, j+2)
	}
	if w == "هذه" && s.w(j+1) == "السنه" {
		return s.periodOf("السنه", 0, j+2)
	}
	mod, ok := modifiers[s.w(j+1)]
	if !ok {
		return DateMention{}, false
	}
	return s.periodOf(w, mod, j+2)
}

func (s *dateScanner) periodOf(w string, mod, end int) (DateMention, bool) {
	dm := DateMention{TokEnd: end, Relative: true}
	switch w {
	case "الاسبوع":
		dm.Precision, dm.Date = Week, s.pub.AddDate(0, 0, 7*mod)
	case "الشهر":
		first := s.pub.AddDate(0, 0, 1-s.pub.Day())
		dm.Precision, dm.Date = Month, first.AddDate(0, mod, 0)
	case "العام", "السنه":
		dm.Precision, dm.Date = Year, time.Date(s.pub.Year()+mod, 1, 1, 0, 0, 0, 0, time.UTC)
	default:
		return DateMention{}, false
	}
	return dm, true
}

// smallInt parses a plain digit string of at most 4 digits not above max.
func smallInt(s string, max int) (int, bool) {
	if s == "" || len(s) > 4 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	if err != nil || n > max || n < 0 {
		return 0, false
	}
	return n, true
}

func validDate(y int, m time.Month, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Day() == d
}
