"""Role words a PDF line break cut: "各乡镇人民政府为责任\\n主体，县农业农村局配合。", "县农业农村局抓\\n总，县发改局
具体落实。". A task text in which no rule found a unit is read again with each line break that cuts a
role verb or label (lexicon units_roles.toml) taken out; the spans found are mapped back to the text
as printed (`rejoined`, `spans_back`).

Only breaks between two CJK characters count, and only where the characters on both sides join into
a role word that neither side holds whole: a break between two sentences ("…负责。\\n2.…") stays.
"""

from __future__ import annotations

from transform.unit_words import LABEL_KIND, VERB_KIND, simplified

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
        if 0 < i < len(view) - 1 and _cjk(view[i - 1]) and _cjk(view[i + 1]) and _cuts_word(view, i):
            cut.append(i)
        i = view.find("\n", i + 1)
    if not cut:
        return None
    dropped = set(cut)
    keep = [k for k in range(len(text)) if k not in dropped]
    return "".join(text[k] for k in keep), keep


def _cuts_word(view: str, i: int) -> bool:
    """Does the break at i cut a role word ("为责任" + "主体", "抓" + "总")?"""
    for j in range(1, min(_HEAD_MAX, i) + 1):
        tails = _TAILS.get(view[i - j : i])
        if tails and any(view.startswith(t, i + 1) for t in tails):
            return True
    return False


def spans_back(spans: list[tuple[int, int]], positions: list[int]) -> list[tuple[int, int]]:
    """The spans of the rejoined text as spans of the printed text (positions: `rejoined`'s)."""
    n = len(positions)
    out = []
    for s, e in spans:
        if e <= s or s >= n:
            continue
        out.append((positions[s], positions[min(e, n) - 1] + 1))
    return out
