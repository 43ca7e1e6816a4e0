"""The values of target-bearing labels inside a task's unit block (round 42l).

A unit block runs from its first label to the text's end ("责任单位：县水利局；时间节点：12月底前新增
日供水能力3万吨"), so cutting it out (unit_spans.strip_spans) also cut the goal a 时间节点 or 整改目标
field states. Those values are put back after the text, each as its own sentence; the unit lists
and the other fields (完成时限, 联系电话 …) stay out.
"""

from __future__ import annotations

import re

from transform.lexicons import words
from transform.unit_spans import strip_spans
from transform.unit_words import LABELS, alternation

TARGET_LABELS: tuple[str, ...] = words("structure_target_labels")
_KEEP = re.compile("(?:" + alternation(TARGET_LABELS) + ")[ \t]*[:：]")
_ALL = tuple(w for kind in LABELS.values() for w in kind)
_ANY = re.compile("(?:" + alternation(_ALL) + ")[ \t]*(?:[（(][^（）()\n]{1,8}[）)])?[ \t]*[:：]")
_TRIM = " \t\u3000；;，,、。"


def target_text(text: str, spans: list[tuple[int, int]]) -> str:
    """The text without its unit blocks, then the values of the target labels inside them."""
    kept = strip_spans(text, spans)
    if not spans or not any(w in text for w in TARGET_LABELS):
        return kept
    values = [v for s, e in spans for v in _values(text, s, e)]
    if not values:
        return kept
    return kept.rstrip(_TRIM) + "".join("。" + v for v in values)


def _values(text: str, start: int, end: int) -> list[str]:
    """Each target label's value in text[start:end], up to the next label of any kind."""
    out = []
    for m in _KEEP.finditer(text, start, end):
        nxt = _ANY.search(text, m.end(), end)
        value = text[m.end() : nxt.start() if nxt else end].strip(_TRIM)
        if value:
            out.append(value)
    return out
