"""commitments: forward-looking statements of a party, clause by clause.

A commitment is a clause with a modal cue (``accords/data/modality.*.tsv``: "возьмет под
контроль", "намерены", "предложил", "готова", "договорились", "просит" …) or a future-tense
predicate whose subject can speak for a state. The actor comes from the clause's subject:
a state word ("казахстанская сторона"), a person of the record speaking for his state, two
parties together ("стороны", "X и Y", "мы с Президентом Казахстана") → JOINT, a first-person
pronoun inside a quote → the speaker's state; agreements are joint by nature and impersonal
plans ("планируется", "будет создана") are the parties' together. A goal noun ("наша общая
задача — довести …") is both sides' unless its owner says otherwise; a region, city or body of
a state stands for the state ("Самаркандская область готова", "Парламент Казахстана
ратифицирует"; regions are in ``regions.<lang>.tsv``). Coordinated predicates of different
force ("продолжит поддерживать … и готова рассмотреть …") are two commitments. Announcements of
meetings ("Лавров проведет переговоры", "планируется обсудить") and past facts are not
commitments.

Russian uses natasha's lemmas, morphology and dependency tree; English has only lower-cased
words, so its rules look at the words before the cue.

The package, by job: ``units`` (sentences to read), ``cues`` (modal words and futures),
``subject`` and ``phrase``/``parties`` (who the clause's subject is and which states it names),
``speaker`` (whose words a clause is), ``actor_ru``/``actor_en`` (the state code or JOINT),
``filters`` (cues that commit nobody now), ``modality``, ``clauses`` (where the text starts and
ends), ``deadline``, and ``build`` which puts them together.
"""
from __future__ import annotations


from ...record import Commitment
from ..kazakh import commitments as kazakh_commitments
from .build import find_commitments


__all__ = ["extract", "find_commitments"]


def extract(doc, record) -> list[Commitment]:
    """The component entry (the runner turns a failure into a record warning)."""
    if getattr(doc, "lang", None) == "kk":
        return kazakh_commitments.extract(doc, record)
    return find_commitments(doc, record)
