package queries_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

const (
	grafanaDir   = "../deploy/grafana"
	pluginType   = "grafana-clickhouse-datasource"
	datasourceID = "runaround-clickhouse"
)

type dashboard struct {
	file   string
	UID    string  `json:"uid"`
	Title  string  `json:"title"`
	Panels []panel `json:"panels"`
}

type dsRef struct {
	Type string `json:"type"`
	UID  string `json:"uid"`
}

type panel struct {
	ID         int    `json:"id"`
	Title      string `json:"title"`
	Type       string `json:"type"`
	Datasource *dsRef `json:"datasource"`
	Targets    []struct {
		RefID      string `json:"refId"`
		Datasource *dsRef `json:"datasource"`
		RawSQL     string `json:"rawSql"`
		Format     *int   `json:"format"`
		QueryType  string `json:"queryType"`
		EditorType string `json:"editorType"`
	} `json:"targets"`
}

func loadDashboards(t *testing.T) []dashboard {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(grafanaDir, "dashboards", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 2 {
		t.Fatalf("want at least 2 dashboards in %s/dashboards, found %v", grafanaDir, files)
	}
	var ds []dashboard
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d dashboard
		dec := json.NewDecoder(strings.NewReader(string(b)))
		if err := dec.Decode(&d); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		d.file = filepath.Base(f)
		ds = append(ds, d)
	}
	return ds
}

// panelQuery is one dashboard target's SQL, named for messages.
type panelQuery struct {
	name string // "file#id title"
	sql  string
}

func panelQueries(t *testing.T) []panelQuery {
	t.Helper()
	var out []panelQuery
	for _, d := range loadDashboards(t) {
		for _, p := range d.Panels {
			for _, tg := range p.Targets {
				out = append(out, panelQuery{name: fmt.Sprintf("%s#%d %s/%s", d.file, p.ID, p.Title, tg.RefID), sql: tg.RawSQL})
			}
		}
	}
	return out
}

// The macros of grafana-clickhouse-datasource v4 the dashboards may use,
// expanded the way the plugin does (pkg/macros in grafana/clickhouse-datasource).
// $__timeInterval is deliberately not supported: it expands to
// toStartOfInterval, which ClickHouse 18.16 does not have.
var macroRE = regexp.MustCompile(`\$__(\w+)(\(([^()]*)\))?`)

func expandMacros(sql string, from, to time.Time, interval time.Duration) (string, error) {
	var errs []string
	out := macroRE.ReplaceAllStringFunc(sql, func(m string) string {
		sm := macroRE.FindStringSubmatch(m)
		name, hasArgs, arg := sm[1], sm[2] != "", strings.TrimSpace(sm[3])
		switch {
		case name == "timeFilter" && hasArgs && arg != "" && !strings.Contains(arg, ","):
			return fmt.Sprintf("%s >= toDateTime(%d) AND %s <= toDateTime(%d)", arg, from.Unix(), arg, to.Unix())
		case name == "interval_s" && !hasArgs:
			return fmt.Sprintf("%d", max(int(interval.Seconds()), 1))
		case name == "fromTime" && !hasArgs:
			return fmt.Sprintf("toDateTime(%d)", from.Unix())
		case name == "toTime" && !hasArgs:
			return fmt.Sprintf("toDateTime(%d)", to.Unix())
		}
		errs = append(errs, m)
		return m
	})
	if len(errs) > 0 {
		return "", fmt.Errorf("unsupported macro(s) %v: use $__timeFilter(col), $__interval_s, $__fromTime, $__toTime", errs)
	}
	if strings.Contains(out, "$") {
		return "", fmt.Errorf("dashboard variable left after expansion (none are defined): %s", out)
	}
	return out, nil
}

// dashboardSQL returns every panel query expanded for a time range covering
// the fixture, reading db instead of runaround.
func dashboardSQL(t *testing.T, db string) []panelQuery {
	t.Helper()
	from := fixtureBase().AddDate(0, 0, -1)
	to := fixtureBase().AddDate(0, 0, 7)
	var out []panelQuery
	for _, pq := range panelQueries(t) {
		sql, err := expandMacros(pq.sql, from, to, time.Hour)
		if err != nil {
			t.Fatalf("%s: %v", pq.name, err)
		}
		out = append(out, panelQuery{name: pq.name, sql: strings.ReplaceAll(sql, "runaround.interactions", db+".interactions")})
	}
	return out
}

func TestExpandMacros(t *testing.T) {
	from, to := time.Unix(1000, 0), time.Unix(2000, 0)
	got, err := expandMacros("SELECT toDateTime(intDiv(toUInt32(started_at), $__interval_s) * $__interval_s) AS time WHERE $__timeFilter(started_at) AND x < $__toTime", from, to, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	want := "SELECT toDateTime(intDiv(toUInt32(started_at), 3600) * 3600) AS time WHERE started_at >= toDateTime(1000) AND started_at <= toDateTime(2000) AND x < toDateTime(2000)"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	for _, bad := range []string{"$__timeInterval(started_at)", "$__timeFilter()", "$__conditionalAll(x, $org)", "WHERE org = '$org'"} {
		if _, err := expandMacros(bad, from, to, time.Hour); err == nil {
			t.Errorf("%q expanded without error", bad)
		}
	}
}

func TestDashboards(t *testing.T) {
	uids := map[string]string{}
	titles := map[string]bool{}
	for _, d := range loadDashboards(t) {
		if d.UID == "" || d.Title == "" {
			t.Errorf("%s: uid %q, title %q: both are required", d.file, d.UID, d.Title)
		}
		if other, dup := uids[d.UID]; dup {
			t.Errorf("%s and %s share uid %q", d.file, other, d.UID)
		}
		uids[d.UID] = d.file
		titles[d.Title] = true
		if len(d.Panels) == 0 {
			t.Errorf("%s has no panels", d.file)
		}
		ids := map[int]bool{}
		for _, p := range d.Panels {
			where := fmt.Sprintf("%s panel %d %q", d.file, p.ID, p.Title)
			if p.ID <= 0 || ids[p.ID] {
				t.Errorf("%s: panel id missing or duplicated", where)
			}
			ids[p.ID] = true
			if p.Title == "" || p.Type == "" {
				t.Errorf("%s: needs a title and a type", where)
			}
			if len(p.Targets) == 0 {
				t.Errorf("%s: no targets", where)
			}
			for _, tg := range p.Targets {
				ds := tg.Datasource
				if ds == nil {
					ds = p.Datasource
				}
				if ds == nil || ds.Type != pluginType || ds.UID != datasourceID {
					t.Errorf("%s/%s: datasource %+v, want type %s uid %s", where, tg.RefID, ds, pluginType, datasourceID)
				}
				if strings.TrimSpace(tg.RawSQL) == "" {
					t.Errorf("%s/%s: empty rawSql", where, tg.RefID)
					continue
				}
				if tg.RefID == "" || tg.EditorType != "sql" || tg.Format == nil {
					t.Errorf("%s: target needs refId, editorType sql and a format", where)
				}
				if tg.QueryType == "timeseries" && (p.Type != "timeseries" || *tg.Format != 0) {
					t.Errorf("%s: timeseries query in a %s panel with format %d", where, p.Type, *tg.Format)
				}
				if !strings.Contains(tg.RawSQL, "runaround.interactions") {
					t.Errorf("%s: rawSql does not read runaround.interactions", where)
				}
				if !strings.Contains(tg.RawSQL, "$__timeFilter(started_at)") {
					t.Errorf("%s: rawSql ignores the dashboard time range ($__timeFilter(started_at))", where)
				}
				if _, err := expandMacros(tg.RawSQL, time.Unix(0, 0), time.Unix(1, 0), time.Minute); err != nil {
					t.Errorf("%s: %v", where, err)
				}
				if msg := portabilityProblem(tg.RawSQL); msg != "" {
					t.Errorf("%s: %s", where, msg)
				}
			}
		}
	}
	for _, want := range []string{"Executive overview", "Operations"} {
		found := false
		for title := range titles {
			found = found || strings.Contains(title, want)
		}
		if !found {
			t.Errorf("no dashboard titled ...%q", want)
		}
	}
}

func TestGrafanaProvisioning(t *testing.T) {
	var dsFile struct {
		APIVersion  int `yaml:"apiVersion"`
		Datasources []struct {
			Name     string         `yaml:"name"`
			Type     string         `yaml:"type"`
			UID      string         `yaml:"uid"`
			JSONData map[string]any `yaml:"jsonData"`
		} `yaml:"datasources"`
	}
	b, err := os.ReadFile(filepath.Join(grafanaDir, "provisioning/datasources/clickhouse.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(b, &dsFile); err != nil {
		t.Fatalf("datasources/clickhouse.yaml: %v", err)
	}
	if strings.Contains(string(b), ":-") {
		t.Error("datasources/clickhouse.yaml uses ${VAR:-default}: Grafana provisioning has no default syntax")
	}
	if dsFile.APIVersion != 1 || len(dsFile.Datasources) != 1 {
		t.Fatalf("datasources/clickhouse.yaml: apiVersion %d, %d datasources; want 1 and 1", dsFile.APIVersion, len(dsFile.Datasources))
	}
	ds := dsFile.Datasources[0]
	if ds.Type != pluginType || ds.UID != datasourceID {
		t.Errorf("datasource type %q uid %q, want %s %s (the dashboards refer to it)", ds.Type, ds.UID, pluginType, datasourceID)
	}
	if ds.JSONData["defaultDatabase"] != "runaround" || ds.JSONData["protocol"] != "native" || ds.JSONData["port"] != 9000 || ds.JSONData["host"] == nil {
		t.Errorf("datasource jsonData = %v, want host, port 9000, protocol native, defaultDatabase runaround", ds.JSONData)
	}

	var prov struct {
		APIVersion int `yaml:"apiVersion"`
		Providers  []struct {
			Name    string `yaml:"name"`
			Type    string `yaml:"type"`
			Options struct {
				Path string `yaml:"path"`
			} `yaml:"options"`
		} `yaml:"providers"`
	}
	b, err = os.ReadFile(filepath.Join(grafanaDir, "provisioning/dashboards/runaround.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(b, &prov); err != nil {
		t.Fatalf("dashboards/runaround.yaml: %v", err)
	}
	if prov.APIVersion != 1 || len(prov.Providers) != 1 || prov.Providers[0].Type != "file" || !strings.HasPrefix(prov.Providers[0].Options.Path, "/") {
		t.Errorf("dashboards/runaround.yaml = %+v, want one file provider with an absolute path", prov)
	}
}
