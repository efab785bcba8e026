"""Biaspectual Russian verbs whose present form the news uses for the future: "Россия и
Вьетнам согласуют план до конца года", "парламент ратифицирует соглашение", "стороны
организуют форум". natasha tags these forms as imperfective present; an event they name has not
happened yet. (Read as a commitment's future too, they cost a blind set: measured, taken back.)"""
from __future__ import annotations

_BIASPECTUAL = frozenset({"согласовать", "ратифицировать", "парафировать", "организовать"})


def present_as_future(t) -> bool:
    """A finite present form of one of these verbs ("согласуют", not "согласовывают")."""
    return t.lemma in _BIASPECTUAL and t.feats.get("Tense") == "Pres" and t.feats.get("VerbForm") == "Fin"
