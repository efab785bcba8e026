"""The state a person acts for where the person's own title names none.

A title with no state ("Министр иностранных дел", "ACWA Power chairman") leaves the
person's state to the rest of the text: "our" is the home state; a list member shares the
state the other members' titles name; the one met or signed with is of the other party;
an official "of the president" is of the president's state; otherwise the party no one
else stands for, or whose seat of that rank is still free.
"""
from __future__ import annotations

STATE_ROLES = {"head_of_state", "head_of_government", "deputy_head_of_government",
               "minister", "deputy_minister", "ambassador"}
_SIDE_ROLES = {"regional_head", "business", "parliament"}
_ANOTHER = {"другой", "another"}
_ONE_PER_STATE = {"head_of_state", "head_of_government"}
_WITH = {"с", "со", "with"}
_SIGN = ("подпис", "sign")
_DELEGATION = ("delegation", "делегаци", "side", "сторон")
_LED_BY = {"was", "is", "were", "headed", "led", "head", "lead", "by", "во_главе", "с", "со", ",",
           "возглавить", "возглавлять", "возглавлявший", "возглавляемый", "который", "represented",
           "представлять", "участие", "принять", "участвовать", "присутствовать", "—", "–",
           "also", "included", "includes", "include", "входить", "войти", "также"}
_GOVERNMENT = {"government", "governmental", "cabinet", "правительство", "правительственный",
               "кабмин"}
_PRINCIPALS = ({"президент", "президентский", "president", "presidential"},
               {"премьер", "премьер-министр", "premier", "prime"})


def parties_of(record, states) -> list[str]:
    """The parties the countries component found, else the states the text names twice."""
    codes = [c.code for c in (getattr(record, "countries", None) or []) if c.code != "JOINT"]
    if codes:
        return codes
    counts: dict = {}
    for s in states:
        if s.kind in ("name", "adj", "abbr"):
            counts[s.code] = counts.get(s.code, 0) + 1
    return [c for c, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n >= 2][:2]


def _home(states, parties: list[str]) -> str | None:
    """The state the text is written from: the first party it names."""
    for sm in states:
        if sm.kind in ("name", "adj", "abbr") and sm.code in parties:
            return sm.code
    return parties[0] if parties else None


def fill_countries(persons: list, parties: list[str], states, v) -> None:
    """A state official whose title names no state: "our" is the home state; the other
    side of the one they meet or sign with; otherwise the party that no one else stands
    for, or whose seat of that rank is free. A regional head, a businessman or a
    parliamentarian takes only the surer of these; an official "of the president" the
    president's state."""
    home = _home(states, parties)
    for q in persons:          # "другого замминистра нефти Ирана": the one before is Iranian too
        if q.country and q.title is not None and _ANOTHER & set(q.title.keys[:q.title.head[0] + 1]):
            for p in persons:
                if p.country is None and p.role_class == q.role_class \
                        and p.mentions[0].start < q.mentions[0].start:
                    p.country = q.country
    biz = None
    for p in persons:
        if not p.country:
            p.country = _delegation_state(v, p, parties) or _company_state(v, p, parties)
        if not p.country and p.role_class == "business" and v is not None:
            if biz is None:
                biz = _business_delegation(v, parties) or ""
            p.country = biz or None
    for p in persons:
        if p.country:
            continue
        if p.role_class == "other_official":
            p.country = _principal_state(p, persons) or _government_state(v, p, states, parties)
            continue
        if p.role_class not in STATE_ROLES | _SIDE_ROLES:
            continue
        t = p.title
        host = t.host if t else None
        cand = [c for c in parties if c != host]
        if host and len(cand) == 1:
            p.country = cand[0]
            continue
        if t is not None and t.our and home:
            p.country = home
            continue
        listed = _list_state(v, p)
        if listed:
            p.country = listed
            continue
        if len(parties) == 2:
            other = _counterpart_state(v, p, parties)
            if other:
                p.country = other
                continue
        if p.role_class not in STATE_ROLES:
            continue
        if len(parties) == 1 and not host:
            if not (p.role_class in _ONE_PER_STATE and any(
                    q.country == parties[0] and q.role_class == p.role_class for q in persons)):
                p.country = parties[0]
            else:                           # not a second head of state of that one party:
                others = {sm.code for sm in states  # the one other state the text names
                          if sm.kind in ("name", "adj", "abbr") and sm.code != parties[0]}
                if len(others) == 1:
                    p.country = others.pop()
            continue
        if len(parties) != 2:
            continue
        known = [q for q in persons if q.country]
        have = {q.country for q in known}
        free = [c for c in parties if c not in have]
        if len(free) == 1 and have & set(parties):
            p.country = free[0]
            continue
        same = {q.country for q in known if q.role_class == p.role_class}
        free = [c for c in parties if c not in same]
        if len(free) == 1:
            p.country = free[0]
            continue
        if home:
            p.country = home


def _principal_state(p, persons: list) -> str | None:
    """"presidential press secretary", "помощник президента": the state of the one
    president (prime minister) the text names."""
    t = p.title
    if t is None:
        return None
    for i, k in enumerate(t.keys):
        if t.head[0] <= i < t.head[1]:
            continue                      # "Vice President" is a title of its own
        for family in _PRINCIPALS:
            if k in family:
                codes = {q.country for q in persons if q is not p and q.country and q.title
                         and set(q.title.keys[q.title.head[0]:q.title.head[1]]) & family}
                return next(iter(codes)) if len(codes) == 1 else None
    return None


def _item_start(v, m) -> int:
    """The first token of a mention with the title standing before it."""
    a = m.t0
    if m.title is not None and m.title.stop <= m.start:
        while a > 0 and v.tokens[a - 1].start >= m.title.start:
            a -= 1
    return a


def _org_start(v, a: int) -> int:
    """"... and Nebras Power CEO X": in English the company stands before the title."""
    if v.lang == "ru":
        return a
    k = a
    while k > 0 and a - k < 4 and v.is_cap(k - 1) and v.mention_at[k - 1] is None \
            and not v.state_code[k - 1] and v.tokens[k - 1].sent == v.tokens[a].sent:
        k -= 1
    return k


def _list_state(v, p) -> str | None:
    """"Uzbek Foreign Minister Bakhtiyor Saidov, Minister of Investment Laziz Kudratov and
    ...": the members of one list whose own titles name one state are of that state."""
    for m in p.mentions:
        a = _org_start(v, _item_start(v, m))
        if a < 2:
            continue
        sep = v.keys[a - 1]
        prev = v.mention_at[a - 2]
        if prev is None or prev is m or sep not in (",", "и", "and"):
            continue
        if sep != ",":                     # "A, B and C": an "and" counts after a comma
            pa = _item_start(v, prev)
            if pa < 1 or v.keys[pa - 1] != ",":
                continue
        t = prev.title
        if t is not None and t.country and not t.colleague and t.country != t.host:
            return t.country
    return None


def _counterpart_state(v, p, parties: list[str]) -> str | None:
    """The other party of the one this person meets or signs with: "Белорусский министр
    провел встречу с председателем правления ... Алимджановым", "Uzbekistan's Deputy
    Minister ... and ACWA Power chairman Mohammad Abunayyan signed"."""
    for m in p.mentions:
        a = m.t0
        if m.title is not None and m.title.stop <= m.start:
            while a > 0 and v.tokens[a - 1].start >= m.title.start:
                a -= 1
        sent = v.tokens[m.t0].sent
        if v.lang != "ru":                # "ACWA Power chairman": the organisation before
            k = a
            while k > 0 and a - k < 4 and v.is_cap(k - 1) and v.mention_at[k - 1] is None \
                    and not v.state_code[k - 1] and v.tokens[k - 1].sent == sent:
                k -= 1
            a = k
        if a == 0:
            continue
        lo = a
        while lo > 0 and v.tokens[lo - 1].sent == sent:
            lo -= 1
        prev = v.keys[a - 1]
        codes: set = set()
        if prev in _WITH:
            for i in range(lo, a - 1):
                other = v.mention_at[i]
                if other is not None and other is not m and other.person is not None \
                        and other.person.country:
                    codes.add(other.person.country)
                elif v.state_kind[i] in ("adj", "demonym") and v.state_code[i]:
                    codes.add(v.state_code[i])
        elif prev in ("и", "and"):
            hi = m.t1
            while hi < len(v.tokens) and v.tokens[hi].sent == sent:
                hi += 1
            if not any(v.keys[i].startswith(_SIGN) for i in range(m.t1, hi)):
                continue
            other = v.mention_at[a - 2] if a >= 2 else None
            if other is not None and other is not m and other.person is not None \
                    and other.person.country:
                codes.add(other.person.country)
        if len(codes) == 1 and next(iter(codes)) in parties:
            rest = [c for c in parties if c not in codes]
            if len(rest) == 1:
                return rest[0]
    return None


def _delegation_state(v, p, parties: list[str]) -> str | None:
    """"The Korean delegation was headed by Vice Minister X", "and the Turkmen delegation by
    ...", "казахстанскую делегацию возглавил министр X", "делегация Узбекистана во главе с
    X", "on the Saudi side by ACWA Power chairman X", "казахстанскую сторону представлял X":
    the head of a delegation (a side) is of its state."""
    if v is None:
        return None
    for m in p.mentions:
        a = _item_start(v, m)
        sent = v.tokens[m.t0].sent
        for _ in range(4):            # "... возглавил министр X и посол Y": the list's start
            b = _org_start(v, a)
            prev = v.mention_at[b - 2] if b >= 2 and v.keys[b - 1] in (",", "и", "and") else None
            if prev is None or prev is m or v.tokens[prev.t0].sent != sent:
                break
            a = _item_start(v, prev)
        k = a - 1
        orgs = 0                          # "on the Saudi side by ACWA Power chairman X"
        while k >= 0 and a - k <= 8 and v.tokens[k].sent == sent and (
                v.keys[k] in _LED_BY or v.lang != "ru" and orgs < 3 and v.is_cap(k)
                and not v.state_code[k] and v.mention_at[k] is None):
            orgs += v.keys[k] not in _LED_BY
            k -= 1
        if k < 0 or k == a - 1 or v.tokens[k].sent != sent or not v.keys[k].startswith(_DELEGATION):
            continue
        code = _delegation_code(v, k, a, sent)
        if code is None and k > 0 and v.keys[k - 1] in ("the", "this"):
            code = _earlier_delegation(v, k)         # "The delegation also included X"
        if code in parties:
            return code
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


def _company_state(v, p, parties: list[str]) -> str | None:
    """"... вложила таджикская компания «X». Директор компании Y": a head of "the company"
    (named no further) leads the company last named with a state's adjective."""
    t = p.title
    if v is None or t is None or p.role_class != "business" or t.states or not t.keys:
        return None
    from .roles import company_words
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


_BUSINESS = {"business", "деловой", "бизнес", "предпринимательский"}


def _business_delegation(v, parties: list[str]) -> str | None:
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
    from .roles import lexicon
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


def _government_state(v, p, states, parties: list[str]) -> str | None:
    """"YEREVAN, June 10. ... government spokesperson X told reporters": an official of "the
    government" with no state named is of the state the dateline's capital is in."""
    t = p.title
    if v is None or t is None or t.states:
        return None
    words = set(t.keys)
    for m in p.mentions:           # "government spokesperson": the word before the title
        a = _item_start(v, m)
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
