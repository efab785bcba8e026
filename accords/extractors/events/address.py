"""A speech that opens by addressing a leader in person ("В.Путин: Уважаемый господин
Президент!", "Dear Mr. Prime Minister,"): the transcript of a meeting, so a meeting took
place (CONSULT), whatever the speech goes on to say."""
from __future__ import annotations

import re

_ADDRESS = re.compile(
    r"^(?:[A-ZА-ЯЁ][\w.\s-]{0,30}:\s*)?"
    r"(?:Уважаем\w+\s+(?:господин|госпожа)\s+(?:Президент|Премьер|Председатель|Канцлер|Король|Эмир|Султан)"
    r"|(?:Dear|Excellency,?)\s+(?:Mr\.?\s+|Madam\s+)?(?:President|Prime\s+Minister|Premier|Chancellor))",
    re.I)


def addresses_a_leader(text: str) -> bool:
    """The clause opens a speech to a head of state or government."""
    return bool(_ADDRESS.match(text.strip()))
