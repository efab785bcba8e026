"""Round 16 of commitments on real text: written sentences in the shapes fresh public
releases use (docs/quality.md, "Round 16"), each with a near miss that must stay out."""
from __future__ import annotations

from accords.pipeline import extract_text


def commitments(text: str, lang: str = "en", date: str | None = None) -> list[tuple[str, str]]:
    rec = extract_text(text, lang=lang, date=date).to_dict()
    return [(c["actor"], c["modality"]) for c in rec["commitments"]]


LEAD = "The prime ministers of Uzbekistan and Tajikistan met in Tashkent. "


def test_an_agreement_reached_with_nobody_named_binds_both_sides():
    for said in ("Agreements were reached on joint preparation for the implementation of a "
                 "number of investment projects.",
                 "An agreement was reached to launch a joint venture in agricultural engineering.",
                 "Agreement has been reached on establishing a joint transport commission."):
        assert commitments(LEAD + said) == [("JOINT", "agreed")], said
    # "reached on" a day says when, not what
    assert commitments(LEAD + "The agreement was reached on Tuesday during a joint briefing.") == []
