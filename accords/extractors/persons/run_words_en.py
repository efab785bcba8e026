"""The words of an English name run as the text writes them: an initial keeps its full stop
("J.", "L.P."), a nickname in quotes is left out ('Luiz Inacio "Lula" da Silva')."""
from __future__ import annotations

QUOTES = frozenset({'"', "“", "”", "«", "»"})


def run_words(v, a: int, b: int) -> list[str]:
    """The run's words, an initial's full stop kept on it ("J."), a nickname in quotes left out."""
    words: list[str] = []
    quoted = False
    for k in range(a, b):
        t = v.tokens[k]
        if t.text in QUOTES:
            quoted = not quoted
            continue
        if quoted:
            continue
        if t.text == "." and words and v.tokens[k - 1].stop == t.start \
                or k > a and words and words[-1].endswith(".") and v.tokens[k - 1].stop == t.start:
            words[-1] += t.text         # "J.", "L.P."
        else:
            words.append(t.text)
    return words
