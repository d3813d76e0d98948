// Package eval measures the enrichment stage against labelled data:
// precision, recall and F1 per detector, and 3-class sentiment accuracy
// (next to govader's on the same items), on the generator's ground truth,
// the project's hand-labelled set (testdata/handlabelled.jsonl) and, when
// ../shared/data is present, real public data. `runaround eval` prints it.
package eval
