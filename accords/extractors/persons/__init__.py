"""persons: every named person, with the title the text gives, its role_class and state.

Mentions come from natasha's PER spans (Russian) or from name patterns (English, see
:mod:`.en`). Each mention gets a title from the words before it ("Премьер-министр
Республики Казахстан Олжас Бектенов", "главой МИД России Сергеем Лавровым") or after it
("Виктор Каранкевич, заместитель премьер-министра Беларуси"), found with the title
lexicon of :mod:`.roles`; the state comes from the state mentions inside the title
(:mod:`..states`). Mentions of one person (a surname alone, another case) are merged;
where no title gives the state, coreference rules try ("премьер-министров России и
Белоруссии Михаила Мишустина и Романа Головченко", "российским коллегой"), then
:mod:`.acting_state`. A region in a title gives its state and makes a head a regional
one ("Аким Туркестанской области", "Президент Татарстана"); a plural title covers the
untitled pair just named ("Главы государств обсудили"); a person with no title at all
who is a well-known office-holder takes that office.

The package by job: :mod:`.view` (per-token facts), :mod:`.ru` and :mod:`.en` (mentions),
:mod:`.titles` and :mod:`.title_reading` (titles), :mod:`.names` (nominative names),
:mod:`.merge` (one person from many mentions), :mod:`.coreference` and
:mod:`.unnamed_titles` (titles shared across mentions), :mod:`.filters` (not persons),
:mod:`.acting_state` and :mod:`.state_clues` (a person's state), :mod:`.build` (the steps
in order).
"""
from __future__ import annotations

from .build import extract

__all__ = ["extract"]
