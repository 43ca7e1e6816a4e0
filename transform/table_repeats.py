"""A merged 序号 cell a export printed on every row of its merge (round 46c).

"1 | 农村厕所革命 | 新改建农村户厕1200户 | 县农业农村局" over "1 | 农村厕所革命 | 建设乡镇公厕15座 |
县农业农村局": the second row repeats the number and the category cell beside it; it is the rest of
the row above, as where the merged cells were left empty ("  |  | 建设乡镇公厕15座 | …"). Only
its own cells go on the row above; the repeated ones are dropped.
"""

from __future__ import annotations


def repeated_row(cells: list[str], above: list[str], no_col: int) -> list[str] | None:
    """`cells` with the number and the cells repeated from `above` (the raw cells of the numbered
    row above, one per column) emptied, when the row repeats both its number and another of its
    cells and writes a cell of its own; else None."""
    if len(cells) != len(above) or no_col >= len(cells) - 1:
        return None
    number = cells[no_col]
    if not number or number != above[no_col]:
        return None
    after = range(no_col + 1, len(cells))
    same = [j for j in after if cells[j] and cells[j] == above[j]]
    own = {j for j in after if cells[j] and cells[j] != above[j]}
    if not same or not own:
        return None
    return [cells[j] if j in own else "" for j in range(len(cells))]
