"""Units of a sentence that opens with the body under whose guidance or coordination others work:
"在县教育局的指导下，各中小学校负责建立监测台账。", "在各乡镇人民政府的统筹下，各村（社区）负责入户劝返。".

The doers (the names after the comma, before a 负责/落实 verb) carry the task. A body that only
guides or leads them (指导, 统一领导: lexicon `under_guides`) is no unit of the task, as a 指导单位 is
none; one that coordinates them (统筹, 牵头: `under_leads`) leads and the doers take part, as in
"由X统筹，Y配合". The doers must look like units ("在上级的指导下，我们负责…" names none), and so must a
coordinating body.
"""

from __future__ import annotations

import re

from transform.gazetteer import is_unit_like
from transform.lexicons import table, words
from transform.unit_clauses import is_department
from transform.unit_names import split_value
from transform.unit_words import simplified

_VERBS = table("units_roles")["verbs"]
_GUIDES = tuple(sorted(_VERBS["under_guides"], key=len, reverse=True))
_LEADS = tuple(sorted(_VERBS["under_leads"], key=len, reverse=True))
_DOER_VERBS = tuple(sorted(_VERBS["under_doer_verbs"], key=len, reverse=True))
_GUIDE_OPENERS = tuple(sorted(_VERBS["guide_openers"], key=len, reverse=True))
_GUIDE_TAILS = tuple(sorted(_VERBS["guide_tails"], key=len, reverse=True))
_OVERSEE_TAILS = tuple(sorted(_VERBS["oversee_tails"], key=len, reverse=True))

# 在, the body (≤ 40, no punctuation), 的, the guiding word, 下, a comma, the doers (≤ 60), a modal,
# then a doer verb; each run is bounded and stops at the first 的/下 or verb (linear in the text)
_UNDER = re.compile(
    r"在([^。；;\n，,的]{2,40})的?(" + "|".join(_GUIDES + _LEADS) + r")下[，,]?"
    r"([^。；;\n，,]{2,60}?)(?:要|应|将)?(?=" + "|".join(_DOER_VERBS) + ")"
)


def guided_units(
    text: str, view: str
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[int, int], str] | None:
    """(lead names, participating names, span, the guiding word) of the first such sentence, or None."""
    if "下" not in view or "在" not in view:
        return None
    for m in _UNDER.finditer(view):
        over = split_value(text[m.start(1) : m.end(1)])[0]
        doers = split_value(text[m.start(3) : m.end(3)])[0]
        if not doers or not all(_unit(n) for n in doers):
            continue
        word = m.group(2)
        if word not in _LEADS:  # the guiding body is none of the task's units
            return doers, (), (m.start(3), m.end()), word
        if over and all(_unit(n) for n in over):
            return over, doers, (m.start(), m.end()), word
    return None


def _unit(name: str) -> bool:
    return is_unit_like(simplified(name))


# a sentence that opens with bodies (≤ 40, no punctuation), a modal, a guiding verb and a comma; or such
# a piece after "，由" ("…种植面积，由乡农业服务中心负责技术指导，各村具体实施。", round 41e)
_GUIDE_PIECE = re.compile(
    r"(?:^|(?<=[。；;\n])|(?<=[，,]由))[ \t\u3000]*([^。；;\n，,]{2,40}?)(?:要|应)?(?:"
    + "|".join(_GUIDE_OPENERS)
    + r")[，,]"
)
#: the rest of the sentence must give the work to others (a 负责/落实/实施 clause)
_REST_VERBS = ("负责", "落实", "实施", "承办", "牵头")


def masked_guides(text: str, view: str) -> tuple[str, str] | None:
    """text and view with each guiding piece ("县教育局负责指导，") written over with full stops, so
    that the clause after it opens its sentence ("各中小学校负责实施。" leads); None when there is none."""
    if "指导" not in view and "督" not in view:
        return None
    spans = _guide_tails(text, view)
    if "督" in view:
        spans.extend(_tails(text, view, _OVERSEE_PIECE, _OVERSEE_HEAD_VERBS))
    for m in _GUIDE_PIECE.finditer(view):
        # the rest of its sentence (at most _REST_MAX characters: each search is bounded)
        limit = min(len(view), m.end() + _REST_MAX)
        stop = min((i for i in (view.find(ch, m.end(), limit) for ch in "。；;\n") if i >= 0), default=limit)
        if not any(w in view[m.end() : stop] for w in _REST_VERBS) or "牵头" in m.group(1):
            continue  # (no work given to others; "县住建局牵头负责技术指导" leads)
        names = split_value(text[m.start(1) : m.end(1)])[0]
        if names and all(_unit(n) for n in names):
            spans.append((m.start(), m.end()))
    if not spans:
        return None
    spans.sort()
    return _overwritten(text, spans), _overwritten(view, spans)


# a clause that closes its sentence with bodies (≤ 40, no punctuation), a modal and a guiding verb:
# "…负责组织实施，县农业农村局负责业务指导。", "…组织实施，市水利局做好技术指导。" (round 41e)
_GUIDE_TAIL_PIECE = re.compile(
    r"[，,][ \t\u3000]*([^。；;\n，,]{2,40}?)(?:要|应)?(?:"
    + "|".join(_GUIDE_TAILS)
    + r")[ \t\u3000]*(?=[。；;\n]|$)"
)


# a clause that closes its sentence with bodies that oversee the work: "…，责成县交通运输局限期治理，
# 县自然资源局督办。", "…，由县住建局负责，县政府督查室跟踪督办。" (lexicon `oversee_tails`, round 41h)
_OVERSEE_PIECE = re.compile(
    r"[，,][ \t\u3000]*([^。；;\n，,]{2,40}?)(?:要|应)?(?:"
    + "|".join(_OVERSEE_TAILS)
    + r")[ \t\u3000]*(?=[。；;\n]|$)"
)
#: the earlier part of the sentence gives the work to bodies (a role verb, or a matter handed to them)
_OVERSEE_HEAD_VERBS = (
    "负责",
    "落实",
    "实施",
    "承办",
    "牵头",
    "主办",
    "配合",
    "协办",
    "责成",
    "交由",
    "转交",
    "办理",
    # "县财政局作为整改责任单位，建立台账，县纪委监委派驻纪检监察组跟踪督办。" (round 45g)
    "责任单位",
)


def _guide_tails(text: str, view: str) -> list[tuple[int, int]]:
    """Spans of guiding clauses that close a sentence whose earlier part gives the work to others (a
    负责/落实/实施 clause within _REST_MAX characters before it), with the comma before it."""
    if "指导" not in view:
        return []
    return _tails(text, view, _GUIDE_TAIL_PIECE, _REST_VERBS)


def _tails(
    text: str, view: str, pattern: re.Pattern[str], head_verbs: tuple[str, ...]
) -> list[tuple[int, int]]:
    """Spans of the `pattern` clauses that close a sentence whose earlier part (within _REST_MAX
    characters before it) holds one of `head_verbs`, with the comma before it."""
    spans = []
    for m in pattern.finditer(view):
        start = max(0, m.start() - _REST_MAX)
        head = view[max(start, *(view.rfind(ch, start, m.start()) + 1 for ch in "。；;\n")) : m.start()]
        piece = head[max(head.rfind("，"), head.rfind(",")) + 1 :]
        if not any(w in head for w in head_verbs) or any(w in piece for w in _EVERYONE):
            continue  # ("各有关单位负责，县城管局指导。": everyone does it, no unit)
        if any(w in view[m.start(1) : m.end()] for w in _HELPERS):
            continue  # ("…，区市场监管局协助指导。": a helper takes part, round 43i)
        names = split_value(text[m.start(1) : m.end(1)])[0]
        if names and all(_unit(n) for n in names):
            spans.append((m.start(), m.end()))
    return spans


_REST_MAX = 120
#: a guiding clause with one of these words helps the doers: its body takes part (round 43i)
_HELPERS = tuple(words("units_guide_helpers"))
#: the doers are everyone (各部门, 各有关单位): the sentence names no unit
_EVERYONE = ("有关", "相关", "各部门", "各单位", "各成员")


def _overwritten(s: str, spans: list[tuple[int, int]]) -> str:
    """s with the characters of the (sorted, disjoint) spans as full stops, in one pass."""
    out: list[str] = []
    at = 0
    for a, b in spans:
        out.append(s[at:a])
        out.append("。" * (b - a))
        at = b
    out.append(s[at:])
    return "".join(out)


# a body that opens a sentence, a colon, then 牵头 ("区应急管理局：牵头组织开展…，区公安分局配合…"):
# ≤ 30 characters without punctuation, each run bounded (round 41e)
_SUBJECT_LEADS = re.compile(
    r"(?:^|(?<=[。；;\n]))[ \t\u3000]*([^。；;\n：:，,、（()）]{2,30})[：:](?=[ \t\u3000]*牵头)"
)


def subject_colon_leads(text: str, view: str) -> tuple[str, str]:
    """text and view with the colon after a body that opens a sentence with 牵头 written as a space, so
    that the body and its verb read as a clause ("区应急管理局 牵头组织开展…"); unchanged otherwise."""
    if not _colon_before_lead(view):
        return text, view
    at = [m.end(1) for m in _SUBJECT_LEADS.finditer(view) if is_department(m.group(1))]
    if not at:
        return text, view
    return _spaced(text, at), _spaced(view, at)


def _colon_before_lead(view: str) -> bool:
    """Is some 牵头 of view right after a colon (spaces between allowed)? A cheap test before the
    sentence scan: most texts hold 牵头 only in a label ("牵头单位：…") or after a name."""
    i = view.find("牵头")
    while i >= 0:
        j = i
        while j > 0 and view[j - 1] in " \t\u3000":
            j -= 1
        if j > 0 and view[j - 1] in "：:":
            return True
        i = view.find("牵头", i + 2)
    return False


def _spaced(s: str, at: list[int]) -> str:
    """s with a space at each of the (sorted) positions, in one pass."""
    out: list[str] = []
    prev = 0
    for i in at:
        out.append(s[prev:i])
        out.append(" ")
        prev = i + 1
    out.append(s[prev:])
    return "".join(out)
