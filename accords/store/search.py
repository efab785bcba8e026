"""Full-text search over stored documents, with filters by country, sector and date.

SQLite: FTS5 over the lemmatised shadow text (see :mod:`accords.nlp.lemmas`); each
query word matches any of its normal forms, ``"quoted words"`` match as a phrase, ``OR``
joins alternatives, ``-word`` excludes, ``word*`` matches a prefix. PostgreSQL: the
``search`` tsvector (``russian`` configuration) with ``websearch_to_tsquery``, which reads
the same syntax. Every value reaches the database as a bound parameter.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Iterable

from sqlalchemy import column, func, literal_column, select, table, text

from ..nlp.lemmas import WORD, lemma, lemma_variants
from .models import Country, Document, Sector
from .writer import Writer

FTS = table("documents_fts", column("rowid"), column("rank"))
_TERM = re.compile(r'(-?)"([^"]*)"|(\S+)')


class QueryError(ValueError):
    pass


@dataclass
class Hit:
    document_id: int
    title: str | None
    published: str | None
    url: str | None
    source: str | None
    lang: str | None
    story_id: int | None
    snippet: str
    match: tuple[int, int] | None = None        # offsets of the first hit in the document text
    snippet_match: tuple[int, int] | None = None  # the same word's offsets in the snippet
    countries: list[str] = field(default_factory=list)
    copies: int = 1                             # documents in the same story

    def to_dict(self) -> dict:
        return asdict(self)


def document_filters(countries: Iterable[str] = (), sectors: Iterable[str] = (),
                     since: date | None = None, until: date | None = None) -> list:
    """WHERE clauses on ``documents``: every country and sector given must be there."""
    where = []
    for code in countries:
        where.append(Document.id.in_(select(Country.document_id).where(Country.code == code.upper())))
    for sector in sectors:
        where.append(Document.id.in_(select(Sector.document_id).where(Sector.sector == sector)))
    if since:
        where.append(Document.published >= since)
    if until:
        where.append(Document.published <= until)
    return where


def _quote(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


def parse_query(query: str) -> list[tuple[str, bool, list[str], bool]]:
    """(connector, negated, words, is_phrase) per term; connector is AND or OR."""
    terms, connector = [], "AND"
    for m in _TERM.finditer(query):
        neg, phrase, word = m.group(1) == "-", m.group(2), m.group(3)
        if word == "OR":
            connector = "OR"
            continue
        if word is not None and word.startswith("-") and len(word) > 1:
            neg, word = True, word[1:]
        prefix = word is not None and word.endswith("*")
        ws = WORD.findall(phrase if phrase is not None else word)
        if not ws:
            continue
        if prefix:
            ws[-1] += "*"
        terms.append((connector, neg, ws, phrase is not None or len(ws) > 1))
        connector = "AND"
    return terms


def fts5_query(query: str) -> str:
    """The FTS5 MATCH expression, on the lemma column, for a user's query."""
    pos, neg = [], []
    for connector, negated, ws, is_phrase in parse_query(query):
        if is_phrase:
            body = " ".join(lemma(w.lower().replace("ё", "е")) if not w.endswith("*") else w[:-1].lower()
                            for w in ws)
            expr = _quote(body) + ("*" if ws[-1].endswith("*") else "")
        elif ws[0].endswith("*"):
            expr = _quote(ws[0][:-1].lower().replace("ё", "е")) + "*"
        else:
            alts = lemma_variants(ws[0])
            expr = "(" + " OR ".join(_quote(a) for a in alts) + ")"
        (neg if negated else pos).append((connector, expr))
    if not pos:
        raise QueryError("the query needs at least one word to look for")
    out = pos[0][1]
    for connector, expr in pos[1:]:
        out = f"{out} {connector} {expr}"
    out = f"({out})"
    for _, expr in neg:
        out = f"{out} NOT {expr}"
    return f"lemmas : ({out})"


def _match_terms(query: str) -> tuple[set[str], list[str]]:
    lemmas, prefixes = set(), []
    for _, negated, ws, _ in parse_query(query):
        if negated:
            continue
        for w in ws:
            if w.endswith("*"):
                prefixes.append(w[:-1].lower())
            else:
                lemmas.update(lemma_variants(w))
                lemmas.add(w.lower())
    return lemmas, prefixes


def _squash(s: str) -> str:
    out = " ".join(s.split())
    if out and s[:1].isspace():
        out = " " + out
    if out and s[-1:].isspace():
        out += " "
    return out


def _ws(text: str, a: int, s: int) -> int:
    for i in range(a, s):
        if text[i].isspace():
            return i + 1
    return -1


def snippet(doc_text: str, query: str, width: int = 100
            ) -> tuple[str, tuple[int, int] | None, tuple[int, int] | None]:
    """A window around the first word matching the query (by lemma): (snippet, match in the
    document, match in the snippet)."""
    lemmas, prefixes = _match_terms(query)
    for m in WORD.finditer(doc_text):
        w = m.group(0).lower().replace("ё", "е")
        if w in lemmas or lemma(w) in lemmas or any(w.startswith(p) for p in prefixes):
            s, e = m.span()
            a = max(0, s - width // 2)
            b = min(len(doc_text), e + width)
            if a > 0 and (cut := _ws(doc_text, a, s)) >= 0:
                a = cut  # start and end on word boundaries
            if b < len(doc_text) and (cut := doc_text.rfind(" ", e, b)) > e:
                b = cut
            pre = ("… " if a else "") + _squash(doc_text[a:s]).lstrip()
            post = _squash(doc_text[e:b]).rstrip() + (" …" if b < len(doc_text) else "")
            return pre + doc_text[s:e] + post, (s, e), (len(pre), len(pre) + e - s)
    head = " ".join(doc_text[:width + 50].split())
    return head + (" …" if len(doc_text) > width + 50 else ""), None, None


def search(store: Writer, query: str, *, countries: Iterable[str] = (), sectors: Iterable[str] = (),
           since: date | None = None, until: date | None = None, limit: int = 20,
           stories: bool = False) -> list[Hit]:
    """Best matches first. ``stories``: one document per story (the best-ranked copy)."""
    if not query.strip():
        raise QueryError("empty query")
    cols = (Document.id, Document.title, Document.published, Document.url, Document.source,
            Document.lang, Document.story_id, Document.text)
    where = document_filters(countries, sectors, since, until)
    engine = store.engine
    if engine.dialect.name == "postgresql":
        tsq = func.websearch_to_tsquery(literal_column("'russian'::regconfig"), query)
        search_col = literal_column("documents.search")
        q = (select(*cols).where(search_col.op("@@")(tsq), *where)
             .order_by(func.ts_rank_cd(search_col, tsq).desc(), Document.id))
    else:
        q = (select(*cols).join(FTS, FTS.c.rowid == Document.id)
             .where(text("documents_fts MATCH :fts").bindparams(fts=fts5_query(query)), *where)
             .order_by(FTS.c.rank, Document.id))
    fetch = limit * 5 if stories else limit
    with engine.connect() as conn:
        rows = conn.execute(q.limit(fetch)).all()
        hits, seen_story = [], set()
        for r in rows:
            if stories and r.story_id in seen_story:
                continue
            seen_story.add(r.story_id)
            snip, span, in_snip = snippet(r.text, query)
            hits.append(Hit(r.id, r.title, r.published.isoformat() if r.published else None, r.url,
                            r.source, r.lang, r.story_id, snip, span, in_snip))
            if len(hits) >= limit:
                break
        if hits:
            ids = [h.document_id for h in hits]
            codes: dict[int, list[str]] = {}
            for doc_id, code in conn.execute(select(Country.document_id, Country.code)
                                             .where(Country.document_id.in_(ids))
                                             .order_by(Country.document_id, Country.id)):
                codes.setdefault(doc_id, []).append(code)
            story_ids = {h.story_id for h in hits if h.story_id is not None}
            copies = dict(conn.execute(select(Document.story_id, func.count())
                                       .where(Document.story_id.in_(story_ids))
                                       .group_by(Document.story_id)).all())
            for h in hits:
                h.countries = codes.get(h.document_id, [])
                h.copies = copies.get(h.story_id, 1)
    return hits
