"""JSON Lines documents, streamed line by line and checked field by field.

A line is one JSON object with a ``text`` string and optional ``id``, ``url``, ``title``
(strings; an integer id is taken as its decimal string), ``lang`` (an ISO 639-1 code) and
``date`` (an ISO 8601 date or date-time). A line that breaks any of this is that line's
error, naming ``file:line`` and the field; the next line is read as if nothing happened.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, Iterator

from ..codes import language_codes
from ..nlp.normalise import MAX_TEXT_BYTES, TextTooLarge, check_size
from .decode import DecodeError, decode_bytes
from .document import InputError, SourceDoc



# one line may hold at most a text of the limit written with JSON escapes and other fields
MAX_JSONL_LINE_BYTES = 6 * MAX_TEXT_BYTES + 1024 * 1024


class FieldError(ValueError):
    pass


def _string(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise FieldError(f"'{key}' must be a string, not {type(value).__name__}")
    return value.strip() or None


def _id(obj: dict) -> str | None:
    value = obj.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _string(obj, "id")


def _lang(obj: dict) -> str | None:
    value = _string(obj, "lang")
    if value is None:
        return None
    code = value.lower()
    if code not in language_codes():
        raise FieldError(f"'lang' {value!r} is not an ISO 639-1 language code (ru, en, kk, …)")
    return code


def _date(obj: dict) -> str | None:
    value = _string(obj, "date")
    if value is None:
        return None
    try:
        if len(value) <= 10:
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise FieldError(f"'date' {value!r} is not a valid ISO date (YYYY-MM-DD)") from None
    return value


def line_document(obj, src: str, lineno: int) -> SourceDoc:
    """One parsed line as a document; FieldError names the first bad field."""
    if not isinstance(obj, dict):
        raise FieldError("not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise FieldError("no 'text' field" if text is None else "'text' is not a string")
    if not text.strip():
        raise FieldError("empty 'text'")
    try:
        check_size(text, "'text'")
    except TextTooLarge as e:
        raise FieldError(str(e)) from None
    return SourceDoc(text=text, id=_id(obj) or f"{Path(src).stem}:{lineno}",
                     url=_string(obj, "url"), title=_string(obj, "title"),
                     lang=_lang(obj), date=_date(obj), source=f"{src}:{lineno}")


def _lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(number, line) of each line; ``None`` for a line over ``limit`` bytes, which is
    skipped without being held in memory."""
    lineno = 0
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = fh.readline(1024 * 1024)
            yield lineno, None
            continue
        yield lineno, raw


def iter_jsonl(src: str, fh: BinaryIO) -> Iterator[SourceDoc | InputError]:
    any_line = False
    for lineno, raw in _lines(fh, MAX_JSONL_LINE_BYTES):
        where = f"{src}:{lineno}"
        if raw is None:
            any_line = True
            yield InputError(where, "line too large for one document "
                                    f"(limit {MAX_TEXT_BYTES // (1024 * 1024)} MB of text)")
            continue
        if not raw.strip():
            continue
        any_line = True
        try:
            line, warning = decode_bytes(raw)
            doc = line_document(json.loads(line), src, lineno)
        except DecodeError as e:
            yield InputError(where, str(e))
            continue
        except json.JSONDecodeError as e:
            yield InputError(where, f"not JSON ({e.msg})")
            continue
        except (FieldError, RecursionError) as e:
            yield InputError(where, str(e) if isinstance(e, FieldError) else "JSON nested too deeply")
            continue
        if warning:
            doc.warnings.append(warning)
        yield doc
    if not any_line:
        yield InputError(src, "empty file")
