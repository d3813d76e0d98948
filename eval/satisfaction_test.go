package eval

import (
	"errors"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/runaroundhq/runaround/enrich"
)

// satisfactionDir is the user-satisfaction dialogues in ../shared/data,
// seen from this package's folder.
var satisfactionDir = filepath.Join("..", "..", "shared", "data", "user-satisfaction-simulation")

// The rank correlations, pinned 0.01 below what was measured
// (docs/support-sentiment.md).
func TestSatisfactionCorrelations(t *testing.T) {
	r, err := Satisfaction(satisfactionDir, enrich.DefaultConfig())
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("satisfaction dialogues not found at %s (the shared data folder is not part of the repository): %v", satisfactionDir, err)
	}
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		dialogues, turns int
		spearman         float64 // pinned turn-level correlation
	}{
		"CCPE":   {500, 6360, 0.31},
		"MWOZ":   {1000, 11553, 0.29},
		"ReDial": {1000, 10806, 0.35},
		"SGD":    {1000, 12833, 0.40},
	}
	if len(r.Files) != len(want) {
		t.Fatalf("%d rated files, want %d (ReDial-action has no ratings)", len(r.Files), len(want))
	}
	for _, f := range r.Files {
		w, ok := want[f.Name]
		if !ok {
			t.Errorf("unexpected file %s", f.Name)
			continue
		}
		t.Logf("%-6s %5d turns: ours %.3f govader %.3f; dialogues ours %.3f govader %.3f",
			f.Name, f.Turns, f.Spearman, f.GovaderSpearman, f.DialogueSpearman, f.GovaderDialogueSpearman)
		if f.Dialogues != w.dialogues || f.Turns != w.turns {
			t.Errorf("%s: %d dialogues %d rated turns, want %d and %d", f.Name, f.Dialogues, f.Turns, w.dialogues, w.turns)
		}
		if f.Spearman < w.spearman {
			t.Errorf("%s: turn correlation %.3f, pinned at >= %.2f", f.Name, f.Spearman, w.spearman)
		}
	}
	o := r.Overall
	t.Logf("all    %5d turns: ours %.3f govader %.3f; dialogues ours %.3f govader %.3f",
		o.Turns, o.Spearman, o.GovaderSpearman, o.DialogueSpearman, o.GovaderDialogueSpearman)
	if o.Turns != 41552 || o.Dialogues != 3500 {
		t.Errorf("overall %d turns %d dialogues, want 41552 and 3500", o.Turns, o.Dialogues)
	}
	if o.Spearman < 0.35 || o.DialogueSpearman < 0.269 {
		t.Errorf("overall correlations %.3f (turns) %.3f (dialogues), pinned at >= 0.35 / 0.269 (measured 0.363 / 0.279)", o.Spearman, o.DialogueSpearman)
	}
	if math.Abs(o.GovaderSpearman-0.3178) > 0.002 {
		t.Errorf("govader turn correlation %.4f, want 0.3178 (the baseline moved)", o.GovaderSpearman)
	}
	if !(o.Spearman > o.GovaderSpearman && o.DialogueSpearman > o.GovaderDialogueSpearman) {
		t.Errorf("ours %.3f / %.3f does not beat govader %.3f / %.3f", o.Spearman, o.DialogueSpearman, o.GovaderSpearman, o.GovaderDialogueSpearman)
	}
}

// The reader on a small file: ratings averaged, OVERALL kept apart, system
// turns unrated, dialogues split at blank lines, bad lines refused.
func TestReadSatisfaction(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.txt")
	text := "USER\tI need a taxi\tINFORM\t3,4,2\nSYSTEM\tWhere to?\tREQUEST\t\nUSER\tthanks\tTHANK\t5,5,4,4\nUSER\tOVERALL\t\t4,5,4\n\n" +
		"SYSTEM\tHi\tOTH\t\nUSER\tno\tOTH\t\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	ds, err := readSatisfaction(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 2 || len(ds[0].turns) != 3 || len(ds[1].turns) != 2 {
		t.Fatalf("dialogues %+v", ds)
	}
	if r := ds[0].rating; r[0] != 3 || r[1] != -1 || r[2] != 4.5 {
		t.Errorf("ratings %v, want [3 -1 4.5]", r)
	}
	if ds[0].overall != 13.0/3 || ds[1].overall != -1 {
		t.Errorf("overall %v %v", ds[0].overall, ds[1].overall)
	}
	if ds[1].rating[1] != -1 {
		t.Errorf("an unrated user turn got %v", ds[1].rating[1])
	}
	for _, bad := range []string{"USER\tok\tX\t3,9\n", "BOT\thi\tX\t\n", "USER\n"} {
		if err := os.WriteFile(path, []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := readSatisfaction(path); err == nil || !strings.Contains(err.Error(), "x.txt:1") {
			t.Errorf("%q: error %v, want one naming x.txt:1", bad, err)
		}
	}
}
