"""Unit names broken by a stray space in a cell whose names are separated by spaces.

A PDF's table prints "县 卫健委 各相关乡镇政府" or "经济开发区 管委会": the pieces between the spaces
are no names each. A bare administrative level ("县", lexicon units_prefixes) opens the name after
it; a bare organ ("管委会", "人民政府", lexicon units_bare_organs) closes the name before it.
"""

from __future__ import annotations

from functools import lru_cache

from transform.lexicons import words


@lru_cache(maxsize=1)
def _broken_name_edges() -> tuple[frozenset[str], frozenset[str]]:
    """(bare levels, bare organs): a level alone ("县") opens the name after it, an organ alone
    ("管委会") closes the name before it, where a stray space broke one name in two."""
    levels = frozenset(w for w in words("units_prefixes") if len(w) == 1)
    return levels, frozenset(words("units_bare_organs"))


def space_groups(pieces: list[str]) -> list[list[int]]:
    """The pieces of a spaced cell grouped into names: "县 卫健委 各相关乡镇政府" -> [[0, 1], [2]],
    "经济开发区 管委会" -> [[0, 1]]."""
    levels, organs = _broken_name_edges()
    groups: list[list[int]] = []
    for i, piece in enumerate(pieces):
        if groups and (piece in organs or (len(groups[-1]) == 1 and pieces[groups[-1][0]] in levels)):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups
