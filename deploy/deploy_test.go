package deploy

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// The test runs in deploy/; paths are relative to it.
const repoRoot = ".."

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// kafkaVersionFromPom is the Kafka version the local scripts run (deploy/local/kafka/pom.xml).
func kafkaVersionFromPom(t *testing.T) string {
	t.Helper()
	var pom struct {
		Properties struct {
			KafkaVersion string `xml:"kafka.version"`
		} `xml:"properties"`
		Dependencies []struct {
			GroupID    string `xml:"groupId"`
			ArtifactID string `xml:"artifactId"`
			Version    string `xml:"version"`
		} `xml:"dependencies>dependency"`
	}
	if err := xml.Unmarshal(readFile(t, "local/kafka/pom.xml"), &pom); err != nil {
		t.Fatalf("local/kafka/pom.xml: %v", err)
	}
	v := pom.Properties.KafkaVersion
	if v == "" {
		t.Fatal("local/kafka/pom.xml: no <kafka.version> property")
	}
	var broker bool
	for _, d := range pom.Dependencies {
		if d.ArtifactID == "slf4j-reload4j" {
			t.Error("local/kafka/pom.xml depends on slf4j-reload4j: Kafka 4 logs through log4j2")
		}
		if d.GroupID == "org.apache.kafka" && d.ArtifactID == "kafka_2.13" {
			broker = true
			if d.Version != "${kafka.version}" && d.Version != v {
				t.Errorf("kafka_2.13 version %q is not the kafka.version property %q", d.Version, v)
			}
		}
	}
	if !broker {
		t.Error("local/kafka/pom.xml does not depend on org.apache.kafka:kafka_2.13")
	}
	return v
}

func TestKafkaPinnedVersion(t *testing.T) {
	v := kafkaVersionFromPom(t)
	// kafka-go needs JoinGroup v1: removed in 4.0.0, restored in 4.0.1 and 4.1.
	if v == "4.0.0" {
		t.Fatalf("Kafka %s does not accept JoinGroup v1, which segmentio/kafka-go uses", v)
	}
	if !strings.HasPrefix(v, "4.") {
		t.Errorf("Kafka %s: the scripts and server.properties are written for Kafka 4.x (KRaft)", v)
	}
}

// --- docker compose ------------------------------------------------------------------------------

type composeService struct {
	Image       string         `yaml:"image"`
	Build       *composeBuild  `yaml:"build"`
	DependsOn   yaml.Node      `yaml:"depends_on"`
	Environment yaml.Node      `yaml:"environment"`
	Entrypoint  yaml.Node      `yaml:"entrypoint"`
	Command     yaml.Node      `yaml:"command"`
	Ports       []string       `yaml:"ports"`
	Healthcheck map[string]any `yaml:"healthcheck"`
}

type composeBuild struct {
	Context    string `yaml:"context"`
	Dockerfile string `yaml:"dockerfile"`
}

// names returns the keys of a mapping node or the items of a sequence node (depends_on's two forms).
func names(t *testing.T, n yaml.Node) []string {
	t.Helper()
	var out []string
	switch n.Kind {
	case 0:
	case yaml.MappingNode:
		for i := 0; i < len(n.Content); i += 2 {
			out = append(out, n.Content[i].Value)
		}
	case yaml.SequenceNode:
		for _, c := range n.Content {
			out = append(out, c.Value)
		}
	default:
		t.Fatalf("line %d: want a list or a mapping", n.Line)
	}
	return out
}

// env decodes compose's environment in either form (mapping, or list of KEY=VALUE).
func env(t *testing.T, n yaml.Node) map[string]string {
	t.Helper()
	out := map[string]string{}
	switch n.Kind {
	case 0:
	case yaml.MappingNode:
		if err := n.Decode(&out); err != nil {
			t.Fatal(err)
		}
	case yaml.SequenceNode:
		var list []string
		if err := n.Decode(&list); err != nil {
			t.Fatal(err)
		}
		for _, kv := range list {
			k, v, _ := strings.Cut(kv, "=")
			out[k] = v
		}
	default:
		t.Fatalf("environment at line %d: want a list or a mapping", n.Line)
	}
	return out
}

// words flattens a compose entrypoint/command (string or list) into one string.
func words(t *testing.T, n yaml.Node) string {
	t.Helper()
	switch n.Kind {
	case 0:
		return ""
	case yaml.ScalarNode:
		return n.Value
	case yaml.SequenceNode:
		var list []string
		if err := n.Decode(&list); err != nil {
			t.Fatal(err)
		}
		return strings.Join(list, " ")
	}
	t.Fatalf("line %d: want a string or a list", n.Line)
	return ""
}

func TestCompose(t *testing.T) {
	var doc struct {
		Services map[string]composeService `yaml:"services"`
	}
	if err := yaml.Unmarshal(readFile(t, "compose/docker-compose.yml"), &doc); err != nil {
		t.Fatalf("compose/docker-compose.yml: %v", err)
	}
	for _, name := range []string{"clickhouse", "kafka", "runaround"} {
		if _, ok := doc.Services[name]; !ok {
			t.Fatalf("compose has no %q service (has %v)", name, keys(doc.Services))
		}
	}
	ch, kafka, ra := doc.Services["clickhouse"], doc.Services["kafka"], doc.Services["runaround"]

	if !strings.HasPrefix(ch.Image, "clickhouse/clickhouse-server:") {
		t.Errorf("clickhouse image %q, want clickhouse/clickhouse-server:<tag>", ch.Image)
	}
	if want := "apache/kafka:" + kafkaVersionFromPom(t); kafka.Image != want {
		t.Errorf("kafka image %q, want %q (same version as deploy/local/kafka/pom.xml)", kafka.Image, want)
	}
	kenv := env(t, kafka.Environment)
	if roles := strings.Split(kenv["KAFKA_PROCESS_ROLES"], ","); !slices.Contains(roles, "broker") || !slices.Contains(roles, "controller") {
		t.Errorf("kafka KAFKA_PROCESS_ROLES %q: want a single KRaft node with broker,controller", kenv["KAFKA_PROCESS_ROLES"])
	}
	if kenv["CLUSTER_ID"] == "" {
		t.Error("kafka has no CLUSTER_ID: the apache/kafka image needs one to format its storage")
	}

	deps := names(t, ra.DependsOn)
	for _, want := range []string{"clickhouse", "kafka"} {
		if !slices.Contains(deps, want) {
			t.Errorf("runaround depends_on %v, missing %q", deps, want)
		}
	}

	renv := env(t, ra.Environment)
	brokers := renv["RUNAROUND_KAFKA_BROKERS"]
	if host, _, err := net.SplitHostPort(brokers); err != nil || host != "kafka" {
		t.Errorf("runaround RUNAROUND_KAFKA_BROKERS=%q, want the kafka service (kafka:<port>)", brokers)
	}
	if adv := kenv["KAFKA_ADVERTISED_LISTENERS"]; !strings.Contains(adv, "://"+brokers) {
		t.Errorf("runaround uses broker %q but kafka advertises %q: the client would be redirected elsewhere", brokers, adv)
	}
	if addr := renv["RUNAROUND_CLICKHOUSE_ADDR"]; addr != "clickhouse:9000" {
		t.Errorf("runaround RUNAROUND_CLICKHOUSE_ADDR=%q, want clickhouse:9000 (native protocol)", addr)
	}

	script := words(t, ra.Entrypoint) + " " + words(t, ra.Command)
	mi, ri := strings.Index(script, "runaround migrate"), strings.Index(script, "runaround run")
	if mi < 0 || ri < 0 || mi > ri {
		t.Errorf("runaround should run `runaround migrate` then `runaround run`; entrypoint+command is %q", script)
	}

	if ra.Build == nil {
		t.Fatal("runaround has no build section")
	}
	ctx := filepath.Join("compose", ra.Build.Context)
	if _, err := os.Stat(filepath.Join(ctx, "go.mod")); err != nil {
		t.Errorf("runaround build context %q is not the repository root: %v", ra.Build.Context, err)
	}
	if _, err := os.Stat(filepath.Join(ctx, ra.Build.Dockerfile)); err != nil {
		t.Errorf("runaround build dockerfile %q: %v", ra.Build.Dockerfile, err)
	}

	for name, s := range doc.Services {
		for _, p := range s.Ports {
			if !strings.HasPrefix(p, "127.0.0.1:") {
				t.Errorf("service %s publishes %q on every interface; bind it to 127.0.0.1", name, p)
			}
		}
	}
	for _, name := range []string{"clickhouse", "kafka"} {
		if doc.Services[name].Healthcheck == nil {
			t.Errorf("service %s has no healthcheck, so depends_on cannot wait for it", name)
		}
	}
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// --- Dockerfile ----------------------------------------------------------------------------------

func TestDockerfile(t *testing.T) {
	lines := dockerInstructions(t, readFile(t, "Dockerfile"))
	var froms []string
	var builds, entrypoint bool
	for _, l := range lines {
		instr, rest, _ := strings.Cut(l, " ")
		switch strings.ToUpper(instr) {
		case "FROM":
			froms = append(froms, strings.Fields(rest)[0])
		case "RUN":
			if strings.Contains(rest, "go build") {
				if !regexp.MustCompile(`go build\b.*\s\./cmd/runaround(\s|$)`).MatchString(rest) {
					t.Errorf("the go build step does not build ./cmd/runaround: %q", rest)
				}
				builds = true
			}
		case "ENTRYPOINT":
			entrypoint = strings.Contains(rest, "runaround")
		}
	}
	if !builds {
		t.Error("Dockerfile has no RUN ... go build ./cmd/runaround")
	}
	if !entrypoint {
		t.Error("Dockerfile ENTRYPOINT is not the runaround binary")
	}
	if len(froms) < 2 {
		t.Fatalf("want a multi-stage build (golang builder, slim runtime); FROM lines: %v", froms)
	}
	// The builder's Go must be able to build go.mod's language version.
	goVer := goModVersion(t)
	if !strings.HasPrefix(froms[0], "golang:"+goVer) {
		t.Errorf("builder image %q does not match go.mod's go %s", froms[0], goVer)
	}
	if last := froms[len(froms)-1]; !strings.HasPrefix(last, "debian:") || !strings.HasSuffix(last, "-slim") {
		t.Errorf("runtime image %q, want a debian:*-slim image", last)
	}
}

// goModVersion returns go.mod's go directive as major.minor (e.g. 1.26).
func goModVersion(t *testing.T) string {
	t.Helper()
	m := regexp.MustCompile(`(?m)^go (\d+\.\d+)`).FindSubmatch(readFile(t, filepath.Join(repoRoot, "go.mod")))
	if m == nil {
		t.Fatal("go.mod has no go directive")
	}
	return string(m[1])
}

// dockerInstructions joins backslash continuations and drops comments and blank lines.
func dockerInstructions(t *testing.T, src []byte) []string {
	t.Helper()
	var out []string
	var cur strings.Builder
	sc := bufio.NewScanner(bytes.NewReader(src))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasSuffix(line, "\\") {
			cur.WriteString(strings.TrimSuffix(line, "\\"))
			cur.WriteString(" ")
			continue
		}
		cur.WriteString(line)
		out = append(out, strings.Join(strings.Fields(cur.String()), " "))
		cur.Reset()
	}
	if cur.Len() > 0 {
		t.Fatal("Dockerfile ends inside a line continuation")
	}
	return out
}

// --- Kubernetes ----------------------------------------------------------------------------------

type k8sObject struct {
	APIVersion string `yaml:"apiVersion"`
	Kind       string `yaml:"kind"`
	Metadata   struct {
		Name        string            `yaml:"name"`
		Labels      map[string]string `yaml:"labels"`
		Annotations map[string]string `yaml:"annotations"`
	} `yaml:"metadata"`
	Data      map[string]string `yaml:"data"`      // ConfigMap
	Resources []string          `yaml:"resources"` // Kustomization
	Spec      yaml.Node         `yaml:"spec"`
	file      string
}

type container struct {
	Name  string   `yaml:"name"`
	Image string   `yaml:"image"`
	Args  []string `yaml:"args"`
	Ports []struct {
		Name          string `yaml:"name"`
		ContainerPort int    `yaml:"containerPort"`
	} `yaml:"ports"`
	VolumeMounts []struct {
		Name      string `yaml:"name"`
		MountPath string `yaml:"mountPath"`
	} `yaml:"volumeMounts"`
}

type podSpec struct {
	RestartPolicy string      `yaml:"restartPolicy"`
	Containers    []container `yaml:"containers"`
	Volumes       []struct {
		Name      string `yaml:"name"`
		ConfigMap *struct {
			Name string `yaml:"name"`
		} `yaml:"configMap"`
	} `yaml:"volumes"`
}

type podTemplate struct {
	Metadata struct {
		Labels map[string]string `yaml:"labels"`
	} `yaml:"metadata"`
	Spec podSpec `yaml:"spec"`
}

// runaroundConfig is the runaround.yaml schema; decoded with KnownFields, so a misspelt key fails.
type runaroundConfig struct {
	Kafka struct {
		Brokers []string `yaml:"brokers"`
		GroupID string   `yaml:"group_id"`
		Topics  struct {
			Voice      string `yaml:"voice"`
			Chat       string `yaml:"chat"`
			Social     string `yaml:"social"`
			Deadletter string `yaml:"deadletter"`
		} `yaml:"topics"`
	} `yaml:"kafka"`
	ClickHouse struct {
		Addr     []string `yaml:"addr"`
		Database string   `yaml:"database"`
	} `yaml:"clickhouse"`
	Sink struct {
		FlushRows     int    `yaml:"flush_rows"`
		FlushBytes    int64  `yaml:"flush_bytes"`
		FlushInterval string `yaml:"flush_interval"`
	} `yaml:"sink"`
	Metrics struct {
		Addr string `yaml:"addr"`
	} `yaml:"metrics"`
}

func loadK8s(t *testing.T) []k8sObject {
	t.Helper()
	files, err := filepath.Glob("k8s/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no k8s/*.yaml files")
	}
	var objs []k8sObject
	for _, f := range files {
		dec := yaml.NewDecoder(bytes.NewReader(readFile(t, f)))
		for i := 0; ; i++ {
			var o k8sObject
			err := dec.Decode(&o)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("%s document %d: %v", f, i, err)
			}
			o.file = filepath.Base(f)
			objs = append(objs, o)
		}
	}
	return objs
}

func TestK8s(t *testing.T) {
	objs := loadK8s(t)
	byKind := map[string][]k8sObject{}
	for _, o := range objs {
		if o.APIVersion == "" || o.Kind == "" {
			t.Errorf("%s: a document lacks apiVersion or kind", o.file)
			continue
		}
		byKind[o.Kind] = append(byKind[o.Kind], o)
		if o.Kind == "Kustomization" {
			continue // kustomize config, not a cluster object
		}
		if o.Metadata.Name == "" {
			t.Errorf("%s: %s without metadata.name", o.file, o.Kind)
		}
	}
	for _, kind := range []string{"Deployment", "ConfigMap", "Job", "Service"} {
		if len(byKind[kind]) != 1 {
			t.Fatalf("want exactly one %s, have %d", kind, len(byKind[kind]))
		}
	}
	dep, cm, job, svc := byKind["Deployment"][0], byKind["ConfigMap"][0], byKind["Job"][0], byKind["Service"][0]

	// ConfigMap: runaround.yaml is itself valid config.
	raw, ok := cm.Data["runaround.yaml"]
	if !ok {
		t.Fatalf("ConfigMap %s has no runaround.yaml (keys %v)", cm.Metadata.Name, keys(cm.Data))
	}
	var cfg runaroundConfig
	dec := yaml.NewDecoder(strings.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(&cfg); err != nil {
		t.Fatalf("ConfigMap runaround.yaml: %v", err)
	}
	checkRunaroundConfig(t, cfg)

	// Deployment: 3 consumer-group members running `run` with the ConfigMap mounted.
	var dspec struct {
		Replicas *int `yaml:"replicas"`
		Selector struct {
			MatchLabels map[string]string `yaml:"matchLabels"`
		} `yaml:"selector"`
		Template podTemplate `yaml:"template"`
	}
	if err := dep.Spec.Decode(&dspec); err != nil {
		t.Fatalf("Deployment spec: %v", err)
	}
	if dspec.Replicas == nil {
		t.Error("Deployment has no replicas (Kubernetes would run 1), want 3")
	} else if *dspec.Replicas != 3 {
		t.Errorf("Deployment replicas = %d, want 3 consumer-group members", *dspec.Replicas)
	}
	if len(dspec.Selector.MatchLabels) == 0 || !subset(dspec.Selector.MatchLabels, dspec.Template.Metadata.Labels) {
		t.Errorf("Deployment selector %v does not select its pod labels %v", dspec.Selector.MatchLabels, dspec.Template.Metadata.Labels)
	}
	c := checkPod(t, "Deployment", dspec.Template.Spec, cm.Metadata.Name, "run")
	metricsPort := portOf(t, cfg.Metrics.Addr)
	var hasMetricsPort bool
	for _, p := range c.Ports {
		hasMetricsPort = hasMetricsPort || p.ContainerPort == metricsPort
	}
	if !hasMetricsPort {
		t.Errorf("Deployment container does not expose metrics.addr's port %d", metricsPort)
	}

	// Job: runs `migrate` once.
	var jspec struct {
		Template podTemplate `yaml:"template"`
	}
	if err := job.Spec.Decode(&jspec); err != nil {
		t.Fatalf("Job spec: %v", err)
	}
	checkPod(t, "Job", jspec.Template.Spec, cm.Metadata.Name, "migrate")
	if rp := jspec.Template.Spec.RestartPolicy; rp != "OnFailure" && rp != "Never" {
		t.Errorf("Job restartPolicy %q: a Job needs OnFailure or Never", rp)
	}
	if subset(dspec.Selector.MatchLabels, jspec.Template.Metadata.Labels) {
		t.Error("the migrate Job's pods match the Deployment's selector")
	}

	// Service: selects the Deployment's pods, exposes metrics, and is annotated for Prometheus.
	var sspec struct {
		Selector map[string]string `yaml:"selector"`
		Ports    []struct {
			Port       int    `yaml:"port"`
			TargetPort any    `yaml:"targetPort"`
			Name       string `yaml:"name"`
		} `yaml:"ports"`
	}
	if err := svc.Spec.Decode(&sspec); err != nil {
		t.Fatalf("Service spec: %v", err)
	}
	if len(sspec.Selector) == 0 || !subset(sspec.Selector, dspec.Template.Metadata.Labels) {
		t.Errorf("Service selector %v does not select the Deployment's pods %v", sspec.Selector, dspec.Template.Metadata.Labels)
	}
	if len(sspec.Ports) != 1 || sspec.Ports[0].Port != metricsPort {
		t.Errorf("Service ports %+v, want one port %d", sspec.Ports, metricsPort)
	}
	ann := svc.Metadata.Annotations
	if ann["prometheus.io/scrape"] != "true" || ann["prometheus.io/port"] != strconv.Itoa(metricsPort) {
		t.Errorf("Service annotations %v: want prometheus.io/scrape \"true\" and prometheus.io/port %q", ann, strconv.Itoa(metricsPort))
	}

	// Kustomization lists exactly the other manifests.
	if ks := byKind["Kustomization"]; len(ks) == 1 {
		var files []string
		for _, o := range objs {
			if o.Kind != "Kustomization" && !slices.Contains(files, o.file) {
				files = append(files, o.file)
			}
		}
		got := slices.Clone(ks[0].Resources)
		sort.Strings(got)
		sort.Strings(files)
		if !slices.Equal(got, files) {
			t.Errorf("kustomization resources %v, want the manifests in k8s/: %v", got, files)
		}
	}
}

func checkRunaroundConfig(t *testing.T, cfg runaroundConfig) {
	t.Helper()
	if len(cfg.Kafka.Brokers) == 0 {
		t.Error("runaround.yaml: kafka.brokers is empty")
	}
	for _, b := range append(slices.Clone(cfg.Kafka.Brokers), cfg.ClickHouse.Addr...) {
		if _, _, err := net.SplitHostPort(b); err != nil {
			t.Errorf("runaround.yaml: address %q is not host:port: %v", b, err)
		}
	}
	if cfg.Kafka.GroupID == "" {
		t.Error("runaround.yaml: kafka.group_id is empty (replicas must share one group)")
	}
	tp := cfg.Kafka.Topics
	topics := []string{tp.Voice, tp.Chat, tp.Social, tp.Deadletter}
	if slices.Contains(topics, "") {
		t.Errorf("runaround.yaml: kafka.topics needs voice, chat, social and deadletter, have %v", topics)
	}
	if tp.Deadletter != "" && slices.Contains(topics[:3], tp.Deadletter) {
		t.Errorf("runaround.yaml: the dead-letter topic %q is also an input topic", tp.Deadletter)
	}
	if len(cfg.ClickHouse.Addr) == 0 || cfg.ClickHouse.Database == "" {
		t.Error("runaround.yaml: clickhouse.addr and clickhouse.database are required")
	}
	if cfg.Sink.FlushRows <= 0 || cfg.Sink.FlushRows > 1_000_000 || cfg.Sink.FlushBytes <= 0 {
		t.Errorf("runaround.yaml: sink.flush_rows=%d (1..1000000) flush_bytes=%d (>0)", cfg.Sink.FlushRows, cfg.Sink.FlushBytes)
	}
	if d, err := time.ParseDuration(cfg.Sink.FlushInterval); err != nil || d <= 0 {
		t.Errorf("runaround.yaml: sink.flush_interval %q is not a positive duration", cfg.Sink.FlushInterval)
	}
}

// checkPod asserts one container whose first arg is subcommand and which mounts the ConfigMap
// at the directory its --config flag points into.
func checkPod(t *testing.T, what string, spec podSpec, configMap, subcommand string) container {
	t.Helper()
	if len(spec.Containers) != 1 {
		t.Fatalf("%s: want one container, have %d", what, len(spec.Containers))
	}
	c := spec.Containers[0]
	if len(c.Args) == 0 || c.Args[0] != subcommand {
		t.Errorf("%s: container args %v, want %q first", what, c.Args, subcommand)
	}
	if !strings.Contains(c.Image, "runaround") {
		t.Errorf("%s: image %q is not runaround", what, c.Image)
	}
	var volume string
	for _, v := range spec.Volumes {
		if v.ConfigMap != nil && v.ConfigMap.Name == configMap {
			volume = v.Name
		}
	}
	if volume == "" {
		t.Errorf("%s: no volume from ConfigMap %s", what, configMap)
		return c
	}
	i := slices.Index(c.Args, "--config")
	if i < 0 || i+1 >= len(c.Args) {
		t.Errorf("%s: args %v have no --config <file>", what, c.Args)
		return c
	}
	var mounted bool
	for _, m := range c.VolumeMounts {
		mounted = mounted || (m.Name == volume && filepath.Join(m.MountPath, "runaround.yaml") == c.Args[i+1])
	}
	if !mounted {
		t.Errorf("%s: --config %s is not runaround.yaml of a mounted ConfigMap volume %q", what, c.Args[i+1], volume)
	}
	return c
}

func subset(sub, super map[string]string) bool {
	for k, v := range sub {
		if sv, ok := super[k]; !ok || sv != v {
			return false
		}
	}
	return true
}

func portOf(t *testing.T, addr string) int {
	t.Helper()
	_, p, err := net.SplitHostPort(addr)
	if err != nil {
		t.Fatalf("metrics.addr %q: %v", addr, err)
	}
	n, err := strconv.Atoi(p)
	if err != nil {
		t.Fatalf("metrics.addr %q: %v", addr, err)
	}
	return n
}

// --- local services ------------------------------------------------------------------------------

func TestShellScriptsParse(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash not installed")
	}
	scripts, err := filepath.Glob("local/*.sh")
	if err != nil {
		t.Fatal(err)
	}
	scripts = append(scripts, filepath.Join(repoRoot, ".ci", "run"))
	for _, want := range []string{"clickhouse.sh", "kafka.sh", "up.sh", "down.sh", "install-deps.sh"} {
		if !slices.Contains(scripts, filepath.Join("local", want)) {
			t.Errorf("deploy/local/%s is missing", want)
		}
	}
	for _, s := range scripts {
		out, err := exec.Command(bash, "-n", s).CombinedOutput()
		if err != nil {
			t.Errorf("bash -n %s: %v\n%s", s, err, out)
		}
		src := string(readFile(t, s))
		if filepath.Base(s) == "lib.sh" {
			continue // sourced, not run
		}
		if !strings.HasPrefix(src, "#!/usr/bin/env bash\n") {
			t.Errorf("%s does not start with #!/usr/bin/env bash", s)
		}
		if !strings.Contains(src, "\nset -euo pipefail\n") {
			t.Errorf("%s does not set -euo pipefail", s)
		}
		if fi, err := os.Stat(s); err == nil && fi.Mode()&0o111 == 0 {
			t.Errorf("%s is not executable", s)
		}
	}
}

// properties parses a Java .properties file (key=value lines; no continuations used here).
func properties(t *testing.T, src []byte) map[string]string {
	t.Helper()
	out := map[string]string{}
	for i, line := range strings.Split(string(src), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			t.Fatalf("line %d: %q is not key=value", i+1, line)
		}
		if _, dup := out[k]; dup {
			t.Errorf("line %d: %s set twice", i+1, k)
		}
		out[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return out
}

var placeholder = regexp.MustCompile(`@[A-Z_]+@`)

// checkPlaceholders asserts every @NAME@ in template is substituted by script (a `s|@NAME@|` sed expression).
func checkPlaceholders(t *testing.T, template, script string) {
	t.Helper()
	src, sh := readFile(t, template), string(readFile(t, script))
	found := map[string]bool{}
	for _, p := range placeholder.FindAll(src, -1) {
		found[string(p)] = true
	}
	if len(found) == 0 {
		t.Errorf("%s has no @PLACEHOLDERS@; %s expects some", template, script)
	}
	for p := range found {
		if !strings.Contains(sh, "s|"+p+"|") {
			t.Errorf("%s uses %s but %s does not replace it", template, p, script)
		}
	}
}

func TestKafkaServerProperties(t *testing.T) {
	props := properties(t, readFile(t, "local/kafka-server.properties.in"))
	if props["process.roles"] != "broker,controller" {
		t.Errorf("process.roles=%q, want broker,controller (one KRaft node)", props["process.roles"])
	}
	for _, k := range []string{"listeners", "advertised.listeners", "controller.quorum.voters"} {
		v := props[k]
		if v == "" {
			t.Errorf("%s is not set", k)
			continue
		}
		for _, l := range strings.Split(v, ",") {
			if !strings.Contains(l, "127.0.0.1:") {
				t.Errorf("%s entry %q is not on loopback", k, l)
			}
		}
	}
	if !strings.Contains(props["listeners"], "CONTROLLER://") || props["controller.listener.names"] != "CONTROLLER" {
		t.Errorf("controller listener misconfigured: listeners=%q controller.listener.names=%q", props["listeners"], props["controller.listener.names"])
	}
	if props["offsets.topic.replication.factor"] != "1" {
		t.Errorf("offsets.topic.replication.factor=%q: a single broker needs 1 or consumer groups never start", props["offsets.topic.replication.factor"])
	}
	checkPlaceholders(t, "local/kafka-server.properties.in", "local/kafka.sh")
}

func TestClickHouseConfig(t *testing.T) {
	for _, f := range []string{"local/clickhouse-config.xml.in", "local/clickhouse-users.xml"} {
		d := xml.NewDecoder(bytes.NewReader(readFile(t, f)))
		for {
			_, err := d.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("%s is not well-formed XML: %v", f, err)
			}
		}
	}
	var cfg struct {
		ListenHost []string `xml:"listen_host"`
		TCPPort    string   `xml:"tcp_port"`
		Path       string   `xml:"path"`
	}
	if err := xml.Unmarshal(readFile(t, "local/clickhouse-config.xml.in"), &cfg); err != nil {
		t.Fatal(err)
	}
	if len(cfg.ListenHost) == 0 {
		t.Error("clickhouse config has no listen_host: ClickHouse would listen on every interface")
	}
	for _, h := range cfg.ListenHost {
		if h != "127.0.0.1" && h != "::1" {
			t.Errorf("clickhouse listen_host %q is not loopback", h)
		}
	}
	if !strings.HasPrefix(cfg.Path, "@DATA@") {
		t.Errorf("clickhouse path %q is not under the local data dir", cfg.Path)
	}
	checkPlaceholders(t, "local/clickhouse-config.xml.in", "local/clickhouse.sh")
}

func TestMakefileTargets(t *testing.T) {
	src := string(readFile(t, filepath.Join(repoRoot, "Makefile")))
	var phony []string
	targets := map[string]bool{}
	for _, line := range strings.Split(src, "\n") {
		if rest, ok := strings.CutPrefix(line, ".PHONY:"); ok {
			phony = append(phony, strings.Fields(rest)...)
			continue
		}
		if m := regexp.MustCompile(`^([a-z][a-z0-9_-]*):`).FindStringSubmatch(line); m != nil && !strings.HasPrefix(line, m[1]+":=") {
			targets[m[1]] = true
		}
	}
	for _, want := range []string{"deps", "build", "up", "down", "test", "demo", "bench", "clean"} {
		if !targets[want] {
			t.Errorf("Makefile has no %s target", want)
		}
		if !slices.Contains(phony, want) {
			t.Errorf("Makefile target %s is not .PHONY", want)
		}
	}
	ci := string(readFile(t, filepath.Join(repoRoot, ".ci", "run")))
	if !regexp.MustCompile(`(?m)^(exec )?make test$`).MatchString(ci) {
		t.Error(".ci/run does not run `make test`")
	}
}
