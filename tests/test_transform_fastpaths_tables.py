"""The table alignment's fast path against the plain version it replaced (same assignments)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from transform import table_cells as T

KINDS = ["empty", "deadline", "person", "unit", "number", "short", "long"]
ROLES = ["content", "category", "lead", "resp", "part", "leader", "deadline", "other", "extra", "measure",
         "progress"]


def _align_reference(kinds: list[str], roles: list[str], sure: bool) -> list[int]:
    """`texttables.align` as first written: every predecessor column tried for every column."""
    n, m = len(kinds), len(roles)
    if n == 0 or m == 0:
        return [0] * n
    skip = [T._SKIP[r] for r in roles]
    last_content = max((j for j, r in enumerate(roles) if r == "content"), default=-1)
    k = 0
    for j, r in enumerate(roles):
        if r == "content" and j < last_content:
            skip[j] = T._SKIP_EARLY_CONTENT + k
            k += 1
    before = [0]
    for s in skip:
        before.append(before[-1] + s)
    inf = 1 << 40
    cost = [[inf] * m for _ in range(n)]
    back = [[0] * m for _ in range(n)]
    for j in range(m):
        cost[0][j] = before[j] + T._fit(kinds[0], roles[j])
    for i in range(1, n):
        for j in range(m):
            best, arg = inf, 0
            for p in range(m):
                c = cost[i - 1][p]
                if p == j:
                    c += T._merge_cost(kinds[i], roles[j], sure)
                elif p < j:
                    c += before[j] - before[p + 1]
                else:
                    c += T._WRAP + before[j]
                if c < best:
                    best, arg = c, p
            cost[i][j], back[i][j] = best + T._fit(kinds[i], roles[j]), arg
    last = min(range(m), key=lambda j: cost[n - 1][j] + before[m] - before[j + 1])
    out = [last]
    for i in range(n - 1, 0, -1):
        last = back[i][last]
        out.append(last)
    return out[::-1]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(KINDS), max_size=12), st.lists(st.sampled_from(ROLES), min_size=1, max_size=8),
       st.booleans())
def test_align_equals_the_reference(kinds, roles, sure):
    assert T.align(kinds, roles, sure) == _align_reference(kinds, roles, sure)
