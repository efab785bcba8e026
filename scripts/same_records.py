"""Shows that a change of structure left extraction as it was.

    python scripts/same_records.py save BEFORE.jsonl    # records of every known document
    python scripts/same_records.py check BEFORE.jsonl   # extract again, compare, exit 1 on a difference

The documents: the dev corpus and seed under ../shared (when present), the team's held-out
sets under tests/, the bundled samples. The extractor version is left out of the comparison:
it is meant to change.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def documents() -> list[dict]:
    files = [SHARED / "corpus" / "dev.jsonl", *sorted(ROOT.glob("tests/*/docs.jsonl"))]
    docs = []
    for f in files:
        if f.exists():
            docs += [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    seed = SHARED / "seeds" / "000_a29354363e8b3bf8.txt"
    samples = sorted((ROOT / "accords" / "samples").glob("*.txt"))
    for p in ([seed] if seed.exists() else []) + samples:
        docs.append({"id": p.name, "text": p.read_text(encoding="utf-8")})
    return docs


def records() -> dict[str, dict]:
    from accords import extract

    out = {}
    for d in documents():
        rec = extract(d["text"], date=d.get("date"), url=d.get("url"), lang=d.get("lang"),
                      id=d["id"]).to_dict()
        rec["doc"].pop("extractor", None)
        out[f"{d['id']}|{rec['doc']['sha256']}"] = rec
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("save", "check"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    verb, path = argv[0], Path(argv[1])
    now = records()
    if verb == "save":
        path.write_text("".join(json.dumps({"key": k, "record": r}, ensure_ascii=False) + "\n"
                                for k, r in now.items()), encoding="utf-8")
        print(f"{len(now)} records saved to {path}")
        return 0
    before = {row["key"]: row["record"] for row in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
    differ = [k for k in before if before[k] != now.get(k)]
    new = len(now.keys() - before.keys())
    for k in sorted(differ)[:20]:
        a, b = before.get(k) or {}, now.get(k) or {}
        fields = sorted(f for f in a.keys() | b.keys() if a.get(f) != b.get(f))
        print(f"differs: {k.split('|')[0]}: {', '.join(fields)}")
    print(f"{len(before)} records compared, {len(differ)} differ"
          + (f"; {new} documents not in {path} were not compared" if new else ""))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
