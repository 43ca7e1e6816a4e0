"""How every command prints: tables that fit 80 columns, JSON, one-line verdicts, progress.

- Tables never collapse a column to nothing and never dump a dtype row: numbers and short
  values keep their width, long text is cut with an ellipsis ("…"), and whatever is cut can be
  read in full with `--format json` / `--json` or `planwatch status --errors`.
- `--json` prints one JSON document on stdout and nothing else there (no table, no progress).
- The progress display is on only when stderr is a terminal and `--json` is off.

Rich is imported inside the functions (`planwatch --help` stays fast).
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import polars as pl
    from rich.console import Console
    from rich.table import Table

WIDE = ("title", "text", "url", "error", "errors", "reason", "body", "indicator", "source", "message",
        "final_url", "details", "row_key", "expectation", "lead_units", "unit", "canonical", "plan_title",
        "section", "target", "last_error", "body_text", "summary", "issuer")  # fmt: skip
TEXT_MIN = 12  # a wide text column never gets narrower than this


def console(stderr: bool = False) -> Console:
    """A console: the terminal's width, or 80 columns when the output is a file or a pipe."""
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def print_json(payload: Any) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1, default=_plain) + "\n")


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, tuple)):
        return list(value)
    return str(value)


def cut(text: Any, width: int) -> str:
    """One line of at most `width` characters, with "…" when cut."""
    s = " ".join(str("" if text is None else text).split())
    return s if len(s) <= width else s[: max(0, width - 1)] + "…"


def cell(value: Any) -> str:
    """A value as a table cell: dates short, lists joined, nothing as ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value)
    return " ".join(str(value).split())


GAP = 2  # characters between two columns (collapsed padding and the divider)


class FitTable:
    """A table that fits the console's width, computed when printed: columns not in `WIDE`
    keep their full width (numbers right-aligned), the `WIDE` text columns share what is left
    (each at least TEXT_MIN) and end in "…" when cut. Never a column of width zero."""

    def __init__(
        self, headers: Sequence[str], *, title: str | None = None, numeric: Sequence[str] = ()
    ) -> None:
        self.headers, self.title, self.numeric = list(headers), title, set(numeric)
        self.rows: list[tuple[list[str], str | None]] = []

    def add_row(self, *cells: str, style: str | None = None) -> None:
        self.rows.append(([cell(c) if not isinstance(c, str) else " ".join(c.split()) for c in cells], style))

    def widths(self, total: int) -> list[int]:
        from rich.cells import cell_len

        natural = [
            max([cell_len(h), *(cell_len(r[i]) for r, _ in self.rows)]) for i, h in enumerate(self.headers)
        ]
        wide = [i for i, h in enumerate(self.headers) if h.split(" ")[0] in WIDE]
        fixed = sum(w for i, w in enumerate(natural) if i not in wide) + GAP * (len(natural) - 1)
        room = total - fixed
        need = sum(natural[i] for i in wide)
        if not wide or need <= room:
            return natural
        out = list(natural)
        floor = {i: min(natural[i], TEXT_MIN) for i in wide}
        spare = max(0, room - sum(floor.values()))
        extra = {i: natural[i] - floor[i] for i in wide}
        for i in wide:  # what is left beyond the floors, shared in proportion to what each needs
            share = spare * extra[i] // max(1, sum(extra.values()))
            out[i] = floor[i] + share
        return out

    def __rich_console__(self, console: Console, options: Any) -> Iterator[Table]:
        from rich import box
        from rich.table import Table

        widths = self.widths(options.max_width)
        from rich.text import Text

        title = Text(self.title) if self.title else None  # a path or id is never read as markup
        t = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1), show_edge=False,
                  collapse_padding=True, title_justify="left")  # fmt: skip
        for h, w in zip(self.headers, widths, strict=True):
            t.add_column(h, width=w, no_wrap=True, overflow="ellipsis",
                         justify="right" if h in self.numeric else "left")  # fmt: skip
        for cells, style in self.rows:
            t.add_row(*(_plain_text(c) for c in cells), style=style)
        yield t


def _plain_text(text: str) -> Any:
    from rich.text import Text

    from planwatch.display import safe_text

    # never read as markup, and without escapes, control or bidi characters: values come from
    # portals and tables
    return Text(safe_text(text))


def table(headers: Sequence[str], *, title: str | None = None, numeric: Sequence[str] = ()) -> FitTable:
    return FitTable(headers, title=title, numeric=numeric)


def frame_table(
    frame: pl.DataFrame, *, title: str | None = None, headers: dict[str, str] | None = None
) -> FitTable:
    """A polars frame as a `FitTable` (all its columns, in order; `headers` renames them)."""
    import polars as pl

    headers = headers or {}
    numeric = [headers.get(c, c) for c, t in frame.schema.items() if t.is_numeric() and t != pl.Boolean]
    t = table([headers.get(c, c) for c in frame.columns], title=title, numeric=numeric)
    for row in frame.iter_rows():
        t.add_row(*(cell(v) for v in row))
    return t


def safe_columns(frame: pl.DataFrame) -> pl.DataFrame:
    """Text columns without escape sequences, control or bidi characters (`planwatch.display`:
    portal titles are stored verbatim; a terminal must not execute them)."""
    import polars as pl

    from planwatch.display import safe_text

    return frame.with_columns(
        pl.col(c).map_elements(safe_text, return_dtype=pl.Utf8)
        for c, t in frame.schema.items()
        if t == pl.Utf8
    )


def pick_columns(frame: pl.DataFrame, columns: str, defaults: Sequence[str]) -> pl.DataFrame:
    """The columns asked for (`--columns a,b`; `all` for every one), else the readable
    `defaults` (those the frame has). An unknown column is a usage error naming the known ones."""
    from planwatch.exceptions import ConfigError

    if columns.strip().lower() == "all":
        return frame
    wanted = [c.strip() for c in columns.split(",") if c.strip()]
    if not wanted:
        return frame.select([c for c in defaults if c in frame.columns])
    unknown = [c for c in wanted if c not in frame.columns]
    if unknown:
        raise ConfigError(
            f"--columns: unknown column(s) {', '.join(unknown)}; known: {', '.join(frame.columns)}"
        )
    return frame.select(wanted)


# --- progress --------------------------------------------------------------------------------
ProgressFn = Callable[[str, str, int, int], None]


@contextlib.contextmanager
def progress(enabled: bool = True) -> Iterator[ProgressFn | None]:
    """A live progress display on stderr while the block runs: one bar per phase (`fn(phase,
    item, done, total)`, total 0 when unknown). Off (None) when stderr is not a terminal."""
    err = console(stderr=True)
    if not enabled or not err.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(
        TextColumn("{task.description:<8}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[item]}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )
    ids: dict[str, Any] = {}

    def update(phase: str, item: str, done: int, total: int) -> None:
        if phase not in ids:
            ids[phase] = bar.add_task(phase, total=total or None, item="")
        bar.update(ids[phase], completed=done, total=total or None, item=cut(item, 24))

    with bar:
        yield update
