"""English subject shapes: who acts when the party is not the plain subject — the agent of a
future passive ("will be financed by the Development Bank of Kazakhstan"), the giver of money
given in a future passive, "our countries" (both sides, said by one of them) — and subjects
that are no party: a meeting ("The talks emphasized …"), a signed document."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ...lexicon import rows, word_list
from .context import DocContext
from .phrase import name_after_and, phrase_of

_PREPOSITIONS = {"between", "of", "among", "with", "for", "to", "in", "by"}
_OURS_BOTH = {"countries", "states", "nations", "governments", "peoples", "economies", "delegations"}

_AGENT_STOP = {",", ";", ".", "and", "to", "in", "at", "on", "for", "with", "under", "through"}


def passive_agent_state(ctx: DocContext, unit: list, i: int) -> Optional[str]:
    """"The loan will be financed by the Development Bank of Kazakhstan", "the equipment will
    be selected by the Government of Maldives": in a future passive the agent after "by" is
    the one who acts, when it names one state."""
    k = i + 1
    if k + 2 >= len(unit) or unit[k].text.lower() != "be" or not unit[k + 1].text.lower().endswith(("ed", "en", "t")):
        return None
    k += 2
    if k < len(unit) and unit[k].text.lower().endswith("ly"):
        k += 1   # "will be jointly financed by"
    # "will be extended to Nepal by Japan": the receiver, named, may stand before the agent
    if k < len(unit) and unit[k].text.lower() == "to":
        m = k + 1
        while m < len(unit) and m - k <= 4 and (unit[m].text[:1].isupper() or unit[m].text.lower() == "the"):
            m += 1
        if m < len(unit) and m > k + 1 and unit[m].text.lower() == "by":
            k = m
    if k >= len(unit) or unit[k].text.lower() != "by":
        return None
    end = k + 1
    while end < len(unit) and end - k <= 8 and unit[end].text.lower() not in _AGENT_STOP:
        end += 1
    codes = set(phrase_of(ctx, unit[k + 1:end]).codes)
    return codes.pop() if len(codes) == 1 else None


def our_countries(region: list) -> bool:
    """"our countries will …", "our governments will …": the speaker's side and the other
    (as the subject itself, not "relations between our countries will …")."""
    words = [t.text.lower() for t in region]
    return any(w == "our" and k + 1 < len(words) and words[k + 1] in _OURS_BOTH
               and (not _PREPOSITIONS & set(words[:k])
                    or k >= 2 and words[k - 1] == "of" and words[k - 2] in _LEADERS)
               for k, w in enumerate(words))


# "The Heads of our countries set the task …": both leaders
_LEADERS = {"heads", "leaders", "presidents", "governments", "ministers", "premiers"}


_GIVEN = {"provided", "granted", "allocated", "directed", "channeled", "channelled", "disbursed",
          "invested", "spent", "financed", "given", "extended", "offered", "funded", "earmarked"}
_FUNDS = {"funding", "funds", "grant", "grants", "aid", "assistance", "loan", "loans", "credit",
          "money", "financing", "donation", "dollars", "euros", "yen", "yuan", "pounds"}
_GIVING = ("provid", "grant", "allocat", "donat", "extend", "fund", "financ", "pledg", "give",
           "gave", "offer", "contribut", "disburs")


_BEFORE_VERB = {"will", "to", "would", "shall", "has", "have", "had", "also", "is", "are", "was"}


def _giving_verb(toks: list, n: int) -> bool:
    """"will provide", "allocated", "has pledged": a verb of giving, not "the grant agreements"."""
    w = toks[n].text.lower()
    return w.startswith(_GIVING) and (w.endswith(("ed", "es", "s")) and not w.endswith("ss")
                                      or toks[n - 1].text.lower() in _BEFORE_VERB)


def funds_giver_state(ctx: DocContext, unit: list, i: int, region: list, q) -> Optional[str]:
    """"Nearly 10 million US dollars will be directed to …", "The funding will be channeled
    through …": money given, in a future passive, is a commitment of whoever gives it — the
    speaker of the quote, else the one state the text before names as giving."""
    k = i + 1
    if k + 1 >= len(unit) or unit[k].text.lower() != "be":
        return None
    k += 1 + (unit[k + 1].text.lower().endswith("ly") and k + 2 < len(unit))
    if k >= len(unit) or unit[k].text.lower() not in _GIVEN:
        return None
    if not any(t.text.lower() in _FUNDS or t.text[:1] in "$€£" for t in region):
        return None
    if q is not None:
        return q.country or ctx.quote_state.get(q.start)
    sent = unit[0].sent
    for s in range(sent - 1, max(-1, sent - 8), -1):
        toks = ctx.doc.sents[s].tokens
        v = next((n for n, t in enumerate(toks) if n and _giving_verb(toks, n)), None)
        if v is None:
            continue
        codes = set(phrase_of(ctx, toks[:v]).codes)
        if len(codes) == 1:
            return codes.pop()
    return aid_agency_state(ctx.text, ctx.parties)


@lru_cache(maxsize=1)
def _aid_agencies() -> tuple:
    return tuple((r[0], re.compile(rf"(?<!\w){re.escape(r[1])}(?!\w)")) for r in rows("aid_agencies.tsv")
                 if len(r) >= 2)


def aid_agency_state(text: str, parties: list[str]) -> Optional[str]:
    """The one party whose aid agency the text names ("JICA … signed the grant agreements")."""
    codes = {code for code, pat in _aid_agencies() if code in parties and pat.search(text)}
    return codes.pop() if len(codes) == 1 else None


def meeting_subject(ctx: DocContext, region: list) -> bool:
    """The subject is a meeting ("The talks", "The discussions held at the palace"): its
    head noun, the first plural before a participle or a preposition."""
    for t in region:
        w = t.text.lower()
        if w in ctx.words("meeting"):
            return True
        if w in ("held", "in", "at", "of", "on", "between", "with"):
            return False
    return False


_OF = frozenset({"between", "of", "with", "in", "for", "to", "from", "on"})
_GROWING = word_list("en_growing_subjects")


def growing_subject(region: list) -> bool:
    """"Trade between the two countries will increase", "both parties' investment will continue
    to increase", "these measures will increase our exports": a quantity or a step as the subject
    of a future is a forecast of what comes, no party's deed. The head is the last word before a
    preposition."""
    words = [t.text.lower() for t in region]
    k = next((i for i, w in enumerate(words) if w in _OF and i), len(words))
    return bool(words[:k]) and words[k - 1] in _GROWING


def document_subject(ctx: DocContext, region: list) -> bool:
    """The subject is an agreement the sides signed ("The agreement", "The new pact"): the
    head noun right before the cue, after at most a determiner and adjectives."""
    words = [t.text.lower() for t in region]
    return bool(words) and words[-1] in ctx.words("document") and len(words) <= 4


_JOINT_BODIES = frozenset(word_list("en_joint_bodies"))


def joint_body_subject(ctx: DocContext, region: list) -> bool:
    """The subject is a body the sides set up ("The commission", "this joint committee"): a
    lower-case head right before the cue, with no capitalised word after the first (not
    "the European Commission", "the Public Investment Fund") and no state named."""
    words = [t.text for t in region]
    return bool(words) and len(words) <= 5 and words[-1] in _JOINT_BODIES and not any(
        w[:1].isupper() for w in words[1:]) and not phrase_of(ctx, region).codes


_AFTER_PARTICIPLE = {"by", "upon", "earlier", "previously", "during", "at", "between", "within", "under"}


def agreed_participle(ctx: DocContext, unit: list, i: int) -> bool:
    """"realize issues agreed by two countries", "the projects agreed during the visit": an
    "agreed" that describes the noun before it reports a past agreement, it makes none. The
    noun is no party ("the sides agreed during the visit to …" is an agreement)."""
    if i == 0 or i + 1 >= len(unit) or unit[i + 1].text.lower() not in _AFTER_PARTICIPLE:
        return False
    prev = unit[i - 1]
    if prev.text == "," and i >= 2 and unit[i + 1].text.lower() in ("upon", "on"):
        prev = unit[i - 2]      # "The roadmap, agreed upon at the last summit, is yielding results"
    if not prev.text.isalpha() or prev.text[:1].isupper() or prev.text.lower() in (
            "have", "has", "had", "also", "jointly", "both", "all", "then", "further", "finally"):
        return False
    ph = phrase_of(ctx, [prev])
    return not (ph.codes or ph.joint_noun or ph.statelike or ph.first or ph.person
                or prev.lemma in ctx.words("meeting"))


EN_ADVERBS = word_list("en_coordination_adverbs")
_DETERMINERS = word_list("en_opening_fillers")


def opening_subject(ctx: DocContext, unit: list, stop: int) -> Optional[str]:
    """The state of the words that open the sentence up to its first lower-case word
    ("The Deputy Secretary | thanked …", "In response, Prime Minister X | offered …"), when
    they name one state or one person's."""
    first = next((n + 1 for n in range(min(4, stop)) if unit[n].text == ","), 0)
    if not first and unit[0].text.lower() == "according":    # "According to the statement, "the two sides …"
        first = next((n + 1 for n in range(min(7, stop)) if unit[n].text == ","), 0)
    while first < stop and unit[first].text in ('"', "“", "'"):
        first += 1
    k = first
    while k < stop and (unit[k].text[:1].isupper() or unit[k].lemma in _DETERMINERS
                        or not unit[k].text[:1].isalpha()
                        or unit[k].text == "of" and k > first and k + 1 < stop and unit[k + 1].text[:1].isupper()
                        or unit[k].lemma == "and" and k > first and name_after_and(unit, k, stop)
                        or unit[k].text == "s" and k > first and unit[k - 1].text in ("'", "’")):
        k += 1      # ("The two Heads of State | welcomed …", "Chile's Minister X and Peru's Minister Y | …")
    if k >= stop:
        return None
    if k == first or unit[k - 1].lemma in _DETERMINERS:
        # "The leaders also condemned … and pledged …": a lower-case subject of both sides
        end = next((n for n in range(k, min(k + 5, stop)) if unit[n].lemma in EN_ADVERBS
                    or unit[n].text.lower().endswith("ed")), None)
        ph = phrase_of(ctx, unit[first:end]) if end else None
        if ph is not None and ph.joint_noun and unit[end - 1].text.endswith("s"):
            return "JOINT"
        return "JOINT" if end and two_offices(unit[first:end]) else None
    ph = phrase_of(ctx, unit[first:k])
    codes = set(ph.codes)
    if not codes and (two_offices(unit[first:k]) or the_plural_office(unit[first:k])):
        return "JOINT"  # (… "The Presidents underscored … and expressed a desire for …")
    if len(codes) > 1 and any(t.lemma == "and" for t in unit[first:k]):
        return "JOINT"  # "Kenyan President X and Tanzanian President Y expressed … and vowed …"
    return next(iter(codes)) if len(codes) == 1 else None


def two_offices(words: list) -> bool:
    """"The two Heads of State", "Both Presidents": the two sides by their offices."""
    return any(t.text.lower() in ("two", "both") for t in words) and words[-1].text.lower() in _PLURAL_OFFICES


def the_plural_office(words: list) -> bool:
    """"The Presidents", "The Ministers": a plural office alone, the two sides' holders."""
    return len(words) == 2 and words[0].text.lower() == "the" and words[1].text.lower() in _PLURAL_OFFICES


_PLURAL_OFFICES = frozenset({"state", "presidents", "ministers", "leaders", "governments",
                             "premiers", "sides", "countries", "nations", "delegations"})


_TITLE_WORDS = frozenset({"president", "minister", "premier", "ambassador", "secretary",
                          "chancellor", "envoy", "official", "chairman", "leader"})


def bare_and_named_titles(ctx: DocContext, unit: list, j: int, region: list) -> bool:
    """"the minister and the US Ambassador": two titles joined by "and", one naming a state and
    one bare or another state's — the bare one is the home side's (the text names its own
    officials bare), so the subject is both sides. ``region`` is the subject found, starting at ``unit[j]``."""
    if len(ctx.parties) != 2 or j < 3 or unit[j - 1].text.lower() != "and":
        return False
    k = j - 2
    while k > 0 and j - 1 - k < 4 and unit[k - 1].text.lower() not in (",", "with", "and", "."):
        k -= 1
    before = unit[k:j - 1]
    if not before or before[0].text.lower() != "the" or not any(
            t.text.lower() in _TITLE_WORDS for t in before) or not any(
            t.text.lower() in _TITLE_WORDS for t in region):
        return False
    if any(t.text[:1].isupper() and t.text.lower() not in _TITLE_WORDS | {"the"} for t in before):
        return False            # "the Nordic Power chairman and …": a company's man
    mine, theirs = set(phrase_of(ctx, before).codes), set(phrase_of(ctx, region).codes)
    return bool(theirs) and not (mine & theirs)


def according_to(unit: list, j: int, i: int) -> Optional[tuple[int, int]]:
    """The words of "according to X," before the clause's subject: whose view it is."""
    for k in range(0, i - 2):
        if unit[k].text.lower() == "according" and unit[k + 1].text.lower() == "to":
            end = next((m for m in range(k + 2, min(i, k + 12)) if unit[m].text == ","), None)
            return (k + 2, end) if end is not None and end <= j else None
    return None


_RECIPROCAL = frozenset({"mutually", "reciprocal"})


def reciprocal(unit: list, j: int) -> bool:
    """A first-person clause that names what the two sides share or do to each other."""
    words = [t.text.lower() for t in unit[j:]]
    return any(w in _RECIPROCAL for w in words) or any(
        a in ("each", "one") and b in ("other", "another") for a, b in zip(words, words[1:]))


_GENERIC_PLURALS = word_list("generic_plurals")
_DETERMINERS = word_list("plural_determiners")


def generic_plural_subject(unit: list, i: int) -> bool:
    """"…, countries need to promote dialogue", "developing countries should …": a plural
    with no determiner before the cue is countries in general, not the two parties ("the two
    brotherly countries need to …" are)."""
    if i < 1 or unit[i - 1].text not in _GENERIC_PLURALS:
        return False        # (lower case only: "the United States will …" is a state)
    for t in reversed(unit[max(0, i - 5):i - 1]):
        w = t.text.lower()
        if w in _DETERMINERS:
            return False
        if not w.isalpha() or w == "that" or not t.text.islower():
            return True
    return i - 1 <= 4


_DATELINE_MARKS = frozenset({"-", "–", "—", ",", "(", ":"})


def without_dateline(region: list, text: str = "") -> list:
    """"LONDON - Visiting Chinese Premier Li Keqiang proposed …": a capital in capitals opening
    the text (or a line of its first few, under a headline), before a dash or a comma, is where
    the wire was filed, not a subject."""
    k = 0
    while k < len(region) and region[k].text.isupper() and len(region[k].text) > 2:
        k += 1
    start = region[0].start if region else 0
    opens = start < 40 or start < _DATELINE_REACH and text[:start].rstrip(" \t").endswith("\n")
    if k and k < len(region) and region[k].text in _DATELINE_MARKS and opens:
        return region[k + 1:]
    return region


_DATELINE_REACH = 400     # a headline and a subtitle may stand before the dateline


ASIDES = frozenset({"as", "together"})    # (", along with …", ", like …" measured: a blind set fell)


def without_as_aside(region: list) -> list:
    """"China, as Pakistan's iron-clad friend, will continue …", "Germany, together with
    international organizations, will …": an aside set off by commas after the subject names
    the subject's partner, not a second subject."""
    low = [t.text.lower() for t in region]
    for k in range(len(low) - 2):
        if low[k] == "," and low[k + 1] in ASIDES and k > 0:
            end = next((m for m in range(k + 2, len(low)) if low[m] == ","), None)
            if end is not None:
                return region[:k] + region[end + 1:]
    return region


_BUSINESS = frozenset(word_list("en_business_subjects"))
EN_AUXILIARIES = frozenset({"have", "has", "had", "will", "would"})


def business_subject(region: list) -> bool:
    """"US companies have pledged $14bn", "Indian investors pledged …": a subject whose head is
    business; its pledges and plans are no state's."""
    heads = [t.text.lower() for t in region if t.text.lower() not in EN_AUXILIARIES]
    return bool(heads) and heads[-1] in _BUSINESS


_BOTH_EN = {"two", "both"}


def for_both_countries(unit: list, i: int) -> bool:
    """"for both countries", "for the two sides" right after an impersonal cue."""
    words = [t.text.lower() for t in unit[i:i + 8]]
    return any(w == "for" and words[k + 1:k + 2] and words[k + 1] in _BOTH_EN | {"the"}
               and {"countries", "sides", "nations", "states", "parties"} & set(words[k + 2:k + 4])
               and _BOTH_EN & set(words[k + 1:k + 3]) for k, w in enumerate(words))


def priority_holder(ctx: DocContext, unit: list, i: int) -> Optional[str]:
    """"… is a priority for Turkey", "… is a key priority for both countries": the one state
    (or both) named after the cue's "for", not the subject before it (what is to be done)."""
    k = next((k for k in range(i, min(len(unit), i + 6)) if unit[k].text.lower() == "for"), None)
    if k is None:
        return None
    words = [t.text.lower() for t in unit[k + 1:k + 4]]
    if _BOTH_EN & set(words[:2]) or words[:1] == ["us"] and ctx.joint_statement:
        return "JOINT"
    stop = min(len(unit), k + 4)
    end = next((m for m in range(k + 1, stop) if unit[m].text in (",", ".", ";")), stop)
    codes = set(phrase_of(ctx, unit[k + 1:end]).codes)
    return codes.pop() if len(codes) == 1 else None


_MEETING_VERBS = word_list("en_meeting_verbs")


def object_before(unit: list, k: int, subordinators: frozenset) -> bool:
    """"the leader met Prime Minister Hasina and Bangladesh sought …": the name before "and"
    is what a verb of meeting took, so "and" opens a clause of its own."""
    for t in reversed(unit[:k]):
        if t.text in (",", ";", ":") or t.text.lower() in subordinators:
            return False
        if t.text.lower() in _MEETING_VERBS:
            return True
    return False


_GOALS = frozenset({"target", "objective", "task", "goal", "targets", "objectives", "tasks", "goals"})
_AUXILIARIES = frozenset({"have", "'ve", "had", "also", "already", "jointly"})


def we_set_a_goal(region: list, unit: list, i: int, cue: int) -> bool:
    """"We have set an objective to increase …", "We set the task of boosting …": "we" set a
    target, and a target is set between the two sides (the goal noun a few words after "set")."""
    if [t.text.lower() for t in region if t.text.lower() not in EN_AUXILIARIES] != ["we"]:
        return False
    words = [t.text.lower() for t in unit[i:min(len(unit), max(cue, i) + 5)]]
    k = words.index("set") if "set" in words else -1
    return k >= 0 and any(w in _GOALS for w in words[k + 1:k + 5])
