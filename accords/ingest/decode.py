"""Bytes to text: a byte-order mark (UTF-8/16/32) decides, else UTF-8, else cp1251 (with a
warning); binary data is refused."""
from __future__ import annotations

import codecs

# longest first: the UTF-32 LE mark starts with the UTF-16 LE one
BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"))


# control bytes other than tab, newline, form feed and carriage return
CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


class DecodeError(ValueError):
    pass


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(encoding, length of the mark) when the data starts with a byte-order mark."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    control = len(sample) - len(sample.translate(None, CONTROL))
    return len(sample) > 0 and control / len(sample) > 0.05


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Return (text, warning). Raises DecodeError for binary data."""
    marked = bom_encoding(data)
    if marked:
        encoding, skip = marked
        try:
            return data[skip:].decode(encoding), None
        except UnicodeDecodeError as e:
            raise DecodeError(f"invalid {encoding.upper()} after its byte-order mark "
                              f"({e.reason} at byte {e.start + skip})") from e
    if looks_binary(data):
        raise DecodeError("binary data, not text")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1251"), "not UTF-8; decoded as cp1251"
    except UnicodeDecodeError as e:  # cp1251 maps nearly every byte; kept for safety
        raise DecodeError(f"neither UTF-8 nor cp1251 ({e.reason})") from e
