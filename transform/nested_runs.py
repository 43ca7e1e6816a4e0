"""一是 items at two levels in one paragraph of a report (round 47f).

A news report or a meeting's minutes may print a short heading after the outer 一是 and its own run
right after it: "一是抓产业发展。一是做强茶叶产业…；二是发展林下经济…。" / "二是抓乡村建设。一是…；二是…。"
(a meeting's 一要 over 一是 alike: "会议要求，一要压实安全责任。一是…；二是…。"). The inner run restarts at
一是 right after the outer item's heading sentence; read as one run it would restart the outer one.
`nested_cuts` finds such a paragraph: where each outer item starts, and where each inner item does;
`nested_pieces` cuts it there. The outer item's heading may also stand alone in the paragraph above the
run ("一是打好蓝天保卫战。" / "一是淘汰…；二是整治…。" / "二是打好碧水保卫战。"): `nested_below`. (The 一是 pieces of
a paragraph are `ListedItem`s, kept here too.)
"""

from __future__ import annotations

import re

from transform.numbering import Marker, match_marker


class ListedItem(str):
    """A 一是… item split out of a paragraph: the run it belongs to is a closed list, which the
    next item of another kind ends (a 一是 line of its own may instead hold （一） items)."""


class NestedItem(ListedItem):
    """A 一是… item of the inner run of a paragraph that lists 一是 items at two levels: it sits under
    the outer item (`transform.tree`)."""


_HEADING_MAX = 20  # characters of an outer item's heading sentence ("抓产业发展")
_HEADING_CLAUSE = re.compile(r"[，,；;：:]")  # a heading is one short clause
_INNER_MIN = 2
_MARKER_SPAN = 48  # characters a marker is read in  # an inner run names two items at least (一是 … 二是 …)


def _heading_end(line: str, pos: int, mk: Marker) -> int:
    """The index of the 。 ending the short heading sentence after the marker at `pos`, or -1."""
    start = pos + mk.end
    stop = line.find("。", start, start + _HEADING_MAX + 1)
    if stop <= start or _HEADING_CLAUSE.search(line, start, stop):
        return -1
    return stop


def _word(mk: Marker) -> str:
    return mk.label[-1:]  # 是 or 要


def nested_cuts(line: str, shi: list[tuple[int, Marker]]) -> tuple[list[int], set[int]] | None:
    """(cut positions, those that start an inner item) of a paragraph holding 一是 items at two
    levels, or None. `shi` lists the paragraph's 一是 / 一要 markers in order as (position, marker),
    its own first marker at position 0 included. An outer item is a marker followed by a heading
    sentence of at most `_HEADING_MAX` characters and, right after its 。, an inner run 一是, 二是 …
    of one word; the outer items number on (一是 … 二是 …) in the paragraph."""
    cuts: list[int] = []
    inner: set[int] = set()
    k = 0
    outer_next: tuple[int, str] | None = None  # (number, word) the next outer item must have
    while k < len(shi):
        pos, mk = shi[k]
        if outer_next is not None and (mk.number, _word(mk)) != outer_next:
            break
        stop = _heading_end(line, pos, mk)
        run: list[int] = []
        j = k + 1
        if stop >= 0 and j < len(shi) and shi[j][0] == stop + 1 and shi[j][1].number == 1:
            word = _word(shi[j][1])
            while j < len(shi) and shi[j][1].number == len(run) + 1 and _word(shi[j][1]) == word:
                run.append(shi[j][0])
                j += 1
        if len(run) < _INNER_MIN:
            if outer_next is None:
                k += 1  # (a marker of the paragraph's prose before its first outer item)
                continue
            cuts.append(pos)  # the last outer item, with no run of its own
            k += 1
            break
        cuts.append(pos)
        cuts.extend(run)
        inner.update(run)
        outer_next = (mk.number + 1, _word(mk))
        k = j
    if not inner or k < len(shi):
        return None
    return [c for c in cuts if c > 0], inner


def nested_pieces(line: str, first: Marker | None, shi: list[tuple[int, Marker]]) -> list[str] | None:
    """The pieces of a paragraph of 一是 items at two levels (see `nested_cuts`; `first` is the marker
    the paragraph opens with, `shi` its other 一是 markers), the inner ones `NestedItem`s; or None."""
    if first is not None and first.kind != "shi":
        return None
    found = nested_cuts(line, ([(0, first)] if first is not None else []) + shi)
    if found is None:
        return None
    cuts, inner = found
    pieces: list[str] = []
    for start, end in zip([0, *cuts], [*cuts, len(line)], strict=True):
        piece = line[start:end].strip()
        if piece:
            pieces.append(NestedItem(piece) if start in inner else piece)
    return pieces


def nested_below(prev: str, pieces: list[str]) -> list[str]:
    """`pieces` (a paragraph's 一是 run, split out of it) as `NestedItem`s where the paragraph `prev`
    above it is nothing but an outer 一是's short heading ("一是打好蓝天保卫战。") and the run starts at 一是:
    the run is that item's. Else `pieces` as they are."""
    if (
        type(prev) is not str
        or len(prev) > _HEADING_MAX + 6
        or not all(type(p) is ListedItem for p in pieces)
    ):
        return pieces  # (a paragraph of its own above: no piece of one, no table row)
    head, first = match_marker(prev), match_marker(pieces[0][:_MARKER_SPAN])
    if head is None or head.kind != "shi" or first is None or first.kind != "shi" or first.number != 1:
        return pieces
    if _heading_end(prev, 0, head) != len(prev) - 1:
        return pieces  # (the paragraph goes on after its heading: an item of its own)
    return [NestedItem(p) for p in pieces]
