package enrich

import (
	"encoding/binary"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/runaroundhq/runaround/transcript"
)

// fingerprintRef is the fingerprint by its definition, written plainly: the
// word rules of the fingerprinter as they were first written (split on
// whitespace, then decide per word), collecting the normalised words as
// strings, then the block hash over them.
type fingerprintRef struct {
	words        []string
	prevGreeting bool
	prevDash     bool
}

func (f *fingerprintRef) feed(text string) {
	for _, c := range strings.FieldsFunc(text, func(r rune) bool { return r < utf8.RuneSelf && isSpaceASCII(byte(r)) }) {
		f.chunk(c)
	}
}

func (f *fingerprintRef) chunk(c string) {
	greeting, dash := f.prevGreeting, f.prevDash
	f.prevGreeting, f.prevDash = false, false
	switch {
	case c[0] == '@' || c[0] == '^':
		return
	case strings.Contains(c, "://") || hasPrefixFold(c, "www."):
		return
	case strings.IndexByte(c, '@') >= 0:
		return
	case (greeting || dash) && isUpperByte(c[0]):
		return // a name
	case (c[0] == '-' || c[0] == '~') && len(c) > 1 && isUpperByte(c[1]):
		return // "-Mark"
	}
	if c == "-" || c == "~" || c == "\u2013" || c == "\u2014" {
		f.prevDash = true
		return
	}
	f.prevGreeting = isGreeting(c)
	var w []byte
	for i := 0; i < len(c); {
		b := c[i]
		switch {
		case b >= 'a' && b <= 'z':
			w = append(w, b)
		case b >= 'A' && b <= 'Z':
			w = append(w, b+('a'-'A'))
		case b >= '0' && b <= '9':
			w = append(w, '#')
		case b >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(c[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				w = append(w, c[i:i+n]...)
			}
			i += n
			continue
		}
		i++
	}
	if len(w) > 0 {
		f.words = append(f.words, string(w))
	}
}

func (f *fingerprintRef) sum(minWords int) uint64 {
	if len(f.words) == 0 || len(f.words) < minWords {
		return 0
	}
	h := uint64(fpSeed)
	for _, w := range f.words {
		for b := []byte(w); len(b) > 0; {
			var block [8]byte
			k := copy(block[:], b)
			b = b[k:]
			h = fpMix(h, binary.LittleEndian.Uint64(block[:]))
		}
		h = fpMix(h, fpWordEnd|uint64(len(w)))
	}
	if h = fpFinal(h, len(f.words)); h == 0 {
		return 1
	}
	return h
}

// TestFingerprintDifferential checks the one-pass fingerprinter against the
// plain definition on generated agent turns and on noise dense in the
// special cases (greetings and names, sign-offs, handles, URLs, e-mails,
// dashes, digits, UTF-8), fed turn by turn like the engine does.
func TestFingerprintDifferential(t *testing.T) {
	var convs [][]string
	for _, it := range benchBatch("chat", 100) {
		var turns []string
		for _, tr := range it.Turns {
			if tr.Speaker == transcript.SpeakerAgent {
				turns = append(turns, tr.Text)
			}
		}
		convs = append(convs, turns)
	}
	words := []string{"Hi", "hi,", "Thanks", "THANK", "Dear", "morning!", "Sarah", "sarah", "-", "~", "\u2013", "\u2014", "-Mark", "~Jo",
		"^JS", "@tom", "me@x.com", "http://t.co/x", "https://a.b", "www.x.com", "WWW.X", "a:b", "x://", "order", "12345", "1.2",
		"café", "naïve", "日本", "\xe2", "🙂", "don't", "it's", "...", "!!", "", "", "",
		"www.", "Www..", "www", "48h", "2nd.", "tom@", "x:", "ok!!", "Hi,", "HELLO", "Sarah.", "abcdefgh", "abcdefghi"}
	seps := []string{" ", " ", "  ", "\n", "\t", " \r\n"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 500 {
		var turns []string
		for k := rng.IntN(4); k >= 0; k-- {
			var b strings.Builder
			for w := rng.IntN(12); w >= 0; w-- {
				b.WriteString(words[rng.IntN(len(words))])
				if rng.IntN(5) == 0 {
					b.WriteString(words[rng.IntN(len(words))]) // glued words
				}
				b.WriteString(seps[rng.IntN(len(seps))])
			}
			turns = append(turns, b.String())
		}
		convs = append(convs, turns)
	}
	distinct := map[uint64]bool{}
	e := newTestEngine(t)
	for _, turns := range convs {
		var f fingerprinter
		var ref fingerprintRef
		f.reset()
		// The engine feeds agent turns from normalise's pass (fpWord and
		// feed per chunk): the same fingerprint.
		e.fp.reset()
		e.fpTurn = true
		for _, tt := range turns {
			f.feed(tt)
			ref.feed(tt)
			e.normalise(tt)
		}
		e.fpTurn = false
		for _, minWords := range []int{1, 3} {
			if got, want := f.sum(minWords), ref.sum(minWords); got != want {
				t.Fatalf("turns %q (min %d): fingerprint %x, want %x (words %q)", turns, minWords, got, want, ref.words)
			}
			if got, want := e.fp.sum(minWords), ref.sum(minWords); got != want {
				t.Fatalf("turns %q (min %d): normalise's fingerprint %x, want %x (words %q)", turns, minWords, got, want, ref.words)
			}
		}
		distinct[f.sum(1)] = true
	}
	if len(distinct) < len(convs)/2 {
		t.Fatalf("%d distinct fingerprints for %d conversations", len(distinct), len(convs))
	}
}
