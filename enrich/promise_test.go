package enrich

import (
	"testing"
	"time"

	"github.com/runaroundhq/runaround/transcript"
)

// Fixed reference times: a Wednesday morning, a Friday afternoon, a
// Saturday, a Sunday evening (all UTC).
var (
	wed = time.Date(2025, 3, 12, 10, 30, 0, 0, time.UTC)
	fri = time.Date(2025, 3, 14, 16, 0, 0, 0, time.UTC)
	sat = time.Date(2025, 3, 15, 9, 0, 0, 0, time.UTC)
	sun = time.Date(2025, 3, 16, 20, 0, 0, 0, time.UTC)
)

// eod is the end of day y-m-d UTC.
func eod(m time.Month, d int) time.Time { return time.Date(2025, m, d, 23, 59, 59, 0, time.UTC) }

func TestPromiseDueAt(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct {
		name  string
		base  time.Time
		turns []string // agent turns
		want  time.Time
	}{
		{"within 48 hours", wed, []string{"I'll call you back within 48 hours."}, wed.Add(48 * time.Hour)},
		{"in 24 hrs", wed, []string{"You'll get a callback in 24 hrs."}, wed.Add(24 * time.Hour)},
		{"24h glued", wed, []string{"Expect a callback within 24h."}, wed.Add(24 * time.Hour)},
		{"forty-eight hours", wed, []string{"I'll call you back within forty-eight hours."}, wed.Add(48 * time.Hour)},
		{"twenty four hours", wed, []string{"Someone will ring you back in twenty four hours."}, wed.Add(24 * time.Hour)},
		{"within the hour", wed, []string{"You'll get a follow-up email within the hour."}, wed.Add(time.Hour)},
		{"in an hour", wed, []string{"I'll call you back in an hour."}, wed.Add(time.Hour)},
		{"half an hour", wed, []string{"I'll call you back in half an hour."}, wed.Add(30 * time.Minute)},
		{"10 mins", wed, []string{"I'll call you back in 10 mins."}, wed.Add(10 * time.Minute)},
		{"by Friday", wed, []string{"I'll email you by Friday."}, eod(3, 14)},
		{"by Friday, said on a Friday", fri, []string{"I'll email you by Friday."}, eod(3, 21)},
		{"on Monday", wed, []string{"An engineer will visit on Monday."}, eod(3, 17)},
		{"next Monday", wed, []string{"I'll call you back next Monday."}, eod(3, 17)},
		{"next Monday from Sunday", sun, []string{"I'll call you back next Monday."}, eod(3, 17)},
		{"bare weekday", wed, []string{"The technician will come out to you Thursday."}, eod(3, 13)},
		{"tomorrow", wed, []string{"I'll personally call you back tomorrow afternoon."}, eod(3, 13)},
		{"day after tomorrow", wed, []string{"A technician will visit the day after tomorrow."}, eod(3, 14)},
		{"today", wed, []string{"I'm issuing a refund of $40 today."}, eod(3, 12)},
		{"this afternoon", wed, []string{"I'll call you back this afternoon."}, eod(3, 12)},
		{"by end of day", wed, []string{"I'll send you an email confirming all of this by end of day."}, eod(3, 12)},
		{"close of business", wed, []string{"You'll have a follow-up email by close of business."}, eod(3, 12)},
		{"end of the week", wed, []string{"The refund will be back on your card by the end of the week."}, eod(3, 14)},
		{"end of the week, said on Saturday", sat, []string{"The refund will be back on your card by the end of the week."}, eod(3, 21)},
		{"by the weekend", wed, []string{"I'll email you by the weekend."}, eod(3, 14)},
		{"over the weekend", wed, []string{"I'll call you back over the weekend."}, eod(3, 16)},
		{"next week", wed, []string{"We'll send you a replacement next week."}, eod(3, 21)},
		{"end of the month", wed, []string{"The refund will reach you by the end of the month."}, eod(3, 31)},
		{"3-5 business days", wed, []string{"You'll see the refund in 3-5 business days."}, eod(3, 19)},
		{"3-5 business days from Friday", fri, []string{"You'll see the refund in 3-5 business days."}, eod(3, 21)},
		{"3 to 5 working days", wed, []string{"I've processed a full refund, it should be back on your card within 3 to 5 business days."}, eod(3, 19)},
		{"three to five working days", wed, []string{"Your refund will take three to five working days."}, eod(3, 19)},
		{"business days need no lead", wed, []string{"I'll refund it, three to five working days."}, eod(3, 19)},
		{"en dash range", wed, []string{"Refund: 3–5 business days."}, eod(3, 19)},
		{"business days from Saturday", sat, []string{"The refund's been approved, allow five working days for it to show."}, eod(3, 21)},
		{"two weeks", wed, []string{"A replacement will be sent in two weeks."}, eod(3, 26)},
		{"couple of days", wed, []string{"I'll refund it within a couple of days."}, eod(3, 14)},
		{"a month", wed, []string{"We'll credit it back to your account within a month."}, eod(4, 12)},
		{"seven days", wed, []string{"I've raised a replacement order, you'll have it within seven days."}, eod(3, 19)},
		{"earliest in a sentence", wed, []string{"I'll call you back tomorrow, or by Friday at the latest."}, eod(3, 13)},
		{"earliest across promises", wed, []string{"I'll call you back on Friday.", "I'll email you the summary today."}, eod(3, 12)},
		{"time before the promise", wed, []string{"Within 24 hours, someone will call you back."}, wed.Add(24 * time.Hour)},
		{"a warranty is no due time", wed, []string{"I'll call you back within 2 days, it's a 2 year warranty."}, eod(3, 14)},

		// No due time.
		{"none stated", wed, []string{"I'll call you back."}, time.Time{}},
		{"opening hours", wed, []string{"I'll call you back, we're open Monday to Friday."}, time.Time{}},
		{"ago", wed, []string{"I'll refund the order you placed 24 days ago."}, time.Time{}},
		{"no lead", wed, []string{"I'll refund the 2 days of service."}, time.Time{}},
		{"since a weekday", wed, []string{"I'll refund everything since Monday."}, time.Time{}},
		{"other sentence", wed, []string{"I'll call you back. Tomorrow is a holiday."}, time.Time{}},
		{"negated promise", wed, []string{"I won't call you back tomorrow."}, time.Time{}},
		{"question", wed, []string{"Shall I call you back tomorrow?"}, time.Time{}},
		{"no promise", wed, []string{"The store opens tomorrow."}, time.Time{}},
		{"asap", wed, []string{"I'll call you back asap."}, time.Time{}},
	}
	for _, tc := range tests {
		in := transcript.Interaction{ID: "x", Channel: transcript.ChannelChat, StartedAt: tc.base}
		for _, s := range tc.turns {
			in.Turns = append(in.Turns, agent(s))
		}
		var c Columns
		e.EnrichBatch([]transcript.Interaction{in}, &c)
		var want int64
		if !tc.want.IsZero() {
			want = tc.want.Unix()
		}
		if got := c.PromiseDueAt[0]; got != want {
			t.Errorf("%s: due %s, want %s", tc.name, fmtUnix(got), fmtUnix(want))
		}
	}
}

// The turn's own time wins over the interaction's; without either there is
// no due time.
func TestPromiseDueBase(t *testing.T) {
	e := newTestEngine(t)
	tr := agent("I'll call you back within 2 hours.")
	tr.TS = fri
	in := []transcript.Interaction{
		{ID: "ts", StartedAt: wed, Turns: []transcript.Turn{tr}},
		{ID: "none", Turns: []transcript.Turn{agent("I'll call you back within 2 hours.")}},
	}
	var c Columns
	e.EnrichBatch(in, &c)
	if got, want := c.PromiseDueAt[0], fri.Add(2*time.Hour).Unix(); got != want {
		t.Errorf("turn TS: due %s, want %s", fmtUnix(got), fmtUnix(want))
	}
	if got := c.PromiseDueAt[1]; got != 0 {
		t.Errorf("no time: due %s, want none", fmtUnix(got))
	}
}

func TestCalendarHelpers(t *testing.T) {
	day := func(tm time.Time) int64 { return tm.Unix() / secondsPerDay }
	for _, tm := range []time.Time{wed, fri, sat, sun, time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)} {
		if got := weekdayOf(day(tm)); got != int64(tm.Weekday()) {
			t.Errorf("%s: weekday %d, want %d", tm, got, tm.Weekday())
		}
	}
	if got := time.Unix(endOfMonth(time.Date(2024, 2, 10, 0, 0, 0, 0, time.UTC).Unix(), 0), 0).UTC(); got.Day() != 29 {
		t.Errorf("end of February 2024: %s", got)
	}
	if got := time.Unix(endOfMonth(time.Date(2024, 12, 10, 0, 0, 0, 0, time.UTC).Unix(), 1), 0).UTC(); got != time.Date(2025, 1, 31, 23, 59, 59, 0, time.UTC) {
		t.Errorf("end of next month from December: %s", got)
	}
	// Friday + 1 business day is Monday; Saturday + 1 is Monday too.
	if got := addBusinessDays(day(fri), 1); got != day(fri)+3 {
		t.Errorf("Friday + 1 business day: +%d days", got-day(fri))
	}
	if got := addBusinessDays(day(sat), 1); got != day(sat)+2 {
		t.Errorf("Saturday + 1 business day: +%d days", got-day(sat))
	}
}

func fmtUnix(s int64) string {
	if s == 0 {
		return "none"
	}
	return time.Unix(s, 0).UTC().Format("Mon 2006-01-02 15:04:05")
}
