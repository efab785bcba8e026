"""What a later sentence says about a commitment: a step taken, done, refused or shelved.

Cue words are matched on lower-cased text, Russian and English. A cue preceded closely by
a future or intention marker ("будет подписан", "will be launched", "plans to open") speaks
of a plan, not of a result, and is ignored; a fulfilment cue under a negation ("так и не
подписано") says the action was dropped.
"""
from __future__ import annotations

import re

FULFILLED = re.compile(
    r"\b(?:подписа(?:л|ли|ла|н|на|но|ны)\b|открыт[аоы]?\b|открыл(?:а|и|ся|ась|ось|ись)?\b|"
    r"запущен[аоы]?\b|запустил[аи]?\b|введен[аоы]?\s+в\s+(?:эксплуатацию|строй)|"
    r"ввел[аи]?\s+в\s+(?:эксплуатацию|строй)|завершен[аоы]?\b|завершил(?:а|и|ось|ась|ся|ись)?\b|"
    r"построен[аоы]?\b|выполнен[аоы]?\b|реализован[аоы]?\b|исполнен[аоы]?\b|"
    r"вступил[аои]?\s+в\s+силу|ратифицирова(?:л|ли|ла|н|на|но|ны)\b|"
    r"поставлен[аоы]?\b|доставлен[аоы]?\b|отгружен[аоы]?\b|прибыл[аои]?\b|"
    r"начал[аио]?\s+работу|заработал[аои]?\b|открытие\s+состоялось|состоял(?:ось|ась|ся|ись)\s+открытие|"
    r"signed\b|opened\b|launched\b|inaugurated\b|commissioned\b|completed\b|delivered\b|"
    r"entered\s+into\s+force|ratified\b|shipped\b|fulfilled\b|put\s+into\s+operation|"
    r"began\s+operat|came\s+into\s+force|implemented\b|arrived\b)", re.I)

IN_PROGRESS = re.compile(
    r"\b(?:вед[её]тся|ведутся|ид[её]т\s+(?:строительство|работа|подготовка|разработка)|"
    r"продолжа(?:ется|ются|ет|ют)|приступил[аи]?\b|начал(?:ось|ась|ись|ся)\b|начат[аоы]?\b|"
    r"стартовал[аои]?\b|в\s+стадии|на\s+стадии|разрабатыва(?:ется|ются)|согласовыва(?:ется|ются)|"
    r"готовит(?:ся|сь)|подготовлен\s+проект|ход\s+(?:реализации|выполнения|строительства)|"
    r"первый\s+этап|первая\s+очередь|заложен[аоы]?\b|закладк[аиу]|в\s+процессе|"
    r"проходит\s+(?:экспертизу|согласование)|уже\s+(?:ведутся|идут|начались)|"
    r"under\s+construction|underway|under\s+way|began\b|started\b|in\s+progress|is\s+being\b|"
    r"are\s+being\b|first\s+phase|first\s+stage|progress\s+(?:on|in)|drafting\b|"
    r"groundbreaking|laid\s+the\s+foundation|broke\s+ground|work\s+(?:has\s+)?(?:begun|started)|"
    r"is\s+progressing|continues\b|ongoing\b)", re.I)

CONTRADICTED = re.compile(
    r"(?:отказал(?:ся|ась|ись|ось)\b|отказ\s+от\b|приостанов(?:лен|ил|ило|или|ила|ка)|"
    r"заморо(?:жен|зил|зила|зили)|отмен(?:ен|ил|ила|или|ено|ена)\b|расторг|вышл[аи]\s+из|вышел\s+из|"
    r"опроверг|сорван[аоы]?\b|запрет(?:ил|ила|или)\b|ввел[аи]?\s+запрет|"
    r"suspend(?:ed|s)?\b|cancel(?:l?ed|s)?\b|refus(?:ed|es)\b|withdr(?:ew|awn)\b|froze\b|frozen\b|"
    r"terminat(?:ed|es)\b|scrapped\b|halted\b|rejected\b|banned\b|pulled\s+out)", re.I)

DROPPED = re.compile(
    r"(?:отложен[аоы]?\b|отложил[аи]?\b|перенес[её]н[аоы]?\s+на\s+неопредел|снят[аоы]?\s+с\s+повестки|"
    r"\bтак\s+и\s+не\b|\bне\s+был[аои]?\s+(?:реализован|подписан|построен|запущен|выполнен)|"
    r"заброшен|\bне\s+состоял|остал(?:ся|ась|ось|ись)\s+на\s+бумаге|"
    r"postponed\b|shelved\b|abandoned\b|dropped\b|put\s+on\s+hold|on\s+hold\b|indefinitely\b|"
    r"never\s+(?:materiali|built|signed|launched|implemented)|was\s+not\s+(?:signed|built|launched)|"
    r"did\s+not\s+take\s+place|fell\s+through)", re.I)

FUTURE = re.compile(
    r"(?:будет|будут|буд(?:ем|ет)|планиру(?:ется|ет|ют|ем)|намерен[аы]?|должн[аоы]?|предстоит|"
    r"готов[аы]?|предлага|рассчитыва|ожида(?:ется|ют)|чтобы|"
    r"will|would|to\s+be|plans?\s+to|planned|intends?|should|shall|expected|aim[s]?\s+to|ready\s+to|"
    r"could|may)\W+(?:\w+\W+){0,2}$", re.I)
NEGATION = re.compile(r"(?:\bне|\bnot|n't)\s+(?:\w+\s+)?$", re.I)

# a stage of the work done ("завершен первый этап") is a step, not the whole action
PARTIAL = re.compile(r"(?:перв(?:ый|ая|ого)\s+(?:этап|очеред)|first\s+(?:phase|stage)|часть\s+работ)", re.I)
# a promise to *start* something is kept once the work has started
START_PROMISE = re.compile(r"(?:\bначать|\bприступить|\bstart|\bbegin|\bcommence)", re.I)

ORDER = ("contradicted", "dropped", "fulfilled", "in_progress")
# one pass over a sentence to tell whether any cue is there at all (most sentences of a
# press release report no result and are never indexed for follow-up)
# compiled without re.I and run on the lower-cased sentence: the same answer (the patterns
# are lower case) at a third of the cost of a case-insensitive search over ~200 alternatives
_ANY_CUE = re.compile("|".join(f"(?:{rx.pattern})" for rx in (FULFILLED, IN_PROGRESS, CONTRADICTED, DROPPED)))


def has_cue(sentence: str) -> bool:
    """Whether any cue of any status is in the sentence (before markers are weighed)."""
    return _ANY_CUE.search(sentence.lower()) is not None
_CUES = {"contradicted": CONTRADICTED, "dropped": DROPPED, "fulfilled": FULFILLED,
         "in_progress": IN_PROGRESS}


def _live(rx: re.Pattern, text: str, skip_negated: bool = False) -> str | None:
    """The first match of ``rx`` not under a future marker (nor a negation, if asked)."""
    for m in rx.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        if FUTURE.search(before):
            continue
        if skip_negated and NEGATION.search(before):
            continue
        return m.group(0)
    return None


def sentence_cue(sentence: str) -> tuple[str, str] | None:
    """(status, cue words) a sentence reports whatever the promise: computed once per
    sentence (the regular expressions are the costly part of follow-up)."""
    for status in ORDER:
        cue = _live(_CUES[status], sentence, skip_negated=status in ("fulfilled", "in_progress"))
        if not cue:
            continue
        if status == "fulfilled" and PARTIAL.search(sentence):
            status = "in_progress"
        return status, cue
    return None


def for_promise(cue: tuple[str, str] | None, promise: str) -> tuple[str, str] | None:
    """The sentence's status as it bears on ``promise`` (the start of what was promised
    to start is its fulfilment)."""
    if cue and cue[0] == "in_progress" and START_PROMISE.search(promise):
        return "fulfilled", cue[1]
    return cue


def status_cue(sentence: str, promise: str = "") -> tuple[str, str] | None:
    """(suggested status, cue words) of a sentence reporting on the action of ``promise``."""
    return for_promise(sentence_cue(sentence), promise)
