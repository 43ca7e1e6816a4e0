"""Plan excerpts (``NAME.txt``, answers in ``gold/NAME.json``) read as a portal would print
them: the 信息公开 fields a page shows, and the body as page blocks (``testbed.sites.pages``).

Fields: from the gold ``doc`` where it names one (title, issuer, doc_number, publish_date),
else from a labelled line at the top of the text (``发布日期:2022-01-21``, ``索 引 号 | …``),
including 成文日期 and 索引号, which gold files do not carry; an unknown field is left out. With
no gold file the title is the first line, when that reads as a title.

Body: one block per text line; 一、 headings in bold, the title lines centred, a date line and
the signature above it right-aligned; "|"-separated lines become tables (see ``_Body``), and a
table printed one cell per line gets back its rows where its serial numbers show them. Mode
``br`` keeps every line in one paragraph with ``<br />`` breaks.
"""

from __future__ import annotations

import json
import re
from collections.abc import Set
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

MODES = ("lines", "br")
META_LINES = 25  # labelled metadata is read from the first lines of a text only

# --- metadata a text shows ----------------------------------------------------------------

# field -> labels, the first listed wins; traditional forms too
LABELS: dict[str, tuple[str, ...]] = {
    "title": ("标题", "標題", "信息名称", "信息名稱", "名称", "名稱"),
    "issuer": ("发布机构", "發布機構", "发文机关", "發文機關"),
    "written": ("成文日期", "发文日期", "發文日期", "生成日期"),
    "page_date": ("发布日期", "發布日期", "发布时间", "發布時間", "公开日期"),
    "doc_number": ("文号", "文號", "发文字号", "發文字號"),
    "index_no": ("索引号", "索引號"),
}
GOLD_FIELDS = {"title": "title", "issuer": "issuer", "doc_number": "doc_number", "page_date": "publish_date"}
_DATE = re.compile(r"((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
_ALL_LABELS = tuple(label for labels in LABELS.values() for label in labels)


def _label_re(label: str) -> re.Pattern[str]:
    """A label as printed (inner spaces allowed: 索 引 号), at a line or cell start, then an
    optional colon and cell border, then the value up to the next cell border."""
    spaced = r"\s*".join(re.escape(ch) for ch in label)
    return re.compile(r"(?:^|[|\s])" + spaced + r"\s*[:：]?\s*\|?\s*([^|\n]*)", re.M)


_LABEL_RES = {label: _label_re(label) for label in _ALL_LABELS}


def iso_date(value: str) -> str | None:
    m = _DATE.search(value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _value(head: str, label: str) -> str | None:
    for m in _LABEL_RES[label].finditer(head):
        value = m[1].strip(" \t\u3000")
        # an empty cell, or the next label ("发文字号: | 发文时间:2023-01-05"), is no value
        if value and not re.search("[:：]", value) and not value.startswith(_ALL_LABELS):
            return value
    return None


def text_fields(text: str) -> dict[str, str]:
    """The 信息公开 fields a text shows in labelled lines near its top (dates as YYYY-MM-DD)."""
    head = "\n".join(text.splitlines()[:META_LINES])
    out: dict[str, str] = {}
    for key, labels in LABELS.items():
        for label in labels:
            value = _value(head, label)
            if value and key in ("written", "page_date"):
                value = iso_date(value)
            if value:
                out[key] = value
                break
    return out


def _heading_line(text: str) -> str | None:
    """The first line, when it reads as a title (no gold file: what a reader would call it)."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not 6 <= len(first) <= 80 or "|" in first or re.search("[:：。，；,;]", first) or iso_date(first):
        return None
    return first


# --- the body -----------------------------------------------------------------------------

_HEAD = re.compile(r"^[一二三四五六七八九十]+、")
_DATE_LINE = re.compile(
    r"^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
    r"[一二三四五六七八九十]{1,3}日)$"
)


def split_cells(line: str) -> list[str]:
    """One "|"-separated text line -> its cells: each "|" ends a cell ("a | b |", "X |"), a "|"
    opening the line opens it ("| a | b |"); "||" is two empty cells."""
    cells = [c.strip(" \t\u3000") for c in line.split("|")]
    if len(cells) > 1 and not cells[-1]:
        cells.pop()
    if len(cells) > 1 and not cells[0] and line.lstrip().startswith("|") and any(cells[1:]):
        cells.pop(0)
    return cells


def _regroup(cells: list[str]) -> list[list[str]] | None:
    """Cells printed one per line -> the table's rows, split at its serial number column: the
    first integer cell k starts a row, the next cell reading k+1 the next one, and so on; the
    cells before k are the header. Rows may differ in length (merged or empty cells are lost
    in such texts). None when no run of at least two serial numbers is found."""
    start = next((i for i, c in enumerate(cells) if c.isdigit()), None)
    if start is None:
        return None
    starts, k = [start], int(cells[start])
    for i in range(start + 2, len(cells)):  # a row holds at least two cells
        if cells[i] == str(k + 1) and i - starts[-1] >= 2:
            starts.append(i)
            k += 1
    if len(starts) < 2:
        return None
    bounds = [*starts, len(cells)]
    rows = [cells[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    return ([cells[:start]] if start else []) + rows


def _short_last_row(cells: list[str]) -> bool:
    rows = _regroup(cells)
    return rows is not None and len(rows) >= 2 and len(rows[-1]) < len(rows[-2])


def _flat_rows(cells: list[str]) -> list[list[str]]:
    """A table printed one cell per line: its rows where the serial numbers show them, else one
    cell per row (what the text shows)."""
    return _regroup(cells) or [[c] for c in cells]


def _kind(line: str) -> str:
    """``plain``; ``sep`` (only "|": ends the cell above); ``cell`` ("X |": one cell and its
    end); ``row`` (several cells: "a | b |", "| a | b |", "||" = two empty cells)."""
    if "|" not in line:
        return "plain"
    if not line.strip("| \t\u3000"):
        return "sep" if line.count("|") == 1 else "row"
    return "cell" if len(split_cells(line)) == 1 and line.rstrip().endswith("|") else "row"


class _Body:
    """Turns excerpt lines into blocks. Tables come in two shapes: rows ("a | b |" per line)
    and one cell per line (each cell ended by "|", on its own line or after the cell's last
    line; a cell may run over several lines, as units listed one a line)."""

    def __init__(self, centred: Set[str]) -> None:
        self.blocks: list[tuple[str, Any]] = []
        self.centred = centred
        self.pending: list[str] = []  # plain lines not placed yet (in a cell table: the open cell)
        self.cells: list[str] | None = None  # the one-cell-per-line table being read
        self.rows: list[list[str]] = []  # the row table being read

    def feed(self, line: str) -> None:
        kind = _kind(line)
        if kind == "plain":
            self._end_rows()
            self.pending.append(line)
        elif kind in ("sep", "cell"):
            self._end_rows()
            last = [split_cells(line)[0]] if kind == "cell" else []
            if self.cells is None:
                if kind == "sep" and not self.pending:
                    return  # a stray border
                # a new table: its first cell is only the line above the border
                own = last or [self.pending.pop()]
                self._flush_plain()
                self.cells = ["\n".join(own)]
            else:
                self.cells.append("\n".join(self.pending + last))
                self.pending = []
        elif self.cells is not None and not any(split_cells(line)):
            self.cells.extend(split_cells(line))  # "||" inside a one-cell-per-line table
        else:
            self._end_cells()
            self._flush_plain()
            self.rows.append(split_cells(line))

    def close(self) -> list[tuple[str, Any]]:
        self._end_rows()
        if self.cells is not None and self.pending and _short_last_row(self.cells):
            # a text cut inside a table printed one cell per line (its last row has fewer cells
            # than the one above): its last lines are that row's open cell
            self.cells.append("\n".join(self.pending))
            self.pending = []
        self._end_cells()
        self._flush_plain()
        return self.blocks

    def _end_rows(self) -> None:
        if self.rows:
            self.blocks.append(("table", self.rows))
            self.rows = []

    def _end_cells(self) -> None:
        if self.cells is not None:
            self.blocks.append(("table", _flat_rows(self.cells)))
            self.cells = None

    def _flush_plain(self) -> None:
        if self.pending:
            self._end_cells()  # lines after a table's last border follow the table
        for line in self.pending:
            self._plain(line)
        self.pending = []

    def _plain(self, line: str) -> None:
        blocks = self.blocks
        if line in self.centred:
            blocks.append(("c", line))
        elif _HEAD.match(line):
            blocks.append(("h", line))
        elif _DATE_LINE.match(line):
            if blocks and blocks[-1][0] == "p" and _signature(blocks[-1][1]):
                blocks[-1] = ("r", blocks[-1][1])
            blocks.append(("r", line))
        else:
            blocks.append(("p", line))


def body_blocks(text: str, *, mode: str = "lines", centred: Set[str] = frozenset()) -> list[tuple[str, Any]]:
    """The page body of an excerpt, as ``(kind, text)`` blocks of ``testbed.sites.pages``."""
    if mode not in MODES:
        raise ValueError(f"unknown body mode {mode!r}; known: {', '.join(MODES)}")
    lines = [s for raw in text.splitlines() if (s := raw.strip(" \t\u3000\xa0"))]
    if mode == "br":
        return [("br", lines)]
    body = _Body(centred)
    for line in lines:
        body.feed(line)
    return body.close()


def _signature(line: str) -> bool:
    return len(line) <= 40 and not re.search(r"[\d。，；：:,;]", line)


@dataclass
class Excerpt:
    """One text and what its page shows: ``fields`` has the known 信息公开 values
    (title, issuer, doc_number, page_date, written, index_no)."""

    name: str
    text: str
    fields: dict[str, str] = field(default_factory=dict)
    plan_title: str | None = None


def load_excerpts(corpus_dir: str | Path, gold_dir: str | Path | None = None) -> list[Excerpt]:
    """Every ``NAME.txt`` of a folder, in name order, with its fields (gold first, then text).

    ``gold_dir`` defaults to ``corpus_dir/gold``; a missing gold file (or folder) leaves the
    fields to the text, and the title to its first line when that reads as one."""
    corpus_dir = Path(corpus_dir)
    gold_dir = Path(gold_dir) if gold_dir else corpus_dir / "gold"
    out = []
    for path in sorted(corpus_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        fields = text_fields(text)
        gold_file = next(
            (f for f in (gold_dir / f"{path.stem}.json", gold_dir / f"{path.stem}.gold.json") if f.is_file()),
            None,
        )
        plan_title = None
        if gold_file:
            doc = json.loads(gold_file.read_text(encoding="utf-8")).get("doc") or {}
            for key, gold_key in GOLD_FIELDS.items():
                if doc.get(gold_key):
                    fields[key] = str(doc[gold_key])
            plan_title = doc.get("plan_title")
        elif "title" not in fields and (heading := _heading_line(text)):
            fields["title"] = heading
        out.append(Excerpt(path.stem, text, fields, plan_title))
    return out
