// Package deploy holds files that run elsewhere rather than Go code: the
// local development services (deploy/local: shell scripts that run ClickHouse
// and Kafka on loopback for `make up` and the tests), the Docker Compose
// setup (deploy/compose), the container image (deploy/Dockerfile) and the
// Kubernetes manifests (deploy/k8s).
//
// None of those can be exercised by `go test` on a machine without Docker or
// a cluster, so this package's test validates them by parsing instead: YAML
// documents decode, cross-references agree (service names, ports, labels,
// config keys, pinned versions), and the shell scripts pass `bash -n`.
package deploy
