"""The persons extractor's steps, in order: mentions, their titles, persons, states."""
from __future__ import annotations

from ...nlp.morph import nominative_phrase
from ...nlp.ranges import MAX_MENTION_CHARS, starting_in
from ...record import Person
from ..kazakh import persons as kazakh_persons
from ..states import find_leaders, find_states
from .acting_state import fill_countries, parties_of
from .coreference import pair_coordinated, relative_states, resolve_persons
from .en import en_mentions, en_view
from .filters import is_person
from .merge import group_mentions, name_of
from .names import normalize_ru
from .ru import ru_mentions
from . import roles
from .title_reading import INDECLINABLE, title_from
from .titles import title_after, title_before
from .unnamed_titles import apply_bare_titles, apply_coordinated_leaders, apply_plural_titles
from .view import View


def extract(doc, record) -> list[Person]:
    """Every named person of the document, with title, role_class and state."""
    if getattr(doc, "lang", None) == "kk":
        return kazakh_persons.extract(doc, record)
    if not doc.text or not doc.tokens:
        return []
    return _build(doc, record)


def _build(doc, record) -> list[Person]:
    lang = "ru" if doc.lang == "ru" else "en"
    v, states, mentions = _mentions(doc, lang)
    for m in mentions:
        _give_title(v, m, lang)
    mentions = [m for m in mentions if m.words]
    _unshare_relative_titles(v, mentions)
    pair_coordinated(v, mentions)
    persons = group_mentions(mentions)
    resolve_persons(persons, v)
    # a known leader's state first: "президент Египта", unnamed, is not Лукашенко's title
    _known_leaders_states(doc, persons)
    apply_bare_titles(v, mentions)
    apply_plural_titles(v, mentions)
    apply_coordinated_leaders(v, persons)
    places = frozenset(sp.text for sp in doc.spans if sp.type == "LOC" and " " not in sp.text)
    persons = [p for p in persons if is_person(p, v, places)]
    _known_leaders_states(doc, persons)
    relative_states(persons)
    fill_countries(persons, parties_of(record, states), states, v)
    return [_record_person(p, doc, lang) for p in persons]


_TITLE_REACH = 40    # tokens back from the first name to the shared title's start


def _unshare_relative_titles(v: View, mentions: list) -> None:
    """"пресс-секретарь Владимира Путина Дмитрий Песков": the title before both names is
    the second one's, relative to the first; the first holds only a title in its complement
    ("пресс-секретарь президента России Владимира Путина": "президент России"), if any."""
    for m in mentions:
        o = m.of_mention
        if o is None or o.title is None or m.title is None or o.title.start != m.title.start:
            continue
        s = next((i for i in range(o.t0 - 1, max(-1, o.t0 - _TITLE_REACH), -1)
                  if v.start_at[i] == o.title.start), None)     # (looked for back from the name)
        a = s + o.title.head[1] if s is not None else o.t0
        found = roles.find_titles(v.lang, v.keys[a:o.t0], v.state_id[a:o.t0], v.skip[a:o.t0])
        o.title = None
        if found:
            f = found[0]
            o.title = title_from(v, [roles.TitleMatch(f.start + a, f.stop + a, f.role_class, f.size)], o.t0)


def _known_leaders_states(doc, persons: list) -> None:
    """"переговоры с Владимиром Путиным": a well-known leader whose title names no state acts
    for the state the states lexicon gives him (the title, and so the role, is still only read
    from the text)."""
    leaders = sorted(find_leaders(doc), key=lambda lm: lm.start)
    if not leaders:
        return
    for p in persons:
        if p.country and p.title is not None and p.title.states:
            continue        # his own title names his state
        codes = {lm.code for m in p.mentions
                 for lm in starting_in(leaders, m.start - MAX_MENTION_CHARS, m.stop) if m.start < lm.stop}
        if len(codes) == 1:
            # also over a state guessed from the context of a bare title ("президент
            # (Владимир Путин)" in an Armenian's words)
            p.country = codes.pop()


def _mentions(doc, lang: str) -> tuple[View, list, list]:
    """The document's view, its state mentions and its person mentions."""
    if lang == "ru":
        states = find_states(doc)
        orgs = [s for s in doc.spans if s.type == "ORG"]
        v = View(doc, doc.tokens, "ru", states, orgs)
        return v, states, ru_mentions(doc, v)
    v, states = en_view(doc)
    return v, states, en_mentions(doc, v)


def _give_title(v: View, m, lang: str) -> None:
    """The mention's title (before it, else after it) and, in Russian, its words in the
    nominative (the title's case tells the name's)."""
    t, of = title_before(v, m)
    if t is None and (lang == "ru" or m.t1 - m.t0 >= 2):
        t = title_after(v, m)
    m.title, m.of_mention = t, of
    if lang == "ru":
        toks = v.tokens[m.t0:m.t1]
        hint = t.case if t is not None and t.stop <= m.start else None
        m.words = normalize_ru([x.text for x in toks], [x.feats.get("Case") for x in toks], hint,
                               [x.feats.get("Gender") for x in toks], [x.lemma for x in toks])


def _record_person(p, doc, lang: str) -> Person:
    role = None
    if p.title:
        role = doc.text[p.title.start:p.title.stop]
        if lang == "ru":
            role = _nominative_title(doc.tokens_in(p.title.start, p.title.stop)) or role
        role = " ".join(role.split())
        if lang != "ru" and role.lower().startswith("the ") and len(role) > 4:
            role = role[4:]      # "the Minister of Industry and Trade …": the title, not its article
    return Person(name=name_of(p, doc.text), role=role, role_class=p.role_class,
                  country=p.country, mentions=[(m.start, m.stop) for m in p.mentions])


def _nominative_title(tokens) -> str | None:
    """A Russian title in the nominative singular, as users read it ("Президентом Сербии"
    -> "Президент Сербии", "министрами иностранных дел" -> "министр иностранных дел"): the
    words up to its first noun, when natasha read that noun in another case or number; the
    evidence offsets still point at the words as written. A participle the tagger reads as
    a verb ("Управляющим делами") is the head noun of its title."""
    if tokens and tokens[0].text.lower().replace("ё", "е") in INDECLINABLE:
        return None                     # "замглавы МИД": the head is "замглавы", in no case to change
    head = next((i for i, t in enumerate(tokens) if t.pos in ("NOUN", "PROPN", "VERB")), None)
    if head is not None and tokens[head].pos == "VERB" and head > 0:
        return None                     # a verb inside a title: not one to re-inflect
    if head is None or (tokens[head].feats.get("Case", "Nom") == "Nom"
                        and tokens[head].feats.get("Number") != "Plur"):
        return None
    return nominative_phrase(tokens, head, singular=True)
