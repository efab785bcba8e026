"""Russian future-tense predicates as cues: the perfective future ("обеспечит") and быть with
an infinitive or a short passive participle ("будем контролировать", "будет создана"), read
where the lexicon's modal words found nothing at the token."""
from __future__ import annotations

from ...lexicon import word_list
from ...nlp.morph import present_only
from .candidate import PRIORITY, Candidate
from .context import DocContext

FUTURE_BE = word_list("commitments_cues_future_be")
_ABILITY = word_list("commitments_ability")
_FRAMES = word_list("commitments_future_frames")

_PAST_ENDINGS = ("л", "ла", "ло", "ли", "лся", "лась", "лось", "лись")


def futures(ctx: DocContext, unit: list, taken: set) -> list[Candidate]:
    """Future-tense predicates: perfective future ("обеспечит") or быть + infinitive/short
    passive participle ("будем контролировать", "будет создана")."""
    out = []
    for i, t in enumerate(unit):
        if i in taken:
            continue
        if t.pos in ("VERB", "AUX") and t.feats.get("Tense") == "Fut" and t.feats.get("VerbForm") == "Fin" \
                and t.lemma != "быть" and t.lemma not in _ABILITY and t.lemma not in _FRAMES \
                and not t.text.lower().endswith(_PAST_ENDINGS) and not present_only(t.text):
            # (the tagger sometimes reads a past form as future: "предварял" is past; or an
            # imperfective present: "дорабатываем")
            out.append(Candidate(t, i, "commit", PRIORITY["future"], frozenset(), "future"))
        elif t.text.lower() in FUTURE_BE:
            h = ctx.head(t) if t.rel in ("aux", "aux:pass") else None
            if h is None:   # a misattached "будут … укрепляться", "будут и далее вместе работать": the next verb form
                h = next((x for x in unit[i + 1:i + 4] if x.feats.get("VerbForm") == "Inf" or (
                    x.feats.get("VerbForm") == "Part" and x.feats.get("Variant") == "Short")), None) \
                    or _past_adverbs(unit, i)
            if h is None or h not in unit:
                continue
            j = unit.index(h)
            if j in taken:
                continue
            if h.feats.get("VerbForm") == "Part" or t.rel == "aux:pass":
                out.append(Candidate(h, j, "commit", PRIORITY["future"], frozenset(), "passive"))
            elif h.feats.get("VerbForm") == "Inf":
                out.append(Candidate(h, j, "commit", PRIORITY["future"], frozenset(), "future"))
            elif h.lemma in ctx.words("develop") or h.pos == "ADJ":
                out.append(Candidate(h, j, "commit", PRIORITY["future"], frozenset(), "future"))
    return out


def _past_adverbs(unit: list, i: int):
    """The infinitive after a run of adverbs and particles ("будут и далее вместе работать")."""
    for x in unit[i + 1:i + 6]:
        if x.feats.get("VerbForm") == "Inf":
            return x
        if x.pos not in ("ADV", "PART"):
            return None
    return None
