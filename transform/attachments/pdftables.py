"""Ruled tables on a PDF page (pypdfium2 path objects) -> grids with merged cells.

A table printed with rules is a set of horizontal and vertical lines: drawn as thin filled
rectangles, stroked lines, or the edges of one path holding the whole grid. The lines that
touch each other form a table; its cell boundaries are the distinct x of its vertical rules and
y of its horizontal ones; two neighbouring boxes with no rule between them are one merged cell.
Each cell's text is the page text inside its box.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

from transform.attachments import grid

_THIN = 2.5  # points: a rectangle this thin is a rule
_MIN_RULE = 6.0  # shorter segments are no rules (underlines of a character, ticks)
_SNAP = 2.0  # coordinates closer than this are one boundary
_MAX_SEGMENTS = 20_000  # segments read from one page's paths
_MAX_BOXES = 4_000  # grid boxes of one table


@dataclass(frozen=True)
class Rule:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def horizontal(self) -> bool:
        return (self.x1 - self.x0) >= (self.y1 - self.y0)


@dataclass
class Table:
    left: float
    bottom: float
    right: float
    top: float
    grid: grid.Grid


def rules_of(page) -> list[Rule]:
    """The horizontal and vertical rules drawn on a page."""
    import pypdfium2.raw as raw

    out: list[Rule] = []
    budget = _MAX_SEGMENTS
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=1):
        left, bottom, right, top = obj.get_bounds()
        w, h = right - left, top - bottom
        if (w <= _THIN and h >= _MIN_RULE) or (h <= _THIN and w >= _MIN_RULE):
            out.append(Rule(left, bottom, right, top))
            continue
        if w < _MIN_RULE and h < _MIN_RULE:
            continue
        n = raw.FPDFPath_CountSegments(obj.raw)
        if n <= 0 or n > budget:
            continue
        budget -= n
        out.extend(_segments(obj, n))
    return out


def _segments(obj, n: int) -> list[Rule]:
    """Straight horizontal or vertical segments of a path, in page coordinates."""
    import pypdfium2.raw as raw

    matrix = obj.get_matrix()
    out: list[Rule] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    start = prev = None
    for i in range(n):
        seg = raw.FPDFPath_GetPathSegment(obj.raw, i)
        if not seg or not raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
            continue
        point = matrix.on_point(x.value, y.value)
        kind = raw.FPDFPathSegment_GetType(seg)
        if kind == raw.FPDF_SEGMENT_MOVETO:
            start = prev = point
            continue
        if kind == raw.FPDF_SEGMENT_LINETO and prev is not None:
            _add(out, prev, point)
        prev = point
        if raw.FPDFPathSegment_GetClose(seg) and start is not None:
            _add(out, point, start)
            prev = start
    return out


def _add(out: list[Rule], a: tuple[float, float], b: tuple[float, float]) -> None:
    (ax, ay), (bx, by) = a, b
    if abs(ay - by) <= _THIN and abs(ax - bx) >= _MIN_RULE:
        out.append(Rule(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)))
    elif abs(ax - bx) <= _THIN and abs(ay - by) >= _MIN_RULE:
        out.append(Rule(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)))


def _touch(a: Rule, b: Rule) -> bool:
    return not (a.x1 + _SNAP < b.x0 or b.x1 + _SNAP < a.x0 or a.y1 + _SNAP < b.y0 or b.y1 + _SNAP < a.y0)


def _groups(rules: list[Rule]) -> list[list[Rule]]:
    """Rules that touch one another, transitively (union-find)."""
    parent = list(range(len(rules)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    order = sorted(range(len(rules)), key=lambda i: rules[i].x0)
    for k, i in enumerate(order):
        for j in order[k + 1 :]:
            if rules[j].x0 > rules[i].x1 + _SNAP:
                break
            if _touch(rules[i], rules[j]):
                parent[find(i)] = find(j)
    out: dict[int, list[Rule]] = {}
    for i, r in enumerate(rules):
        out.setdefault(find(i), []).append(r)
    return list(out.values())


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _SNAP:
            out.append(v)
    return out


def find_tables(page, textpage) -> list[Table]:
    """The ruled tables of a page, top first, each with its cells' text."""
    tables = []
    for group in _groups(rules_of(page)):
        hs = [r for r in group if r.horizontal]
        vs = [r for r in group if not r.horizontal]
        if len(hs) < 2 or len(vs) < 2:
            continue
        ys = _snap([(r.y0 + r.y1) / 2 for r in hs])[::-1]  # top first
        xs = _snap([(r.x0 + r.x1) / 2 for r in vs])
        if len(ys) < 2 or len(xs) < 2 or (len(ys) - 1) * (len(xs) - 1) > _MAX_BOXES:
            continue
        tables.append(Table(xs[0], ys[-1], xs[-1], ys[0], _cells(xs, ys, hs, vs, textpage)))
    return sorted(tables, key=lambda t: -t.top)


def _covered(rules: list[Rule], horizontal: bool, at: float, lo: float, hi: float) -> bool:
    """Whether a rule at `at` runs over the middle of [lo, hi] (a boundary between two boxes)."""
    mid = (lo + hi) / 2
    for r in rules:
        pos = (r.y0 + r.y1) / 2 if horizontal else (r.x0 + r.x1) / 2
        if abs(pos - at) > _SNAP:
            continue
        a, b = (r.x0, r.x1) if horizontal else (r.y0, r.y1)
        if a - _SNAP <= mid <= b + _SNAP:
            return True
    return False


def _cells(xs: list[float], ys: list[float], hs: list[Rule], vs: list[Rule], textpage) -> grid.Grid:
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    owner = {(r, c): (r, c) for r in range(n_rows) for c in range(n_cols)}

    def find(k: tuple[int, int]) -> tuple[int, int]:
        while owner[k] != k:
            k = owner[k]
        return k

    for r in range(n_rows):
        for c in range(n_cols):
            # no vertical rule between (r, c) and (r, c+1): one cell across
            if c + 1 < n_cols and not _covered(vs, False, xs[c + 1], ys[r + 1], ys[r]):
                a, b = find((r, c)), find((r, c + 1))
                if a != b:
                    owner[max(a, b)] = min(a, b)
            # no horizontal rule between (r, c) and (r+1, c): one cell down
            if r + 1 < n_rows and not _covered(hs, True, ys[r + 1], xs[c], xs[c + 1]):
                a, b = find((r, c)), find((r + 1, c))
                if a != b:
                    owner[max(a, b)] = min(a, b)
    members: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for k in owner:
        members.setdefault(find(k), []).append(k)
    cells = [[""] * n_cols for _ in range(n_rows)]
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for top, boxes in members.items():
        r1 = max(b[0] for b in boxes)
        c1 = max(b[1] for b in boxes)
        left, right = xs[top[1]], xs[c1 + 1]
        upper, lower = ys[top[0]], ys[r1 + 1]
        text = textpage.get_text_bounded(left + 0.5, lower + 0.5, right - 0.5, upper - 0.5)
        cells[top[0]][top[1]] = grid.join_lines(text) if text else ""
        if (r1, c1) != top:
            spans[top] = (r1, c1)
    return grid.Grid(cells, spans)
