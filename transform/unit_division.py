"""A line that states the division of a task's work in clauses, under a label of no role (round 47g).

"（二）提升景区服务质量。推动A级景区完成智慧化改造。\\n责任分工：县文化广电和旅游局负责，各景区所在乡镇配合。"
The label (责任分工, 职责分工, 任务分工 …: lexicon `units_division_labels`) names no role, and the colon after it
opened no sentence, so "X负责，Y配合" after it was no clause of its own (a 牵头 clause was read, a 负责 one not), and
bodies that each take their share with 负责 ("职责分工：县卫健局负责技术培训；县城管局负责消杀。") stood outside the
task's first line, where such sentences are read. In the working copy (the same length) the label and its colon
become spaces and the line break before it a full stop (a space after a full stop already printed): the line reads as
the next sentence of the line above it. The printed text is not touched, so names are returned as printed.
"""

from __future__ import annotations

import re

from transform.lexicons import words

_LABELS = sorted(words("units_division_labels"), key=len, reverse=True)
# a line break, spaces, an optional opening bracket, a label, an optional closing bracket, a colon
_LINE = re.compile(
    r"\n[ \t\u3000]*([（(【]?(?:" + "|".join(map(re.escape, _LABELS)) + r")[）)】]?[ \t\u3000]*[：:])"
)
_STOPS = "。；;！!？?"


def division_lines(view: str) -> str:
    """The working copy with each division label at a line's start read as a sentence of the line above it."""
    if "分工" not in view:
        return view
    chars: list[str] | None = None
    for m in _LINE.finditer(view):
        chars = chars if chars is not None else list(view)
        k = m.start()
        before = view[:k].rstrip(" \t\u3000")
        chars[k] = " " if not before or before[-1] in _STOPS else "。"
        for i in range(m.start(1), m.end(1)):
            chars[i] = " "
    return view if chars is None else "".join(chars)
