"""The tense of a Kazakh sentence, for event cues that carry none of their own.

"Сапар аясында", "келіссөздер барысында", "кездесуде" tell where a thing happens, not when:
"Сапар аясында … келіссөздер жүргізеді" announces talks, "сапар аясында … кездесті" reports
them. Such a cue is read by the sentence's final predicate. Kazakh verb endings are ambiguous
(the past "талқылады" and the aorist "барады" end alike), so only clear marks of a future or a
plan count: -йды/-йді, -мақ/-мек, "жоспарланып отыр", "күтілуде", and a short list of
aorist verbs ("жүргізеді", "өтеді", "болады")."""
from __future__ import annotations

# the cue words that name an occasion in the locative, with no verb of their own
_UNTENSED = ("аясында", "барысында", "кездесуде", "кездесуінде", "кездесулерде", "отырысында")

# aorist verbs that announce what an occasion will hold ("пікір алмасу өтеді")
_AORISTS = frozenset({
    "жүргізеді", "өтеді", "өткізеді", "өткізіледі", "болады", "келеді", "барады", "қатысады",
    "талқыланады", "қаралады", "қарастырады", "кездеседі", "сөйлеседі", "алмасады", "қояды",
    "жүргізіледі", "ашылады", "жалғасады"})

# a plan or an expectation: "жоспарланып отыр", "деп күтілуде", "деп жоспарланған"
_PLANNED = ("жоспарлан", "күтіл", "көзделі", "көзделу")

# the intention endings: "жүргізбек", "ұлғайтпақ"
_INTENTION = ("мақ", "мек", "бақ", "бек", "пақ", "пек")

# a reported future: "талқылайтынын хабарлаған болатын", "қатысатыны айтылады"
_REPORTED_FUTURE = ("йтынын", "йтінін", "атынын", "етінін", "йтыны", "йтіні", "атыны", "етіні")

# the verbs of a closing report: "…, деп хабарлайды BAQ.KZ", "…», - деді өкілі"
_SAYS = ("деп", "деді", "дейді", "деген")
_MARKS = frozenset({",", "-", "–", "—", "»", "\"", "”"})


def untensed(m, doc) -> bool:
    """The cue ends in a locative occasion ("сапары аясында", "кездесуде"), which dates nothing."""
    return doc.tokens[m.last - 1].text.lower().endswith(_UNTENSED)


def _words(sent) -> list[str]:
    """The sentence's words in lower case, a closing report ("…, деп хабарлайды Kazinform",
    "…», - деді өкілі") cut off."""
    toks = [t.text.lower() for t in sent.tokens]
    for i in range(len(toks) - 1, 0, -1):
        if toks[i] in _SAYS and toks[i - 1] in _MARKS:
            toks = toks[:i]
            break
    return [w for w in toks if any(c.isalpha() for c in w)]


def _future_word(word: str) -> bool:
    """A verb that can only be a future, an intention or a plan."""
    return (word in _AORISTS
            or len(word) >= 7 and word.endswith(("йды", "йді"))        # талқылайды, not қойды
            or len(word) >= 7 and word.endswith(_INTENTION)           # жүргізбек
            or word.startswith(_PLANNED))                             # жоспарланған, күтілуде


def announced(sent, m, doc) -> bool:
    """"Сапар аясында … келіссөздер жүргізеді", "Бұл кездесуде … талқыланады деп күтілуде",
    "… кездесулер жоспарланып отыр", "сапары барысында … талқылайтынын хабарлаған": the
    occasion is ahead, so it is no event yet."""
    words = _words(sent)
    after = [t.text.lower() for t in doc.tokens[m.last:sent.tokens[-1].index + 1]]
    tail = words[-2:]
    return bool(tail) and (_future_word(tail[-1])
                           or tail[-1] == "отыр" and tail[0].startswith(_PLANNED)
                           or any(w.endswith(_REPORTED_FUTURE) for w in after))


# a converb of meeting: "… Мелонимен кездесіп, оны … шақырған болатын"
_CONVERBS = ("кездесіп", "сөйлесіп")


def converb(m, doc) -> bool:
    """The cue is a converb ("кездесіп"), whose tense is the sentence's final verb."""
    return doc.tokens[m.last - 1].text.lower() in _CONVERBS


def told_as_past(sent) -> bool:
    """The final predicate is a past: "шақырған болатын", "талқылады", "табыстады"; not an
    aorist or a plan ("талқылайды", "өтеді")."""
    words = _words(sent)
    if words[-1:] in (["болатын"], ["еді"]):
        words = words[:-1]
    last = words[-1] if words else ""
    return not _future_word(last) and last.endswith(("ған", "ген", "қан", "кен", "ды", "ді", "ты", "ті"))
