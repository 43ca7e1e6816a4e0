"""A dash between a body printed with its level and a body printed without one.

`unit_breaks.split_dashes` cuts "县发改局—县财政局" where every piece after a dash opens with its own
level. A city's or county's page also pairs its own bureau with a body of another system, printed
by its own name and no level: "市水利局-黄河河务局", "县交通运输局—公路养护中心", "市生态环境局－
高新区管委会". Those are two units as well (round 39b), where the piece before the dash is a
body with its level and each piece after it is a whole name: at least four characters, ending
with a body's word (局, 中心, 管委会, 公司 …: lexicon units_split_endings), no branch of the unit
before it ("县公安局-交警大队", "市税务局－城区分局" stay one), no person and no bare organ.
A dash inside a name whose pieces are no units ("中国—东盟博览会秘书处") stays, and so does the role
a body holds in a group it heads ("县人民医院-医共体总院": lexicon units_group_roles, round 39h).
"""

from __future__ import annotations

import re

from transform.gazetteer import SPLIT_ENDINGS, is_branch, is_unit_like
from transform.lexicons import words
from transform.unit_breaks import split_dashes as split_level_dashes
from transform.unit_words import BODY_LEVELS, is_person

_DASH_CHARS = ("—", "–", "－", "-")
_MIN_BARE = 4
# the role of the body before the dash in a group it heads (医共体总院, 教育集团总校): one name
_GROUP_ROLES = tuple(words("units_group_roles"))
_MAX_CUTS = 4
# one or two dashes of any width (a single character class: linear)
_DASHES = re.compile(r"[—–－\-]{1,2}")


def split_dashes(view: str, printed: str) -> list[tuple[str, str]]:
    """(view, printed) names of a piece cut at its dashes: `unit_breaks.split_dashes`, then a body
    without a level after a body with one ("市水利局-黄河河务局" -> 市水利局, 黄河河务局)."""
    names = split_level_dashes(view, printed)
    if len(names) > 1 or not any(c in view for c in _DASH_CHARS):
        return names
    cuts = [(m.start(), m.end()) for m in _DASHES.finditer(view)]
    if len(cuts) > _MAX_CUTS:
        return names
    bounds = [0, *(k for cut in cuts for k in cut), len(view)]
    pieces = [
        (view[a:b].strip(), printed[a:b].strip()) for a, b in zip(bounds[::2], bounds[1::2], strict=True)
    ]
    first = pieces[0][0]
    if not (first.startswith(BODY_LEVELS) and first.endswith(SPLIT_ENDINGS) and is_unit_like(first)):
        return names
    for v, _p in pieces[1:]:
        if not _bare_body(v):
            return names
    return pieces


def _bare_body(piece: str) -> bool:
    """A whole body's name printed without a level: 黄河河务局, 公路养护中心 (not the role of the
    body before the dash in its group: 县人民医院-医共体总院)."""
    return (
        len(piece) >= _MIN_BARE
        and not any(w in piece for w in _GROUP_ROLES)
        and piece.endswith(SPLIT_ENDINGS)
        and is_unit_like(piece)
        and not is_branch(piece)
        and not is_person(piece)
    )
