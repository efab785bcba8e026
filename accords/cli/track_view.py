"""Rich rendering of a country pair and of a person's timeline."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table


def _money(v: float, cur: str) -> str:
    for div, unit in ((1e9, "bn"), (1e6, "million"), (1e3, "thousand")):
        if abs(v) >= div:
            return f"{v / div:,.1f} {unit} {cur}"
    return f"{v:,.0f} {cur}"


def render_pair(out: Console, s: dict) -> None:
    a, b = s["pair"]
    c = s["counts"]
    out.rule(f"[bold]{a} – {b}[/]: {c['events']} events, {c['commitments']} commitments "
             f"({c['overdue']} overdue)")
    ev = Table(title="Events", show_lines=False)
    for col in ("date", "types", "sources", "title / source"):
        ev.add_column(col)
    for e in s["events"]:
        first = e["sources"][0] if e["sources"] else {}
        langs = ",".join(sorted({x["lang"] or "?" for x in e["sources"]}))
        ev.add_row(e["date_from"] or "", ",".join(e["types"]), f"{e['n_sources']} ({langs})",
                   escape(e["title"] or first.get("url") or f"document {first.get('document_id')}"))
    out.print(ev)
    fig = Table(title="Figures")
    for col in ("metric", "kind", "period", "value", "change", "sources", "conflict"):
        fig.add_column(col, no_wrap=col in ("metric", "value"))
    for p in s["figures"]["points"]:
        conflict = "; ".join(f"{_money(x['a']['value'], p['currency'])} vs "
                             f"{_money(x['b']['value'], p['currency'])} ({x['diff_pct']}%)"
                             for x in p["conflicts"])
        chg = p["sources"][0].get("change_pct")
        fig.add_row(p["metric"], p["kind"], p["period"] or "?", _money(p["value"], p["currency"]),
                    f"{chg:+.1f}%" if chg is not None else "", str(len(p["sources"])),
                    f"[red]{conflict}[/]" if conflict else "")
    out.print(fig)
    for t in s["figures"]["targets"]:
        got = ", ".join(f"{x['period']}: {x['progress_pct']}%" for x in t["actuals"]) or "no later actuals"
        out.print(f"target {t['metric']} {_money(t['target'], t['currency'])} by {t['period'] or '?'} "
                  f"(set {t['set_on']}): {got}", highlight=False)
    out.print(commitments_table(s["commitments"], title="Commitments"))


def render_person(out: Console, tl: dict) -> None:
    out.rule(f"[bold]{escape(tl['name'])}[/] ({escape(tl['latin'] or '')}, {tl['country'] or '?'})")
    out.print("spellings: " + escape(", ".join(tl["spellings"])), highlight=False)
    roles = Table(title="Roles")
    for col in ("from", "to", "role", "class", "country", "documents"):
        roles.add_column(col)
    for r in tl["roles"]:
        roles.add_row(r["from"] or "?", r["to"] or "?", escape(r["role"] or ""), r["role_class"] or "",
                      r["country"] or "", str(r["n_documents"]))
    out.print(roles)
    apps = Table(title="Appearances")
    for col in ("date", "as written", "role", "document"):
        apps.add_column(col)
    for a in tl["appearances"]:
        apps.add_row(a["published"] or "?", escape(a["name"]), escape(a["role"] or ""),
                     escape(a["title"] or a["url"] or f"document {a['document_id']}"))
    out.print(apps)


def _status_text(c: dict) -> str:
    s = c["status"] + (" [red]overdue[/]" if c["overdue"] else "")
    if c.get("suggested_status") and c["suggested_status"] != c["status"]:
        s += f"\n[dim]suggested: {c['suggested_status']} ({c['suggested_score']:.2f})[/]"
    return s


def commitments_table(items: list[dict], title: str | None = None) -> Table:
    t = Table(title=title, show_lines=True)
    for col, kw in (("id", {"justify": "right"}), ("date", {}), ("actor", {}),
                    ("commitment", {"ratio": 1}), ("deadline", {}), ("status", {})):
        t.add_column(col, **kw)
    for c in items:
        t.add_row(str(c["id"]), c["published"] or "", c["actor"], escape(c["text"]),
                  c["deadline"] or "", _status_text(c))
    return t
