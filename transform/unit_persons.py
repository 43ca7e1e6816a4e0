"""People printed beside a unit in a unit list, no part of any unit (EXTRACTION.md: person names
are never units): a name after a slash ("县发改局/王五"), an open bracket of contact details cut off
at a 联系电话： label ("街道便民服务中心（主任 李华 联系电话：…"), a spaced name with its post in
brackets ("街道综治中心 张强（副主任）"), a name alone in brackets ("镇文化站（王强）"), a post
printed as a label ("分管副区长：王某")."""

from __future__ import annotations

import re
from functools import lru_cache

from transform.gazetteer import DEPARTMENTS, SPLIT_ENDINGS, is_unit_like
from transform.lexicons import words
from transform.memo import per_document
from transform.unit_dates import date_tail_start
from transform.unit_words import is_person, is_person_name, is_titled_person

_SLASHES = "/／"
# a post in brackets after a person's name: 张强（副主任）
_POST_AFTER = re.compile(r"[（(]([^（()）]{2,8})[)）]$")


def is_slashed_person(piece: str, sep: str) -> bool:
    """A person's name after a slash ("县发改局/王五"): the contact of the unit before it. (The
    separator is looked at first: every piece of every unit list comes here, few after a slash.)"""
    if sep not in _SLASHES:
        return False
    person = is_person_name(piece) or is_titled_person(piece)  # ("县发改局/副局长 王五")
    return person and not is_unit_like(piece)


def without_open_person(value: str, view: str) -> tuple[str, str]:
    """(value, view) without an unclosed last bracket that holds a person (with a post or not)
    after a unit's name: "街道便民服务中心（主任 李华" (its 联系电话： ended the value)."""
    k = max(view.rfind("（"), view.rfind("("))
    if k <= 0 or view.find("）", k) >= 0 or view.find(")", k) >= 0:
        return value, view
    inner = view[k + 1 :].strip()
    if not inner or not (is_titled_person(inner) or is_person_name(inner)) or is_unit_like(inner):
        return value, view
    if not is_unit_like(re.split("[、，,；;：:]", view[:k])[-1].strip()):
        return value, view
    return value[:k], view[:k]


def is_person_with_post(piece: str) -> bool:
    """ "张强（副主任）": a person's name with the post in brackets after it."""
    m = _POST_AFTER.search(piece)
    if m is None or not is_person(m.group(1)):
        return False
    name = piece[: m.start()].strip()
    return is_person_name(name) and not is_unit_like(name)


# a person's name after a dash: 镇林业站—刘洋
_DASHED = re.compile(r"[—－–-]{1,2}\s*([\u4e00-\u9fff]{2,4})$")
# a phone number printed after a unit or its person: 13907451234, 0745-6231100, 电话：12345678
_PHONE = re.compile(r"(?:(?:联系)?电话|手机)?[:：]?[0-9][0-9\-－—]{6,}")
# what every match of _PHONE holds (its label and colon may be empty): the same test for `search`,
# without trying the optional label at every character
_PHONE_RUN = re.compile(r"[0-9][0-9\-－—]{6,}")


@per_document  # (a plan repeats its unit lists task after task: half the pieces come again)
def name_end(piece: str) -> int:
    """The end of the unit's name in a piece that closes with a person after a dash ("镇林业站—刘洋"
    -> 4) or glued to it ("县民政局李明" -> 4), or with a deadline ("县发改局 2024年底前" -> 4:
    `unit_dates`), or the piece's length."""
    end = date_tail_start(piece)
    if end == len(piece) and ("—" in piece or "－" in piece):
        end = _dashed_date_end(piece)  # "县教育局——2024年底前" (round 44a)
    return dashed_person_end(piece[:end]) if end == len(piece) else end


#: a deadline after a dash at a piece's end ("——2024年底前", "—2025年6月", "——持续推进")
_DASHED_DATE = re.compile(r"[—－]{1,2}\s*(?:20\d\d\s*年[^—－]{0,12}|持续推进|长期坚持|长期)$")


def _dashed_date_end(piece: str) -> int:
    """The end of the unit's name in a piece that closes with a dash and a deadline, or its length."""
    m = _DASHED_DATE.search(piece)
    if m is None or m.start() == 0:
        return len(piece)
    return m.start() if is_unit_like(piece[: m.start()].rstrip()) else len(piece)


def dashed_person_end(piece: str) -> int:
    """The end of the unit's name in a piece that closes with a dash and a person's name
    ("镇林业站—刘洋" -> 4) or with a person glued to it ("县民政局李明" -> 4), or the piece's length."""
    m = _DASHED.search(piece) if ("—" in piece or "-" in piece or "－" in piece or "–" in piece) else None
    if m is None or not is_person_name(m.group(1)) or is_unit_like(m.group(1)):
        return glued_person_end(piece)
    return m.start() if is_unit_like(piece[: m.start()].strip()) else len(piece)


def is_phone(piece: str) -> bool:
    """A phone number printed as a piece of its own ("13907451234", "电话：0745-6231100")."""
    return _PHONE.fullmatch(piece) is not None


_PHONE_CHARS = frozenset("0123456789-－—")
_PHONE_LABELS = ("联系电话", "电话", "手机")


def has_phone(view: str) -> bool:
    """Does the list hold a run of seven digits or more (a phone number)?"""
    return _PHONE_RUN.search(view) is not None


def is_contact_bracket(inner: str) -> bool:
    """A bracket of a person and a phone number after a unit: "（中队长 钱伟 电话：0571-86661234）"."""
    start = _trailing_phone(inner)
    if start < 0:
        return False
    person = inner[:start].strip(" ，,；;")
    return not person or is_titled_person(person) or is_person_name(person)


def _trailing_phone(inner: str) -> int:
    """Where a phone number that closes the text starts, with its label ("电话：0571-86661234"), or -1
    (read from the end: one pass)."""
    j = len(inner)
    while j > 0 and inner[j - 1] in _PHONE_CHARS:
        j -= 1
    if len(inner) - j < 7 or not inner[j].isdigit():
        return -1
    j = len(inner[:j].rstrip())
    if j > 0 and inner[j - 1] in ":：":
        j = len(inner[: j - 1].rstrip())
    label = next((w for w in _PHONE_LABELS if inner.endswith(w, 0, j)), "")
    return j - len(label)


def is_bracketed_contact(inner: str) -> bool:
    """One person's name alone in a bracket after a unit ("镇文化站（王强）", "镇社事办（陈刚）"): a
    common surname and one or two characters, no word of a department's name (林业, 金融) nor a
    field a unit's bracket names (文物: lexicon units_bracket_fields.txt). Such a bracket gives
    the unit's contact, no other name of it."""
    if not 2 <= len(inner) <= 3 or inner in _bracket_fields() or not is_person_name(inner):
        return False
    return not is_unit_like(inner)


@lru_cache(maxsize=1)
def _bracket_fields() -> frozenset[str]:
    """The listed bracket words and every two- or three-character piece of a department's name."""
    names = [*DEPARTMENTS, *(a for aliases in DEPARTMENTS.values() for a in aliases)]
    pieces = {n[i : i + k] for n in names for k in (2, 3) for i in range(len(n) - k + 1)}
    return frozenset(pieces | set(words("units_bracket_fields")))


def is_post_label(head: str) -> bool:
    """A post printed as a label before its holder's name ("分管副区长：王某", "包村领导：李四"): the
    piece names a person, no unit."""
    return bool(head) and is_person(head) and not is_unit_like(head)


def post_label_start(view: str, s: int, colon: int) -> int:
    """Where a post label before the colon at `colon` starts in the piece view[s:…]: s where the
    piece opens with it ("分管副区长：王某"), the end of the unit before it where a space parts them
    ("县发改局 负责人：王五" -> the end of 县发改局), -1 where the head is no post."""
    head = view[s:colon].strip(" \t\u3000")
    if not is_post_label(head):
        return -1
    parts = head.rsplit(None, 1)
    if len(parts) == 2 and is_unit_like(parts[0]) and is_post_label(parts[1]):
        return view.find(parts[0], s) + len(parts[0])
    return s


def is_people_bracket(inner: str) -> bool:
    """A bracket after a unit that names people only: a person and a phone number ("（中队长 钱伟
    电话：0571-86661234）"), a post ("（主要负责人）", "（王局长）"), or several names ("（王五、李四）")."""
    if is_contact_bracket(inner):
        return True
    if is_person(inner) and not is_unit_like(inner):
        return True
    names = re.split("[、，,/／]", inner)
    return len(names) > 1 and all(
        is_person_name(n) and not is_unit_like(n) and n not in _bracket_fields() for n in names
    )


_BODY_ENDS = (*SPLIT_ENDINGS, "）", ")")
_MAX_GLUED_PERSON = 7  # a post and a name glued after a unit: "局长李明" (title 2-3, name 2-3)


def glued_person_end(name: str) -> int:
    """The end of the unit's name in a name glued to a person after it ("县民政局李明" -> 4,
    "镇水利站站长刘洋" -> 4), or the name's length: the unit before must be complete (ending with a
    body's word), the rest a common surname and one or two characters (a post before it or not), no
    unit and no word of a department's or field's name ("县自然资源局林业" stays)."""
    if is_unit_like(name):
        return len(name)
    for k in range(max(2, len(name) - _MAX_GLUED_PERSON), len(name) - 1):
        head, tail = name[:k], name[k:]
        if not (head.endswith(_BODY_ENDS) and is_unit_like(head)):  # ("县发改局（县粮食局）王五")
            continue
        person = is_person_name(tail) or is_titled_person(tail)
        if person and tail not in _bracket_fields() and not is_unit_like(tail):
            return k
    return len(name)


def is_contact_piece(piece: str) -> bool:
    """A unit's contact printed after it in a cell, a piece of its own: a phone number or a person's
    name ("县商务局 李娜 13800001111")."""
    return is_phone(piece) or (is_person_name(piece) and not is_unit_like(piece))
