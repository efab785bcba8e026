"""Who commits, in English: the state code of the words before the cue, or JOINT.

English documents have no dependency parse here, only lower-cased words, so the subject is
the run of words between the previous clause boundary and the cue; a coordinated predicate
("… and invited …") shares the subject of the one before.
"""
from __future__ import annotations

from typing import Optional

from ...lexicon import word_list
from .announcements_en import announces_en
from .assurance import counted_on
from .candidate import Candidate
from .context import DocContext
from .coordination_en import coordinated_actor, en_reporter, own_body_of_sayer
from .parties import they_actor
from .obligation_en import passive_obligation, said_in_passive
from .agreeing_en import agreed_before_a_noun, agreed_with_an_organisation, one_state_agreeing
from .parties_en import (EN_AUXILIARIES as _AUX, agreed_participle, bare_and_named_titles,
                         business_subject, document_subject, for_both_countries, funds_giver_state, growing_subject,
                         joint_body_subject, meeting_subject, opening_subject,
                         our_countries, passive_agent_state, priority_holder, reciprocal, two_offices,
                         we_set_a_goal, without_as_aside, without_dateline)
from .owned_en import owner_state_before, possessor_end
from .phrase import name_starts, of_owner, phrase_of
from .sayer_en import posted_state, refers_back, sayer_state, titled_speaker_state
from .transcript import label_state
from .subject_en import apposition_start, subject_start

# words between a modal cue and its verb ("will also soon", "plans to")
# words that may stand between "and" and a coordinated predicate


_BOTH = {"two", "both"}
_ENVOYS = {"ambassador", "envoy", "consul", "commissioner", "representative", "chargé", "charge"}
_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"}
_WE = {"we", "our", "us"}
_THEY = {"they", "both"}     # "They decided to launch …": the leaders just named
_POSSESSIVES = {"his", "her", "its", "their"}
_TOGETHER = {"jointly", "together", "joint"}
_DONE_TOGETHER = {"reiterated", "reaffirmed", "underlined", "underscored", "stressed", "emphasized",
                  "emphasised", "confirmed", "agreed", "decided"}


def actor_en(ctx: DocContext, c: Candidate, unit: list, prev: Optional[Candidate] = None) -> Optional[str]:
    """The actor of an English cue, or None; `prev` is the sentence's previous resolved cue."""
    j = subject_start(unit, c.idx)
    if c.modality == "agreed":
        if unit[c.idx].text.lower() == "agreed" and (agreed_participle(ctx, unit, c.idx)
                                                     or agreed_before_a_noun(unit, c.idx)) \
                or agreed_with_an_organisation(ctx, unit, c.idx):
            return None     # (… "reached an agreement with the IMF": no agreement of the sides)
        if "joint" in c.flags:       # "decided to": the sides', not "the forces have decided to attack"
            ph = phrase_of(ctx, unit[j:c.idx])
            named = ph.codes or any(t.text[:1].isupper() and t.text.lower() not in _THEY
                                    for t in unit[j:c.idx])
            if named and not (ph.joint_noun or len(set(ph.codes)) > 1 or ph.first):
                # "Japan has decided to extend a grant": one state's decision taken, the spec's agreed
                return ph.codes[0] if len(ph.codes) == 1 and _the_state_itself(unit[j:c.idx]) else None
        one = one_state_agreeing(ctx, unit, j, c.idx)
        return one or "JOINT"
    if "holder" in c.flags:
        return priority_holder(ctx, unit, c.idx)   # "… is a priority for Turkey"
    if "relied" in c.flags:
        return counted_on(ctx, c, unit)     # "Serbia can always count on Hungary": Hungary's
    if ctx.joint_statement and _list_item_opening(unit, c.idx):
        return "JOINT"   # a joint statement's item "2. Reaffirmed their commitment to …": both sides'
    hoper = _hoper_state(ctx, c, unit, j)
    if hoper:
        c.flags = c.flags | {"hoped"}
        return hoper     # "Yoon said he hopes the two countries will expand …": Yoon's wish
    if "need" in c.flags and for_both_countries(unit, c.idx):
        return "JOINT"   # "it is important for both countries to set new targets", whoever says it
    if "noun" in c.flags and c.idx and unit[c.idx - 1].lemma in ctx.words("shared"):
        return "JOINT"   # "their shared commitment to …", "a common desire to …"
    thanked = _thanked_for_its(ctx, unit, c) if "noun" in c.flags else None
    if thanked:
        return thanked   # "expressed his appreciation to Japan for its commitment to …": Japan's
    owner = _possessor_state(ctx, unit, c.idx, j) or (("noun" in c.flags or "goal" in c.flags)
                                                      and of_owner_state(ctx, unit, c.idx)) \
        or ("noun" in c.flags and owner_state_before(ctx, unit, c.idx))
    if owner:
        return owner     # "Prime Minister Key’s suggestion of …", "the U.S.’ commitment to …"
    i = _stating_verb(ctx, c, unit, j)
    if j >= 2 and unit[j - 1].text == "," and all(t.text.lower() in _AUX for t in unit[j:i]):
        j = apposition_start(ctx, unit, j)      # "X's minister, Laziz Kudratov, expressed …"
    region = without_as_aside(without_dateline(_after_saying(ctx, unit[j:i]), ctx.text))
    if business_subject(region) and c.modality != "agreed" and len(region) == len(unit[j:i]):
        c.flags = c.flags | {"business"}   # (but "Mirziyoyev said Uzbek companies plan …": his state's)
        return None     # "US companies have pledged $14bn": business, no state's word
    k = _which_clause(unit, j, i)
    if k is not None and (own := opening_subject(ctx, unit, k)):
        return own      # "X and Y held a meeting, during which they reaffirmed …": the meeting's holders
    actor = coordinated_actor(ctx, c, unit, prev, j, i) or _participle_subject(ctx, unit, c.idx, j)
    if actor:
        return actor
    if j == 0 and region and all(t.text.lower() in _DAYS for t in region) and ctx.people:
        # "Prime Minister Muhammad Nawaz Sharif\nWednesday underlined …": a wrapped line cut
        # the sentence after the name; the day opens the rest
        last = ctx.people.last_before(unit[0].start)
        if last is not None and ctx.people.country(last):
            return ctx.people.country(last)
    if announces_en(ctx, c, unit):
        return None   # "will pay a visit", "would later meet", "plan to discuss"
    ph = phrase_of(ctx, region)
    q = ctx.quote_at(unit[i].start)
    if c.kind == "future" and region and (meeting_subject(ctx, region) or growing_subject(region)):
        return None      # "the talks will include …", "trade will increase": no party's deed
    if q is None and region and meeting_subject(ctx, region) and ctx.says(unit[i]):
        return "JOINT"   # "The discussions held at the palace emphasized the importance of …"
    if q is None and c.kind == "future" and joint_body_subject(ctx, region):
        return "JOINT"   # "The commission will meet every two months": the sides' own body
    if q is None and region and c.modality == "intend" and document_subject(ctx, region):
        return "JOINT"   # "The agreement aims to eliminate tariffs …": what both sides signed
    if q is None and [t.text.lower() for t in region if t.text.lower() not in _DAYS and
                      t.text.lower() not in _THEY_ADVERBS and not _they_are(t, unit[c.idx])] == ["they"]:
        if "need" in c.flags:   # "X went on to say … and that they need to …": X's advice
            return sayer_state(ctx, unit, j, i) or they_actor(ctx, unit[0].start)
        return they_actor(ctx, unit[0].start) or _sayers_pair(ctx, unit, i)   # "… They underscored …"
    if q is None and [t.text.lower() for t in region if t.text.lower() not in _DAYS] == ["it"]:
        sayer = sayer_state(ctx, unit, j, i)
        if sayer:
            return sayer   # "China announced that it would provide $75 million": the state saying so
    if "goal" in c.flags and any(t.lemma in ctx.words("shared") for t in unit[max(0, c.idx - 3):c.idx]):
        return "JOINT"   # "our common goal is to …"
    if ph.joint_noun and "need" not in c.flags and (any(t.lemma in _BOTH for t in region)
                                                    or our_countries(region)):
        return "JOINT"   # "our two countries are determined to …" (but "both should" is advice)
    if "need" in c.flags and (ph.joint_noun or ph.first or len(set(ph.codes)) > 1) and any(
            t.text.lower() in _TOGETHER for t in region + unit[c.idx:c.idx + 3]):
        return "JOINT"     # "both countries should jointly oppose …", "our joint endeavours must …"
    if "need" in c.flags and _the_sides(region):
        return "JOINT"     # "the sides need to improve logistics": both bound, as "стороны" are
    if "need" in c.flags and (ph.joint_noun or len(set(ph.codes)) > 1) and not q:
        sayer = sayer_state(ctx, unit, j, i)
        if sayer:
            return sayer   # "Vietnam and Russia should …, Prime Minister X said": X's advice
    if [t.text.lower() for t in region] == ["we"] and unit[i].text.lower() in _DONE_TOGETHER \
            or q is not None and we_set_a_goal(region, unit, i, c.idx):
        return "JOINT"     # "we reiterated the importance of …", "We have set an objective to …": both sides did
    if ph.first and (reciprocal(unit, j) or _together_after(unit, c.idx)):
        return "JOINT"   # "Our teams will work on … a mutually beneficial trade agreement", "We will
                         # work together for …": both sides' "we"
    if ph.first:
        if q is None and not ctx.joint_statement:
            sayer = sayer_state(ctx, unit, j, i) or label_state(ctx, unit[i].start)
            if sayer:
                return sayer   # "Our main goal is to …, Bektenov said": speech without quote marks
        if q is None and ctx.joint_statement and any(t.text.lower() in _WE for t in region):
            return "JOINT"   # a leader's words at a joint press conference: "we" are both sides
        if q is None and ctx.joint_statement:
            return None      # "I would like to …": the speaker's courtesies
        return (q.country or ctx.quote_state.get(q.start)) if q else None
    if len(set(ph.codes)) > 1 and any(t.text.lower() in _ENVOYS for t in region):
        return posted_state(ctx, region)   # "Ambassador of Israel to Kazakhstan X proposed …": Israel's
    if len(set(ph.codes)) > 1 or (ph.joint_noun and len(ph.codes) != 1):
        return "JOINT"
    if len(ph.codes) == 1 and "need" in c.flags:
        sayer = q.country if q is not None else sayer_state(ctx, unit, j, i)
        if sayer and sayer not in ("JOINT", ph.codes[0]):
            return sayer     # "India should take steps, the Bangladeshi minister said": his proposal
    if len(ph.codes) == 1:
        return "JOINT" if bare_and_named_titles(ctx, unit, j, region) else ph.codes[0]
    if not ph.codes and any(t.lemma in ctx.words("domestic") for t in region):
        actor = q.country if q is not None and q.country else (
            en_reporter(ctx, unit, j) or own_body_of_sayer(ctx, unit, region))
        if actor:
            return actor   # "X said that the province will provide …": X's province
    if c.kind == "future":
        return passive_agent_state(ctx, unit, c.idx) or funds_giver_state(ctx, unit, c.idx, region, q)
    if region and (titled := titled_speaker_state(ctx, region, unit[0].start)):
        return titled   # "The Secretary highlighted the importance of …": the Secretary's state
    if region and any(t.text[:1].isupper() for t in region[1:]):
        return None   # a named subject that is no party
    if "need" in c.flags and passive_obligation(unit, c.idx) and (said_in_passive(ctx, unit, c.idx) or q is None and not any(
            t.lemma in ctx.words("relation") for t in region)):
        return None      # "the matter should be addressed …": a view; "it should be emphasized that": a phrase
    if "impersonal" in c.flags or "need" in c.flags:
        if q is not None and q.country:
            return q.country
        if "need" in c.flags and not q:
            # ("The time has come to …, said President X": with no subject, the inverted sayer's)
            sayer = sayer_state(ctx, unit, j, i, inverted=not region)
            if sayer:
                return sayer   # "According to X, this figure should reach …": X's proposal
        if any(t.text.lower() in ("us", "me") for t in unit[c.idx:c.idx + 8]):
            # "it is important for us to …": the speaker's side, when known, never both
            return ctx.quote_state.get(q.start) if q is not None else None
        return "JOINT"
    if q is not None:
        return q.country
    return None


_HOPE = {"hope", "hopes", "hoped", "hoping"}


def _hoper_state(ctx: DocContext, c: Candidate, unit: list, j: int) -> Optional[str]:
    """A future the speaker hopes for ("the premier hoped that the ties would …"): the hoper's
    wish, not the subject's promise — the state of the words before "hope", or the person named
    last when they are "he" or a bare title; a hope that both sides will act is both sides'
    intention (the real-text gold: 2 of 3)."""
    if c.kind != "future":
        return None
    k = next((k for k in range(c.idx - 1, max(-1, c.idx - 12), -1) if unit[k].text.lower() in _HOPE), None)
    if k is None or any(t.text in (";", ":", "“", "”", '"') for t in unit[k + 1:c.idx]):
        return None
    hoped_for = [t.text.lower() for t in unit[k + 1:c.idx]]
    if {"sides", "countries", "nations"} & set(hoped_for) and {"two", "both"} & set(hoped_for):
        return "JOINT"      # "He hoped that the two sides would continue to expand …": both sides'
    lo = max((i + 1 for i in range(k) if unit[i].text in (",", ";", "“", "”", '"')), default=0)
    before = unit[lo:k]
    said = next((i for i, t in enumerate(before) if ctx.says(t, ("speech",))), None)
    if said is not None:                 # "Yoon said he hopes": the one who said it
        before = before[:said]
    codes = set(phrase_of(ctx, before).codes)
    if len(codes) == 1:
        return codes.pop()
    if not codes and refers_back(before):
        return ctx.people.country(ctx.people.last_before(unit[0].start))
    q = ctx.quote_at(unit[k].start)
    if not codes and q is not None and any(t.text.lower() in ("we", "i") for t in before):
        return q.country or ctx.quote_state.get(q.start)   # "“We are hoping that the American side will …”"
    return None


def _sayers_pair(ctx: DocContext, unit: list, i: int) -> Optional[str]:
    """"Leaders of China and India said Thursday they would move to …": "they" are the two
    states of the sayers right before."""
    for k in range(1, i):
        if ctx.says(unit[k], ("speech",)):
            # ("The two ministers said they would …": the two sides by their offices)
            return "JOINT" if len(set(phrase_of(ctx, unit[:k]).codes)) > 1 or two_offices(unit[:k]) else None
    return None


def _possessor_state(ctx: DocContext, unit: list, i: int, j: int) -> Optional[str]:
    """The state of the possessor right before a cue ("Key’s suggestion", "the U.S.’
    commitment", "India's readiness"): whose proposal or position it is."""
    k, marked = possessor_end(unit, i)
    if not marked:
        return None
    a = k
    while a > j and (unit[a - 1].text[:1].isupper() or unit[a - 1].text == "."):
        a -= 1
    if a > k:
        return None
    codes = set(phrase_of(ctx, unit[a:k + 1]).codes)
    return codes.pop() if len(codes) == 1 else None


def of_owner_state(ctx: DocContext, unit: list, i: int) -> Optional[str]:
    """The one state an "of X to" owner names (both sides are handled as a joint noun)."""
    span = of_owner(unit, i)
    if span is None:
        return None
    ph = phrase_of(ctx, unit[span[0]:span[1]])
    if ph.joint_noun or len(set(ph.codes)) > 1:
        return "JOINT"
    owner = [t for t in unit[span[0]:span[1]] if t.text.lower() not in ("is", "was", "will", "be")]
    if not ph.codes and document_subject(ctx, owner):
        return "JOINT"   # "a key objective of the agreement is to …": what both sides signed
    return ph.codes[0] if len(set(ph.codes)) == 1 else None


def _after_saying(ctx: DocContext, region: list) -> list:
    """"They said | they will work …": the subject is what follows a verb of saying, not the
    sayer before it (who is read apart, as the speaker)."""
    for k in range(len(region) - 2, -1, -1):
        if ctx.says(region[k], ("speech",)):
            rest = [t for t in region[k + 1:] if t.lemma != "that"]
            # "X told the Kenya-US forum | his administration is committed …": past the addressee
            own = next((n for n, t in enumerate(rest) if n and t.text.lower() in _POSSESSIVES), None)
            return (rest[own:] if own is not None else rest) or region
    return region


def _stating_verb(ctx: DocContext, c: Candidate, unit: list, j: int) -> int:
    """Where the subject of a cue stated as a noun ends: at its verb of stating ("The Deputy
    Secretary also emphasized | her commitment to …", "X … and expressed | his hope to …");
    the cue itself otherwise."""
    for k in range(c.idx - 1, max(j, c.idx - 8) - 1, -1):
        if ctx.says(unit[k]):
            if "noun" in c.flags or all(t.lemma in _NOUN_GROUP for t in unit[k + 1:c.idx]):
                return k
            break
        if "noun" not in c.flags and unit[k].lemma not in _NOUN_GROUP:
            break
    return c.idx


# what stands between a verb of stating and a cue that is its object ("expressed his hope to")
_NOUN_GROUP = word_list("en_position_fillers")
# "They also pledged …": adverbs between "they" and the verb
_THEY_ADVERBS = word_list("en_they_adverbs")
# "… stated they were eager to …", "they are committed to …": the verb "be" before the cue
_THEY_BE = frozenset({"are", "were"})


def _they_are(t, cue) -> bool:
    """"be" before a state word ("they were eager to"), not before a progressive ("they were
    looking forward to the committee": a plan of the days ahead)."""
    return t.text.lower() in _THEY_BE and not cue.text.lower().endswith("ing")


def _participle_subject(ctx: DocContext, unit: list, i: int, j: int) -> Optional[str]:
    """"The Prime Ministers focused on trade, | pledging a new target …": a participle after a
    comma takes the subject of the clause it hangs on (both sides when it names them)."""
    if j != i or not j or unit[j - 1].text != "," or not unit[i].text.endswith("ing"):
        return None
    a = j - 1
    while a > 0 and unit[a - 1].text not in (",", ";", ":"):
        a -= 1
    # "X said that Turkey and Russia have signed a roadmap, intending to …": the reported
    # clause's subject, not the sayer
    a = next((k + 1 for k in range(j - 2, a - 1, -1) if unit[k].lemma == "that"), a)
    k = a
    while k < j - 1 and (unit[k].text[:1].isupper() or unit[k].lemma in _DETERMINERS
                         or (unit[k].lemma == "and" and k > a and name_starts(unit, k + 1, j - 1))
                         or unit[k].text == "of" and k > a and unit[k + 1].text[:1].isupper()):
        k += 1      # ("The Indian Department of Commerce and the US Trade Representative met …, aiming to …")
    if k == a or k >= j - 1:
        return None
    ph = phrase_of(ctx, unit[a:k])
    if len(set(ph.codes)) > 1 or (ph.joint_noun and len(ph.codes) != 1):
        return "JOINT"
    return ph.codes[0] if len(set(ph.codes)) == 1 else None


_DETERMINERS = word_list("en_opening_fillers")
_STATE_WORDS = frozenset({"the", "government", "of", "has", "have", "had", "also", "now", "'s", "’s", "'", "’", "s"})


def _the_state_itself(words: list) -> bool:
    """A subject that is the state or its government and nothing else ("Japan", "The Government
    of Japan", "Beijing"), not a body of it ("the Azerbaijani forces")."""
    return all(t.text[:1].isupper() or t.text.lower() in _STATE_WORDS for t in words) \
        and not any(t.text.lower() in _NOT_THE_STATE for t in words)


_NOT_THE_STATE = frozenset({"forces", "army", "company", "companies", "bank", "society", "court"})


_THANKS = frozenset({"appreciation", "thanked", "thanks", "thank", "gratitude", "grateful", "appreciated"})


def _thanked_for_its(ctx: DocContext, unit: list, c: Candidate) -> Optional[str]:
    """The one thanked "for its/their" commitment or readiness owns it ("thanked Korea for its
    commitment to building a hospital"): the state named after the word of thanks."""
    i = c.idx
    if i < 3 or unit[i - 1].text.lower() not in ("its", "their") or unit[i - 2].text.lower() != "for":
        return None
    k = next((n for n in range(i - 3, -1, -1) if unit[n].text.lower() in _THANKS), None)
    codes = phrase_of(ctx, unit[k + 1:i - 2]).codes if k is not None else []
    return codes[-1] if len(set(codes)) == 1 else None


def _which_clause(unit: list, j: int, i: int) -> Optional[int]:
    """The comma before ", during which they …" when the cue's subject is that pronoun: the
    sentence's subject holds the occasion the clause is about."""
    words = [t.text.lower() for t in unit[max(0, j - 3):i]]
    if len(words) < 4 or words[-1] not in ("they", "he", "she") or words[-2] != "which" \
            or words[-3] not in ("during", "at", "in", "after") or words[-4] != ",":
        return None
    return i - 4


def _list_item_opening(unit: list, i: int) -> bool:
    """A numbered or bulleted item with no subject opens with a past verb the cue stands in
    ("3. Pledged to …", "2. Reaffirmed their commitment to …", "- Committed to …")."""
    words = [t.text for t in unit[:i + 1]]
    if not words or not (words[0].rstrip(".)").isdigit() or words[0] in ("-", "•", "–", "—")):
        return False
    k = 1
    while k < len(words) and words[k] in (".", ")"):
        k += 1
    return k < len(words) and i - k <= 4 and words[k][:1].isupper() and words[k][1:].islower() \
        and words[k].endswith("ed")


def _together_after(unit: list, i: int) -> bool:
    """"We will work together …", "we will continue to stand together": "together" in the
    verb group after the cue, before the clause ends."""
    for t in unit[i:i + 7]:
        if t.text in (",", ";", ":", ".") or t.text.lower() in ("and", "but", "while"):
            return False
        if t.text.lower() == "together":
            return True
    return False


def _the_sides(region: list) -> bool:
    """The subject is "the sides" (not "both sides" or "both countries should …", the sayer's
    advice as the real sets read it)."""
    words = [t.text.lower() for t in region]
    return words in (["the", "sides"], ["the", "two", "sides"])
