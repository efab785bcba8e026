"""Which currency an amount is in where its name alone does not say: an ambiguous name
("манат": AZN or TMT) goes to a party state's currency, and a bare "$" on a site of a dollar
country other than the US to that country's dollar. Kept apart from the grammar in money.py,
which only reads what the text writes."""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import rows as read_lexicon
from .money import Money, grammar

_BARE_DOLLAR = re.compile(r"(?<![A-Za-zА-Яа-я.])\$")


@lru_cache(maxsize=1)
def _local_dollars() -> dict[str, str]:
    return {row[2].lower(): row[1] for lang in ("ru", "en")
            for row in read_lexicon(f"currencies.{lang}.tsv") if row[0] == "domain" and len(row) > 2}


def local_dollar(url: str | None) -> str | None:
    """The dollar a site's own country writes as a bare "$" (pm.gc.ca: CAD), from the top
    level domain of its address; None for other sites."""
    if not url:
        return None
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/")[0].split(":")[0]
    return _local_dollars().get(host.rsplit(".", 1)[-1])


def resolve_currency(codes: tuple, states: list[str] | set[str], money: Money | None = None,
                     dollar: str | None = None) -> str:
    """An ambiguous name ('манат': AZN or TMT) read as the currency of a party state; a bare
    "$" on a site of a dollar country other than the US (``dollar``) as that dollar, unless the
    parties are known and that country is not one of them (a wire story on a Canadian site about
    Egypt and Saudi Arabia counts in US dollars)."""
    home = grammar().home
    if dollar and codes == ("USD",) and money is not None and _BARE_DOLLAR.search(money.text) \
            and (not states or home.get(dollar, set()) & set(states)):
        return dollar
    if len(codes) == 1:
        return codes[0]
    for code in codes:
        if home.get(code, set()) & set(states):
            return code
    return codes[0]
