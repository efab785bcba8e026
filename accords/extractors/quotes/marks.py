"""Pairs of quotation marks: which mark opens and which closes a quote, line by line.

Press texts mix «ёлочки», „German“ and “English” quotes and straight quotes whose
direction only the characters around them tell; some agencies (ArmInfo) quote in angle
brackets: "<Нам необходимо …>, - сказал он".
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..text import text_lines

_QMARK = re.compile(r"[«»“”„\"]|<(?=\w)|(?<=\S)>")
_NOT_OPEN_BEFORE = set(" \t\n([—–-:/«„“")


def quote_pairs(text: str) -> list[tuple[int, int]]:
    """Top-level quoted segments (positions of the opening and closing mark), line by line
    (paragraph by paragraph in a hard-wrapped text, where a quote runs over line breaks)."""
    out = []
    for pos, line in text_lines(text):
        first = len(out)           # this line's pairs start here
        stack: list[tuple[int, str]] = []
        for m in _QMARK.finditer(line):
            i = m.start()
            c = line[i]
            prev = line[i - 1] if i > 0 else " "
            nxt = line[i + 1] if i + 1 < len(line) else " "
            if c == "<" and ">" not in line[i:]:
                continue        # a lone "<" is no quote
            if c == ">" and not any(ch == "<" for _, ch in stack):
                continue
            if c in "«„<":
                kind = "open"
            elif c in "»”>":
                kind = "close"
            elif c == "“":
                kind = "close" if stack and stack[-1][1] == "„" else "open"
            else:  # straight quote
                if prev in _NOT_OPEN_BEFORE and not nxt.isspace():
                    kind = "open"
                elif not prev.isspace():
                    kind = "close"
                else:
                    kind = "close" if any(ch == '"' for _, ch in stack) else "open"
            if kind == "open":
                stack.append((i, c))
                continue
            want = {"»": "«", "”": "“", "“": "„", '"': '"', ">": "<"}[c]
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][1] == want or (c == "”" and stack[k][1] == '"'):
                    if k == 0:
                        out.append((pos + stack[0][0], pos + i))
                    del stack[k:]
                    break
        if stack and stack[0][0] == len(line) - len(line.lstrip(" \t-—–")):
            # a paragraph-long quote left open: it goes on to the closing mark that ends the next
            # paragraph, when that paragraph opens none ("«Проведём …¶Уверен, …», – отметил X")
            out.append((pos + stack[0][0], _closed_below(text, pos + len(line), stack[0][1])))
        elif stack and _open_to_line_end(text, pos + len(line)):
            # 'He said, “However, … immediately.¶“We hope …”': a quote opened in the line and
            # left open goes on in the next paragraph's quote, or to the end of a cut text
            out.append((pos + stack[0][0], pos + len(line.rstrip())))
        taken = sorted((a - pos, b - pos) for a, b in out[first:])
        starts = [a for a, _ in taken]
        for a, b in _single_pairs(line):
            k = bisect_right(starts, a) - 1
            if k < 0 or a > taken[k][1]:     # not inside a quote in double marks
                out.append((pos + a, pos + b))
    return sorted(out)


_CLOSING = {"«": "»", "“": "”", "„": "“", '"': '"', "<": ">"}


def _open_to_line_end(text: str, stop: int) -> bool:
    """After a line that ends at ``stop`` with a quote left open: the text ends, or the next
    paragraph opens with a quotation mark (a quote going on over paragraphs)."""
    rest = text[stop:].lstrip()
    return not rest or rest[0] in "«“„\""


def _closed_below(text: str, stop: int, mark: str) -> int:
    """Where a quote left open at ``stop`` (a line's end) closes: at the closing mark in the
    next paragraph, when that paragraph opens no quote before it; else ``stop``."""
    m = re.match(r"\n[ \t]*\n?[ \t]*", text[stop:stop + 3])
    if not m:
        return stop
    start = stop + m.end()
    end = text.find("\n", start)
    line = text[start:len(text) if end < 0 else end]
    close = _CLOSING.get(mark, "»")
    k = line.find(close)
    if k <= 0 or close != '"' and any(ch in line[:k] for ch in "«„“\""):
        return stop
    return start + k


def _single_pairs(line: str) -> list[tuple[int, int]]:
    """'Single quotes' on one line: each opening mark with the first closing one after it
    (two pointers over the marks: linear, whatever the line holds)."""
    if "'" not in line and "‘" not in line:
        return []
    opens = [m.start() for m in _SINGLE_OPEN.finditer(line)]
    closes = [m.start() for m in _SINGLE_CLOSE.finditer(line)]
    pairs, k, last = [], 0, -1
    for o in opens:
        if o <= last:
            continue
        while k < len(closes) and closes[k] <= o:
            k += 1
        if k == len(closes):
            break
        if closes[k] - o <= 3000:
            pairs.append((o, closes[k]))
            last = closes[k]
    return pairs


# 'single quotes' (and ‘these’) open after a colon, a comma or a line start before a capital and
# close after a stop: "President Erdoğan said: 'In 2019, we had … We should achieve this.'"
# (an apostrophe inside a word, "Erdoğan's", neither opens nor closes)
_SINGLE_OPEN = re.compile(r"(?:(?<=[:,]\s)|(?<=^)|(?<=^\s))['‘](?=[A-ZА-ЯЁ])")
_SINGLE_CLOSE = re.compile(r"(?<=[.!?,])['’](?=\s|$|[)\]])")
