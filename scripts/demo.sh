#!/usr/bin/env bash
# The main job on the bundled sample documents: set up, extract, store, show the results, then
# serve the dashboard on http://127.0.0.1:8000/ (Ctrl-C stops it).
# Not serving (CI, tests): `bash scripts/demo.sh --no-serve` or ACCORDS_NO_SERVE=1.
set -euo pipefail
cd "$(dirname "$0")/.."
serve=1
for arg in "$@"; do
  case "$arg" in
    --no-serve) serve=0 ;;
    *) echo "demo.sh: unknown option $arg (only --no-serve)" >&2; exit 2 ;;
  esac
done
if [ -n "${ACCORDS_NO_SERVE:-}" ] || [ "${CI:-}" = true ]; then serve=0; fi
bash scripts/setup.sh
mkdir -p demo
echo "== accords extract accords/samples (records as JSON Lines, one per document) =="
.venv/bin/accords extract accords/samples --out demo/records.jsonl
.venv/bin/python - <<'PY'
import json
from rich.console import Console
from rich.markup import escape
from rich.table import Table
c = Console()
for line in open("demo/records.jsonl", encoding="utf-8"):
    r = json.loads(line)
    t = Table(title=f"{r['doc']['source']} ({r['doc']['lang']}, {r['doc']['published']})", show_lines=False)
    t.add_column("fact"); t.add_column("value")
    t.add_row("countries", ", ".join(x["code"] for x in r["countries"]))
    for p in r["persons"]:
        t.add_row("person", escape(f"{p['name']} — {p['role'] or ''} [{p['role_class']}, {p['country']}]"))
    t.add_row("events", ", ".join(sorted({e["type"] for e in r["events"]})))
    t.add_row("sectors", ", ".join(s["id"] for s in r["sectors"]))
    for f in r["figures"]:
        t.add_row("figure", f"{f['metric']} {f['kind']} {f['value']:,.0f} {f['currency']} {f['period']} change={f['change_pct']}")
    for m in r["commitments"]:
        t.add_row("commitment", escape(f"{m['actor']} {m['modality']}: {m['text']}"))
    c.print(t)
PY
echo "== accords ingest accords/samples --db sqlite:///demo/accords.db =="
.venv/bin/accords ingest accords/samples --db sqlite:///demo/accords.db
echo "== accords search 'товарооборот' --db sqlite:///demo/accords.db =="
.venv/bin/accords search "товарооборот" --db sqlite:///demo/accords.db
echo "Records: demo/records.jsonl"
if [ "$serve" = 1 ]; then
  port=${ACCORDS_PORT:-8000}
  echo "== accords token create --role editor --name demo (sign in with it to set a commitment's status) =="
  .venv/bin/accords token create --role editor --name demo --db sqlite:///demo/accords.db
  echo "== accords serve --db sqlite:///demo/accords.db --port $port =="
  echo "Dashboard: http://127.0.0.1:$port/   API: http://127.0.0.1:$port/api/docs   (Ctrl-C stops)"
  exec .venv/bin/accords serve --db sqlite:///demo/accords.db --port "$port"
fi
