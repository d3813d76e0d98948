package eval

import (
	"errors"
	"io/fs"
	"math"
	"path/filepath"
	"testing"

	"github.com/runaroundhq/runaround/enrich"
)

// airlineCSV is the airline tweets in ../shared/data, seen from this
// package's folder.
var airlineCSV = filepath.Join("..", "..", "shared", "data", "twitter-airline-sentiment", "Tweets.csv")

func loadAirline(t *testing.T) AirlineResult {
	t.Helper()
	r, err := Airline(airlineCSV, enrich.DefaultConfig())
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("airline tweets not found at %s (the shared data folder is not part of the repository): %v", airlineCSV, err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// The test half's figures, pinned 0.01 below what was measured
// (docs/support-sentiment.md): a drop fails here.
func TestAirlineTestHalf(t *testing.T) {
	r := loadAirline(t)
	// The split is a pure function of the texts.
	if r.Tune.Support != 7332 || r.Test.Support != 7308 {
		t.Fatalf("split: tune %d test %d tweets, want 7332 and 7308", r.Tune.Support, r.Test.Support)
	}
	if r.TestConfusion.Total() != r.Test.Support || r.TunedTestConfusion.Total() != r.Test.Support {
		t.Fatalf("test confusions hold %d and %d tweets, want %d", r.TestConfusion.Total(), r.TunedTestConfusion.Total(), r.Test.Support)
	}
	m, tm := r.Test, r.TunedTest
	t.Logf("test half at the default thresholds: accuracy %.4f macro-F1 %.4f", m.Accuracy, m.MacroF1)
	t.Logf("test half at the thresholds tuned on the tune half (%+.2f / %+.2f): accuracy %.4f macro-F1 %.4f",
		r.TunedPositive, r.TunedNegative, tm.Accuracy, tm.MacroF1)
	t.Logf("govader: accuracy %.4f macro-F1 %.4f", m.GovaderAccuracy, m.GovaderMacroF1)
	for _, p := range []struct {
		name      string
		got, want float64
		measured  float64
	}{
		{"accuracy at the tuned thresholds", tm.Accuracy, 0.755, 0.7653},
		{"macro-F1 at the tuned thresholds", tm.MacroF1, 0.699, 0.7092},
		{"accuracy at the default thresholds", m.Accuracy, 0.755, 0.7656},
		{"macro-F1 at the default thresholds", m.MacroF1, 0.690, 0.7002},
		// Negatives (63% of the tweets) are where govader fails most: it
		// reads 40% of them as positive.
		{"negative recall at the tuned thresholds", recall(&r.TunedTestConfusion, 0), 0.830, 0.8403},
	} {
		if p.got < p.want {
			t.Errorf("%s %.4f, pinned at >= %.3f (measured %.4f)", p.name, p.got, p.want, p.measured)
		}
	}
	// govader is the baseline, with VADER's standard thresholds: it does not
	// move unless the dependency does.
	if math.Abs(m.GovaderAccuracy-0.4912) > 0.002 || math.Abs(m.GovaderMacroF1-0.4607) > 0.002 {
		t.Errorf("govader %.4f / %.4f, want 0.4912 / 0.4607", m.GovaderAccuracy, m.GovaderMacroF1)
	}
	if tm.GovaderAccuracy != m.GovaderAccuracy {
		t.Errorf("govader's figures depend on our thresholds: %.4f vs %.4f", tm.GovaderAccuracy, m.GovaderAccuracy)
	}
}

func recall(m *Confusion, k int) float64 {
	n := 0
	for j := range m[k] {
		n += m[k][j]
	}
	return ratio(m[k][k], n)
}

// The tune half, where the layer and the thresholds were tuned.
func TestAirlineTuneHalf(t *testing.T) {
	r := loadAirline(t)
	if r.TunedTune.Accuracy < 0.770 || r.TunedTune.MacroF1 < 0.716 {
		t.Errorf("tune half at the tuned thresholds %.4f / %.4f, pinned at >= 0.770 / 0.716 (measured 0.7808 / 0.7260)",
			r.TunedTune.Accuracy, r.TunedTune.MacroF1)
	}
	// The tuned thresholds are the grid's best on the tune half, so at
	// least as good there as the defaults.
	if r.TunedTune.MacroF1 < r.Tune.MacroF1 {
		t.Errorf("tuned thresholds %.4f worse than the defaults %.4f on the half they were tuned on", r.TunedTune.MacroF1, r.Tune.MacroF1)
	}
}

func TestVaderClass(t *testing.T) {
	for _, tc := range []struct {
		c    float64
		want string
	}{{0.05, "positive"}, {0.0499, "neutral"}, {0, "neutral"}, {-0.0499, "neutral"}, {-0.05, "negative"}} {
		if got := VaderClass(tc.c); got != tc.want {
			t.Errorf("VaderClass(%v) = %s, want %s", tc.c, got, tc.want)
		}
	}
}
