"""Round 13 of commitments on real text: written sentences in the shapes real releases use
(docs/quality.md, "Round 13"), each with a near miss that must stay out."""
from __future__ import annotations

from accords.pipeline import extract_text


def commitments(text: str, lang: str = "ru") -> list[tuple[str, str, str]]:
    rec = extract_text(text, lang=lang).to_dict()
    return [(c["actor"], c["modality"], c["text"]) for c in rec["commitments"]]


def test_a_quote_after_a_narrative_paragraph_is_still_the_last_speakers():
    text = ("Президент Турции Реджеп Тайип Эрдоган провел переговоры с Президентом Азербайджана "
            "Ильхамом Алиевым.\n«Мы оценили работу наших министров», — сказал Эрдоган.\n"
            "Были обсуждены вопросы региональной безопасности.\n"
            "«Хочу напомнить, что мы и впредь будем оказывать Азербайджану нашу поддержку».")
    got = commitments(text)
    assert ("TUR", "commit") in [(a, m) for a, m, _ in got]
    assert all(a != "AZE" for a, _, _ in got)
