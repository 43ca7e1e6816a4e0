"""Names in a printed list that share one suffix across a 、 are one name (EXTRACTION.md: keep a
name whole when 、 is inside it): 各乡、镇人民政府; 江岸、江汉、武昌区人民政府; 各市、特区、区人民政府;
人民大垸、荒湖管理区; 市直有关部门、单位; 各乡镇党委、政府; 全县新能源、新材料产业专班成员单位;
有关市、县（市、区）人民政府 (a quantified level: lexicon units_level_quantifiers.txt); 各乡镇、街道 (bare
town levels after a quantified one: lexicon units_town_levels.txt). A level's
own bodies (各县、县直各部门; 各县、县应急局) are two names; a bare level stuttered before its own body
(县、县发改局) is no name (`stutters`)."""

from __future__ import annotations

import re

from transform.gazetteer import QUANTIFIED_TOWN, TOWN_LEVELS, is_unit_like
from transform.lexicons import words
from transform.unit_words import is_person

#: a piece this short that looks like no unit shares the suffix of the next name (各乡、镇人民政府)
_FRAGMENT_LEN = 5
#: at most this many names share one suffix (江岸、江汉、汉阳、武昌区人民政府)
_MAX_SHARED = 8
#: bare nouns that share the name before them (市直有关部门、单位; 各乡镇党委、政府)
_BARE_NOUNS = frozenset(("单位", "部门", "机构", "企业", "单位部门", "政府", "人民政府", "党委", "办事处"))


def merge_shared(names: list[tuple[str, str]], seps: list[str]) -> list[tuple[str, str]]:
    """Re-join names that share a suffix across a 、: 各乡、镇人民政府; 江岸、江汉、武昌区人民政府;
    人民大垸、荒湖管理区; 市直有关部门、单位; 全县新能源、新材料产业专班成员单位."""
    joint = any(_joint_office(v, n) for (v, _p), (n, _q) in zip(names, names[1:], strict=False))
    if len(names) < 2 or not (joint or any(_may_share(v) for v, _p in names)):  # one name, or all whole
        return names  # (a run of one name is that name: the loop below would give it back)
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(names):
        k = _shared_run_end(names, seps, i)
        v = "、".join(n[0] for n in names[i : k + 1])
        p = "、".join(n[1] for n in names[i : k + 1])
        out.append((v, p))
        i = k + 1
    return out


_TASK_FORCE = re.compile(r"(专班|成员单位|领导小组|工作组|联席会议)(成员单位)?$")


def _may_share(name: str) -> bool:
    """Can the name start or end a run of names that share a suffix (see _shared_run_end)?"""
    return (
        name in _BARE_NOUNS
        or name in TOWN_LEVELS
        or _is_fragment(name)
        or not is_unit_like(name)
        or _TASK_FORCE.search(name) is not None
    )


def _shared_run_end(names: list[tuple[str, str]], seps: list[str], i: int) -> int:
    """Index of the last name that shares the suffix of names[i] (i itself when none does)."""
    first = names[i][0]
    if i + 1 < len(names) and seps[i + 1] == "、":
        nxt = names[i + 1][0]
        if _joint_office(first, nxt):
            return i + 1
        if nxt in _BARE_NOUNS and is_unit_like(first):
            return i + 1
        if not is_unit_like(first) and len(first) <= 10 and _TASK_FORCE.search(nxt):
            return i + 1
        if nxt in TOWN_LEVELS and QUANTIFIED_TOWN.match(first) is not None:
            return _town_run_end(names, seps, i + 1)
    if len(first) == 1 and first in _TIER_LEVELS:
        k = _tiers_end(names, seps, i)
        if k > i:
            return k
    k = i
    while (
        k < len(names)
        and k - i < _MAX_SHARED
        and (_is_fragment(names[k][0]) or (k > i and _inner_level(names, seps, k)))
    ):
        if k + 1 >= len(names) or seps[k + 1] != "、" or not _may_follow(names[k][0], names[k + 1][0]):
            return i
        k += 1
        # (a level inside the run, 各市、特区、区人民政府, is no name of its own)
        if is_unit_like(names[k][0]) and not _is_fragment(names[k][0]) and not _inner_level(names, seps, k):
            return k
    return i


#: a party committee printed by its level alone: 县委, 市委, 区委 (a joint office of it and the
#: government of its level follows: 县委、县政府督查室)
_BARE_PARTY = re.compile(r"^(?:中共)?[省州县市区旗盟]委$")


def _joint_office(first: str, nxt: str) -> bool:
    """ "县委、县政府督查室": an office of the committee and the government of one level (one name);
    "县委、县政府" (no office after them) and "县委、市政府督查室" (two levels) are two."""
    if not first.endswith("委") or _BARE_PARTY.match(first) is None:
        return False
    level = first[-2]
    for gov in (level + "政府", level + "人民政府"):
        if nxt.startswith(gov) and len(nxt) > len(gov) and nxt[len(gov)] not in "、，,":
            return True
    return False


def _inner_level(names: list[tuple[str, str]], seps: list[str], k: int) -> bool:
    """A level word (特区, 自治县) inside a run of levels that share a noun, another level after it."""
    name = names[k][0]
    return (
        len(name) <= 3
        and name[-1:] in _LEVEL_ENDS
        and k + 1 < len(names)
        and seps[k + 1] == "、"
        and names[k + 1][0][:1] in _LEVEL_ENDS
    )


_LEVEL_ENDS = "县市区旗"


# a quantified level, the head of a list of levels that share one noun: 有关市、 各设区市、 各市（州）、
_QUANTIFIED_LEVEL = re.compile(
    r"^(?:"
    + "|".join(words("units_level_quantifiers"))
    + r")[省州县市区乡镇旗](?:[（(][省州县市区乡镇旗、]{1,6}[）)])?$"
)


#: levels counted as tiers after them: 县、乡、村三级 (one name, no noun after 三级 needed)
_TIER_LEVELS = "省市州县区乡镇村街"
_TIERS = re.compile(r"^[省市州县区乡镇村街][两二三四五]级")


def _tiers_end(names: list[tuple[str, str]], seps: list[str], i: int) -> int:
    """Index of the piece that counts the tiers of a run of bare levels from i (县、乡、村三级), or i."""
    k = i
    while k + 1 < len(names) and seps[k + 1] == "、" and k - i < _MAX_SHARED:
        k += 1
        if _TIERS.match(names[k][0]) is not None:
            return k
        if not (len(names[k][0]) == 1 and names[k][0] in _TIER_LEVELS):
            return i
    return i


def _town_run_end(names: list[tuple[str, str]], seps: list[str], start: int) -> int:
    """Index of the last bare town level of a run from start (各乡镇、街道、园区)."""
    k = start
    while (
        k + 1 < len(names)
        and seps[k + 1] == "、"
        and names[k + 1][0] in TOWN_LEVELS
        and k - start < _MAX_SHARED
    ):
        k += 1
    return k


def _is_fragment(name: str) -> bool:
    """The head of a name whose suffix was shared: 江岸, 人民大垸, 各乡 (one level after 各), 有关市,
    各市（州） (a quantified level)."""
    if (name.startswith("各") and len(name) == 2) or _QUANTIFIED_LEVEL.match(name):
        return True
    return len(name) <= _FRAGMENT_LEN and not is_unit_like(name) and not is_person(name)  # (网格员: a post)


def _may_follow(left: str, right: str) -> bool:
    """Can `right` finish the name `left` started? Not when it starts a name of its own (各…, 县…),
    except the level after 各乡、 (镇人民政府)."""
    if right[1:2] == "直" and right[:1] in "省州县市区旗":
        return False  # 各县、县直各部门: the bodies of the county level are a name of their own
    # (县、县发改局: a bare level stutters before its own body, no noun shared)
    if right[:1] == left[-1:] and (_QUANTIFIED_LEVEL.match(left) is not None or len(left) == 1):
        return False  # 各县、县应急局; 有关县、县教育局: the level's own body (not 特区、区人民政府)
    if right[:1] in "各全" or (
        right.startswith(("县", "市", "省", "州", "区")) and not right.startswith(_NO_LEVEL_HEADS)
    ):
        # a list of levels that share a noun: 各乡、镇人民政府; 各县、市、区政府 (市 then 区政府);
        # 省、市、县三级人民政府
        levels = "省州县市区乡镇旗"
        in_levels = (
            (left.startswith("各") and len(left) == 2)
            or _QUANTIFIED_LEVEL.match(left) is not None
            or (len(left) == 1 and left in levels)
            or (len(left) <= 3 and left[-1:] in _LEVEL_ENDS)  # 特区、区政府; 自治县、区政府
        )
        return in_levels and right[:1] in levels
    return True


#: words that open with a level's character but name a field (县公安、市场监管部门: 市场 is no 市)
_NO_LEVEL_HEADS = ("市场", "市政", "区域")


#: a level printed alone in a list ("县、县发改局": a stutter before its own body) names no unit
_BARE_LEVELS = frozenset("省市州县区旗盟乡镇")


def stutters(name: str, after: list[tuple[str, str]]) -> bool:
    """Is `name` a bare level printed again before a body of its own level ("县、县发改局")? (A level
    that ends a list cut off with the page, "责任单位：市", stays as printed.)"""
    return name in _BARE_LEVELS and bool(after) and after[0][0].startswith(name)
