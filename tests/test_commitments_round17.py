"""Round 17 of commitments on real text: written sentences in the shapes fresh public
releases and the work set real34 use (docs/quality.md, "Round 17"), each with a near miss
that must stay out."""
from __future__ import annotations

from accords.pipeline import extract_text


def commitments(text: str, lang: str = "ru", date: str | None = None) -> list[tuple[str, str]]:
    rec = extract_text(text, lang=lang, date=date).to_dict()
    return [(c["actor"], c["modality"]) for c in rec["commitments"]]


LEAD = "Президенты Беларуси и Вьетнама провели переговоры в Минске. "


def test_a_joint_product_is_no_instruction_to_both_sides():
    # the side that undertakes to build a joint plant is the one committed
    assert commitments(LEAD + "Вьетнамская сторона обязуется создать совместное с Беларусью "
                              "молочное производство.") == [("VNM", "commit")]
    # an instruction to a joint body binds both sides
    assert commitments(LEAD + "Президенты поручили руководителям нашей совместной группы "
                              "подготовить план.") == [("JOINT", "commit")]
