"""Units named at the edges of a task, without a label or a verb: in its last sentence, after its
last full stop ("健全工作推进机制。建立月度例会制度。——县委改革办", "推进项目建设，年底前完成。县发改局、
县财政局"), or in a bracket that opens it ("（县发改局）推进重大项目建设。", "【县自然资源局】保障用地。").

Some portals (and Word files converted by them) print a task's responsible units after a long dash
instead of in brackets, or lose the brackets (or the table column) around them. The names after
the last full stop of the text, a dash or not, up to its end on the same line, name the responsible
units where every one of them stands for a unit and one at least is a government body (without a
dash: every one of them, right after the full stop; a signature after a space or on a line of its
own is none). A dash inside a sentence ("两区——高新区和经开区") or before prose names
none. A dash before a clause ("——县发改局牵头，县财政局配合") is read by the clause rules
(transform.unit_clauses); the dash itself is cut from the names (transform.unit_names).

A bracket that opens a task names its responsible units where it holds nothing but unit names,
each one a government body; an area (（县城区）), a number (（一）) or a year opens no list of units.
"""

from __future__ import annotations

import re

from transform.gazetteer import SPLIT_ENDINGS
from transform.unit_clauses import bare_unit, is_department
from transform.unit_names import split_value
from transform.unit_words import simplified

# a full stop, then a dash (two em dashes, one, or a full-width hyphen pair) or none
# or (round 44i) a double dash after a comma's piece of prose ("整合企业开办环节，实现全程网办——区行政审批局")
_STOP = re.compile(r"[。；;！!][ \t\u3000]{0,3}(?P<dash>——?|－－?|--)?|(?P<bare>——|－－)")
#: a last sentence that names more than this many units is a list of something else
_MAX_NAMES = 8
#: characters of a text's end read for the last sentence
_TAIL = 160
_END = " \t\u3000。；;.\n"


_NAME_CHARS = 16  # characters of a unit name and its separator, at most, in such a list


def last_sentence_units(text: str, view: str) -> tuple[tuple[str, ...], tuple[int, int]] | None:
    """(the unit names of the last sentence, its span from the full stop to the end), or None."""
    end = len(view.rstrip(_END))
    last = None
    for m in _STOP.finditer(view, max(0, end - _TAIL), end):
        last = m
    if last is None:
        return None
    rest = view[last.end() : end]
    # (a bracket is the bracket rules' to read, cut off with the page or not: "。（市住建局")
    if not rest or "\n" in rest or rest.startswith(("—", "－", "-", "（", "(", "【", "[", "〔")):
        return None
    if len(rest) > _MAX_NAMES * _NAME_CHARS:
        return None  # a sentence of prose, no list of names (not split: every task's text ends so)
    names = split_value(text[last.end() : end])[0]
    if not names or len(names) > _MAX_NAMES or not all(bare_unit(n) for n in names):
        return None
    government = [is_department(n) for n in names]
    if last.group("bare") is not None:  # no full stop: every name is a government body
        bodies = all(government) and all(
            simplified(n).endswith(SPLIT_ENDINGS) for n in names
        )  # (not 县城和…镇)
        return (names, (last.start(), len(view))) if bodies else None
    if last.group("dash") is None:
        # no dash: the names follow the full stop right away (a signature printed after a space on
        # the last task's line is no unit), and every one is a government body
        if last.end() != last.start() + 1 or not all(government):
            return None
    elif not any(government):
        return None
    return names, (last.start() + 1, len(view))


_OPENING = re.compile(r"\s{0,3}([（(【\[〔])([^（()）【】\[\]〔〕\n]{2,120})([）)】\]〕])")


def opening_bracket_units(text: str, view: str) -> tuple[tuple[str, ...], tuple[int, int]] | None:
    """(the unit names of the bracket that opens the text, its span), or None."""
    m = _OPENING.match(view)
    if m is None:
        return None
    names = split_value(text[m.start(2) : m.end(2)])[0]
    if not names or len(names) > _MAX_NAMES or not all(bare_unit(n) and is_department(n) for n in names):
        return None
    return names, (m.start(1), m.end(3))
