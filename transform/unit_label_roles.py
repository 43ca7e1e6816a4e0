"""Roles that one label gives its units apart from its kind (round 46a), for `transform.unit_labels`:

- an implementing label (落实单位, 落实主体 …) beside another responsible label (负责单位, 责任部门 …): its
  units carry the work out under the responsible ones, so they take part;
- one label for the lead and the other units, joined by 及/和 ("牵头单位及配合单位：A（牵头），B、C"): the
  first unit leads, the others take part (the bracketed and slashed forms are `transform.unit_combined`'s).

Both read the (label start, value start, kind) matches of `unit_labels._label_matches` and return them
with kinds changed or a participating match added.
"""

from __future__ import annotations

from transform.unit_names import CLOSE as _CLOSE
from transform.unit_names import OPEN as _OPEN
from transform.unit_words import IMPLEMENTING_LABELS, LEAD_AND_PART_LABELS

__all__ = ["implementing_beside_responsible", "lead_and_part"]


def implementing_beside_responsible(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An implementing label (落实单位, 落实主体 …) beside another responsible label (负责单位, 责任部门 …):
    its units carry the work out under the responsible ones, so they take part (round 46a)."""
    implementing = [
        m[2] == "resp"
        and "落实" in text[m[0] : m[1]]
        and any(w in text[m[0] : m[1]] for w in IMPLEMENTING_LABELS)
        for m in out
    ]
    if not any(implementing) or not any(
        m[2] == "resp" and not impl for m, impl in zip(out, implementing, strict=True)
    ):
        return out
    return [(m[0], m[1], "part") if impl else m for m, impl in zip(out, implementing, strict=True)]


_LIST_SEPARATORS = frozenset("、，,；;")
_LIST_ENDS = frozenset("\n。")
_FIRST_NAME_MAX = 40  # characters of the first unit after a lead-and-part label


def lead_and_part(text: str, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A label for the lead and the other units ("牵头单位及配合单位：A（牵头），B、C"): its first unit
    leads, a participating match opens on the separator after it (round 46a)."""
    added: list[tuple[int, int, str]] = []
    for s, v, kind in out:
        label = text[s:v]
        if kind != "lead" or ("及" not in label and "和" not in label):
            continue
        if not any(w in label for w in LEAD_AND_PART_LABELS):
            continue
        depth = 0
        for p in range(v, min(len(text), v + _FIRST_NAME_MAX)):
            ch = text[p]
            if ch in _OPEN:
                depth += 1
            elif ch in _CLOSE:
                depth -= 1
                if depth < 0:
                    break  # the bracket around the unit block closes: one unit only
            elif ch in _LIST_ENDS:
                break
            elif depth == 0 and ch in _LIST_SEPARATORS:
                added.append((p, p + 1, "part"))
                break
    return sorted(out + added) if added else out
