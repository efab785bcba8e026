"""Bytes to text: UTF-8 first, then cp1251 (with a warning); binary data is refused."""
from __future__ import annotations


class DecodeError(ValueError):
    pass


def looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return len(sample) > 0 and control / len(sample) > 0.05


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Return (text, warning). Raises DecodeError for binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
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
