"""Why a Kazakh cue word found in a sentence commits nobody, and cues the word table cannot
state: the importance of a meeting, thanks for an invitation, what a thing is aimed at, a
schedule reported, a participle describing an event, an adverb made of a cue word; doing a
thing called important, obligations, goals stated as nouns, and verb forms that are also a noun's stem."""
from __future__ import annotations

from functools import lru_cache
from types import SimpleNamespace

from ...lexicon import rows
from .words import GENITIVE


@lru_cache(maxsize=1)
def _adverbs() -> frozenset:
    return frozenset(r[1] for r in rows("modality.kk.tsv") if r[0] == "adverb" and len(r) > 1)


@lru_cache(maxsize=1)
def _other_words() -> tuple:
    return tuple(r[1] for r in rows("modality.kk.tsv") if r[0] == "other" and len(r) > 1)


@lru_cache(maxsize=1)
def _verbs() -> dict:
    return {r[1]: r[2] for r in rows("modality.kk.tsv") if r[0] == "verb" and len(r) > 2}


_EVENTS = ("саммит", "кездесу", "сапар", "форум", "отырыс", "мәжіліс", "конференция", "іс-шара")


def importance_of_an_event(sent, m) -> bool:
    """"… бесінші саммитінің маңыздылығын атап өтті": the importance of a meeting is a view,
    not a thing to do (as in Russian, "важность саммита")."""
    if not m.value == "intend":
        return False
    toks = [t for t in sent.tokens if t.stop <= m.start]
    return bool(toks) and toks[-1].text.lower().startswith(_EVENTS) \
        and sent.text[m.start - sent.start:].lower().startswith("маңыздыл")


def thanked_for(sent, m) -> bool:
    """"… сапармен келуге шақырғаны үшін ризашылығын білдірді": thanks for an invitation
    given, not one made."""
    word = sent.text[:m.stop - sent.start].split()[-1].lower() if m.stop > sent.start else ""
    after = [t.text.lower() for t in sent.tokens if t.start >= m.stop][:6]
    return word.endswith(("ғаны", "гені", "қаны", "кені")) and "үшін" in after


# a visit or meeting as the subject (nominative, with its possessive ending)
_OCCASIONS = frozenset({"келуі", "сапары", "сапар", "кездесуі", "кездесу", "саммиті", "форумы",
                        "келіссөздері", "отырысы"})


# a quantity as the subject: "саудагерлерінің саны арта түспек", "өнім бағасы қымбаттамақ",
# "тауар айналымы 2 млрд долларға жетпек": a forecast of a number, no one's plan
_QUANTITIES = frozenset({"саны", "қатары", "бағасы", "көлемі", "үлесі", "мөлшері", "құны", "көрсеткіші",
                         "айналымы", "бағамы"})


def occasion_subject(sent, pos: int) -> bool:
    """"Франция президентінің Қазақстанға келуі … жаңа серпіліс бермек": what a visit will
    bring about commits no one (as in Russian, "Наша встреча укрепит …"); nor does what a
    quantity will do."""
    return any(t.text.lower() in _OCCASIONS or t.text.lower() in _QUANTITIES
               for t in sent.tokens if t.stop <= pos)


def reported_schedule(sent, m) -> bool:
    """"… сессиясына қатысады деп жоспарланған": it is planned that someone will attend — a
    schedule reported, not a party's plan; "Тоқаевтың Путинмен кездесуі жоспарланған", "сапары
    келесі айда жоспарланған": a meeting or a visit planned, an itinerary (the spec's "not a
    commitment")."""
    before = [t for t in sent.tokens if t.stop <= m.start]
    if before and before[-1].text.lower() == "деп":
        return True
    return _cue_opens(sent, m, "жоспарлан") and any(
        t.text.lower().startswith(_PLANNED_OCCASIONS) for t in before[-4:])


def handed_over(sent, m) -> bool:
    """"Елші Президенттің жолдауын тапсырды": a message, a letter or credentials handed over,
    not "Үкіметке … тапсырды" (instructed the government)."""
    before = [t for t in sent.tokens if t.stop <= m.start][-1:]
    return _cue_opens(sent, m, "тапсыр") and bool(before) and before[0].text.lower().startswith(_HANDED_THINGS)


def _cue_opens(sent, m, stem: str) -> bool:
    """The cue ``m`` of the sentence begins with ``stem``."""
    return sent.text[m.start - sent.start:m.stop - sent.start].lower().startswith(stem)


# what is handed over: a message, a letter, credentials, a gift, an award
_HANDED_THINGS = ("жолдау", "хат", "грамота", "сыйлық", "марапат", "орден", "медал", "құжат")


# a meeting, a visit, talks, a session, a summit: what an itinerary plans
_PLANNED_OCCASIONS = ("кездесу", "сапар", "келіссөз", "отырыс", "саммит", "іссапар", "басқосу", "жиын", "форум")


def aimed_at(sent, m) -> bool:
    """"… энергиямен қамтамасыз етуге бағытталған": what a thing is aimed at, not a pledge;
    "… қамтамасыз ету мәселелері сөз болды": a topic discussed; "… қамтамасыз ету үшін …
    сатып алмақ": the purpose of another deed."""
    after = [t for t in sent.tokens if t.start >= m.stop][:1]
    return bool(after) and after[0].text.lower().startswith(("бағытталған", "мәселе", "үшін"))


_IMPORTANT = ("маңызды",)
_DEGREE = {"өте", "аса", "ерекше", "айрықша"}


def important_to_do(sent) -> list:
    """"… байланыс орнату өте маңызды", "… консультациялар өткізу аса маңызды": doing a thing
    called important is an intention (the spec's "it is important to" convention)."""
    toks, out = sent.tokens, []
    for i, t in enumerate(toks):
        if t.text.lower() not in _IMPORTANT or (i + 1 < len(toks) and toks[i + 1].text[:1].isalpha()):
            continue        # (a predicate ends its clause: not "маңызды мемлекет")
        k = i - 1
        while k >= 0 and toks[k].text.lower() in _DEGREE:
            k -= 1
        if k >= 0 and len(toks[k].text) > 4 and toks[k].text.lower().endswith(("у", "ү")):
            out.append(SimpleNamespace(value="intend", start=toks[k].start, stop=t.stop))
    return out


_DATIVE_VERB = ("уға", "уге", "уды", "уді")


def governed(sent, first, nxt) -> bool:
    """The first cue ends in a verbal noun ("салуға") that the next cue, right after it, governs."""
    last = [t for t in sent.tokens if first.start <= t.start < first.stop]
    between = [t for t in sent.tokens if first.stop <= t.start < nxt.start]
    return bool(last) and last[-1].text.lower().endswith(_DATIVE_VERB) and len(between) <= 1


def whole_verbs(sent) -> list:
    """Verb forms that are also the stem of a noun, matched as the whole word only:
    "… күш жұмылдыруға уағдаластық" (we agreed), not "уағдаластықтарды" (the agreements)."""
    verbs = _verbs()
    toks = sent.tokens
    return [SimpleNamespace(value=verbs[t.text.lower()], start=t.start, stop=t.stop)
            for k, t in enumerate(toks) if t.text.lower() in verbs
            and not (k + 1 < len(toks) and toks[k + 1].text.lower() in ("деп", "деген"))
            and not (k > 0 and toks[k - 1].text.lower() in _IDIOM_OBJECTS)]


# "… жаңа деңгейіне жол ашады" (opens the way), "мүмкіндік береді": what a thing makes possible
_IDIOM_OBJECTS = frozenset({"жол", "жолын", "мүмкіндік", "есік", "есігін"})


def attributive(sent, m) -> bool:
    """"3 қарашада жоспарланған … саммитіне", "жоспарланған Түркі мемлекеттері ұйымының …
    саммитіне": a participle before the event it describes (the summit planned for 3 November)
    is no one's plan; nor is a stance word before the noun it describes ("мүдделі
    мемлекеттермен": with the interested states, "жоспарланған бірқатар іс-шараларға")."""
    after = [t for t in sent.tokens if t.start >= m.stop][:8]
    if not after:
        return False
    word = sent.text[m.start - sent.start:m.stop - sent.start].split()[-1].lower()
    if word in _STANCE_WORDS and after[0].text[:1].isalpha() and after[0].text.islower() \
            and not after[0].text.lower().startswith(_PREDICATE_LINKS):
        return True
    if m.value != "intend":
        return False
    return after[0].text.lower().startswith(_EVENTS) or after[0].text[:1].isupper() and any(
        t.text.lower().startswith(_EVENTS) for t in after)


# stance words that describe a noun when one follows them (not as predicates: "дайын екенін")
_STANCE_WORDS = frozenset({"мүдделі", "жоспарланған"})
_PREDICATE_LINKS = ("деп", "еді", "екен", "бол", "және", "әрі")


def adverb(sent, m) -> bool:
    """"сауда айналымы әзірге тым төмен": a cue word's case form that is an adverb ("әзірге",
    for now) says nothing of readiness; nor does another word that begins with a cue's stem
    say anything of intention ("ниеттестік білдіргені үшін": for the sympathy shown)."""
    word = sent.text[m.start - sent.start:m.stop - sent.start].split()[0].lower()
    return word in _adverbs() or word.startswith(_other_words())


_GOALS = {"мақсаты", "міндеті"}
_DASH = {"–", "—", "-"}


def goal_nouns(sent) -> list:
    """"Тараптардың ортақ міндеті – … кеңейту", "Қазақстанның мақсаты – …": a goal stated as a
    noun with a dash (the spec's "наша задача — …": intend); whose it is, the actor tells."""
    toks = sent.tokens
    return [SimpleNamespace(value="intend", start=t.start, stop=toks[i + 1].stop)
            for i, t in enumerate(toks[:-1])
            if t.text.lower() in _GOALS and toks[i + 1].text in _DASH and _party_owns(toks[max(0, i - 3):i])]


def _party_owns(before: list) -> bool:
    """The goal's owner is a party: a name in the genitive ("Қазақстанның"), the sides ("тараптардың",
    "екі елдің"); not "консулдықтың мақсаты" (a consulate's aim)."""
    return any(t.text.lower().endswith(GENITIVE) and (
        t.text[:1].isupper() or t.text.lower().startswith(("тарап", "ел", "мемлекет"))) for t in before)


_MUST = {"керек", "қажет"}
# what may follow the predicate "керек": the verb of saying, or the clause's end
_SAYING = {"деді", "деп"}
_WE_MUST = ("уымыз", "уіміз", "юымыз", "юіміз")
_SAY_IT = {"айту", "мойындау", "ескерту", "айтқан"}


def obligations(sent) -> list:
    """"«Біз … кедергілерін жоюымыз керек», – деді": we must (commit: the speaker's side binds
    itself); "… бекет ашу қажет деді": it is necessary to (propose, as the Russian "необходимо").
    Not "қажет болған жағдайда" (if need be) nor "… қажет екенін атап өтті" (the table's)."""
    toks, out = sent.tokens, []
    for i, t in enumerate(toks[1:], 1):
        nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
        if t.text.lower() not in _MUST or nxt[:1].isalpha() and nxt not in _SAYING:
            continue
        prev = toks[i - 1].text.lower()
        if prev in _SAY_IT or prev in ("өту", "кету") and i > 1 and toks[i - 2].text.lower() in ("атап", "айта"):
            continue    # "нақты айту керек", "атап өту керек": it must be said, a frame of speech
        if prev.endswith(_WE_MUST):
            value = "commit"
        elif len(prev) > 3 and prev.endswith(("у", "ю")):
            value = "propose"
        else:
            continue
        out.append(SimpleNamespace(value=value, start=toks[i - 1].start, stop=t.stop))
    return out


# a document, in the nominative: what it provides for is its content, no party's deed
_DOCUMENTS = frozenset({"құжат", "құжаты", "келісім", "келісімі", "меморандум", "меморандумы", "шарт", "шарты",
                        "бағдарлама", "бағдарламасы", "декларация", "декларациясы", "хаттама", "хаттамасы",
                        "картасы", "жоспар", "жоспары"})


def document_subject(sent, m) -> bool:
    """"Құжат … ынтымақтастықты көздейді", "Бұл меморандум … дамытуды көздейді": what a
    document provides for is what it says, not a party's intention (its signing is the event)."""
    if not _cue_opens(sent, m, "көзде"):
        return False
    before = [t.text.lower() for t in sent.tokens if t.stop <= m.start]
    return any(w in _DOCUMENTS for w in before[:3])
