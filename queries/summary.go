package queries

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"
)

// SummaryRow is one channel of the summary; every count is of distinct
// interactions.
type SummaryRow struct {
	Channel             string
	Interactions        uint64
	Handoffs            uint64 // with at least one transfer
	CrossCompany        uint64 // sent to a separate company
	Escalations         uint64 // escalation_level > 0
	PublicThreats       uint64
	BrokenPromiseClaims uint64
	DeadEnds            uint64
}

// SummaryReport is the summary query's rows (by channel) and their totals.
type SummaryReport struct {
	Rows  []SummaryRow
	Total SummaryRow // Channel is "total"
}

// Summary runs the "summary" query against db.
func Summary(ctx context.Context, conn driver.Conn, db string) (SummaryReport, error) {
	var r SummaryReport
	q, err := Get("summary")
	if err != nil {
		return r, err
	}
	sql, err := q.For(db)
	if err != nil {
		return r, err
	}
	rows, err := conn.Query(ctx, sql)
	if err != nil {
		return r, fmt.Errorf("summary query on %s.interactions failed: %w", db, err)
	}
	defer rows.Close()
	for rows.Next() {
		var s SummaryRow
		if err := rows.Scan(&s.Channel, &s.Interactions, &s.Handoffs, &s.CrossCompany, &s.Escalations,
			&s.PublicThreats, &s.BrokenPromiseClaims, &s.DeadEnds); err != nil {
			return r, fmt.Errorf("cannot read summary row: %w", err)
		}
		r.Rows = append(r.Rows, s)
	}
	if err := rows.Err(); err != nil {
		return r, fmt.Errorf("summary query on %s.interactions failed: %w", db, err)
	}
	r.Total = totals(r.Rows)
	return r, nil
}

// totals adds the channels up. Summing per-channel distinct counts is exact
// because an interaction has one channel (channel is part of the sorting key
// the duplicates share).
func totals(rows []SummaryRow) SummaryRow {
	t := SummaryRow{Channel: "total"}
	for _, s := range rows {
		t.Interactions += s.Interactions
		t.Handoffs += s.Handoffs
		t.CrossCompany += s.CrossCompany
		t.Escalations += s.Escalations
		t.PublicThreats += s.PublicThreats
		t.BrokenPromiseClaims += s.BrokenPromiseClaims
		t.DeadEnds += s.DeadEnds
	}
	return t
}

var summaryHeader = []string{"channel", "interactions", "handoffs", "cross-company", "escalations", "public threats", "broken promises", "dead ends"}

func (s SummaryRow) cells() []string {
	return []string{s.Channel, u(s.Interactions), u(s.Handoffs), u(s.CrossCompany), u(s.Escalations),
		u(s.PublicThreats), u(s.BrokenPromiseClaims), u(s.DeadEnds)}
}

func u(v uint64) string { return strconv.FormatUint(v, 10) }

// Format prints the report as an aligned table: channel left-aligned,
// numbers right-aligned, a rule, then the totals.
func (r SummaryReport) Format(w io.Writer) {
	table := [][]string{summaryHeader}
	for _, s := range r.Rows {
		table = append(table, s.cells())
	}
	total := r.Total
	if total.Channel == "" {
		total = totals(r.Rows)
	}
	table = append(table, total.cells())
	widths := make([]int, len(summaryHeader))
	for _, row := range table {
		for i, c := range row {
			widths[i] = max(widths[i], len(c))
		}
	}
	line := func(row []string) {
		var b strings.Builder
		for i, c := range row {
			if i == 0 {
				fmt.Fprintf(&b, "%-*s", widths[i], c)
			} else {
				fmt.Fprintf(&b, "  %*s", widths[i], c)
			}
		}
		fmt.Fprintln(w, b.String())
	}
	line(table[0])
	if len(r.Rows) == 0 {
		fmt.Fprintln(w, "(no interactions yet)")
	}
	for _, row := range table[1 : len(table)-1] {
		line(row)
	}
	rule := make([]string, len(widths))
	for i, n := range widths {
		rule[i] = strings.Repeat("-", n)
	}
	line(rule)
	line(table[len(table)-1])
}
