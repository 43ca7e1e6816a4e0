"""What a unit list says after its units, which is no unit name: a deadline ("…，6月底完成",
"2026年12月底前", "年底前完成", "长期坚持") or a note on the tasks that follow ("以下均需各县市区
落实", "不再逐一列出": lexicon units_list_notes.txt)."""

from __future__ import annotations

import re

from transform.unit_words import LIST_NOTE_OPENERS

# a deadline after the units ("…，6月底完成", "2026年12月底前", "年底前完成", "长期坚持")
_DEADLINE_PIECE = re.compile(
    r"(?:(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月(?:\d{1,2}日)?)"
    r"(?:底|末|中旬|上旬|下旬|年底|年末)?|年底|年末|年内|上半年|下半年|[一二三四]季度末?)"
    r"(?:前|之前|以前)?(?:完成|办结|落实到位|落实|见效)?"
    r"|(?:长期|持续|常态化)(?:坚持|推进|开展|实施)?"
)
_TAIL_FIRST = frozenset("0123456789年上下一二三四长持常") | frozenset(w[0] for w in LIST_NOTE_OPENERS)


def is_tail(name: str) -> bool:
    """What a unit list says after its units: a deadline, or a note on the tasks that follow
    ("以下均需各县市区落实", "不再逐一列出")."""
    if name[:1] not in _TAIL_FIRST:
        return False
    return name.startswith(LIST_NOTE_OPENERS) or _DEADLINE_PIECE.fullmatch(name) is not None
