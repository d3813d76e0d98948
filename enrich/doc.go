// Package enrich is Runaround's enrichment stage: it turns a batch of
// support interactions into the columns (Columns) the sink writes to
// ClickHouse as one Arrow record.
//
// For every interaction it computes
//
//   - the redacted transcript: each turn's speaker and text with payment
//     cards, e-mail addresses, phone numbers and national IDs replaced by
//     [CARD], [EMAIL], [PHONE], [NATIONAL_ID] (redact.go);
//   - sentiment per turn, per speaker and for the whole interaction, twice:
//     VADER's compound score exactly as govader computes it, on govader's
//     own lexicon (SentimentVader; a differential test pins it to govader),
//     and the same rules with a support-domain layer that reads service
//     failures ("still waiting", "on hold for") and neutral support talk
//     (Sentiment); plus the customer's trajectory (sentiment.go, lexicon.go,
//     normalize.go, support.go; docs/sentiment.md);
//   - the runaround detectors: handoffs and their targets, cross-company
//     bounces, transfer loops, dead ends, repeated claims, promises and
//     claims that they were broken, escalations and public threats, and
//     complaints (detect.go, rules.go);
//   - a fingerprint of the normalised agent text and a stock-reply flag
//     (fingerprint.go).
//
// # Determinism
//
// Every value is a pure function of the interaction and the Config: no
// clocks, no randomness, no map iteration in the output path, no state
// carried between interactions or batches (stock replies are recognised by
// template phrases, never by counting across messages). A replay after a
// crash writes identical rows.
//
// # Memory ownership
//
// EnrichBatch keeps nothing of its input after it returns. The strings it
// writes into a Columns are valid until the next EnrichBatch call with the
// same Columns:
//
//   - a turn without PII is stored as the input string itself (no copy);
//   - redacted texts and handoff targets are built in an arena owned by the
//     Columns. While a batch runs the arena may grow (and move), so those
//     list values are written as placeholders and patched, with
//     unsafe.String, only after the whole batch is done and the arena has
//     stopped growing. The next EnrichBatch into the same Columns rewrites the
//     arena in place: a caller that needs a string longer must copy it.
//   - with a Pool, strings may point into its shards' arenas instead: they
//     are valid until the Pool's next EnrichBatch, whatever Columns it gets.
//
// # The hot loop
//
// The per-turn work is a handful of linear passes, each reading the text
// once: the PII scan over the original text, one fused lowercase + tokenise
// pass that yields the detectors' words, VADER's tokens (one table lookup
// per word gives its valence and word class) and, for agent turns, the
// stock-reply fingerprint, one phrase-matcher pass over the lowercase text
// (all detector and support-sentiment phrases at once), and the scorer over
// the tokens. EnrichBatch runs them in two phases (turns.go): the
// tokenising pass over every turn of a group of interactions (one chat or
// call, or a few tweets) into an arena, then one matcher pass over the
// whole group, four walks side by side (turns are short, and a walk is a
// chain of dependent table loads: four overlap); then, turn by turn, the
// PII scan, the detectors and the scorer. Rules for code in this loop:
//
//   - one pass per text per stage, no regular expressions, no strings.ToLower;
//   - reuse the Engine's scratch slices (reslice to [:0], never make in the
//     loop); the Columns' slices and arena are reused the same way;
//   - no per-row allocations in steady state: once the buffers have grown to
//     the largest batch seen, EnrichBatch allocates nothing (a test enforces
//     0 allocations with testing.AllocsPerRun).
//
// An Engine is not safe for concurrent use; Pool (pool.go) runs one Engine per
// worker goroutine on contiguous shards of a batch and merges their columns.
// The phrase matcher (matcher.go) is one Aho-Corasick automaton, made a
// DFA and anchored at word starts, carrying every detector's phrases, with
// word boundaries checked on its raw matches.
//
// Benchmarks: go test ./enrich/ -run '^$' -bench 'EnrichBatch|Govader|Stages|Pool' -benchmem
// (bench_test.go) measures full enrichment and govader's scoring on the same
// generated tweet, chat and call batches in one run.
package enrich
