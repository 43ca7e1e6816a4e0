"""A meeting's minutes (…常务会议纪要, 专题会议纪要, …会议议定事项): a list of agreed work is a plan by
the work it hands to named units ("一、关于城区供水管网改造工作 … 由县住建局负责，县财政局配合"), so
its items are read; minutes whose items name no unit (what was heard, what was discussed) give no
rows. The title words are data: `lexicons/minutes_titles.txt`."""

from __future__ import annotations

import re
from typing import Any

from transform.lexicons import words

MINUTES_TITLE = re.compile("|".join(words("minutes_titles")))
_MIN_WITH_UNITS = 2  # items naming a unit, and at least half of them


def minutes(title: str) -> bool:
    """The title names a meeting's minutes or its agreed matters."""
    return ("纪要" in title or "议定" in title) and MINUTES_TITLE.search(title) is not None


#: a speech or a meeting's news (lexicon request_titles.txt, round 43b)
_CHARGE_TITLE = re.compile("|".join(words("request_titles")))


def charges_bodies(title: str) -> bool:
    """Do the items of the page charge bodies with 要 ("县财政局要加快拨付资金" -> lead)? A meeting's minutes
    (round 42g), a leader's speech or the news of a meeting that deploys work (round 43b)."""
    return minutes(title) or _CHARGE_TITLE.search(title) is not None


def assigns_work(tasks: list[dict[str, Any]]) -> bool:
    """Most of the minutes' items (2 or more, and at least half) name a unit to do the work."""
    n = sum(1 for t in tasks if t.get("lead_units") or t.get("participating_units"))
    return n >= _MIN_WITH_UNITS and 2 * n >= len(tasks)
