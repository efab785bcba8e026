"""Inputs to documents. Each input yields documents or one :class:`InputError`; a bad
input (or a bad JSONL line) never stops the batch. JSONL files are streamed line by line."""
from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from .decode import DecodeError, decode_bytes
from .html import html_to_text

MAX_TEXT_BYTES = 20 * 1024 * 1024   # one document; a JSONL file itself may be any size
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}


@dataclass
class SourceDoc:
    text: str
    id: str | None = None
    url: str | None = None
    date: str | None = None
    lang: str | None = None
    title: str | None = None
    source: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class InputError:
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def iter_documents(inputs: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[SourceDoc | InputError]:
    for name in inputs:
        if name == "-":
            yield from _from_stream("-", stdin or sys.stdin.buffer)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _from_directory(path)
        else:
            yield from _from_path(path)


def _from_directory(root: Path) -> Iterator[SourceDoc | InputError]:
    suffixes = HTML_SUFFIXES | JSONL_SUFFIXES | TEXT_SUFFIXES
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fn in sorted(filenames):
            p = Path(dirpath, fn)
            if p.suffix.lower() in suffixes:
                yield from _from_path(p)


def _from_path(path: Path) -> Iterator[SourceDoc | InputError]:
    src = str(path)
    if not path.exists():
        yield InputError(src, "no such file")
        return
    if not path.is_file():
        yield InputError(src, "not a regular file")
        return
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as fh:
                yield from _jsonl(src, fh)
            return
        size = path.stat().st_size
        if size == 0:
            yield InputError(src, "empty file")
            return
        if size > MAX_TEXT_BYTES:
            yield InputError(src, f"file too large for one document ({size} bytes)")
            return
        data = path.read_bytes()
    except OSError as e:
        yield InputError(src, e.strerror or str(e))
        return
    yield _from_bytes(src, data, html=suffix in HTML_SUFFIXES, id=path.stem)


def _from_stream(src: str, stream: BinaryIO) -> Iterator[SourceDoc | InputError]:
    data = stream.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        yield InputError(src, "standard input too large for one document")
        return
    head = data.lstrip()[:1]
    if head == b"{":  # JSON Lines on standard input
        import io
        yield from _jsonl(src, io.BytesIO(data))
        return
    yield _from_bytes(src, data, html=head == b"<", id=None)


def _from_bytes(src: str, data: bytes, html: bool, id: str | None) -> SourceDoc | InputError:
    if not data.strip():
        return InputError(src, "empty input")
    try:
        text, warning = decode_bytes(data)
    except DecodeError as e:
        return InputError(src, str(e))
    warnings = [warning] if warning else []
    if html:
        page = html_to_text(text)
        if page is None:
            return InputError(src, "HTML page without main text")
        return SourceDoc(text=page.text, id=id, url=page.url, date=page.date, lang=None,
                         title=page.title, source=src, warnings=warnings)
    if not text.strip():
        return InputError(src, "empty input")
    return SourceDoc(text=text, id=id, source=src, warnings=warnings)


def _jsonl(src: str, fh: BinaryIO) -> Iterator[SourceDoc | InputError]:
    any_line = False
    for lineno, raw in enumerate(fh, 1):
        if not raw.strip():
            continue
        any_line = True
        where = f"{src}:{lineno}"
        try:
            line, warning = decode_bytes(raw)
        except DecodeError as e:
            yield InputError(where, str(e))
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(where, f"not JSON ({e.msg})")
            continue
        if not isinstance(obj, dict):
            yield InputError(where, "not a JSON object")
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            yield InputError(where, "no 'text' field" if text is None else "'text' is not a string")
            continue
        if not text.strip():
            yield InputError(where, "empty 'text'")
            continue
        def opt(k):
            v = obj.get(k)
            return None if v is None else str(v)
        yield SourceDoc(text=text, id=opt("id") or f"{Path(src).stem}:{lineno}", url=opt("url"),
                        date=opt("date"), lang=opt("lang"), title=opt("title"), source=where,
                        warnings=[warning] if warning else [])
    if not any_line:
        yield InputError(src, "empty file")
