#!/usr/bin/env python3
"""Run SQL statements in one chDB (in-process ClickHouse) session.

Used by queries/chdb_test.go to check the SQL against a current ClickHouse.

stdin:  a JSON list of SQL statements.
argv:   [1] a directory for the session's data (the caller removes it).
stdout: a JSON list with one object per statement, in order:
          {"columns": [names...], "rows": [{name: value, ...}, ...]}
        or {"error": "message"} when the statement failed. A failure does
        not stop the run. 64-bit integers are plain JSON numbers.
exit:   0 when every statement ran (failed or not), 2 when chdb is missing.
"""
import json
import sys

try:
    from chdb import session
except ImportError as e:  # the Go test turns this into "run make deps"
    print("chdb is not importable: %s" % e, file=sys.stderr)
    sys.exit(2)


def main():
    stmts = json.load(sys.stdin)
    s = session.Session(sys.argv[1]) if len(sys.argv) > 1 else session.Session()
    s.query("SET output_format_json_quote_64bit_integers = 0")
    s.query("SET output_format_json_quote_64bit_floats = 0")
    out = []
    for sql in stmts:
        try:
            r = s.query(sql, "JSON")
            raw = r.bytes()
            if not raw.strip():
                out.append({"columns": [], "rows": []})
                continue
            doc = json.loads(raw)
            out.append({"columns": [m["name"] for m in doc.get("meta", [])], "rows": doc.get("data", [])})
        except Exception as e:  # chdb raises its own error types
            out.append({"error": str(e)})
    json.dump(out, sys.stdout)
    s.close()


if __name__ == "__main__":
    main()
