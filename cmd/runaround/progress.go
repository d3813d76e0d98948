package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress draws a one-line bar on a terminal, or a line every few seconds
// when stderr is a file or a pipe (CI logs stay readable).
type progress struct {
	w       io.Writer
	what    string
	total   int64
	start   time.Time
	last    time.Time
	tty     bool
	lastLen int
}

func newProgress(w io.Writer, what string, total int64) *progress {
	tty := false
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			tty = true
		}
	}
	now := time.Now()
	return &progress{w: w, what: what, total: total, start: now, last: now, tty: tty}
}

// update redraws at most 10 times a second on a terminal, every 5 s otherwise.
func (p *progress) update(done int64) {
	every := 5 * time.Second
	if p.tty {
		every = 100 * time.Millisecond
	}
	if time.Since(p.last) < every && done < p.total {
		return
	}
	p.last = time.Now()
	p.draw(done)
}

func (p *progress) draw(done int64) {
	elapsed := time.Since(p.start).Seconds()
	rate := 0.0
	if elapsed > 0 {
		rate = float64(done) / elapsed
	}
	pct := 100.0
	if p.total > 0 {
		pct = 100 * float64(done) / float64(p.total)
	}
	if !p.tty {
		fmt.Fprintf(p.w, "%s %d/%d (%.0f%%) %.0f/s\n", p.what, done, p.total, pct, rate)
		return
	}
	const width = 30
	fill := int(pct / 100 * width)
	bar := make([]byte, width)
	for i := range bar {
		bar[i] = '-'
		if i < fill {
			bar[i] = '#'
		}
	}
	fmt.Fprintf(p.w, "\r%s [%s] %d/%d %3.0f%% %.0f/s", p.what, bar, done, p.total, pct, rate)
}

func (p *progress) finish(done int64) {
	p.draw(done)
	if p.tty {
		fmt.Fprintln(p.w)
	}
}
