"""Unit names broken by a stray space in a cell whose names are separated by spaces.

A PDF's table prints "县 卫健委 各相关乡镇政府" or "经济开发区 管委会": the pieces between the spaces
are no names each. A bare administrative level ("县", lexicon units_prefixes) opens the name after
it; a bare organ ("管委会", "人民政府", lexicon units_bare_organs) or a body's members ("各成员单位",
lexicon units_member_sets) closes the name before it. A
person's name after a unit ("区行政审批局 张敏") is no part of any name.

A list that runs over two lines may break a name at the line's end ("区水利局、区自然资源" / "分局、
各街道办事处"): a piece before the break that is no name, whose join with the piece after it is one,
is read joined (`join_wrapped_names`).

A dash between two unit names ("县发改局—县财政局", "区住建局－区水务集团") separates them like a 、
where every piece between the dashes is a complete unit name and each after a dash opens with its
own level (`split_dashes`); a dash inside a name whose pieces are no units ("中国—东盟博览会秘书处")
or before a body without a level ("市水利局-黄河河务局") stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transform.gazetteer import MEMBER_SETS, is_unit_like, known_department, split_level
from transform.lexicons import words
from transform.unit_persons import is_person_with_post, is_phone
from transform.unit_words import is_person, is_person_name

_SPACE = re.compile(r"\s")
# one or two dashes of any width (a single character class: linear)
_DASHES = re.compile(r"[—–－\-]{1,2}")
_DASH_CHARS = ("—", "–", "－", "-")
#: a name after the dash opens with a level of its own or a quantifier (县财政局, 各乡镇人民政府)
_OWN_LEVEL = ("省", "市", "州", "县", "区", "旗", "盟", "乡", "镇", "街道", "各", "中共")
#: a group role after a dash that opens with its area ("县域医共体牵头医院"): no second body (round 39k)
_AREA_WIDE = ("县域", "市域", "区域", "縣域", "區域")
_GROUP_ROLES = tuple(words("units_group_roles"))


@lru_cache(maxsize=1)
def _broken_name_edges() -> tuple[frozenset[str], frozenset[str]]:
    """(bare levels, bare organs): a level alone ("县") opens the name after it, an organ alone
    ("管委会") closes the name before it, where a stray space broke one name in two."""
    levels = frozenset(w for w in words("units_prefixes") if len(w) == 1)
    return levels, frozenset(words("units_bare_organs"))


# a body with members: its members ("县安委会 各成员单位") are one name with it
_HAS_MEMBERS: tuple[str, ...] = words("units_member_bodies")


def space_groups(pieces: list[str]) -> list[list[int]]:
    """The pieces of a spaced cell grouped into names: "县 卫健委 各相关乡镇政府" -> [[0, 1], [2]],
    "经济开发区 管委会" -> [[0, 1]]."""
    levels, organs = _broken_name_edges()
    groups: list[list[int]] = []
    for i, piece in enumerate(pieces):
        if groups and (
            piece in organs
            or (len(groups[-1]) == 1 and pieces[groups[-1][0]] in levels)
            or (piece in MEMBER_SETS and pieces[groups[-1][-1]].endswith(_HAS_MEMBERS))
        ):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def split_spaces(view: str, printed: str) -> list[tuple[str, str]]:
    """'县发改局 县财政局' (a table cell) -> two names, '县 卫健委 各相关乡镇政府' too (a bare level
    opens a name, a bare organ closes one: `space_groups`); other spaces are lost from the name
    ('加强水资源保 护')."""
    if _SPACE.search(view) is None:
        return [(view, printed)]
    vb = view.split()
    pb = printed.split()
    if len(vb) > 1 and len(vb) == len(pb):
        vb, pb = _without_spaced_persons(vb, pb)
    if len(vb) > 1 and len(vb) == len(pb):
        groups = space_groups(vb)
        names = [("".join(vb[i] for i in g), "".join(pb[i] for i in g)) for g in groups]
        if len(names) > 1 and all(is_unit_like(v) for v, _ in names):
            return names
    return [("".join(vb), "".join(pb))] if vb else []


def split_dashes(view: str, printed: str) -> list[tuple[str, str]]:
    """ "县发改局—县财政局" -> two names, where every piece between the dashes is a unit name."""
    if not any(c in view for c in _DASH_CHARS):
        return [(view, printed)]
    bounds = [0]
    for m in _DASHES.finditer(view):
        bounds += [m.start(), m.end()]
    bounds.append(len(view))
    spans = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    names = [(view[s:e].strip(), printed[s:e].strip()) for s, e in spans]
    if len(names) < 2 or not all(len(v) > 1 and is_unit_like(v) for v, _ in names):
        return [(view, printed)]
    if not all(v.startswith(_OWN_LEVEL) for v, _ in names[1:]):
        return [(view, printed)]  # "市水利局-黄河河务局": a body without a level after the dash stays
    if _group_role_after(names):
        return [(view, printed)]  # "县中医院－县域医共体牵头医院": its role in the group it heads
    return names


def _group_role_after(names: list[tuple[str, str]]) -> bool:
    """Is each piece after the first the role of a body that is no department (a hospital, a school)
    in a group it heads, printed with its area ("县中医院－县域医共体牵头医院")?"""
    first = names[0][0]
    if known_department(split_level(first)[2]):
        return False  # "县卫健局—县域医共体管理办公室": a department and its office
    return all(v.startswith(_AREA_WIDE) and any(w in v for w in _GROUP_ROLES) for v, _ in names[1:])


def _is_post(piece: str) -> bool:
    """A post printed alone ("副局长", "县长助理"), no unit's name."""
    return is_person(piece) and not is_unit_like(piece)


def _without_spaced_persons(vb: list[str], pb: list[str]) -> tuple[list[str], list[str]]:
    """ "区行政审批局 张敏", "县发改局 副局长 王五": a person's name (after a post or not) printed after
    a unit, a space between them, is no part of it (the pieces of a spaced piece, simplified and
    printed, without such names)."""
    drop: set[int] = {i for i in range(1, len(vb)) if is_phone(vb[i])}  # "镇水利站 刘洋 13907451234"
    for i in range(1, len(vb)):
        if not (is_person_name(vb[i]) or is_person_with_post(vb[i])) or is_unit_like(vb[i]):
            continue  # ("街道综治中心 张强（副主任）": the post in brackets after the name)
        if is_unit_like(vb[i - 1]):
            drop.add(i)
        elif i > 1 and _is_post(vb[i - 1]) and is_unit_like(vb[i - 2]):
            drop.update((i - 1, i))  # "县发改局 副局长 王五": the post and the name
    if _leading_person(vb):
        drop.add(0)  # "张丽 乡便民服务中心" (after "乡社事办/"): the contact of the unit before
    keep = [i for i in range(len(vb)) if i not in drop]
    if len(keep) == len(vb):
        return vb, pb
    return [vb[i] for i in keep], [pb[i] for i in keep]


def _leading_person(vb: list[str]) -> bool:
    """A person's name first, then a whole name with its own level ("张丽 乡便民服务中心")."""
    if not is_person_name(vb[0]) or is_unit_like(vb[0]):
        return False
    levels, _organs = _broken_name_edges()
    return vb[1][:1] in levels and len(vb[1]) > 2 and is_unit_like(vb[1])


_BOUNDARY = re.compile("[、，,；;\n]")


def join_wrapped_names(value: str, view: str) -> tuple[str, str]:
    """(value, view) without the line breaks that cut a unit name in two ("区自然资源\n分局" ->
    "区自然资源分局"): the piece before the break is no unit name, the joined piece is one. A break
    after a whole name ("区水利局\n区财政局") or after a separator stays. `view`: the simplified copy."""
    if "\n" not in view:
        return value, view
    bounds = [m.start() for m in _BOUNDARY.finditer(view)]
    cuts: list[int] = []
    start = 0  # where the piece before the boundary starts
    for idx, k in enumerate(bounds):
        if view[k] == "\n":
            end = bounds[idx + 1] if idx + 1 < len(bounds) else len(view)
            left, right = view[start:k].strip(), view[k + 1 : end].strip()
            if left and right and not is_unit_like(left) and is_unit_like(left + right):
                cuts.append(k)  # (the joined piece goes on to the next boundary)
                continue
        start = k + 1
    if not cuts:
        return value, view
    spans = list(zip([0, *(k + 1 for k in cuts)], [*cuts, len(view)], strict=True))
    return "".join(value[a:b] for a, b in spans), "".join(view[a:b] for a, b in spans)
