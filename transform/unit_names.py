"""A printed list of units -> unit names, as printed.

"县发改局、县财政局等部门" -> 县发改局, 县财政局. The rules (EXTRACTION.md, settled questions):
- split on 、，,；;/ at bracket depth 0, on line breaks, and on spaces between unit names (table
  cells); a trailing 等/等部门 and 按职责分工负责-like verbs are dropped;
- names that share a suffix stay whole: 各乡、镇人民政府, 市直有关部门、单位, 全县新能源、新材料产业专班成员单位;
- notes in brackets ("（列第一位者为牵头单位，下同）") are cut from the names and reported as a rule (`Note`);
- a label left inside a piece ("配合单位：县统计局") is cut; people (张三副县长, 分管副区长：王某,
  镇文化站（王强）) and prose pieces are dropped; glued names are cut with the gazetteer.
Decisions read a simplified working copy (traditional pages); the names returned are slices of the text
as printed.

Long module: `split_value` and the piece rules it calls read one printed list together; the rules
that stand alone live beside it (unit_breaks, unit_dashes, unit_persons, unit_shared, unit_fields).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transform.gazetteer import SPLIT_ENDINGS, is_bare_branch, is_unit_like, split_glued
from transform.memo import per_document
from transform.unit_breaks import join_wrapped_names
from transform.unit_breaks import split_spaces as _split_spaces
from transform.unit_dashes import split_dashes as _split_dashes
from transform.unit_fields import field_list as _field_list
from transform.unit_handed import TOWN_AFTER_JIAO
from transform.unit_marks import read_marks, spread_group_marks, spread_lead_marks
from transform.unit_persons import (
    has_phone,
    is_bracketed_contact,
    is_people_bracket,
    is_slashed_person,
    name_end,
    post_label_start,
    without_open_person,
)
from transform.unit_shared import merge_shared as _merge_shared
from transform.unit_shared import stutters as _stutters
from transform.unit_tails import is_tail as _is_tail
from transform.unit_words import (
    AREA_SET,
    COLON_ONLY_LABELS,
    DENG_KIND,
    DENG_KIND_LAST,
    DENG_WORD_HEADS,
    FIRST_IS_LEAD_NOTES,
    FOLLOWING_NOTES,
    JOIN_ENDINGS,
    JOIN_LEVELS,
    JOIN_STRONG_ENDINGS,
    LABEL_KIND,
    LABELS,
    LIST_TAILS,
    OTHER_NOTES,
    PERSON_TITLES,
    PROSE_EXCEPTIONS,
    PROSE_WORDS,
    UNKNOWN_LABEL_NAME_HEADS,
    VERBS,
    alternation,
    is_person,
    is_person_name,
    is_titled_person,
    simplified,
    word_search,
)

OPEN, CLOSE = "（(【[〔〈", "）)】]〕〉"
_SEP = "、，,；;/／|｜\n"
# Words that end a list without being part of its last name: verbs, by-duty phrases, 等-forms
# (lexicon units_tails).
_TAILS = tuple(
    sorted(
        {v for kind in ("resp", "impl", "part", "lead") for v in VERBS[kind]} | set(LIST_TAILS),
        key=len,
        reverse=True,
    )
)
_TAILS_BY_LAST: dict[str, tuple[str, ...]] = {}
for _t in _TAILS:
    _TAILS_BY_LAST[_t[-1]] = (*_TAILS_BY_LAST.get(_t[-1], ()), _t)
_PROSE = word_search(PROSE_WORDS + tuple(PROSE_EXCEPTIONS))
_PERSON_LABEL = re.compile("(?:" + alternation(LABELS["person"]) + ")\\s*[:：]")
_DENG_COUNT = re.compile(r"等[\d一二三四五六七八九十两]{1,3}个?(?:部门|单位|乡镇|镇街|街道)$")
_NOTE = word_search(FIRST_IS_LEAD_NOTES + FOLLOWING_NOTES + OTHER_NOTES)
#: a joining word before a name in a list (县财政局、及县发改局); matched at the piece's start
#: (`match(view, s, e)`: no `^`, which would only hold at the string's start)
#: 交/交由 hands a matter to a body (会议纪要, 交办单: "交市教育局牵头办理"); a bare 交 only before a
#: level (交警大队, 交通运输局 keep theirs); so do 转/转交/转由 and 责成 (信访 and 督办 lists: "转市信访局
#: 牵头办理", "责成市委政法委牵头办理"); 其中 opens a note that names the lead ("…，其中县林业局为牵头单位")
_DROP_HEAD = re.compile(
    r"(?:并由|由(?!于)|请(?!示)|以及|及(?!时)|会同|交由|转交|转由|责成|其中|"
    r"[交转](?!市场|区域|县域|市域|乡村|镇村)(?=[省市州盟县区旗镇乡])|"
    + TOWN_AFTER_JIAO
    + r")(?=[\u4e00-\u9fff]{2})"
)
_HEAD_FIRST = frozenset("并由请以及会交转责其")
_LABEL_LEN = max(len(k) for k in LABEL_KIND)
_NO_NAME = re.compile(r"[\d\s.\-—]*")
_STRIP = " \t\u3000:：。.·•—–－▲△●◆◇■□※▶►"  # and the dash that opens a list after a task ("——县发改局牵头")
# (and a bullet mark before the next label: "▲牵头单位：县卫健局；▲参与单位：…", round 41k)
#: a piece longer than this that looks like no unit is prose, not a name
_PROSE_LEN = 16
#: no unit name is longer than this, and no list of them longer than _MAX_LIST_LEN
_MAX_NAME_LEN = 80
_MAX_LIST_LEN = 3000


@dataclass(frozen=True)
class Note:
    """Rules stated inside a unit list."""

    first_is_lead: bool = False  # 列第一位者为牵头单位
    following: bool = False  # …，下同: the rule holds for the following tasks too


NO_NOTE = Note()


def split_units(value: str) -> list[str]:
    """Split a printed list of units into unit names, as printed."""
    return list(split_value(value)[0])


@per_document
def split_value(value: str) -> tuple[tuple[str, ...], Note]:
    """(unit names as printed, the note the list states)."""
    if len(value) > _MAX_LIST_LEN:  # no list of units is that long: a page without separators
        value = value[:_MAX_LIST_LEN]
    view = simplified(value)
    fields = _field_list(value, view)
    if fields:
        return fields, NO_NOTE
    note_words = _NOTE.search(view) is not None
    cut = note_words or _PERSON_LABEL.search(view) is not None or _BRACKETED_SHORT.search(view) is not None
    cut = cut or has_phone(view)
    value, view, note = _cut_notes(value, view) if cut else (value, view, NO_NOTE)
    value, view = join_wrapped_names(value, view)  # "区自然资源" / "分局、…": one name over two lines
    value, view = without_open_person(value, view)  # "…中心（主任 李华" (联系电话： cut it)
    if "（" in view or "(" in view or "〈" in view or "<" in view:
        value, view = read_marks(value, view)  # "A（主）、B（协）", "A（牵头）B" (round 44a)
    pieces = _pieces(view)
    names: list[tuple[str, str]] = []  # (view, printed)
    seps: list[str] = []  # the separator before each piece
    for s, e, sep in pieces:
        found = _NOTE.search(view, s, e) if note_words else None
        if found is not None:  # "…，列第一位的为牵头单位" outside brackets
            piece_note = note_of(view[s:e])
            if piece_note is not NO_NOTE:
                note = _merge_notes(note, piece_note)
                # "省发改委（省能源局）。列第一位者为牵头部门": the name before the sentence stays
                e = view.rfind("。", s, found.start())
                if e <= s:
                    continue
        span = _clean(view, s, e)
        if span is None:
            continue
        cs, ce = span
        if names and is_slashed_person(view[cs:ce], sep):  # "县发改局/王五": its contact
            continue
        ce = cs + name_end(view[cs:ce])  # "镇林业站—刘洋", "县民政局李明", "县发改局 2024年底前"
        seps.append(sep)
        names.append((view[cs:ce], value[cs:ce]))
    out: list[str] = []
    merged = _merge_shared(names, seps)
    if "牵头" in view and len(merged) == len(names) and _GROUP_WORDS.search(view) is not None:
        merged = spread_group_marks(merged, seps)  # "A、B（分别牵头），C": A and B lead (round 44a)
    if len(merged) == len(names) and ("，" in view or "；" in view or "," in view or ";" in view):
        merged = spread_lead_marks(merged, seps)  # "A、B（牵头），C": the group leads (round 43a)
    for i, (v, p) in enumerate(merged):
        if len(v) > _MAX_NAME_LEN or _stutters(v, merged[i + 1 : i + 2]):
            continue
        for name in _names_of(v) if v == p else _printed_names(v, p):
            if name not in out:
                out.append(name)
    return tuple(out), note


@lru_cache(maxsize=8192)
def _names_of(piece: str) -> tuple[str, ...]:
    """The unit names of one piece of a list (simplified, printed so): spaces and glued names cut,
    people and prose dropped. Pieces are unit names, shared by many documents: cached."""
    return _printed_names(piece, piece)


def _printed_names(view: str, printed: str) -> tuple[str, ...]:
    """_names_of for a piece whose printed form differs from its simplified view."""
    out: list[str] = []
    for bv, bp in (d for sv, sp in _split_spaces(view, printed) for d in _split_dashes(sv, sp)):
        glued = [g for j in _split_joined(bv) for g in (split_glued(j) if "、" not in j else (j,))]
        for g in glued:
            name = _printed(g, bv, bp)
            gv = g if bv is bp or bv == bp else simplified(name)
            if name and not is_person(gv) and not _is_prose(gv) and not _is_tail(gv):
                out.append(name)
    return tuple(out)


#: the words of a group lead mark (lexicon units_role_marks group_lead): a cheap test before the rule
_GROUP_WORDS = re.compile(r"(?:分别|共同|联合|均为|同为)(?:为)?牵头")
_AND = re.compile(r"以及|会同|和|及|与")
# "能源局等省有关部门和…": the collective after 等 stands for the others named; the name before it stays
_DENG_COLLECTIVE = re.compile(
    r"等(?:(?:[省市县区州乡镇]级?|[省市县区乡镇]直|驻[镇乡村街县市区]|[镇乡]属)?|[\u4e00-\u9fff]{0,4}各)"
    r"(?:有关|相关|其他)?(?:部门|单位)$"
)  # (镇司法所等驻镇单位, 镇财政所等镇直部门: a town's collectives too; 县委统战部等县委各部门, 县检察院等政法各单位:
# the bodies a 各 sums up, round 43a)
# a collective of bodies that may end the name before a 和/及 ("市级各有关部门及各县市区政府")
_COLLECTIVE_ENDINGS = ("部门", "单位")


def _split_joined(view: str) -> list[str]:
    """ "县发改局和县财政局" -> two names; not 住房和城乡建设局, 海洋与渔业局, 党工委和管委会: only where a
    complete name ends before the 和/及/与 and a name with its own level starts after it. A collective before
    it ends a name too ("市级各有关部门及各县市区政府"), and an 等-collective stands for the others named
    ("能源局等省有关部门和各地级以上市人民政府" -> 能源局, 各地级以上市人民政府)."""
    if _AND.search(view) is None:
        return [view]
    out: list[str] = []
    start = 0
    for m in _AND.finditer(view):
        left, right = view[start : m.start()], view[m.end() :]
        areas = AREA_SET.fullmatch(right) is not None  # "…环保厅及相关盟市": a set of areas ends the list
        if not (
            areas
            or (right.startswith(JOIN_LEVELS) and is_unit_like(right))
            or (left.endswith(JOIN_STRONG_ENDINGS) and _complete_right(right))
        ):
            continue
        deng = _DENG_COLLECTIVE.search(left)
        if deng is not None and deng.start() > 0 and is_unit_like(left[: deng.start()]):
            out.append(left[: deng.start()])
            start = m.end()
        elif (areas or left.endswith(SPLIT_ENDINGS + _COLLECTIVE_ENDINGS + JOIN_ENDINGS)) and is_unit_like(
            left
        ):
            out.append(left)
            start = m.end()
    out.append(view[start:])
    return out


def _complete_right(right: str) -> bool:
    """Does the rest after 和/及 start with a complete unit name ("生态环境厅", "生态环境厅及相关盟市")?"""
    head = _AND.split(right, 1)[0]  # (a branch word alone ends the name: 市生态环境局会同分局, 会同 a county)
    return head.endswith(SPLIT_ENDINGS + JOIN_ENDINGS) and is_unit_like(head) and not is_bare_branch(head)


def has_prose_word(text: str) -> bool:
    """Does the text hold a word that never stands inside a unit name (units_prose_words.txt)?
    Not one inside a phrase of units_prose_exceptions.txt (各地级以上市人民政府)."""
    m = _PROSE.search(text)
    while m is not None and m.group() in PROSE_EXCEPTIONS:
        m = _PROSE.search(text, m.end())
    return m is not None


def _is_prose(name: str) -> bool:
    """A piece of a sentence in a unit column: long, or holding a prose word, and no unit name."""
    return (len(name) > _PROSE_LEN or has_prose_word(name)) and not is_unit_like(name)


def _printed(name: str, view: str, printed: str) -> str:
    """The printed form of `name`, a piece of `view` (the simplified copy of `printed`)."""
    if view is printed or view == printed:
        return name
    i = view.find(name)
    return printed[i : i + len(name)] if i >= 0 else name


def _cut_notes(value: str, view: str) -> tuple[str, str, Note]:
    """Cut the bracketed notes ("（列第一位者为牵头单位，下同）") out of a unit list."""
    note = NO_NOTE
    groups = _bracket_groups(view)
    persons = {(s, e) for s, e in groups if _bracketed_person(view, s, e)}
    for s, e in reversed(groups):
        inner = view[s + 1 : e - 1]
        if _NOTE.search(inner):
            note = _merge_notes(note, note_of(inner))
            value, view = value[:s] + value[e:], view[:s] + view[e:]
        elif _PERSON_LABEL.search(inner) or (is_people_bracket(inner) and _after_name(view, s)):
            # "县发改局（负责人：张三）", "…中队（中队长 钱伟 电话：0571-…）", "（主要负责人）", "（王五、李四）"
            value, view = value[:s] + value[e:], view[:s] + view[e:]
        elif (s, e) in persons and (len(persons) > 1 or _has_title(inner) or is_bracketed_contact(inner)):
            # "区工信局（张三）、区发改局（李四）", "县交通运输局（局长赵六）", "镇文化站（王强）" (not 林业)
            value, view = value[:s] + value[e:], view[:s] + view[e:]
    return value, view, note


def _bracketed_person(view: str, s: int, e: int) -> bool:
    inner = view[s + 1 : e - 1]
    person = is_person_name(inner) or is_titled_person(inner)
    return _after_name(view, s) and person and not is_unit_like(inner)


def _has_title(inner: str) -> bool:
    return inner.startswith(PERSON_TITLES) or inner.endswith(PERSON_TITLES) or is_titled_person(inner)


def strip_bracketed_persons(cell: str) -> str:
    """A unit cell of a 责任单位（责任人） column without its bracketed persons: "镇文化站（王强）" ->
    "镇文化站" (the column says the brackets name persons)."""
    view = simplified(cell)
    for s, e in reversed(_bracket_groups(view)):
        if _bracketed_person(view, s, e):
            cell, view = cell[:s] + cell[e:], view[:s] + view[e:]
    return cell


# a short bracket (a person's name, with or without a title: "（张三）", "(局长赵六)") after a character
_BRACKETED_SHORT = re.compile(
    r"[^、，,；;：:（(\s][（(〔【][\u4e00-\u9fff][\u4e00-\u9fff 　、：:]{1,13}[）)〕】]"
)


def _after_name(view: str, s: int) -> bool:
    """Does the bracket at s follow a unit name ("区工信局（张三）"), not a separator or a label?"""
    j = s
    while j > 0 and view[j - 1] not in "、，,；;：:（(":
        j -= 1
    return j < s and is_unit_like(view[j:s].strip())


def note_of(text: str) -> Note:
    """The rules a note states (列第一位者为牵头单位, 下同), or NO_NOTE."""
    first = any(w in text for w in FIRST_IS_LEAD_NOTES)
    following = any(w in text for w in FOLLOWING_NOTES)
    return Note(first, following) if (first or following) else NO_NOTE


def _merge_notes(a: Note, b: Note) -> Note:
    if b is NO_NOTE:
        return a
    if a is NO_NOTE:
        return b
    return Note(a.first_is_lead or b.first_is_lead, a.following or b.following)


def _bracket_groups(view: str) -> list[tuple[int, int]]:
    """(start, end) of each outermost bracket group, end after its closing bracket."""
    out: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for i, ch in enumerate(view):
        if ch in OPEN:
            if depth == 0:
                start = i
            depth += 1
        elif ch in CLOSE and depth:
            depth -= 1
            if depth == 0:
                out.append((start, i + 1))
    return out


_PIECE_CHARS = re.compile("[" + re.escape(OPEN + CLOSE + _SEP) + "]")


def _pieces(view: str) -> list[tuple[int, int, str]]:
    """(start, end, separator before) of the pieces between separators at bracket depth 0."""
    out: list[tuple[int, int, str]] = []
    depth = 0
    start = 0
    sep = ""
    for m in _PIECE_CHARS.finditer(view):
        ch = m.group()
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append((start, m.start(), sep))
            start, sep = m.end(), ch
    out.append((start, len(view), sep))
    return out


def _balance(s: str) -> int:
    """Opening minus closing brackets."""
    return sum(s.count(c) for c in OPEN) - sum(s.count(c) for c in CLOSE)


# The first and last characters of a piece that some rule of `_clean` looks at: a piece that
# starts and ends with none of them and has no colon is a name as it stands (most pieces).
_CLEAN_FIRST = frozenset(_STRIP + OPEN) | _HEAD_FIRST
_CLEAN_LAST = frozenset(_STRIP + OPEN + CLOSE + "门位街镇") | frozenset(_TAILS_BY_LAST) | DENG_KIND_LAST


def _clean(view: str, s: int, e: int, fast: bool = True) -> tuple[int, int] | None:
    """The (start, end) of the name in view[s:e]: without stray punctuation, unbalanced brackets,
    a trailing 等/verb, a leading 由/及, or a label before a colon; None when nothing is left.
    (`fast=False`: every piece goes through the loop, the reference of the tests.)"""
    prev = None
    if (
        fast
        and e > s
        and view[s] not in _CLEAN_FIRST
        and view[e - 1] not in _CLEAN_LAST
        and view.find("：", s, e) < 0
        and view.find(":", s, e) < 0
    ):
        prev = (s, e)  # no rule of the loop changes such a piece: its first pass is skipped
    while (s, e) != prev:
        prev = (s, e)
        piece = view[s:e]
        kept = piece.strip(_STRIP)
        if len(kept) != len(piece):
            s += len(piece) - len(piece.lstrip(_STRIP))
            e = s + len(kept)
        if e > s and view[e - 1] in CLOSE and _balance(view[s:e]) < 0:
            e -= 1
        if e > s and view[s] in OPEN and _balance(view[s:e]) > 0:
            s += 1
        if e > s and view[e - 1] in OPEN:  # the bracket of the next label: "县发改局【配合单位】"
            e -= 1
        for tail in _TAILS_BY_LAST.get(view[e - 1], ()) if e > s else ():
            if e - len(tail) > s and view.startswith(tail, e - len(tail)):
                e -= len(tail)
                break
        else:
            m = _DENG_COUNT.search(view, max(s, e - 12), e) if e > s and view[e - 1] in "门位街镇" else None
            if m is None and e > s and view[e - 1] in "门位":  # 市财政局等市级相关单位
                m = _DENG_COLLECTIVE.search(view, max(s, e - 10), e)
            if m is None and e > s and view[e - 1] in DENG_KIND_LAST and "等" in view[max(s, e - 14) : e]:
                m = DENG_KIND.search(view, max(s, e - 14), e)  # 县第二人民医院等医疗机构
                m = None if m is None or view[m.start() - 1] in DENG_WORD_HEADS else m
            if m is not None and m.start() > s:  # 县发改局等8个部门
                e = m.start()
        if e > s and view[s] in _HEAD_FIRST:
            m = _DROP_HEAD.match(view, s, e)
            if m is not None:
                s = m.end()
        colon = max(view.rfind("：", s, e), view.rfind(":", s, e))
        if colon >= 0 and (k := post_label_start(view, s, colon)) >= 0:  # "分管副区长：王某": a person
            return (s, k) if k > s else None  # ("县发改局 负责人：王五": the unit before it stays)
        if colon >= 0 and _balance(view[s:colon]) == 0 and _label_or_prose(view[s:colon]):
            s = colon + 1
    if s >= e or (not "\u4e00" <= view[s] <= "\u9fff" and _NO_NAME.fullmatch(view, s, e)):
        return None
    if e - s <= _LABEL_LEN and view[s:e] in LABEL_KIND and view[s:e] not in COLON_ONLY_LABELS:
        return None  # a label is never a unit name (相关部门 is one without its colon)
    return s, e


# A label the lexicon does not know, by its shape: two characters and a label noun (管理单位, 运维单位,
# 业主单位); a name before a colon has a place, a level or a collective word (有关单位, 市直单位 …).
_LABEL_SHAPE = re.compile(r"[\u4e00-\u9fff]{2}(?:单位|部门)")


def _label_or_prose(head: str) -> bool:
    """Is the text before a colon inside a piece a label ("配合单位", "管理单位") or no unit name?"""
    head = head.strip(_STRIP)
    if _LABEL_SHAPE.fullmatch(head) and not head.startswith(UNKNOWN_LABEL_NAME_HEADS):
        return True
    return head in LABEL_KIND or not is_unit_like(head)
