"""A meeting's request or charge to bodies, without a role verb (会议纪要 议定事项, round 42a):
"请县财政局尽快拨付第二批补偿资金", "会议要求县城投公司加快安置房主体施工", "責成縣商務局抓緊…".

After an opener (lexicon units_roles.toml, [verbs] request_openers: 请, 会议要求, 责成 …) at the start of a
piece of the text's first line (the line start, or after 。；：，), the names that follow end where an
adverb or a work verb opens (request_work: 尽快, 抓紧, 拨付 …; or a joint_sentence_work verb: 做好, 制定 …);
every name must be a government body printed with its level (县…, 区…) or a town by its name. The bodies
lead. 申请, 邀请, 提请 (请 inside a word), a person ("请王副县长牵头") and everyone ("请各单位尽快…") name none.
"""

from __future__ import annotations

from transform.lexicons import table
from transform.unit_joint import JOINT_SENTENCE_WORK, first_line_end, is_body
from transform.unit_names import split_value
from transform.unit_words import simplified

_VERBS = table("units_roles")["verbs"]
_OPENERS = tuple(sorted(_VERBS["request_openers"], key=len, reverse=True))
_WORK = tuple(sorted({*_VERBS["request_work"], *JOINT_SENTENCE_WORK}, key=len, reverse=True))
_WORK_FIRST = frozenset(w[0] for w in _WORK)
#: what may stand before an opener: the start of a piece
_PIECE_STARTS = "。；;：:，,\n \u3000"
_NAMES_MIN, _NAMES_MAX = 3, 40
#: a cheap test: the first characters of the openers
_HINT = tuple(sorted({w[0] for w in _OPENERS}))


def request_units(text: str, view: str) -> tuple[tuple[str, ...], tuple[int, int]] | None:
    """(names, span) of the bodies the first request of the text's first line charges, or None."""
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


def _bodies_after(text: str, view: str, s: int, end: int) -> tuple[tuple[str, ...], tuple[int, int]] | None:
    """The bodies of view[s:…] before the first adverb or work verb after which they all are bodies."""
    limit = min(end, s + _NAMES_MAX)
    for e in range(s + _NAMES_MIN, limit):
        ch = view[e - 1]
        if ch in "。；;，,：:\n":
            return None  # (the names never cross a piece end)
        if view[e] not in _WORK_FIRST or not view.startswith(_WORK, e):
            continue
        names = split_value(text[s:e])[0]
        if names and all(is_body(n) and not simplified(n).startswith("各") for n in names):
            return tuple(names), (s, e)
    return None
