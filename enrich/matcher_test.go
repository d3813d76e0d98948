package enrich

import (
	"reflect"
	"testing"
)

func TestPhraseMatcher(t *testing.T) {
	m, err := newPhraseMatcher([]string{"sue", "call you back", "call you", "escalat*", "[transfer*", "not us", "follow-up"})
	if err != nil {
		t.Fatal(err)
	}
	type hit struct {
		id   int32
		text string
	}
	tests := []struct {
		text string
		want []hit
	}{
		{"i will sue you", []hit{{0, "sue"}}},
		{"this issue is a suede sue's problem", []hit{{0, "sue"}}}, // "sue's": ' is not a word byte
		{"i'll call you back", []hit{{1, "call you back"}, {2, "call you"}}},
		{"i'll call you", []hit{{2, "call you"}}},
		{"i'll call your mum", nil},
		{"please escalate this escalation", []hit{{3, "escalat"}, {3, "escalat"}}},
		{"deescalate", nil},
		{"[transferred to billing]", []hit{{4, "[transfer"}}},
		{"it's not us.", []hit{{5, "not us"}}},
		{"not usual", nil},
		{"a follow-up email", []hit{{6, "follow-up"}}},
		{"", nil},
	}
	for _, tc := range tests {
		var got []hit
		for _, h := range m.AppendMatches(nil, []byte(tc.text)) {
			got = append(got, hit{h.ID, tc.text[h.Start:h.End]})
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestPhraseMatcherOrder(t *testing.T) {
	m, err := newPhraseMatcher([]string{"b", "a b", "a", "a b c"})
	if err != nil {
		t.Fatal(err)
	}
	var got []int32
	for _, h := range m.AppendMatches(nil, []byte("a b c b")) {
		got = append(got, h.ID)
	}
	// By start, longest first at equal starts.
	want := []int32{3, 1, 2, 0, 0}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestPhraseMatcherRejectsBadPatterns(t *testing.T) {
	for _, p := range []string{"", "Upper", " lead", "trail ", "dou  ble", "mid*dle", "tab\there"} {
		if _, err := newPhraseMatcher([]string{p}); err == nil {
			t.Errorf("%q: no error", p)
		}
	}
}

func TestRulesCompile(t *testing.T) {
	e := newTestEngine(t)
	if e.m.Len() < 200 {
		t.Fatalf("only %d phrases", e.m.Len())
	}
	for _, r := range e.rules {
		if r.cat == catSupport && r.weight >= 0 {
			t.Errorf("support phrase %q has non-negative weight %v", r.phrase, r.weight)
		}
	}
}
