"""A meeting's request or charge to bodies, without a role verb (会议纪要 议定事项, round 42a):
"请县财政局尽快拨付第二批补偿资金", "会议要求县城投公司加快安置房主体施工", "責成縣商務局抓緊…".

After an opener (lexicon units_roles.toml, [verbs] request_openers: 请, 会议要求, 责成 …) at the start of a
piece of the text's first line (the line start, or after 。；：，), the names that follow end where an
adverb or a work verb opens (request_work: 尽快, 抓紧, 拨付 …; or a joint_sentence_work verb: 做好, 制定 …);
every name must be a government body printed with its level (县…, 区…) or a town by its name. The bodies
lead. 申请, 邀请, 提请 (请 inside a word), a person ("请王副县长牵头") and everyone ("请各单位尽快…") name none.
Round 42g: bodies after 会同 take part ("请市住建局会同市财政局抓紧制定…" -> lead 市住建局, 市财政局 takes
part), and 责令 (a 督查 通报's order) is read as 责成 (`orders_as_charges`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from transform.lexicons import table
from transform.unit_joint import JOINT_SENTENCE_WORK, first_line_end, is_body, is_towns
from transform.unit_names import split_value
from transform.unit_words import VERB_KIND, simplified

_VERBS = table("units_roles")["verbs"]
_OPENERS = tuple(sorted(_VERBS["request_openers"], key=len, reverse=True))
_WORK = tuple(sorted({*_VERBS["request_work"], *JOINT_SENTENCE_WORK}, key=len, reverse=True))
_WORK_FIRST = frozenset(w[0] for w in _WORK)
#: what may stand before an opener: the start of a piece
_PIECE_STARTS = '。；;：:，,\n \u3000“「『"'  # (or an opening quote: 批示：“请县发改局阅研…”, round 44b)
_NAMES_MIN, _NAMES_MAX = 3, 40
#: a cheap test: the first characters of the openers
_HINT = tuple(sorted({w[0] for w in _OPENERS}))


Found = tuple[tuple[str, ...], tuple[str, ...], tuple[int, int]]


def orders_as_charges(text: str, view: str) -> tuple[str, str]:
    """(text, view) with 责令 read as 责成 (same length): "责令县交通运输局限期整改" charges the body as
    "责成县交通运输局限期整改" does; no unit name holds either word (round 42g)."""
    chars, marks = list(text), list(view)
    i = view.find("责令")
    while i >= 0:
        chars[i : i + 2] = marks[i : i + 2] = ["责", "成"]
        i = view.find("责令", i + 2)
    return "".join(chars), "".join(marks)


def request_units(text: str, view: str) -> Found | None:
    """(lead, participating, span) of the bodies the first request of the text's first line charges, or
    None."""
    end = first_line_end(view)
    if not any(view.find(c, 0, end) >= 0 for c in _HINT):
        return None
    for opener in _OPENERS:
        i = view.find(opener, 0, end)
        while i >= 0:
            if i == 0 or view[i - 1] in _PIECE_STARTS:
                found = _bodies_after(text, view, i + len(opener), end)
                if found is not None:
                    return found
            i = view.find(opener, i + 1, end)
    return None


def joined_after(text: str, view: str, k: int, end: int) -> tuple[str, ...]:
    """The bodies of a piece at k that opens with 会同/联合 after a request ("请县发改局阅研，会同县财政局提出降本
    措施": 县财政局 takes part, round 44b), else ()."""
    w = next((w for w in ("会同", "联合") if view.startswith(w, k)), "")
    found = _bodies_after(text, view, k + len(w), end) if w else None
    return found[0] if found is not None else ()


def _bodies_after(text: str, view: str, s: int, end: int) -> Found | None:
    """The bodies of view[s:…] before the first adverb or work verb after which they all are bodies."""
    limit = min(end, s + _NAMES_MAX)
    for e in range(s + _NAMES_MIN, limit):
        ch = view[e - 1]
        if ch in "。；;，,：:\n":
            return None  # (the names never cross a piece end)
        if not _work_at(view, e):
            continue
        k = view.find("会同", s, e)  # "请县民政局会同县消防救援大队研究解决": the others take part
        k = k if k > s else e
        lead, part = split_value(text[s:k])[0], split_value(text[k + 2 : e])[0] if k < e else ()
        names = (*lead, *part)
        if lead and all((is_body(n) and not simplified(n).startswith("各")) or _every_town(n) for n in names):
            return tuple(lead), tuple(part), (s, e)
    return None


#: round 47j: a deadline between the bodies and the work ("请县水利局于4月30日前完成…", "责成县财政局于5月底前…")
_DEADLINE = re.compile(
    r"[于在][0-9一二三四五六七八九十]{1,4}月(?:[0-9一二三四五六七八九十]{1,3}日|底|中旬|上旬|下旬)?(?:前|以前)"
)


def _work_at(view: str, e: int) -> bool:
    """Does an adverb, a work verb or a deadline open at view[e] (the bodies end before it)?"""
    if view[e] in "于在":
        return _DEADLINE.match(view, e) is not None
    return view[e] in _WORK_FIRST and view.startswith(_WORK, e)


#: the levels of every town or village of the area, a request may charge ("请各乡镇人民政府组织开展…",
#: round 43b; not everyone: "请各单位尽快…")
_TOWN_WORDS = ("乡", "镇", "街道", "村", "社区")


def _every_town(name: str) -> bool:
    view = simplified(name)
    return is_towns(name) and any(w in view for w in _TOWN_WORDS)


#: what ends the piece before a body charged with 要 (and a PDF line break inside the sentence is no end)
_PIECE_ENDS = "。；;，,：:"


def charged_bodies(
    text: str, view: str, areas: Callable[[str], bool]
) -> list[tuple[tuple[str, ...], tuple[int, int]]]:
    """(names, span) of each piece of a minutes item that opens with bodies and 要 ("县财政局要加快拨付资金，
    县审计局要开展专项审计": both; 要求 is no charge). Every name must be a body printed with its level or
    towns (`areas`: "各乡镇人民政府要落实属地责任"); everyone ("各部门要密切配合") names none (round 42g)."""
    found = []
    head = view.find(
        "\n"
    )  # a heading line of its own over the item's prose ("全力稳住工业增长\n县工信局要…")
    head = head if head > 0 and "。" not in view[:head] else -1
    i = view.find("要")
    while i >= 0:
        low = max(0, i - _NAMES_MAX - 1)  # (bounded: the names are never longer)
        s = max(view.rfind(c, low, i) for c in _PIECE_ENDS) + 1
        s = s if s > 0 else (0 if low == 0 else i)
        s = head + 1 if s <= head < i else s  # (round 43b)
        if _NAMES_MIN <= i - s <= _NAMES_MAX and view[i + 1 : i + 2] not in ("求", "点", "素", "闻"):
            names = split_value(text[s:i].replace("\n", ""))[0]
            if names and all(is_body(n) or areas(n) for n in names):
                found.append((tuple(names), (s, i)))
        i = view.find("要", i + 1)
    return _with_unmarked(text, view, found, areas) if found else found


#: round 45b: a piece after a charge of the same sentence whose bodies take their share without 要 ("市行政审批局、
#: 市发改委要开辟绿色通道，市自然资源局加强用地保障"): its bodies take part beside the charged ones (charged_roles;
#: lexicon units_object_clauses.toml, [charges] unmarked)
_UNMARKED = tuple(sorted(table("units_object_clauses")["charges"]["unmarked"], key=len, reverse=True))
_UNMARKED_FIRST = frozenset(w[0] for w in _UNMARKED)
_ROLE_VERBS = tuple(VERB_KIND)
_SEPARATOR = re.compile("[，,；;。]")


def _with_unmarked(
    text: str, view: str, found: list[tuple[tuple[str, ...], tuple[int, int]]], areas: Callable[[str], bool]
) -> list[tuple[tuple[str, ...], tuple[int, int]]]:
    """`found` with each piece after a charged one, in the same sentence, that opens with bodies and a share verb
    (加强, 做好 …) instead of 要; the span ends before the verb, as a charge's ends before 要."""
    out = list(found)
    taken = {s for _, (s, _) in found}
    cursor = -1  # where the last walk stopped: each piece is read once
    for _, (_, i) in found:
        k = max(i, cursor)
        while True:
            m = _SEPARATOR.search(view, k + 1)
            k = m.start() if m else len(view)
            cursor = k
            if m is None or view[k] == "。":
                break
            s = k + 1
            if s in taken:
                continue
            p = next(
                (
                    j
                    for j in range(s + _NAMES_MIN, min(len(view), s + _NAMES_MAX))
                    if view[j] in _UNMARKED_FIRST and view.startswith(_UNMARKED, j)
                ),
                -1,
            )
            if p < 0 or any(c in view[s:p] for c in "，,；;。要") or view[s:p].endswith(_ROLE_VERBS):
                break  # (a role verb before the share: "县发改局配合做好…" is a 配合 piece)
            names = split_value(text[s:p])[0]
            if not names or not all(is_body(n) or areas(n) for n in names):
                break
            out.append((tuple(names), (s, p - 1)))
            taken.add(s)
    return out


def charged_roles(
    text: str, view: str, found: list[tuple[tuple[str, ...], tuple[int, int]]]
) -> tuple[list[str], list[str]]:
    """(lead, participating) of the bodies charged with 要 (`charged_bodies`): those that 要牵头 lead and
    the others take part beside them, as beside any 牵头 unit (EXTRACTION.md); bodies after 要会同 take part:
    "县农业农村局要牵头制定推进计划，县财政局要统筹整合涉农资金" -> lead 县农业农村局, participating 县财政局;
    "县金融工作服务中心要会同县市场监督管理局做好…" -> 县市场监督管理局 takes part (round 43b)."""
    leading = any(view.startswith("牵头", i + 1) for _, (_, i) in found)
    lead: list[str] = []
    part: list[str] = []
    for names, (_, i) in found:
        # (a share without 要 after a charge takes part: "县交通运输局要倒排工期，县财政局及时拨付资金", round 45b)
        unmarked = view[i] != "要"
        into = part if unmarked else lead if not leading or view.startswith("牵头", i + 1) else part
        into.extend(n for n in names if n not in into)
        if view.startswith("会同", i + 1):
            joined = _bodies_after(text, view, i + 3, len(view))
            part.extend(n for n in (joined[0] if joined else ()) if n not in part)
    return lead, part
