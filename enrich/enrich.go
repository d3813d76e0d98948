package enrich

import (
	"fmt"
	"runtime/debug"

	"github.com/runaroundhq/runaround/transcript"
)

// Enricher turns a batch of interactions into enrichment columns.
//
// EnrichBatch must be deterministic (the same interactions give the same
// columns, so a replay after a crash writes identical rows) and must not keep
// in after it returns. It resets out first; the strings it writes into out stay
// valid until the next EnrichBatch call with the same out.
//
// A panic in EnrichBatch is a bug, but it is raised on the caller's
// goroutine (Pool carries its workers' panics over as *PanicError), so the
// caller can recover it and keep one bad message from stopping the
// pipeline. After a panic the Enricher's state is undefined: discard it.
type Enricher interface {
	EnrichBatch(in []transcript.Interaction, out *Columns)
}

// PanicError is a panic raised while enriching, with the stack of the
// goroutine that raised it (a Pool worker's, when it is re-raised by Pool).
type PanicError struct {
	Value any
	Stack []byte
}

func newPanicError(v any) *PanicError {
	if pe, ok := v.(*PanicError); ok {
		return pe
	}
	return &PanicError{Value: v, Stack: debug.Stack()}
}

// Error says what panicked.
func (e *PanicError) Error() string { return fmt.Sprintf("enrichment panicked: %v", e.Value) }

// AsPanicError returns the panic value v (from recover) as a *PanicError,
// with the current stack when v did not come from a Pool.
func AsPanicError(v any) *PanicError { return newPanicError(v) }
