"""The unit block that closes a paragraph split into numbered items (`transform.lines.split_inline`):
"①甲。②乙。（责任单位：…）" or, without brackets, "一是…；三是…以内。牵头单位：县行政审批局" states the units
of all the items, so it is put on a line of its own, which the tree gives to their parent."""

from __future__ import annotations

import re

TRAILING_UNIT_BLOCK = re.compile(
    r"[（(【\[]\s*(牵头单位|牵头部门|责任单位|责任部门|主办单位|配合单位|参与单位)\s*[:：]"
    r"(?:[^（()）【】\[\]]|[（(][^（()）]{0,20}[）)])*[）)】\]]\s*[。；;]?\s*$"
)
# the same block printed without brackets, after the last item's sentence ended: "。牵头单位：…"
_TRAILING_UNIT_LABEL = re.compile(
    r"(?<=[。；;])\s*(?:牵头单位|牵头部门|责任单位|责任部门|主办单位)\s*[:：][^。；;（()）：:]{1,80}[。；;]?\s*$"
)


def unit_block_apart(pieces: list[str]) -> list[str]:
    """ "①甲。②乙。（责任单位：…）": the closing unit block states the units of all the items; put it
    on its own line so the tree gives it to their parent. So does a label printed without brackets
    after the last item's sentence ("三是…以内。牵头单位：县行政审批局")."""
    if len(pieces) < 2:
        return pieces
    block = TRAILING_UNIT_BLOCK.search(pieces[-1])
    if block is None and ("单位" in pieces[-1] or "部门" in pieces[-1]):
        block = _TRAILING_UNIT_LABEL.search(pieces[-1])
    if block and block.start() > 0:
        pieces[-1:] = [pieces[-1][: block.start()].rstrip(), block.group(0)]
    return pieces
