"""Word processor files to text with the standard library: DOCX (WordprocessingML) and ODT
(OpenDocument Text) are zip files of XML, so one small reader covers both without a
dependency. Paragraphs (table cells and list items included, in document order) become
lines; the core title (``docProps/core.xml`` / ``meta.xml``) becomes the title.

A zip member is read only up to :data:`MAX_XML_BYTES` of uncompressed XML (a zip bomb is
refused, not inflated); expat refuses entity expansion bombs.
"""
from __future__ import annotations

import io
import unicodedata
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree as ET

MAX_XML_BYTES = 64 * 1024 * 1024

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"


class OfficeError(ValueError):
    pass


@dataclass
class OfficeText:
    text: str
    title: str | None


def _member(z: zipfile.ZipFile, name: str, required: bool = True) -> bytes | None:
    try:
        info = z.getinfo(name)
    except KeyError:
        if required:
            raise OfficeError(f"no {name} inside") from None
        return None
    if info.file_size > MAX_XML_BYTES:
        raise OfficeError(f"{name} too large ({info.file_size} bytes uncompressed)")
    with z.open(info) as fh:
        data = fh.read(MAX_XML_BYTES + 1)
    if len(data) > MAX_XML_BYTES:
        raise OfficeError(f"{name} too large (over {MAX_XML_BYTES} bytes uncompressed)")
    return data


def _parse(data: bytes, name: str) -> ET.Element:
    try:
        return ET.fromstring(data)
    except ET.ParseError as e:
        raise OfficeError(f"{name} is not well-formed XML ({e})") from None


def _title(z: zipfile.ZipFile, name: str) -> str | None:
    data = _member(z, name, required=False)
    if not data:
        return None
    try:
        node = ET.fromstring(data).find(f".//{DC_TITLE}")
    except ET.ParseError:
        return None
    title = " ".join((node.text or "").split()) if node is not None else ""
    return title or None


def _docx_paragraph(p: ET.Element) -> str:
    parts = []
    for el in p.iter():
        if el.tag == f"{W}t":
            parts.append(el.text or "")
        elif el.tag == f"{W}tab":
            parts.append("\t")
        elif el.tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
        elif el.tag == f"{W}noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def _odt_paragraph(p: ET.Element) -> str:
    parts = [p.text or ""]
    for child in p:
        if child.tag == f"{TEXT}s":
            parts.append(" " * int(child.get(f"{TEXT}c", "1") or 1))
        elif child.tag == f"{TEXT}tab":
            parts.append("\t")
        elif child.tag == f"{TEXT}line-break":
            parts.append("\n")
        elif child.tag not in (f"{TEXT}note", f"{TEXT}annotation"):
            parts.append(_odt_paragraph(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _odt_blocks(node: ET.Element):
    """Paragraphs and headings in document order, not descending into a paragraph twice."""
    for child in node:
        if child.tag in (f"{TEXT}p", f"{TEXT}h"):
            yield _odt_paragraph(child)
        else:
            yield from _odt_blocks(child)


def read_office(data: bytes, kind: str) -> OfficeText:
    """Text and title of a ``docx`` or ``odt`` file's bytes."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if kind == "docx":
                root = _parse(_member(z, "word/document.xml"), "word/document.xml")
                lines = [_docx_paragraph(p) for p in root.iter(f"{W}p")]
                title = _title(z, "docProps/core.xml")
            else:
                root = _parse(_member(z, "content.xml"), "content.xml")
                lines = list(_odt_blocks(root))
                title = _title(z, "meta.xml")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError) as e:
        raise OfficeError(f"unreadable {kind.upper()} ({e})") from None
    text = "\n".join(line.strip() for line in lines)
    text = unicodedata.normalize("NFC", text).strip()
    if not text:
        raise OfficeError(f"{kind.upper()} without text")
    return OfficeText(text=text, title=title)
