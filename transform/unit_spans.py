"""Spans of the unit blocks of a text ("（牵头单位：…；配合单位：…）"), merged and closed, and the text
without them (unit lists never feed target extraction)."""

from __future__ import annotations

import re

from transform.unit_names import CLOSE as _CLOSE
from transform.unit_names import OPEN as _OPEN


def _block_start(text: str, label_start: int) -> int:
    """Start of the bracket that encloses a label (e.g. the （ of （牵头单位：…）), else the label."""
    j = label_start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j >= 0 and text[j] in _OPEN:
        return j
    return label_start


def _block_end(text: str, value_end: int, start: int) -> int:
    if start < len(text) and text[start] in _OPEN and value_end < len(text) and text[value_end] in _CLOSE:
        return value_end + 1
    return value_end


def _block(text: str, label_start: int, value_end: int) -> tuple[int, int]:
    """(_block_start, _block_end) of a label and its value, in one call (it runs for every label).

    A label never starts with a bracket, so the block can only close when it starts at one.
    """
    j = label_start - 1
    while j >= 0:
        ch = text[j]
        if ch in _OPEN:
            if value_end < len(text) and text[value_end] in _CLOSE:  # （label：value） closes here
                return j, value_end + 1
            return j, value_end
        if ch != " " and ch != "\t":
            break
        j -= 1
    return label_start, value_end


def _balance(s: str) -> int:
    """Opening minus closing brackets (_OPEN / _CLOSE), counted at C speed."""
    return (
        s.count("（")
        + s.count("(")
        + s.count("【")
        + s.count("[")
        + s.count("〔")
        - s.count("）")
        - s.count(")")
        - s.count("】")
        - s.count("]")
        - s.count("〕")
    )


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _close_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Extend a block that opened a bracket to its closing bracket: （牵头单位：…；配合单位：…）.

    (extract_units calls _block_spans, which merges and closes in one pass.)"""
    return [_closed(text, s, e) for s, e in spans]


def _block_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`_close_spans(text, _merge_spans(spans))` in one pass, without the intermediate list."""
    if len(spans) < 2:  # nothing to merge
        return [_closed(text, s, e) for s, e in spans]
    ordered = sorted(spans)
    out: list[tuple[int, int]] = []
    cur_s, cur_e = ordered[0]
    for s, e in ordered[1:]:
        if s <= cur_e + 1:  # touches or overlaps the current block: merge
            cur_e = max(cur_e, e)
        else:
            out.append(_closed(text, cur_s, cur_e))
            cur_s, cur_e = s, e
    out.append(_closed(text, cur_s, cur_e))
    return out


def _closed(text: str, s: int, e: int) -> tuple[int, int]:
    """The span, one longer when it is followed by a bracket it opened."""
    if e < len(text) and text[e] in _CLOSE and _opens_more(text, s, e):
        return s, e + 1
    return s, e


_OPENING = re.compile("[" + re.escape(_OPEN) + "]")
_CLOSING = re.compile("[" + re.escape(_CLOSE) + "]")


def _opens_more(text: str, start: int, end: int) -> bool:
    """_balance(text[start:end]) > 0 (for 0 <= start, end <= len(text)), with regex searches instead
    of a slice and ten str.count calls for the usual block (（牵头单位：…；配合单位：… with no
    closing bracket): then the balance is the number of opening brackets."""
    if _CLOSING.search(text, start, end) is None:
        return (start < end and text[start] in _OPEN) or _OPENING.search(text, start, end) is not None
    return _balance(text[start:end]) > 0


def strip_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The text without the unit blocks (so 牵头单位 lists never feed target extraction)."""
    if not spans:
        return text
    if len(spans) == 1:  # the usual case; the loop below clamps a negative start or end to 0
        s, e = spans[0]
        return text[: max(s, 0)] + text[max(e, 0) :]
    out: list[str] = []
    pos = 0
    for s, e in sorted(spans):
        s = max(s, pos)
        out.append(text[pos:s])
        pos = max(pos, e)
    out.append(text[pos:])
    return "".join(out)
