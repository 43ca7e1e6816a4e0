"""Round 45g: a responsible label with its role in brackets before the colon ("责任单位（牵头）：县发改局",
"责任单位（配合）：县财政局"): the role names the label's kind. Read by transform.unit_labels (the fast path
`roled_label` and the reference regex piece `roled`); "责任单位（部门）：" (a bracketed noun) is read there."""

from __future__ import annotations

from transform.unit_words import LABEL_BRACKET_ROLES, LABELS, alternation

#: spaces a label may leave before its bracket
_GAP = frozenset(" \t\u3000")
#: the responsible labels, and the lengths of the bracketed role words
_RESP_LABELS = frozenset(LABELS["resp"])
_ROLE_LENGTHS = tuple(sorted({len(w) for w in LABEL_BRACKET_ROLES}))


def roled(kind: str) -> str:
    """A responsible label with a role of `kind` in brackets ("责任单位（牵头）"), as a regex alternative."""
    roles = [w for w, k in LABEL_BRACKET_ROLES.items() if k == kind]
    if not roles:
        return ""
    return f"|(?:{alternation(LABELS['resp'])})[ \t\u3000]*[（(](?:{alternation(roles)})[）)](?![ \t\u3000]*[（(])"


def roled_label(
    text: str, j: int, window: int, colon: int, lengths_by_last: dict[str, tuple[int, ...]]
) -> tuple[int, int, str] | None:
    """(label start, value start, kind) of a responsible label with its role in brackets that end at j
    ("责任单位（牵头）：" -> lead, "责任单位（配合）：" -> part): the longest responsible label before the bracket
    that starts inside the window; else None. lengths_by_last: a label's last character -> label lengths."""
    for n in _ROLE_LENGTHS:
        s = j - n - 2
        if s < window or text[s] not in "（(":
            continue
        kind = LABEL_BRACKET_ROLES.get(text[s + 1 : j - 1])
        if kind is None:
            continue
        e = s
        while e > window and text[e - 1] in _GAP:
            e -= 1
        start = -1
        for k in lengths_by_last.get(text[e - 1], ()) if e > window else ():
            if e - k >= window and text[e - k : e] in _RESP_LABELS:
                start = e - k
        if start < 0:
            return None
        value = colon + 1
        while value < len(text) and text[value] in " \t\u3000":
            value += 1
        return start, value, kind
    return None
