"""Role words a PDF line break cut: "各乡镇人民政府为责任\\n主体，县农业农村局配合。", "县农业农村局抓\\n总，县发改局
具体落实。". A task text in which a line break cuts a role verb or label (lexicon units_roles.toml) is
read first with each such break taken out; the spans found are mapped back to the text as printed
(`rejoined`, `spans_back`). Only if that reading finds no unit is the text read as printed
(`transform.units.extract_units`).

Only breaks between two CJK characters count, and only where the characters on both sides join into
a role word that neither side holds whole: a break between two sentences ("…负责。\\n2.…") stays.
A break inside a unit name ("——区住建局、区自然\\n资源局", "各街道\\n办事处配合", round 40h) is taken out too,
where the piece before it opens with a level (区, 县, 各 …) after a separator, is no whole name (but
for every town: 各街道 + 办事处) and the two pieces join into a longer unit name; a piece after the break
that opens with its own level, or a whole name before it ("县自然资源局\\n东风镇"), stays apart.
"""

from __future__ import annotations

from transform.gazetteer import is_unit_like, known_department, split_level
from transform.unit_names import split_value
from transform.unit_words import BODY_LEVELS, LABEL_KIND, VERB_KIND, simplified

_WORDS = frozenset(w for w in (*VERB_KIND, *LABEL_KIND) if len(w) >= 2)
#: the head of a role word before a break -> the tails that complete it after the break
_TAILS: dict[str, tuple[str, ...]] = {}
for _w in _WORDS:
    for _j in range(1, len(_w)):
        _TAILS[_w[:_j]] = (*_TAILS.get(_w[:_j], ()), _w[_j:])
_HEAD_MAX = max(len(w) for w in _WORDS) - 1


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def rejoined(text: str) -> tuple[str, list[int]] | None:
    """(the text without the breaks that cut a role word, the printed position of each of its
    characters), or None when no break cuts one."""
    view = simplified(text)
    cut: list[int] = []
    i = view.find("\n")
    while i >= 0:
        if (
            0 < i < len(view) - 1
            and _cjk(view[i - 1])
            and _cjk(view[i + 1])
            and (_cuts_word(view, i) or _cuts_name(view, i))
        ):
            cut.append(i)
        i = view.find("\n", i + 1)
    if not cut:
        return None
    dropped = set(cut)
    keep = [k for k in range(len(text)) if k not in dropped]
    return "".join(text[k] for k in keep), keep


def _cuts_word(view: str, i: int) -> bool:
    """Does the break at i cut a role word ("为责任" + "主体", "抓" + "总")? A line that opens with a whole
    label and its colon ("…工作专班\n责任单位：…") starts a field of its own (round 41a)."""
    if _opens_label(view, i + 1):
        return False
    for j in range(1, min(_HEAD_MAX, i) + 1):
        tails = _TAILS.get(view[i - j : i])
        if tails and any(view.startswith(t, i + 1) for t in tails):
            return True
    return False


_LABEL_MAX = max(len(w) for w in LABEL_KIND)


def _opens_label(view: str, i: int) -> bool:
    """Does a whole label and its colon open the text at i ("责任单位：", "配合单位:")?"""
    c = view.find("：", i, i + _LABEL_MAX + 2)
    if c < 0:
        c = view.find(":", i, i + _LABEL_MAX + 2)
    return c > i and view[i:c].rstrip(" \t\u3000") in LABEL_KIND


#: what ends the piece of a name before or after a break
_SEPARATORS = frozenset("、，,；;：:—－-（）()【】[]。\n \t\u3000")
_NAME_HEAD_MAX = 12  # characters of a name before the break
_NAME_TAIL_MAX = 16  # characters read after it
_OPENERS = (*BODY_LEVELS, "各")


def _cuts_name(view: str, i: int) -> bool:
    """Does the break at i cut a unit name ("区自然" + "资源局", "各街道" + "办事处配合")?"""
    s = i - 1
    while s >= 0 and i - s <= _NAME_HEAD_MAX and view[s] not in _SEPARATORS:
        s -= 1
    if s < 0 or view[s] not in _SEPARATORS or i - s > _NAME_HEAD_MAX:
        return False
    head = view[s + 1 : i]
    if len(head) < 2 or not head.startswith(_OPENERS) or view.startswith(_OPENERS, i + 1):
        return False
    t = i + 1
    while t < len(view) and t - i <= _NAME_TAIL_MAX and view[t] not in _SEPARATORS:
        t += 1
    names = split_value(head + view[i + 1 : t])[0]
    if not (names and len(names[0]) > len(head) and names[0].startswith(head) and is_unit_like(names[0])):
        return False
    if is_unit_like(head) and not head.startswith("各"):
        # a whole name on its line ("县自然资源局\n东风镇": two names), unless it only looks whole (城乡 ends
        # with 乡) and the two pieces join into a known department ("县住房和城乡\n建设局", round 45a)
        return _known(names[0]) and not _known(head)
    return True


def _known(name: str) -> bool:
    return known_department(split_level(name)[2])


def spans_back(spans: list[tuple[int, int]], positions: list[int]) -> list[tuple[int, int]]:
    """The spans of the rejoined text as spans of the printed text (positions: `rejoined`'s)."""
    n = len(positions)
    out = []
    for s, e in spans:
        if e <= s or s >= n:
            continue
        out.append((positions[s], positions[min(e, n) - 1] + 1))
    return out
