package queries

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
)

//go:embed sql/*.sql
var sqlFiles embed.FS

// Query is one analyst question.
type Query struct {
	Name  string // file name without .sql, e.g. "runaround_cases"
	Title string // the header's "-- title:" line
	SQL   string // the whole file, header comments included; the database is {db}
}

// DBPlaceholder is what the SQL files write in place of the database name.
const DBPlaceholder = "{db}"

var all = mustLoad()

func mustLoad() []Query {
	qs, err := load(sqlFiles)
	if err != nil {
		panic("queries: " + err.Error())
	}
	return qs
}

func load(fsys fs.FS) ([]Query, error) {
	names, err := fs.Glob(fsys, "sql/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	qs := make([]Query, 0, len(names))
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		q := Query{Name: strings.TrimSuffix(path.Base(n), ".sql"), SQL: string(b)}
		h := q.Header()
		q.Title = h["title"]
		if q.Title == "" {
			return nil, fmt.Errorf("%s has no \"-- title:\" header line", n)
		}
		if !strings.Contains(q.SQL, DBPlaceholder) {
			return nil, fmt.Errorf("%s does not read %s.interactions", n, DBPlaceholder)
		}
		qs = append(qs, q)
	}
	return qs, nil
}

// All returns every query, sorted by name.
func All() []Query { return append([]Query(nil), all...) }

// Get returns the query called name.
func Get(name string) (Query, error) {
	for _, q := range all {
		if q.Name == name {
			return q, nil
		}
	}
	names := make([]string, len(all))
	for i, q := range all {
		names[i] = q.Name
	}
	return Query{}, fmt.Errorf("no query %q; known queries: %s", name, strings.Join(names, ", "))
}

var identRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// For returns the SQL with {db} replaced by db, which must be a plain
// identifier (letters, digits and underscores, not starting with a digit).
func (q Query) For(db string) (string, error) {
	if !identRE.MatchString(db) {
		return "", fmt.Errorf("database name %q is not a plain identifier (letters, digits, _)", db)
	}
	return strings.ReplaceAll(q.SQL, DBPlaceholder, db), nil
}

// Header returns the "-- key: value" lines at the top of the file, keyed by
// lower-case key; continuation lines ("--   more") are appended to the
// previous value with one space.
func (q Query) Header() map[string]string {
	h := map[string]string{}
	last := ""
	for _, line := range strings.Split(q.SQL, "\n") {
		if !strings.HasPrefix(line, "--") {
			break
		}
		body := strings.TrimPrefix(line, "--")
		if k, v, ok := strings.Cut(body, ":"); ok && !strings.HasPrefix(body, "  ") && identRE.MatchString(strings.TrimSpace(k)) {
			last = strings.ToLower(strings.TrimSpace(k))
			h[last] = strings.TrimSpace(v)
			continue
		}
		if last != "" && strings.TrimSpace(body) != "" {
			h[last] += " " + strings.TrimSpace(body)
		}
	}
	return h
}

// Reads returns the header's "-- reads:" columns.
func (q Query) Reads() []string {
	var cols []string
	for _, c := range strings.Split(q.Header()["reads"], ",") {
		if c = strings.TrimSpace(c); c != "" {
			cols = append(cols, c)
		}
	}
	return cols
}
