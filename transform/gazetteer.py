"""Department names of Chinese county/city governments: splitting glued unit names and canonical names.

Two uses:
- `split_glued` cuts a unit string whose separators were lost in extraction
  ("发展改革工业和信息化局" -> 发展改革局 + 工业和信息化局) at boundaries where a known department
  name (or a 县/市/各 prefix) starts right after a complete unit name;
- `canonical` maps the many printed forms of one department to one name
  (县发展和改革局 = 发展改革局 = 发改局 -> 发展和改革局) so analysts can compare counties.

The data is a list of canonical names with their aliases: add rows, not code.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transform.lexicons import table, words
from transform.memo import per_document
from transform.unit_words import AREA_SET, COLLECTIVES, DENG_KIND, DENG_KIND_LAST, DENG_WORD_HEADS, simplified

_DATA = table("units_departments")
# canonical name -> aliases as printed in plans (without 县/市/区 prefixes).
DEPARTMENTS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _DATA["departments"].items()}
# Party organs: printed with their level and 委 (县委宣传部).
PARTY: frozenset[str] = frozenset(_DATA["party"]["names"])
# Stems printed without their final 局 when separators were lost ("发展改革工业和信息化局").
BARE_STEMS: dict[str, str] = dict(_DATA["bare_stems"])
# Prefixes that start a new unit: administrative level or a collective.
PREFIXES: tuple[str, ...] = words("units_prefixes")
# A complete unit name ends with one of these (used to decide "is this a unit?").
UNIT_ENDINGS: tuple[str, ...] = words("units_endings")
#: a body's offices after its name (县纪委监委机关): a unit when the name before them is one
ORGAN_SUFFIXES: tuple[str, ...] = words("units_organ_suffixes")
# Endings after which a glued name may be cut (narrower: 委 and 行 also end 县委/人行 inside names).
SPLIT_ENDINGS: tuple[str, ...] = words("units_split_endings")

# The members of the body before them ("指挥部|各成员单位"): one unit with it, never cut off.
MEMBER_SETS: frozenset[str] = frozenset(words("units_member_sets"))

# Words never cut inside ("各社|区居委会" is no cut: 社区 is one word).
_UNBROKEN: frozenset[str] = frozenset(words("units_unbroken_words"))
_FALSE_ENDINGS: tuple[str, ...] = tuple(words("units_false_endings"))

# A right-hand part that is a branch of the unit before it ("市生态环境局|成武分局"): never cut.
_BRANCH_WORDS = r"(分局|分行|分公司|分中心|分院|分所|调查队|支队|大队|中队|派出所|支行)"
_BRANCH = re.compile(r"^[\u4e00-\u9fff]{1,6}?" + _BRANCH_WORDS)
_BARE_BRANCH = re.compile(_BRANCH_WORDS)
# Generic unit names allowed on the right of a cut even when not in the gazetteer.
_GENERIC_ENDINGS = (
    *("服务中心", "管理中心", "事务中心", "发展中心", "保障中心", "管委会", "委员会", "办公室", "领导小组"),
    *("工作专班", "成员单位", "管理局", "服务局", "指挥部"),
)
_GENERIC_RIGHT = re.compile("(" + "|".join(_GENERIC_ENDINGS) + ")$")


@lru_cache(maxsize=1)
def _alias_index() -> tuple[dict[str, str], tuple[str, ...]]:
    """alias -> canonical, and all names longest first (for prefix matching)."""
    index: dict[str, str] = {}
    for canon, aliases in DEPARTMENTS.items():
        index[canon] = canon
        for a in aliases:
            index.setdefault(a, canon)
    for stem, suffix in BARE_STEMS.items():
        full = stem + suffix
        if full in index:
            index.setdefault(stem, index[full])
    names = tuple(sorted(index, key=len, reverse=True))
    return index, names


@lru_cache(maxsize=1)
def _by_head() -> dict[str, tuple[str, ...]]:
    """Names grouped by their first two characters, longest first (prefix lookups in O(1))."""
    _, names = _alias_index()
    heads: dict[str, list[str]] = {}
    for n in names:
        heads.setdefault(n[:2], []).append(n)
    return {k: tuple(v) for k, v in heads.items()}


def is_branch(name: str) -> bool:
    """A branch of a unit named before it ("成武分局", "交警大队", "城关派出所")."""
    return _BRANCH.match(name) is not None


def is_bare_branch(name: str) -> bool:
    """The branch word alone ("分局", "支行"): no name by itself, the end of the one before it."""
    return _BARE_BRANCH.fullmatch(name) is not None


_PLACE_MAX = 8  # characters of a place name before its level (黔东南州, 某某自治县)


def is_placed_body(name: str) -> bool:
    """A body named with its place before its level, as a signature prints it ("安溪县林业局",
    "某县乡村振兴局", "中共某县委"): not a body printed with a bare level ("县林业局", a unit cell)
    nor a set of places ("各乡镇人民政府", "有关县区政府")."""
    if not name.endswith(SPLIT_ENDINGS) or name.startswith(_QUANTIFIERS) or not is_unit_like(name):
        return False
    head = name.removeprefix("中共")
    return any(
        head[i] in _LEVELS and _is_place(head[:i]) for i in range(1, min(len(head) - 1, _PLACE_MAX + 1))
    )


def known_department(name: str) -> bool:
    """Is the name (without its level) a department of the gazetteer?"""
    index, _ = _alias_index()
    return name in index and name not in BARE_STEMS


def known_prefix(text: str) -> str | None:
    """The longest gazetteer name (alias or bare stem) that `text` starts with."""
    for n in _by_head().get(text[:2], ()):
        if text.startswith(n):
            return n
    return None


_LEVELS = frozenset("省市州盟县区旗乡镇")
_QUANTIFIERS = (*words("units_level_quantifiers"), "全")
_ORGANS = ("人民政府", "政府", "委")


def _known(name: str) -> bool:
    index, _ = _alias_index()
    return name in index


def _is_place(head: str) -> bool:
    """A place name (or nothing) that may stand before a level: 成都, 中共成武, 黔东南州凯里; not
    县城 (a level first: the 乡 of 县城乡规划局 is no level)."""
    head = head.removeprefix("中共")
    return (
        len(head) <= 8
        and (not head or head[0] not in _LEVELS)
        and all("\u4e00" <= c <= "\u9fff" for c in head)
    )


@lru_cache(maxsize=4096)
def split_level(name: str) -> tuple[str | None, str, str]:
    """(level, organ, department) of a unit whose department is known: 县委宣传部 -> (县, "", 委宣传部),
    成都市发改委 -> (市, "", 发改委), 县市场监管局 -> (县, "", 市场监管局).

    The level is the administrative level printed before the department (省 市 州 盟 县 区 旗 乡
    镇), after an optional place name, which is dropped; organ is a 委/政府/人民政府 between them
    that is not part of a known name. Names whose department is unknown, or that are a known name
    on their own (市场监管局: its 市 is no level), come back as (None, "", name).
    """
    if _known(name):
        return None, "", name
    for i in range(min(len(name) - 1, 13)):
        if name[i] not in _LEVELS or not _is_place(name[:i]):
            continue
        rest = name[i + 1 :]
        for organ in _ORGANS:
            if rest.startswith(organ) and _known(rest):  # 委宣传部, 政府办公室
                return name[i], "", rest
        for organ in (*_ORGANS, ""):
            core = rest[len(organ) :]
            if rest.startswith(organ) and core and _known(core):
                return name[i], organ, core
    return None, "", name


@lru_cache(maxsize=4096)
def strip_prefix(name: str) -> str:
    """Drop administrative prefixes (县/市/中共X县委…) to get the department part."""
    return split_level(name)[2]


_TRAILING_BRACKET = re.compile(r"(?:[（(][^（()）]*[）)]|〔[^〔〕]*〕)$")  # 各县（市、区）, 各县〔市、区〕


def level_of(unit: str) -> str | None:
    """The administrative level printed before a known department (县发改局 -> 县), else None."""
    u = _TRAILING_BRACKET.sub("", simplified(unit)).strip()
    return split_level(u)[0] if u else None


@lru_cache(maxsize=4096)
def canonical(unit: str, level: str | None = None) -> str | None:
    """Canonical name of a unit: its level as printed + the canonical department; None for "".

    县发展和改革局 / 县发改局 -> 县发展和改革局; 市农业农村局 -> 市农业农村局 (another body than
    县农业农村局); 县委宣传部 -> 县委宣传部. A department printed without a level (发展改革局)
    takes `level`, the level of the document's own units, when given. Branch offices
    (市生态环境局成武分局) are the local body: 生态环境局 at the branch's printed level, else at
    `level`. A unit that is no known department comes back as printed (after the traditional
    characters are read as simplified ones).
    """
    if not unit:
        return None
    u = _TRAILING_BRACKET.sub("", simplified(unit)).strip() or simplified(unit)
    index, _ = _alias_index()
    lvl, _organ, core = split_level(u)
    dept = index.get(core)
    if dept is None:
        branch = re.match(r"^(.+?局)([\u4e00-\u9fff]{1,6})分局$", u)
        if branch:
            _blvl, _borgan, bcore = split_level(branch.group(1))
            if bcore in index:
                place = branch.group(2)
                lvl = place[-1] if place[-1] in "县区市旗" else level
                return _with_level(lvl, index[bcore])
        return u
    return _with_level(lvl or level, dept)


def _with_level(level: str | None, dept: str) -> str:
    if not level:
        return dept
    if dept in PARTY:
        return f"{level}委{dept}"
    return f"{level}{dept}"


def dominant_level(units: list[str]) -> str | None:
    """The level most units of a document print (县 for a county plan), None when none does."""
    counts: dict[str, int] = {}
    levels: dict[str, str | None] = {}  # each name read once: a plan repeats its units task after task
    for u in units:
        lvl = levels[u] if u in levels else levels.setdefault(u, level_of(u))
        if lvl:
            counts[lvl] = counts.get(lvl, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def is_unit_like(text: str) -> bool:
    """Does `text` look like a complete unit name (known department, collective such as 各地,
    or ends with a unit ending)? Traditional characters read as simplified ones; a trailing
    bracket (各乡镇（街道）) is looked through."""
    # unit names are shared by many documents (cached across them); longer text is a document's own
    return _is_unit_like_name(text) if len(text) <= _NAME_LEN else _is_unit_like_text(text)


_NAME_LEN = 24


@lru_cache(maxsize=8192)
def _is_unit_like_name(text: str) -> bool:
    return _unit_like(text)


@per_document
def _is_unit_like_text(text: str) -> bool:
    return _unit_like(text)


# a count at the end ("新建卫生院1所", "开展宣讲50场", "充电桩100台"): the measure word is also a unit
# ending (司法所, 林场, 电视台), but no unit name ends with an Arabic number and one character
_COUNTED = re.compile(r"[0-9０-９]\s*[\u4e00-\u9fff]$")


def _unit_like(text: str) -> bool:
    text = simplified(text).rstrip("*＊★☆")  # (a star marks the lead unit: 区财政局*)
    if not text or _COUNTED.search(text) is not None:
        return False
    if text in COLLECTIVES or text.endswith(UNIT_ENDINGS) or AREA_SET.fullmatch(text) is not None:
        return True
    index, _ = _alias_index()
    core = strip_prefix(text)
    if (core in index and core not in BARE_STEMS) or (text in index and text not in BARE_STEMS):
        return True
    if text[-1] in "）)〕":
        inner = _TRAILING_BRACKET.sub("", text).strip()
        return bool(inner) and inner != text and is_unit_like(inner)
    if text[-1] in DENG_KIND_LAST and "等" in text[-12:]:  # 县中医医院等医疗机构: the name before 等
        m = DENG_KIND.search(text, max(0, len(text) - 12))
        if m is not None and m.start() > 1 and text[m.start() - 1] not in DENG_WORD_HEADS:
            return is_unit_like(text[: m.start()])
    suffix = next((x for x in ORGAN_SUFFIXES if text.endswith(x)), None)
    if suffix is not None and len(text) > len(suffix) + 1:  # 县纪委监委机关: 县纪委监委 is a unit
        core = text[: -len(suffix)]
        return not core.endswith(ORGAN_SUFFIXES) and is_unit_like(core)  # (one suffix: no recursion)
    return False


_BARE_ENDING_START = ("办公室", "办", "部", "室", "局", "中心", "委", "会", "处", "队")


def _right_starts_unit(right: str) -> bool:
    if not right or not ("\u4e00" <= right[0] <= "\u9fff") or right.startswith(_BARE_ENDING_START):
        return False
    if right in MEMBER_SETS:  # "县防汛抗旱指挥部各成员单位": the members of the body on the left
        return False
    if _BRANCH.match(right):
        return False
    if known_prefix(right):
        return True
    for p in PREFIXES:
        if right.startswith(p) and len(right) > len(p) + 1:
            rest = right[len(p) :]
            if known_prefix(rest) or _GENERIC_RIGHT.search(rest) or rest.endswith(SPLIT_ENDINGS):
                return True
    return bool(_GENERIC_RIGHT.search(right)) and len(right) >= 6


def _left_complete(left: str) -> bool:
    if len(left) < 2:
        return False
    if left.endswith(SPLIT_ENDINGS):
        return left not in PREFIXES and not left.endswith(_FALSE_ENDINGS)
    return any(left.endswith(stem) for stem in BARE_STEMS)


def complete_bare(name: str) -> str:
    """发展改革 -> 发展改革局: a bare department stem gets its missing suffix."""
    for stem, suffix in sorted(BARE_STEMS.items(), key=lambda kv: -len(kv[0])):
        if name.endswith(stem):
            return name + suffix
    return name


def split_glued(piece: str) -> list[str]:
    return list(_split_glued(piece))


@lru_cache(maxsize=4096)
def _split_glued(piece: str) -> tuple[str, ...]:
    """Cut a unit string whose separators were lost into unit names, using the gazetteer.

    "政府办公室行政审批服务局" -> [政府办公室, 行政审批服务局];
    "市生态环境局成武分局县综合行政执法局" -> [市生态环境局成武分局, 县综合行政执法局];
    "全县新能源、新材料产业专班成员单位" is not touched (no cut inside a known name).
    """
    out: list[str] = []
    start = 0
    depth = 0
    i = 1
    n = len(piece)
    while i < n:
        ch = piece[i - 1]
        if ch in "（(【[":
            depth += 1
        elif ch in "）)】]":
            depth = max(0, depth - 1)
        if depth == 0 and i - start >= 2:
            left, right = piece[start:i], piece[i:]
            if (
                piece[i - 1 : i + 1] not in _UNBROKEN
                and not _level_body(left, right)
                and _left_complete(left)
                and _right_starts_unit(right)
                and not _own_office(left, right)
                and not _inside_known(piece, start, i)
            ):
                out.append(left)
                start = i
                i += 1
                continue
        i += 1
    out.append(piece[start:])
    return tuple(complete_bare(p) if not p.endswith(UNIT_ENDINGS) else p for p in out if p)


# a quantified town level: the name after it is that level's own body (各街道便民服务中心)
#: bare town levels (乡镇, 街道, 社区 …) and a quantified one, a level shared by every body named
#: after it ("各街道便民服务中心", "各乡镇、街道")
TOWN_LEVELS = frozenset(words("units_town_levels"))
QUANTIFIED_TOWN = re.compile(
    r"^(?:"
    + "|".join(sorted((*words("units_level_quantifiers"), "全"), key=len, reverse=True))  # (全镇…中心)
    + r")(?:"
    + "|".join(sorted(TOWN_LEVELS, key=len, reverse=True))
    + r")$"
)


def _level_body(left: str, right: str) -> bool:
    """ "各街道|便民服务中心": each 街道's own centre, one name (a right part with its own level,
    各街道|区民政局, is cut)."""
    return QUANTIFIED_TOWN.match(left) is not None and not right.startswith(PREFIXES)


def _own_office(left: str, right: str) -> bool:
    """ "县司法局|社区矫正管理局", "市民政局|养老服务管理中心": an unknown generic office with no level of its
    own after a name with one is that body's own office, one name (round 45a). A known department
    (县财政局|行政审批服务局) or a name with its own level (县司法局|县公安局) is still cut."""
    return (
        left[0] in _LEVELS
        and not right.startswith(PREFIXES)
        and known_prefix(right) is None
        and right.endswith(_GENERIC_ENDINGS)
    )


def _inside_known(piece: str, start: int, cut: int) -> bool:
    """True when a known name starting at or before `cut` runs across it (never cut a name in two)."""
    heads = _by_head()
    for s in range(start, cut):
        for name in heads.get(piece[s : s + 2], ()):
            if len(name) >= 3 and s + len(name) > cut and piece.startswith(name, s):
                return True
    return False
