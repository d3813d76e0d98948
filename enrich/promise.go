package enrich

import "time"

// Promise due times.
//
// When an agent's promise states when ("I'll call you back within 48
// hours", "the refund takes 3-5 business days", "an engineer will visit on
// Friday"), PromiseDueAt holds the absolute time it falls due, so queries
// can find promises that are overdue. The time expression is read from the
// promise's sentence (either side of the promise phrase) in the token
// stream, without allocating and without regular expressions. The base
// time is the turn's TS, or the interaction's StartedAt when the turn has
// none; without either there is no due time. All calendar arithmetic is in
// UTC, and "end of a day" is 23:59:59 UTC of that day.
//
// What is understood, and what it means:
//
//	within/in 48 hours, in 24 hrs, 24h     base + 48 h (exact; minutes likewise: "in 30 minutes")
//	within the hour, in an hour            base + 1 h ("half an hour": 30 min)
//	within 2 days, in a couple of days     end of the day base + 2 days ("a couple" 2, "a few" 3)
//	3-5 business days, 3 to 5 working days the upper bound, counted in weekdays (Saturday and Sunday
//	                                       skipped), end of that day; business/working days need no
//	                                       "in"/"within", they are only ever a due estimate
//	in two weeks, within a month           end of the day 14 days / 1 calendar month later
//	today, tonight, this afternoon,        end of the base day
//	  by end of day, EOD, close of business
//	tomorrow                               end of the next day ("the day after tomorrow": +2)
//	by Friday, on Friday, next Monday,     the first such weekday strictly after the base day (said on
//	  this Friday, Friday                  a Friday, "by Friday" is a week later), end of that day
//	by the end of the week, this week,     Friday of the base day's week (the next Friday when the
//	  by the weekend                       base is a Saturday or Sunday), end of day
//	next week                              Friday of the following week, end of day
//	over/this weekend                      the coming Sunday, end of day
//	end of the month, this month           last day of the base month; "next month": of the next one
//
// Numbers are digits (up to four) or words from one to ninety-nine
// ("forty-eight", "twenty four"); "a"/"an" is one. A duration needs a lead
// word before it ("in", "within", "inside", "over", "after", "allow",
// "takes", ..., with "the next", "up to", "about" allowed between) so that
// "your 2 year warranty" or "order 24 days ago" are not due times;
// "... ago" is never one. A weekday needs "by", "on", "this", "next",
// "until", "before", ... or stands bare, but never after "last", "since",
// "from", "every" and never as the start of a range ("Monday to Friday").
// When a sentence holds several times the earliest wins, and PromiseDueAt
// is the earliest across the interaction's promises. Clock times ("by
// 5pm") and dates ("on the 15th") are not parsed: the day granularity above
// is what the dashboards need.

const secondsPerDay = 86400

// endOfDay returns the last second of day d (days since the Unix epoch).
func endOfDay(d int64) int64 { return d*secondsPerDay + secondsPerDay - 1 }

// weekday of day d: 0 Sunday ... 6 Saturday (1970-01-01 was a Thursday).
func weekdayOf(d int64) int64 { return ((d+4)%7 + 7) % 7 }

// afterWeekday returns the first day strictly after d that is weekday wd.
func afterWeekday(d, wd int64) int64 {
	n := (wd - weekdayOf(d) + 7) % 7
	if n == 0 {
		n = 7
	}
	return d + n
}

// addBusinessDays returns the day n weekdays after d (Saturday and Sunday
// are skipped; a base on a weekend counts from the next Monday).
func addBusinessDays(d, n int64) int64 {
	for n > 0 {
		d++
		if wd := weekdayOf(d); wd != 0 && wd != 6 {
			n--
		}
	}
	return d
}

// Time units of durations.
const (
	unitNone uint8 = iota
	unitMinute
	unitHour
	unitDay
	unitBusinessDay
	unitWeek
	unitMonth
)

// promiseDue returns the earliest due time stated in the sentence around
// the promise hit [start, end) of e.buf, in Unix seconds; 0 when it states
// none or the turn has no time.
func (e *Engine) promiseDue(start, end int32) int64 {
	if !e.dt.hasBase {
		return 0
	}
	s, t := e.sentenceAt(start)
	k0, k1 := e.tokenIndexAt(s), e.tokenIndexAt(t)
	var best int64
	for k := k0; k < k1; k++ {
		due, next := e.timeExpr(k, k0, k1)
		if due != 0 && (best == 0 || due < best) {
			best = due
		}
		if next > k+1 {
			k = next - 1
		}
	}
	return best
}

// timeExpr parses a time expression starting at token k of the sentence's
// tokens [k0, k1). It returns the due time (0: none) and the token after
// the expression.
func (e *Engine) timeExpr(k, k0, k1 int) (int64, int) {
	base := e.dt.base
	day := base / secondsPerDay
	w := e.word(k)
	at := func(i int, s string) bool { return i >= k0 && i < k1 && string(e.word(i)) == s }

	switch string(w) {
	case "today", "tonight", "eod", "cob", "asap":
		if string(w) == "asap" {
			return 0, k + 1
		}
		return endOfDay(day), k + 1
	case "tomorrow", "tmrw", "tomorow", "tommorow", "tommorrow":
		if at(k-2, "day") && at(k-1, "after") {
			return endOfDay(day + 2), k + 1
		}
		return endOfDay(day + 1), k + 1
	case "this", "later":
		if k+1 < k1 {
			switch string(e.word(k + 1)) {
			case "morning", "afternoon", "evening":
				return endOfDay(day), k + 2
			case "week":
				return endOfDay(day + (5-weekdayOf(day)+7)%7), k + 2
			case "weekend":
				return endOfDay(day + (7-weekdayOf(day))%7), k + 2
			case "month":
				return endOfMonth(base, 0), k + 2
			}
		}
	case "end", "close":
		// "end of (the) day/week/month", "close of business", "end of play".
		j := k + 1
		if !at(j, "of") {
			return 0, k + 1
		}
		j++
		if at(j, "the") {
			j++
		}
		if j < k1 {
			switch string(e.word(j)) {
			case "day", "business", "play", "today":
				return endOfDay(day), j + 1
			case "week":
				return endOfDay(day + (5-weekdayOf(day)+7)%7), j + 1
			case "month":
				return endOfMonth(base, 0), j + 1
			}
		}
		return 0, k + 1
	case "weekend":
		if at(k-1, "the") && at(k-2, "by") {
			return endOfDay(day + (5-weekdayOf(day)+7)%7), k + 1
		}
		if at(k-1, "the") && at(k-2, "over") || at(k-1, "this") {
			return endOfDay(day + (7-weekdayOf(day))%7), k + 1
		}
		return 0, k + 1
	case "next":
		if k+1 < k1 {
			switch string(e.word(k + 1)) {
			case "week":
				return endOfDay(afterWeekday(day, 1) + 4), k + 2
			case "month":
				return endOfMonth(base, 1), k + 2
			}
		}
	}
	if wd := weekdayIndex(w); wd >= 0 {
		if k > k0 {
			switch string(e.word(k - 1)) {
			case "last", "since", "from", "every", "past", "previous":
				return 0, k + 1 // a day gone by, or a schedule
			case "to", "through", "thru", "till", "until":
				if k-2 >= k0 && weekdayIndex(e.word(k-2)) >= 0 {
					return 0, k + 1 // the end of "Monday to Friday"
				}
			}
		}
		if k+1 < k1 {
			if nw := e.word(k + 1); string(nw) == "to" || string(nw) == "through" || string(nw) == "thru" ||
				e.buf[e.toks[k].end] == '-' {
				return 0, k + 1 // "Monday to Friday": opening hours, not a due day
			}
		}
		return endOfDay(afterWeekday(day, int64(wd))), k + 1
	}

	// Durations: [lead] NUMBER [range] [more] UNIT.
	n, j, ok := e.numberAt(k, k1)
	if !ok {
		// "within the hour", "in an hour" (numberAt takes "a"/"an").
		if string(w) == "the" && k+1 < k1 {
			if u, j2 := e.unitAt(k+1, k1); u == unitHour || u == unitMinute {
				if e.hasLead(k, k0) {
					return addUnits(base, u, 1), j2
				}
			}
		}
		if string(w) == "half" && at(k+1, "an") && at(k+2, "hour") && e.hasLead(k, k0) {
			return base + 1800, k + 3
		}
		return 0, k + 1
	}
	unit, j2 := e.unitAt(j, k1)
	if unit == unitNone || n <= 0 || n > 1000 {
		return 0, j
	}
	if at(j2, "ago") {
		return 0, j2 + 1
	}
	if unit != unitBusinessDay && !e.hasLead(k, k0) {
		return 0, j2
	}
	return addUnits(base, unit, int64(n)), j2
}

// addUnits returns the due time n units after base.
func addUnits(base int64, unit uint8, n int64) int64 {
	day := base / secondsPerDay
	switch unit {
	case unitMinute:
		return base + 60*n
	case unitHour:
		return base + 3600*n
	case unitDay:
		return endOfDay(day + n)
	case unitBusinessDay:
		return endOfDay(addBusinessDays(day, n))
	case unitWeek:
		return endOfDay(day + 7*n)
	case unitMonth:
		t := time.Unix(base, 0).UTC().AddDate(0, int(n), 0)
		return endOfDay(t.Unix() / secondsPerDay)
	}
	return 0
}

// endOfMonth returns the last second of the month months after base's.
func endOfMonth(base int64, months int) int64 {
	t := time.Unix(base, 0).UTC()
	return time.Date(t.Year(), t.Month()+time.Month(months)+1, 0, 23, 59, 59, 0, time.UTC).Unix()
}

// weekdayIndex returns w's weekday (0 Sunday) or -1.
func weekdayIndex(w []byte) int {
	switch string(w) {
	case "sunday":
		return 0
	case "monday":
		return 1
	case "tuesday":
		return 2
	case "wednesday":
		return 3
	case "thursday":
		return 4
	case "friday":
		return 5
	case "saturday":
		return 6
	}
	return -1
}

// hasLead reports whether a duration starting at token k has a lead word
// ("in", "within", ...) before it, with only filler words ("the next",
// "up to", "about") in between.
func (e *Engine) hasLead(k, k0 int) bool {
	for j := k - 1; j >= k0 && j >= k-4; j-- {
		if e.toks[j+1].flags&tfClause != 0 {
			return false
		}
		switch string(e.word(j)) {
		case "in", "within", "inside", "over", "after", "allow", "allowing", "takes", "take", "taking",
			"under", "give", "expect", "approximately", "roughly", "around", "about", "another", "upto", "max":
			return true
		case "the", "next", "up", "to", "of", "at", "least", "most", "maximum", "just", "only", "no", "more",
			"than", "less", "further", "extra", "it", "a", "an":
		default:
			return false
		}
	}
	return false
}

// numberAt parses a number at token k: digits ("48"), words ("two",
// "forty-eight", "twenty four"), "a"/"an" (one), "a couple (of)" (two),
// "a few" (three), and a range's upper bound ("3-5", "3 to 5", "three or
// four"). It returns the value and the token after it.
func (e *Engine) numberAt(k, k1 int) (int, int, bool) {
	n, j, ok := e.singleNumber(k, k1)
	if !ok {
		return 0, k, false
	}
	// Range: "3-5", "3 5" (an en dash becomes a space), "3 to 5", "3 or 4",
	// "between 3 and 5". Not after digits glued to a unit ("24hrs": j == k).
	if j > k && j < k1 {
		sep := string(e.word(j))
		if sep == "to" || sep == "or" || sep == "and" {
			if m, j2, ok := e.singleNumber(j+1, k1); ok && m > n {
				return m, j2, true
			}
		} else if m, j2, ok := e.singleNumber(j, k1); ok && m > n && isRangeGap(e.buf[e.toks[j-1].end:e.toks[j].start]) {
			return m, j2, true
		}
	}
	return n, j, true
}

// isRangeGap reports whether the bytes between two numbers make a range:
// "-", " - " or a single space.
func isRangeGap(g []byte) bool {
	switch string(g) {
	case "-", " - ", " ", "- ", " -":
		return true
	}
	return false
}

// singleNumber parses one number at token k (see numberAt).
func (e *Engine) singleNumber(k, k1 int) (int, int, bool) {
	if k >= k1 {
		return 0, k, false
	}
	w := e.word(k)
	if w[0] >= '0' && w[0] <= '9' {
		n := 0
		for i, c := range w {
			if c < '0' || c > '9' || i >= 4 {
				// "24hrs", "48h": digits glued to a unit; unitAt reads the suffix.
				if i > 0 && c >= 'a' && c <= 'z' {
					return n, k, true
				}
				return 0, k, false
			}
			n = n*10 + int(c-'0')
		}
		return n, k + 1, true
	}
	switch string(w) {
	case "a", "an":
		if k+1 < k1 {
			switch string(e.word(k + 1)) {
			case "couple":
				if k+2 < k1 && string(e.word(k+2)) == "of" {
					return 2, k + 3, true
				}
				return 2, k + 2, true
			case "few":
				return 3, k + 2, true
			}
		}
		return 1, k + 1, true
	case "couple":
		if k+1 < k1 && string(e.word(k+1)) == "of" {
			return 2, k + 2, true
		}
		return 2, k + 1, true
	case "few":
		return 3, k + 1, true
	}
	if t := tensValue(w); t > 0 {
		if k+1 < k1 && isRangeGap(e.buf[e.toks[k].end:e.toks[k+1].start]) {
			if u := onesValue(e.word(k + 1)); u > 0 && u < 10 {
				return t + u, k + 2, true
			}
		}
		return t, k + 1, true
	}
	if u := onesValue(w); u > 0 {
		return u, k + 1, true
	}
	return 0, k, false
}

func onesValue(w []byte) int {
	switch string(w) {
	case "one":
		return 1
	case "two":
		return 2
	case "three":
		return 3
	case "four":
		return 4
	case "five":
		return 5
	case "six":
		return 6
	case "seven":
		return 7
	case "eight":
		return 8
	case "nine":
		return 9
	case "ten":
		return 10
	case "eleven":
		return 11
	case "twelve":
		return 12
	case "thirteen":
		return 13
	case "fourteen":
		return 14
	case "fifteen":
		return 15
	case "sixteen":
		return 16
	case "seventeen":
		return 17
	case "eighteen":
		return 18
	case "nineteen":
		return 19
	}
	return 0
}

func tensValue(w []byte) int {
	switch string(w) {
	case "twenty":
		return 20
	case "thirty":
		return 30
	case "forty":
		return 40
	case "fifty":
		return 50
	case "sixty":
		return 60
	case "seventy":
		return 70
	case "eighty":
		return 80
	case "ninety":
		return 90
	}
	return 0
}

// unitAt reads a time unit at token j (or, when token j is digits, glued
// to them: "24hrs"; singleNumber then returned the digits' own index): "hours",
// "hrs", "days", "working days", "business days", "weeks", "months",
// optionally after "more"/"extra"/"further"/"additional"/"full". It
// returns the unit and the token after it.
func (e *Engine) unitAt(j, k1 int) (uint8, int) {
	if j < k1 {
		// Digits glued to their unit: "24hrs" (singleNumber returned j = k).
		if w := e.word(j); w[0] >= '0' && w[0] <= '9' {
			i := 0
			for i < len(w) && w[i] >= '0' && w[i] <= '9' {
				i++
			}
			return unitWord(w[i:]), j + 1
		}
	}
	for n := 0; n < 2 && j < k1; n++ {
		switch string(e.word(j)) {
		case "more", "extra", "further", "additional", "full", "whole", "clear":
			j++
			continue
		}
		break
	}
	if j >= k1 {
		return unitNone, j
	}
	switch string(e.word(j)) {
	case "working", "business", "work":
		if j+1 < k1 {
			switch u := unitWord(e.word(j + 1)); u {
			case unitDay:
				return unitBusinessDay, j + 2
			case unitHour:
				return unitHour, j + 2
			}
		}
		return unitNone, j
	}
	return unitWord(e.word(j)), j + 1
}

func unitWord(w []byte) uint8 {
	switch string(w) {
	case "minute", "minutes", "min", "mins":
		return unitMinute
	case "hour", "hours", "hr", "hrs", "h":
		return unitHour
	case "day", "days":
		return unitDay
	case "weekday", "weekdays", "workday", "workdays":
		return unitBusinessDay
	case "week", "weeks", "wk", "wks":
		return unitWeek
	case "month", "months":
		return unitMonth
	}
	return unitNone
}
