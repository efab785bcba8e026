"""Inputs to documents. Each input yields documents or one :class:`InputError`; a bad
input (or a bad JSONL line, or a bad feed item) never stops the batch. What a file is comes
from its bytes (:mod:`accords.ingest.sniff`), not its name. A folder is walked whole: every
file is read, or counted in one :class:`Unread` line per kind ("skipped: 3 images (…)");
a folder with nothing readable is an error. JSONL files are streamed line by line."""
from __future__ import annotations

import io
import os
import sys
from collections import defaultdict
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from .decode import DecodeError, decode_bytes
from .document import InputError, SourceDoc, Unread
from .feedfile import iter_feed_file
from .html import html_to_text
from .jsonl import iter_jsonl
from .office import OfficeError, read_office
from .pdf import PdfError, read_pdf
from .sniff import HEAD_BYTES, READABLE, plural, sniff, zip_kind

__all__ = ["InputError", "SourceDoc", "Unread", "iter_documents", "headline"]

# a file or stdin read whole: a PDF or DOCX holds images beside its text, so its bytes may
# exceed the text limit (which extraction applies to the text itself); a JSONL file may be any size
MAX_FILE_BYTES = 64 * 1024 * 1024
_LIMIT_MB = MAX_FILE_BYTES // (1024 * 1024)
MAX_HEADLINE = 160
SHOWN_NAMES = 3


def iter_documents(inputs: Iterable[str], stdin: BinaryIO | None = None
                   ) -> Iterator[SourceDoc | InputError | Unread]:
    for name in inputs:
        if name == "-":
            yield from _from_stream("-", stdin or sys.stdin.buffer)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _from_directory(path)
        else:
            yield from _from_path(path)


def _skipped_line(kind: str, names: list[str]) -> str:
    shown = ", ".join(names[:SHOWN_NAMES]) + (", …" if len(names) > SHOWN_NAMES else "")
    return f"skipped: {len(names)} {plural(kind, len(names))} ({shown})"


def _from_directory(root: Path) -> Iterator[SourceDoc | InputError | Unread]:
    skipped: dict[str, list[str]] = defaultdict(list)
    readable = 0
    for dirpath, dirnames, filenames in os.walk(root):
        hidden = sorted(d for d in dirnames if d.startswith("."))
        skipped["hidden folder"].extend(str(Path(dirpath, d).relative_to(root)) for d in hidden)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for fn in sorted(filenames):
            p = Path(dirpath, fn)
            kind = _file_kind(p)
            if kind in READABLE or kind.startswith("unreadable"):
                readable += 1
                yield from _from_path(p)
            else:
                skipped[kind].append(str(p.relative_to(root)))
    lines = [_skipped_line(kind, names) for kind, names in sorted(skipped.items()) if names]
    if not readable:
        reason = "no readable documents in this folder"
        yield InputError(str(root), reason + (f" ({'; '.join(lines)})" if lines else " (it is empty)"))
        return
    for line in lines:
        yield Unread(str(root), line)


def _file_kind(p: Path) -> str:
    """The kind of a file in a folder; unreadable files count as readable (to get their error)."""
    if p.name.startswith("."):
        return "hidden file"
    if not p.is_file():
        return "special file"
    try:
        with p.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
        if not head:
            return "text"   # empty: read, to report it as empty
        kind = sniff(head, p.suffix)
        if kind == "zip":
            kind = zip_kind(p.read_bytes()) if p.stat().st_size <= MAX_FILE_BYTES else "zip"
        return kind
    except OSError as e:
        return f"unreadable ({e.strerror or e})"


def _from_path(path: Path) -> Iterator[SourceDoc | InputError]:
    src = str(path)
    if not path.exists():
        yield InputError(src, "no such file")
        return
    if not path.is_file():
        yield InputError(src, "not a regular file")
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
            kind = sniff(head, path.suffix) if head else "text"
            if kind == "jsonl":
                fh.seek(0)
                yield from iter_jsonl(src, fh)
                return
        size = path.stat().st_size
        if size == 0:
            yield InputError(src, "empty file")
            return
        if size > MAX_FILE_BYTES:
            yield InputError(src, f"file too large for one document ({size} bytes, "
                                  f"limit {_LIMIT_MB} MB)")
            return
        data = path.read_bytes()
    except OSError as e:
        yield InputError(src, e.strerror or str(e))
        return
    yield from _from_bytes(src, data, kind, id=path.stem)


def _from_stream(src: str, stream: BinaryIO) -> Iterator[SourceDoc | InputError]:
    data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        yield InputError(src, f"standard input too large for one document (limit {_LIMIT_MB} MB)")
        return
    kind = sniff(data[:HEAD_BYTES])
    if kind == "jsonl":
        yield from iter_jsonl(src, io.BytesIO(data))
        return
    yield from _from_bytes(src, data, kind, id=None)


def _from_bytes(src: str, data: bytes, kind: str, id: str | None
                ) -> Iterator[SourceDoc | InputError]:
    if kind == "zip":
        kind = zip_kind(data)
    if kind in ("feed", "jsonfeed"):
        yield from iter_feed_file(src, data)
        return
    if kind == "pdf":
        try:
            got = read_pdf(data)
        except PdfError as e:
            yield InputError(src, str(e))
            return
        yield SourceDoc(text=got.text, id=id, title=got.title or headline(got.text), source=src,
                        pages=got.pages)
        return
    if kind in ("docx", "odt"):
        try:
            got = read_office(data, kind)
        except OfficeError as e:
            yield InputError(src, str(e))
            return
        yield SourceDoc(text=got.text, id=id, title=got.title or headline(got.text), source=src)
        return
    if kind not in READABLE:
        yield InputError(src, "binary data, not text" if kind == "binary"
                         else f"binary data ({kind}), not text")
        return
    yield _text_document(src, data, html=kind == "html", id=id)


def _text_document(src: str, data: bytes, html: bool, id: str | None) -> SourceDoc | InputError:
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
    return SourceDoc(text=text, id=id, title=headline(text), source=src, warnings=warnings)


def headline(text: str) -> str | None:
    """The first non-empty line when it reads as a headline: short, has letters, is not the
    whole text and does not end like a sentence or a lead-in (. , ; :)."""
    stripped = text.strip()
    first = stripped.split("\n", 1)[0].strip()
    if not first or first == stripped or len(first) > MAX_HEADLINE:
        return None
    if first[-1] in ".,;:…" or not any(ch.isalpha() for ch in first):
        return None
    return " ".join(first.split())
