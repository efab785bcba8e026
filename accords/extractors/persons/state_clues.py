"""Clues in the text around a person to the state they act for: the delegation they head
("делегация Узбекистана во главе с X", "The Korean delegation was headed by"), the company
they lead, named earlier with a state's adjective ("таджикская компания «X»"), a business
delegation, the dateline of a government's spokesperson ("YEREVAN, June 10").
"""
from __future__ import annotations

from ...lexicon import word_list
from .roles import company_words, lexicon

_DELEGATION = ("delegation", "делегаци", "side", "сторон")
_LED_BY = word_list("led_by")
_GOVERNMENT = word_list("persons_state_clues_government")
_BUSINESS = {"business", "деловой", "бизнес", "предпринимательский"}


def item_start(v, m) -> int:
    """The first token of a mention with the title standing before it."""
    a = m.t0
    if m.title is not None and m.title.stop <= m.start:
        while a > 0 and v.tokens[a - 1].start >= m.title.start:
            a -= 1
    return a


def org_start(v, a: int) -> int:
    """"... and Nebras Power CEO X": in English the company stands before the title."""
    if v.lang == "ru":
        return a
    k = a
    while k > 0 and a - k < 4 and v.is_cap(k - 1) and v.mention_at[k - 1] is None \
            and not v.state_code[k - 1] and v.tokens[k - 1].sent == v.tokens[a].sent:
        k -= 1
    return k


def delegation_state(v, p, parties: list[str]) -> str | None:
    """"The Korean delegation was headed by Vice Minister X", "and the Turkmen delegation by
    ...", "казахстанскую делегацию возглавил министр X", "делегация Узбекистана во главе с
    X", "on the Saudi side by ACWA Power chairman X", "казахстанскую сторону представлял X":
    the head of a delegation (a side) is of its state."""
    if v is None:
        return None
    for m in p.mentions:
        code = _side_after(v, m)
        if code in parties:
            return code       # "Sardor Umurzakov from the Uzbek side", "X с казахстанской стороны"
        a = item_start(v, m)
        sent = v.tokens[m.t0].sent
        for _ in range(4):            # "... возглавил министр X и посол Y": the list's start
            b = _before_acting(v, org_start(v, a))
            prev = v.mention_at[b - 2] if b >= 2 and v.keys[b - 1] in (",", "и", "and") else None
            if prev is None or prev is m or v.tokens[prev.t0].sent != sent:
                break
            a = item_start(v, prev)
        code = _side_before(v, a, sent)
        if code in parties:
            return code       # "с узбекистанской стороны выступили глава Минпромторга X и министр Y"
        k = a - 1
        orgs = 0                          # "on the Saudi side by ACWA Power chairman X"
        while k >= 0 and a - k <= 8 and v.tokens[k].sent == sent and (
                v.keys[k] in _LED_BY or v.lang != "ru" and orgs < 3 and v.is_cap(k)
                and not v.state_code[k] and v.mention_at[k] is None):
            orgs += v.keys[k] not in _LED_BY
            k -= 1
        if k >= 2 and k < a - 1 and v.state_code[k] in parties and v.keys[k - 1] in ("of", "from") \
                and v.keys[k - 2].startswith(_DELEGATION) and v.tokens[k - 2].sent == sent:
            return v.state_code[k]    # "A high-level delegation of Pakistan, headed by Minister X"
        if k < 0 or k == a - 1 or v.tokens[k].sent != sent or not v.keys[k].startswith(_DELEGATION):
            continue
        code = _delegation_code(v, k, a, sent)
        if code is None and k > 0 and v.keys[k - 1] in ("the", "this"):
            code = _earlier_delegation(v, k)         # "The delegation also included X"
        if code in parties:
            return code
    return None


def _side_after(v, m) -> str | None:
    """The state of the side named right after a name ("from the Uzbek side", "с казахстанской
    стороны", "от узбекской стороны")."""
    keys = v.keys[m.t1:m.t1 + 4]
    for lead in (("from", "the"), ("с",), ("со",), ("от",), ("on", "the")):
        k = len(lead)
        if tuple(keys[:k]) == lead and len(keys) > k + 1 and keys[k + 1].startswith(("side", "сторон")):
            i = m.t1 + k
            if v.state_code[i] and v.tokens[i].sent == v.tokens[m.t0].sent:
                return v.state_code[i]
    return None


def _before_acting(v, b: int) -> int:
    """Where an item starts with "и.о." ("acting") before its title: before it."""
    return b - 4 if b >= 4 and v.keys[b - 4:b] == ["и", ".", "о", "."] else b


def _side_before(v, a: int, sent) -> str | None:
    """"Председателями форума с узбекистанской стороны выступили X и Y": a side named a few
    words before the list of names, a verb between."""
    for k in range(a - 1, max(1, a - 8), -1):
        if v.tokens[k].sent != sent or v.mention_at[k] is not None:
            return None
        if v.keys[k].startswith("сторон") and v.state_code[k - 1] and k >= 2 \
                and v.keys[k - 2] in ("с", "со", "от"):
            return v.state_code[k - 1]
    return None


def _delegation_code(v, k: int, a: int, sent) -> str | None:
    """The state next to the delegation word at ``k``: "делегация Узбекистана", "Korean delegation"."""
    for i in (k + 1, k + 2, k - 1, k - 2, k - 3):
        if 0 <= i < a and v.tokens[i].sent == sent and v.state_code[i] \
                and v.mention_at[i] is None:
            return v.state_code[i]
    return None


def _earlier_delegation(v, k: int) -> str | None:
    """"the delegation" names again the last delegation the text gave a state to."""
    for j in range(k - 1, max(-1, k - 120), -1):
        if v.keys[j].startswith(("delegation", "делегаци")):
            code = _delegation_code(v, j, k, v.tokens[j].sent)
            if code:
                return code
    return None


def company_state(v, p, parties: list[str]) -> str | None:
    """"... вложила таджикская компания «X». Директор компании Y": a head of "the company"
    (named no further) leads the company last named with a state's adjective."""
    t = p.title
    if v is None or t is None or p.role_class != "business" or t.states or not t.keys:
        return None
    words = company_words(v.lang)
    if t.keys[-1] not in words:
        return _named_company_state(v, p, parties)
    m = p.mentions[0]
    a = m.t0
    while a > 0 and v.tokens[a - 1].start >= t.start:
        a -= 1
    sent = v.tokens[m.t0].sent
    for i in range(a - 1, max(-1, a - 80), -1):
        if v.tokens[i].sent < sent - 2:
            break
        if v.keys[i] in words:
            for j in (i - 1, i - 2):
                if j >= 0 and v.state_kind[j] in ("adj", "demonym") and v.state_code[j] in parties:
                    return v.state_code[j]
            return None
    return None


def business_delegation(v, parties: list[str]) -> str | None:
    """"a French business delegation", "деловая делегация Франции": the one state whose
    business people came as a delegation; a businessman with no other state is of it."""
    codes = set()
    for i, k in enumerate(v.keys):
        if not k.startswith(("delegation", "делегаци", "бизнес-делегаци")):
            continue
        if not (k.startswith("бизнес") or i > 0 and v.keys[i - 1] in _BUSINESS):
            continue
        for j in (i - 2, i - 3, i + 1, i + 2):
            if 0 <= j < len(v.keys) and v.state_code[j] and v.tokens[j].sent == v.tokens[i].sent:
                codes.add(v.state_code[j])
                break
    codes &= set(parties)
    return codes.pop() if len(codes) == 1 else None


def _same_stem(a: str, b: str) -> bool:
    n = min(len(a), len(b))
    return n >= 4 and a[:n - 2] == b[:n - 2] and abs(len(a) - len(b)) <= 3


def _named_company_state(v, p, parties: list[str]) -> str | None:
    """"генеральный директор «Трансмаша» X" after "российская компания «Трансмаш»",
    "Alstom Vice President X" after "the French company Alstom": the company the title
    names, introduced earlier with a state's adjective, gives its head's state."""
    t, m = p.title, p.mentions[0]
    toks, title_words = v.tokens, lexicon(v.lang).words
    a = m.t0
    while a > 0 and toks[a - 1].start >= t.start:
        a -= 1
    if a == m.t0:
        return None
    if v.lang != "ru" and a > 0 and toks[a - 1].sent == toks[a].sent:
        a -= 1                          # English names the company before the title
    keys = {toks[i].text.lower() for i in range(a, m.t0)
            if toks[i].text[:1].isupper() and toks[i].text.isalpha() and not v.state_code[i]
            and v.keys[i] not in title_words and toks[i].text.lower() not in title_words}
    if not keys:
        return None
    for i in range(a - 1, -1, -1):
        low = toks[i].text.lower()
        if not toks[i].text[:1].isupper() or not any(_same_stem(low, k) for k in keys):
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            if v.state_code[j] and v.state_kind[j] in ("adj", "demonym") and v.state_code[j] in parties:
                return v.state_code[j]
    return None


def government_state(v, p, states, parties: list[str]) -> str | None:
    """"YEREVAN, June 10. ... government spokesperson X told reporters": an official of "the
    government" with no state named is of the state the dateline's capital is in."""
    t = p.title
    if v is None or t is None or t.states:
        return None
    words = set(t.keys)
    for m in p.mentions:           # "government spokesperson": the word before the title
        a = item_start(v, m)
        words.update(v.keys[max(0, a - 2):a])
    if not _GOVERNMENT & words:
        return None
    by_start = {tok.start: i for i, tok in enumerate(v.tokens[:200])}
    for sm in states:
        if sm.kind != "capital":
            continue
        i = by_start.get(sm.start)
        if i is None:
            break
        j = i
        while j + 1 < len(v.tokens) and v.tokens[j + 1].start < sm.stop:
            j += 1
        line_start = i == 0 or v.newline_before[i]
        nxt = v.tokens[j + 1].text if j + 1 < len(v.tokens) else ""
        if line_start and nxt in (",", ".", "(", "–", "—", "-") and sm.code in parties:
            return sm.code
    return None
