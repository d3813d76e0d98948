package transcript

import (
	"os"
	"regexp"
	"testing"
)

// TestDocsExamples decodes every ```json block of docs/wire-format.md, so the
// documented examples cannot drift from the code.
func TestDocsExamples(t *testing.T) {
	doc, err := os.ReadFile("../docs/wire-format.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```json\n(.*?)```").FindAllSubmatch(doc, -1)
	if len(blocks) < 3 {
		t.Fatalf("found %d json blocks, want at least one per channel", len(blocks))
	}
	channels := map[Channel]bool{}
	for i, b := range blocks {
		in, err := Decode(b[1], 0)
		if err != nil {
			t.Errorf("json block %d does not decode: %v\n%s", i+1, err, b[1])
			continue
		}
		if in.Extra != nil {
			t.Errorf("json block %d has unknown fields %s (a typo in a field name?)", i+1, in.Extra)
		}
		channels[in.Channel] = true
	}
	for _, c := range Channels {
		if !channels[c] {
			t.Errorf("no example for channel %s", c)
		}
	}
}
