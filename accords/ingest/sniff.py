"""What a file is, decided by its first bytes (magic numbers, then a look at the text), with
the extension only as a tie-breaker: a PDF named ``.txt`` is read as a PDF, an image named
``.txt`` is reported as an image, an RSS file named ``.xml`` or ``.txt`` is read as a feed.

Readable kinds: ``pdf``, ``zip`` (resolved to ``docx``/``odt`` by :func:`zip_kind`), ``feed``,
``jsonfeed``, ``html``, ``jsonl``, ``text``. Everything else is a kind of non-document
(``image``, ``archive``, ...) that callers report by name.
"""
from __future__ import annotations

import io
import re
import zipfile

from .decode import bom_encoding, looks_binary

HEAD_BYTES = 8192
READABLE = {"pdf", "docx", "odt", "feed", "jsonfeed", "html", "jsonl", "text"}

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image"), (b"\xff\xd8\xff", "image"), (b"GIF87a", "image"),
    (b"GIF89a", "image"), (b"II*\x00", "image"), (b"MM\x00*", "image"), (b"\x00\x00\x01\x00", "image"),
    (b"\x1f\x8b", "archive"), (b"BZh", "archive"), (b"7z\xbc\xaf\x27\x1c", "archive"),
    (b"Rar!\x1a\x07", "archive"), (b"\xfd7zXZ\x00", "archive"), (b"\x28\xb5\x2f\xfd", "archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office file (.doc/.xls/.ppt)"),
    (b"{\\rtf", "RTF document"),
    (b"ID3", "audio or video"), (b"fLaC", "audio or video"), (b"OggS", "audio or video"),
    (b"\x1a\x45\xdf\xa3", "audio or video"),
    (b"\x7fELF", "program"), (b"MZ", "program"), (b"SQLite format 3\x00", "database"),
)
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
_HTML_START = re.compile(rb"<(!doctype\s+html|html|head|body|meta|title|article|div|p)[\s>]", re.I)
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}

# what the kinds are called in messages, singular and plural
PLURALS = {"image": "images", "archive": "archives", "audio or video": "audio or video files",
           "program": "programs", "database": "databases", "binary": "binary files",
           "zip": "zip archives"}


def sniff(head: bytes, suffix: str = "") -> str:
    """The kind of a file from its first bytes (:data:`HEAD_BYTES` are enough)."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "image" if head[8:12] == b"WEBP" else "audio or video"
    if head[4:8] == b"ftyp":
        return "audio or video"
    return _text_kind(head, suffix.lower())


def _ascii_view(head: bytes) -> bytes:
    """The head as ASCII-compatible bytes, so UTF-16/32 markup is recognised too."""
    marked = bom_encoding(head)
    if marked and marked[0] != "utf-8":
        encoding, skip = marked
        body = head[skip:]
        body = body[:len(body) - len(body) % 4]
        return body.decode(encoding, "ignore").encode("utf-8", "ignore")
    return head[3:] if marked else head


def _text_kind(head: bytes, suffix: str) -> str:
    if not bom_encoding(head) and looks_binary(head):
        return "binary"
    view = _ascii_view(head).lstrip()
    low = view[:2048].lower()
    if low.startswith(b"{") and b"jsonfeed.org/version" in low:
        return "jsonfeed"
    if low.startswith(b"{") or suffix in JSONL_SUFFIXES:
        return "jsonl"
    if low.startswith(b"<"):
        if _FEED_ROOT.search(view[:2048]) and not low.startswith((b"<!doctype html", b"<html")):
            return "feed"
        if suffix in HTML_SUFFIXES or _HTML_START.match(view):
            return "html"
    elif suffix in HTML_SUFFIXES:
        return "html"
    return "text"


def zip_kind(data: bytes) -> str:
    """``docx``, ``odt``, or the name of another kind of zip (a spreadsheet, an e-book, ...)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if "mimetype" in names:
                mime = z.read("mimetype")[:100].decode("ascii", "replace").strip()
                if mime == "application/vnd.oasis.opendocument.text":
                    return "odt"
                return {"application/epub+zip": "e-book (EPUB)"}.get(
                    mime, f"OpenDocument file ({mime})" if "opendocument" in mime else "zip")
    except (zipfile.BadZipFile, OSError, ValueError):
        return "broken zip"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "spreadsheet (.xlsx)"
    if "ppt/presentation.xml" in names:
        return "presentation (.pptx)"
    return "zip"


def plural(kind: str, n: int) -> str:
    if n == 1:
        return "binary file" if kind == "binary" else kind
    return PLURALS.get(kind, kind + "s" if not kind.endswith(")") else f"{kind} files")
