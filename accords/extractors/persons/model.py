"""The working records of person extraction: a title, a mention of a name, a person.

Kept apart from the rules so the Russian and English mention finders, the title rules
and the person-state rules can all share them without importing one another.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .names import word_key


@dataclass
class Title:
    start: int                  # chars of the role text
    stop: int
    role_class: str
    country: Optional[str] = None
    states: list = field(default_factory=list)   # every state named in it, in order
    plural: bool = False
    colleague: bool = False
    host: Optional[str] = None  # "посол в России": the state the person is posted to
    case: Optional[str] = None  # grammatical case of the title's head word
    has_org: bool = False
    our: bool = False           # "Главой нашего государства", "Our President"
    keys: tuple = ()            # the lemmas of the title's words
    head: tuple = (0, 0)        # where in ``keys`` the first title stands


@dataclass
class Mention:
    start: int
    stop: int
    t0: int                     # token range in the view, stop exclusive
    t1: int
    words: list
    title: Optional[Title] = None
    of_mention: Optional["Mention"] = None   # "пресс-секретарь Пашиняна Мане Геворгян"
    person: Optional["PersonDraft"] = None


@dataclass
class PersonDraft:
    mentions: list = field(default_factory=list)
    name_words: list = field(default_factory=list)
    title: Optional[Title] = None
    role_class: str = "other"
    country: Optional[str] = None

    @property
    def keys(self) -> set:
        return {word_key(w) for w in self.name_words}
