"""One label or column for the lead and the other units: "牵头（配合）单位：A（B、C）", a column
"牵头（协办）单位" whose cells read "A（B、C）", or "牵头/配合单位" with cells "A/B、C". The units before the bracket lead, those inside it
take part; a cell without a bracket names the lead only.
"""

from __future__ import annotations

import re

__all__ = ["COMBINED_HEAD", "COMBINED_OPENER", "has_combined_opener", "split_combined", "uncombined_labels"]

# the words a combined label brackets after 牵头 (or 主办, 责任): the role of the bracketed units
_PART_WORDS = "配合|协办|参与|协同|协助|责任|配合落实"
# the head of a combined column or label: "牵头（配合）单位", "牵头(协办)部门", "主办（协办）单位",
# "牵头单位（配合单位）" (the kind named twice)
COMBINED_HEAD = re.compile(
    rf"^(?:牵头|主办|主责)(?:单位|部门)?\s*[（(]\s*(?:{_PART_WORDS})(?:单位|部门)?\s*[)）]\s*(?:单位|部门)?|"
    rf"^(?:牵头|主办|主责)(?:单位|部门)?\s*[/／]\s*(?:{_PART_WORDS})(?:单位|部门)?$"  # 牵头/配合单位: "A/B、C"
)
# a cell or value "A（B、C）": the lead names, then the bracketed ones, the bracket closing it
_LEAD_AND_BRACKET = re.compile(r"^([^（()）]{2,80})[（(]([^（()）]{2,120})[)）]\s*[。；;]?$")
# a combined label and its value, up to the bracket that closes the unit block or the next label
_LABEL = (
    rf"(?:牵头|主办|主责)(?:\s*[（(]\s*(?:{_PART_WORDS})\s*[)）]\s*(?:单位|部门)|"
    rf"(?:单位|部门)\s*[（(]\s*(?:{_PART_WORDS})(?:单位|部门)\s*[)）])"
)
_INLINE = re.compile(
    _LABEL + r"\s*[:：]\s*(?P<lead>[^（()）；;:：]{2,80})(?:[（(](?P<part>[^（()）:：]{2,120})[)）])?"
)
# a slashed label and its value: "牵头/配合单位：A/B、C"
_INLINE_SLASH = re.compile(
    rf"(?:牵头|主办|主责)(?:单位|部门)?\s*[/／]\s*(?:{_PART_WORDS})(?:单位|部门)\s*[:：]\s*"
    r"(?P<lead>[^（()）；;:：/／]{2,80})(?:[/／](?P<part>[^（()）；;:：/／]{2,120}))?"
)
#: where a line may hold a combined label (a cheap test for the whole text)
COMBINED_OPENER = re.compile(r"(?:牵头|主办|主责)(?:单位|部门)?\s*[（(/／]")
# COMBINED_OPENER split by its first character: a pattern that opens with one character is scanned
# for at several times the speed of one that opens with a class (a whole plan's text: 16 µs, not 60)
_OPENERS = (re.compile(r"牵头(?:单位|部门)?\s*[（(/／]"), re.compile(r"主[办责](?:单位|部门)?\s*[（(/／]"))


def has_combined_opener(text: str) -> bool:
    """`COMBINED_OPENER.search(text) is not None`, faster on a long text."""
    return _OPENERS[0].search(text) is not None or _OPENERS[1].search(text) is not None


def split_combined(cell: str) -> tuple[str, str]:
    """(lead names, participating names) of a combined cell: "A（B、C）" -> ("A", "B、C"), "A/B、C" ->
    ("A", "B、C"); a cell without a closing bracket or a slash is all lead: "A、B" -> ("A、B", "")."""
    m = _LEAD_AND_BRACKET.match(cell.strip())
    if m is None:
        lead, _, part = cell.strip().replace("／", "/").partition("/")  # 牵头/配合单位: "A/B、C"
        return lead.strip(), part.strip()
    return m.group(1).strip(), m.group(2).strip()


def _labelled(m: re.Match[str]) -> str:
    lead, part = m.group("lead").strip(), (m.group("part") or "").strip()
    return f"牵头单位：{lead}；配合单位：{part}" if part else f"牵头单位：{lead}"


def uncombined_labels(line: str) -> str:
    """`line` with each combined label written as two: "牵头（配合）单位：A（B、C）" -> "牵头单位：A；
    配合单位：B、C" (a line without one is returned unchanged)."""
    if "/" in line or "／" in line:
        line = _INLINE_SLASH.sub(_labelled, line)
    if "（" not in line and "(" not in line:
        return line
    return _INLINE.sub(_labelled, line)
