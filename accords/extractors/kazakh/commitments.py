"""commitments for Kazakh: a sentence with a forward-looking cue and an identifiable party.

Cues (``modality.kk.tsv``): the intentional future ending -мақ/-мек/-пақ/-пек/-бақ/-бек
("кеңейтпек": intend), "жалғастыра береді/беретінін" (commit), "дайын" (ready), "ұсынды",
"шақырды" (propose), "келісті", "уағдаласты" (agreed), "ниетті", "ойда бар" (intend). The
actor is both sides where the sentence names them as one subject ("Екі жақ", "тараптар"),
else the state of a person named in it, else a state named in it; a sentence naming no
party belongs to both parties of a two-party document. The evidence is the sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache
from types import SimpleNamespace

from ...lexicon import rows
from ...record import Commitment
from ..text import hard_wrapped, lead_line
from .cue_checks import (aimed_at, adverb, attributive, document_subject, goal_nouns, governed, handed_over,
                         important_to_do, importance_of_an_event, obligations, occasion_subject,
                         reported_schedule, thanked_for, whole_verbs)
from .sectors import sectors_within
from .names import CITIES, nominative
from .states import HOME, party_codes
from .subjects import subject_states, uninflected
from .words import GENITIVE, find_in, patterns

_GAP = 3
# the intentional future of a passive verb ("форумда қарастырылмақ", "көрмелер өткізілмек"): what
# is to be done at an occasion, an agenda, no party's intention, unless a name owns the thing
# ("Ауғанстанда Қазақстанның Сауда үйі ашылмақ": Kazakhstan's trade house is to open)
_PASSIVE_INTENT = ("ылмақ", "ілмек", "ынбақ", "інбек")
_DEADLINE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s+жыл[а-яәғқңөұүһі]*\s+дейін")


@lru_cache(maxsize=1)
def _suffix_cues() -> tuple[list[tuple[str, str]], tuple[str, ...]]:
    data = rows("modality.kk.tsv")
    return ([(r[1], r[2]) for r in data if r[0] == "suffix" and len(r) > 2],
            tuple(r[1] for r in data if r[0] == "notcue" and len(r) > 1))


def _modality(sent) -> str | None:
    """The modality of the sentence's first cue, or None."""
    found = [m for m in find_in([sent], patterns("modality.kk.tsv", 2, 1, kind="word"), _GAP)
             if not importance_of_an_event(sent, m) and not thanked_for(sent, m)
             and not aimed_at(sent, m) and not reported_schedule(sent, m) and not adverb(sent, m)
             and not attributive(sent, m) and not handed_over(sent, m) and not document_subject(sent, m)]
    found += important_to_do(sent) + [m for m in whole_verbs(sent) if not document_subject(sent, m)] \
        + obligations(sent) + goal_nouns(sent)
    found.sort(key=lambda m: m.start)
    if len(found) > 1 and governed(sent, found[0], found[1]):
        found = found[1:]       # "… күш-жігерімізді салуға ниеттіміз": the intention governs
    suffixes, not_cues = _suffix_cues()
    for tok in sent.tokens:
        low = tok.text.lower()
        if len(low) < 6 or not tok.text.islower() or "-" in low or low.startswith(not_cues) \
                or low.endswith(_PASSIVE_INTENT) and not _named_owner(sent):
            continue
        for ending, modality in suffixes:
            if low.endswith(ending) and (not found or tok.start < found[0].start):
                return None if occasion_subject(sent, tok.start) else modality
    return found[0].value if found else None


def _named_owner(sent) -> bool:
    """A name in the genitive ("Қазақстанның …") owns something in the sentence."""
    return any(t.text[:1].isupper() and t.text.lower().endswith(GENITIVE) for t in sent.tokens)


def _actor(doc, sent, record, parties: list[str]) -> str | None:
    if any(not _between(doc, m) and not _owned_by_both(doc, m) for m in find_in(
            [sent], [("JOINT", w) for _, w in patterns("modality.kk.tsv", 0, 1, kind="joint")])):
        return "JOINT"
    if any(t.text.lower().startswith(_EACH_OTHER) for t in sent.tokens) or _mutual_help(sent):
        return "JOINT"   # "… бір-бірінің мүдделерін ескеруге дайын": what the sides do to each other
    for p in record.persons:
        # a person named as the subject, not the one addressed ("Ердоғанға": to Erdoğan)
        if p.country and any(sent.start <= a < sent.stop and uninflected(doc.text[a:b])
                             for a, b in p.mentions):
            return p.country
    if HOME in parties and len(parties) == 2 and _opens_with_the_other(sent):
        return next(p for p in parties if p != HOME)   # "Көрші елдің инвесторлары … ниетті": the partner's
    if _first_person(sent):
        nxt = sent.tokens[-1].index + 1 if sent.tokens else len(doc.tokens)
        speaker = _quote_speaker_state(doc, record, sent.stop, nxt) or _home_sayer_above(doc, sent) \
            or _last_person_state(doc, record, sent.stop)
        if speaker:
            return speaker   # "«Біз … ниеттіміз», — деді ол": the speaker's side
        if any(t.text.lower() == "біздің" for t in sent.tokens) and any(
                t.text.lower().startswith("тарап") for t in sent.tokens):
            return HOME     # "біздің тарап … дайын": "our side", no one else named, is the publisher's
        if HOME in parties and not subject_states(doc, sent, record, parties):
            return HOME     # "«… жүзеге асыруға ынталымыз»" with no speaker named: the publisher's side
    home = find_in([sent], [("HOME", w) for _, w in patterns("modality.kk.tsv", 0, 1, kind="home")])
    if home and sent.tokens and home[0].start == sent.tokens[0].start or HOME in parties and _opens_with_a_city(sent):
        return HOME     # "Мемлекет басшысы Қазақстанның … дайын", "Ақтөбе зауыты … дайын": it opens the sentence
    if sent.tokens and sent.tokens[0].text == "Ол":
        he = _last_person_state(doc, record, sent.start)
        if he:
            return he   # "Ол Қазақстан мен Аустрияның … конференция өткізуді ұсынды": he is the last named
    subjects = subject_states(doc, sent, record, parties)
    if len(set(subjects)) >= 2:
        last = _last_clause_subject(doc, sent, record, parties)
        return last or "JOINT"
    if subjects:
        return subjects[0]
    if _quoted(doc, sent):
        nxt = sent.tokens[-1].index + 1 if sent.tokens else len(doc.tokens)
        speaker = _quote_speaker_state(doc, record, sent.stop, nxt)
        if speaker:
            return speaker   # "«… қолға алуға дайын», – деді елші Алексей Бородавкин": the speaker's side
    if _goes_on(sent):
        he = _last_person_state(doc, record, sent.start)
        if he:
            return he   # "Сондай-ақ, … маңыздылығын атап өтті": the one who spoke before goes on
    if home:
        return HOME
    if sent.tokens and sent.tokens[0].text == "Президент":
        return HOME     # "Президент чех инвесторларына … дайын": a bare "Президент" opening is the publisher's
    return "JOINT" if len(parties) == 2 else (parties[0] if len(parties) == 1 else None)


# "Сондай-ақ", "Сонымен қатар", "Сонымен бірге": also — the sentence before's speaker goes on
_ALSO = ("сондай-ақ", "сонымен")


def _quoted(doc, sent) -> bool:
    """The sentence stands in a quote: it, or its paragraph, opens with a quotation mark or a dash."""
    para = doc.text.rfind("\n", 0, sent.start) + 1
    return sent.text.lstrip().startswith(_DASHES + ("\"", "“")) or \
        doc.text[para:sent.stop].lstrip().startswith(_DASHES + ("\"", "“"))


def _goes_on(sent) -> bool:
    """The sentence opens with "also" and its verb is active ("атап өтті", not the impersonal
    "атап өтілді", which no one in particular says)."""
    words = [t.text.lower() for t in sent.tokens if t.text[:1].isalpha()]
    return bool(words) and words[0].startswith(_ALSO) and not any(
        w.endswith(("ілді", "ылды", "лінді", "лынды")) for w in words[-3:])


def _opens_with_a_city(sent) -> bool:
    """A Kazakh city, or "Шаһар" (the city), opens the sentence as its subject or its owner
    (not in the locative: "Алматыда …" is where things happen)."""
    return bool(sent.tokens) and nominative(sent.tokens[0].text) in _OPENING_CITIES


_OPENING_CITIES = CITIES | {"Шаһар"}


def _last_clause_subject(doc, sent, record, parties: list[str]) -> str | None:
    """"Ирандық министр Қазақстан … басымдықтарына кіретінін, осыған байланысты Иран … мүдделі
    екенін мәлімдеді": the verb comes last, so a single subject in the clause after the last
    comma is the one who is interested, ready or willing."""
    comma = sent.text.rfind(",")
    if comma < 0:
        return None
    toks = [t for t in sent.tokens if t.start > sent.start + comma]
    clause = SimpleNamespace(start=sent.start + comma + 1, stop=sent.stop, tokens=toks,
                             text=sent.text[comma + 1:])
    found = set(subject_states(doc, clause, record, parties))
    return found.pop() if len(found) == 1 else None


def _between(doc, m) -> bool:
    """"екі мемлекет арасындағы алмасулар", "екі ел парламенттері арасындағы": the two states
    are where the thing runs, not the subject."""
    return any(t.text.lower().startswith("арасы") for t in doc.tokens[m.last:m.last + 2])


# those of both sides who act for them: "екі елдің басшылары", "екі мемлекеттің үкіметтері"
_BOTH_BODIES = ("басшы", "үкімет", "министр", "ведомство", "өкіл", "делегация", "президент", "парламент")


def _owned_by_both(doc, m) -> bool:
    """"бауырлас екі мемлекеттің … тарихы": both sides in the genitive own a thing (history,
    trade), they are not the subject; unless what they own acts for them ("екі елдің басшылары")."""
    last = doc.tokens[m.last - 1].text.lower() if m.last >= 1 else ""
    if not last.endswith(GENITIVE):
        return False
    return not any(t.text.lower().startswith(_BOTH_BODIES) for t in doc.tokens[m.last:m.last + 2])
    # (two words: "екі елдің СІМ басшылары", the heads of both foreign ministries)


# the first person plural on a predicate: "міндетіміз" (our duty), "дайынбыз" (we are ready)
_WE_ENDINGS = ("мыз", "міз", "быз", "біз", "пыз", "піз")
_TOGETHER = ("бірлес", "бірге", "ортақ")
_EACH_OTHER = ("бір-бірінің", "бір-біріне", "бір-бірімен", "бір-бірін", "бір-бірінен")   # (not "бір-бірімізді": "we" are the speaker's)
_WE = {"біз", "біздің", "бізде", "бізге", "бізбен"}
_MUTUAL_HELP = ("қолдау", "көмек")


def _mutual_help(sent) -> bool:
    """"… бастамаларына өзара қолдау көрсетеді": mutual support is both sides' (not "өзара сауда",
    mutual trade, the topic of nearly every sentence)."""
    toks = sent.tokens
    return any(t.text.lower() == "өзара" and k + 1 < len(toks) and toks[k + 1].text.lower().startswith(_MUTUAL_HELP)
               for k, t in enumerate(toks))
# the first person singular of the aorist: "… алмасуға шақырамын" (I invite), "ұсынамын" (I propose)
_I_ENDINGS = ("амын", "емін", "ймын", "ймін")
# a stance on the predicate (ready, intending, interested) in the first person plural
_STANCES = ("дайын", "ниетті", "мүдделі", "әзір")


_SAID = ("деді", "деп", "айтты")
_SPEAKER_REACH = 250     # characters after a quote's sentence searched for "– деді X"


def _quote_speaker_state(doc, record, stop: int, k: int) -> str | None:
    """"«…», – деді Александр Лукашенко": the person named after the verb of saying that
    closes the quote, in the nominative; ``k`` is the token after the sentence (the look
    ahead is bounded, not a pass over the text)."""
    said = next((t for t in doc.tokens[k:k + 60]
                 if t.start < stop + _SPEAKER_REACH and t.text.lower() in _SAID), None)
    if said is None:
        return None
    after = said.stop
    best = None
    for p in record.persons:
        for a, b in p.mentions or ():
            if after <= a < after + 40 and p.country and uninflected(doc.text[a:b]) and (best is None or a < best[0]):
                best = (a, p.country)
    return best[1] if best else None


_DASHES = ("–", "—", "-", "«")


def _home_sayer_above(doc, sent) -> str | None:
    """"Мемлекет басшысы … мәлімдеді.¶– … Біздің … ниетіміз бар.": a dash paragraph under one
    whose subject is the publishing state's leader ("Мемлекет басшысы") is his words, whoever the
    text named last."""
    text = doc.text
    para = text.rfind("\n", 0, sent.start) + 1
    if not text[para:sent.stop].lstrip().startswith(_DASHES):
        return None
    above_end = text.rfind("\n", 0, max(para - 1, 0))
    above = text[above_end + 1:para].strip()
    if not above or above.startswith(_DASHES):
        return None
    # its subject, in the first words: "Мемлекет басшысы …", "Облыс әкімі … атап өтті"
    first = " ".join(above.split(".")[0].lower().split()[:3])
    return HOME if any(" ".join(w).lower() in first
                       for _, w in patterns("modality.kk.tsv", 0, 1, kind="home")) else None


def _first_person(sent) -> bool:
    """"Біз", "біздің", "міндетіміз", "шақырамын": the speaker's own side speaks."""
    if any(t.text.lower() in _WE for t in sent.tokens):
        return True
    if any(len(t.text) > 6 and t.text.islower() and t.text.endswith(_I_ENDINGS) for t in sent.tokens):
        return True     # "… келіп ақпарат алмасуға шақырамын": the speaker speaks for their side
    if any(t.text.lower().startswith(_STANCES) and t.text.lower().endswith(_WE_ENDINGS) for t in sent.tokens):
        return True     # "Бірлескен жобаларды … көрсетуге дайынбыз": we (one side) are ready for joint work
    # (a plural "we" of an action done together is both sides': "бірлескен қызметіміздің
    # аясын кеңейтпекшіміз")
    return not any(t.text.lower().startswith(_TOGETHER) for t in sent.tokens) and any(
        len(t.text) > 6 and _lower_or_first(sent, k) and t.text.endswith(_WE_ENDINGS)
        for k, t in enumerate(sent.tokens))


def _lower_or_first(sent, k: int) -> bool:
    """A common word: in lower case, or capitalised only as the sentence's first word
    ("Мақсатымыз – …": our aim is …), not a name."""
    t = sent.tokens[k]
    return t.text.islower() or k == 0 and t.text[1:].islower()


def _last_person_state(doc, record, stop: int) -> str | None:
    """The state of the person named last, as a subject, before ``stop`` (the quote's
    speaker: "— деді ол"; not "Мирзиёевпен", the one met)."""
    best = None
    for p in record.persons:
        for a, b in p.mentions or ():
            if a < stop and p.country and (uninflected(doc.text[a:b]) or _according_to(doc.text, b)) \
                    and (best is None or a > best[0]):
                best = (a, p.country)
    return best[1] if best else None


# "Өмірзақ Шөкеевтің айтуынша / сөзінше": according to him — the one whose words follow
_ACCORDING = ("айтуынша", "сөзінше", "пікірінше")


def _according_to(text: str, stop: int) -> bool:
    """The name, in the genitive, is followed by "айтуынша" (according to)."""
    return text[stop:stop + 14].lstrip().lower().startswith(_ACCORDING)


# "Шетелдіктер …", "Көрші елдің инвесторлары …": the foreigners, the neighbour country — in a
# Kazakh text about two states, the partner, whom the words do not name
_FOREIGN = {"шетелдіктер", "шетелдік"}
_NEIGHBOUR = {"ел", "елдің", "мемлекет", "мемлекеттің"}


def _opens_with_the_other(sent) -> bool:
    """The sentence opens with the foreigners or the neighbour country as its subject (not
    "Көрші елдерге": to the neighbours)."""
    words = [t.text.lower() for t in sent.tokens[:2]]
    return bool(words) and (words[0] in _FOREIGN or words[0] == "көрші" and len(words) > 1
                            and words[1] in _NEIGHBOUR)


def _headline(doc, sent) -> bool:
    """A headline: no closing punctuation and a line break after it, the text's first line or
    a short one (a long line under the headline is its lead), commits nobody."""
    text = sent.text.rstrip()
    if not text or text[-1] in ".!?…;:,»\"”" or "\n" not in doc.text[sent.stop:sent.stop + 3]:
        return False
    return not lead_line(doc.text, sent.start, len(text.split()))


def _lines(sent) -> list:
    """The sentence, or its lines where a headline with no closing punctuation runs into the
    next line ("Ердоған Назарбаевты Анкараға шақырды\nНұрсұлтан Назарбаев …": the
    sentencer joins them; the headline commits nobody). A hard-wrapped text is read by
    sentence: there a line break is a space."""
    text = sent.text
    if "\n" not in text.strip():
        return [sent]
    out, pos = [], 0
    for line in text.split("\n"):
        a, b = sent.start + pos, sent.start + pos + len(line)
        pos += len(line) + 1
        if line.strip():
            out.append(SimpleNamespace(text=line, start=a, stop=b,
                                       tokens=[t for t in sent.tokens if a <= t.start < b]))
    return out


def extract(doc, record) -> list[Commitment]:
    parties = party_codes(doc)
    out = []
    wrapped = hard_wrapped(doc.text)
    for sent in (line for s in doc.sents for line in ([s] if wrapped else _lines(s))):
        modality = _modality(sent)
        if modality is None or _headline(doc, sent) or sent.text.rstrip().endswith("?"):
            continue
        # "agreed" is both sides' whoever tells it (the real gold: every agreement is JOINT)
        actor = "JOINT" if modality == "agreed" else _actor(doc, sent, record, parties)
        if actor is None:
            continue
        text = sent.text.rstrip(" .!")
        sectors = sectors_within(doc, sent.start, sent.stop)
        deadline = _DEADLINE.search(text)
        out.append(Commitment(actor=actor, modality=modality, text=text, sectors=sectors,
                              deadline=deadline.group(1) if deadline else None,
                              evidence=[sent.start, sent.start + len(text)]))
    return out
