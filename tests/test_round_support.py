"""What the round tests (tests/test_round31.py, tests/test_round32.py) read of a record: the
figures, commitments and events of a written sentence, published on a fixed date."""
from accords.pipeline import extract_text

PUBLISHED = "2024-05-14"


def record(text: str, lang: str):
    return extract_text(text, date=PUBLISHED, lang=lang)


def figures(text: str, lang: str = "en"):
    return [(f.metric, f.kind, f.value, f.currency) for f in record(text, lang).figures]


def commitments(text: str, lang: str = "en"):
    return [(c.actor, c.modality) for c in record(text, lang).commitments]


def events(text: str, lang: str = "en"):
    return sorted({e.type for e in record(text, lang).events})
