"""Tracing the parser's decisions for `planwatch parse --explain` (off unless a `tracing()` block
is open: a context-local recorder, so the normal path only looks it up once per text or task).

What reports to the recorder (one call at each decision point):
- `targets.extract.extract_targets` hands each text to `Recorder.targets`, which runs the
  extraction with a `TargetTrace`: the number scan (`targets.scan._scan`) notes the numbers it
  skips (a bare number, a number glued to Latin letters, a masked one …), `targets.extract._kept`
  the exclusion rule that dropped each number (`targets.exclusions._drop_by_context` returns the
  rule's name), then qualifiers, table cells and past figures;
- `document._parse` hands over the tree, the structure, the units and the metadata inputs,
  which `transform.explain_report` reads back into "which line became a task and why", each
  task's unit clauses (`Units.rules`) and texts, and "which source each metadata field came
  from" (`transform.explain_tree`, `transform.explain_meta`): nothing more is recorded.

Rule names are identifiers a contributor can grep for: a function (`exclusions._is_scope`), a
lexicon key (`targets_exclusions.descriptor`) or a rule string returned by the code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

#: the recorder of the current context; None (the normal path) when nobody explains
TRACE: ContextVar[Recorder | None] = ContextVar("planwatch_explain", default=None)


@dataclass(slots=True)
class Candidate:
    """One number the target rules looked at: kept (with its record) or dropped (with a rule)."""

    start: int
    end: int
    number: str  # the number (and unit) as printed
    kept: bool
    rule: str  # the rule that dropped it, or how its record was read
    reason: str = ""  # the rule in words
    record: dict | None = None  # the target record of a kept number
    notes: dict[str, str] = field(default_factory=dict)  # comparator / year … : the rule used


@dataclass
class TargetTrace:
    """The decisions on the numbers of one text (a task's text or a goals paragraph)."""

    text: str
    t: str = ""  # the half-width copy the rules read (positions refer to it)
    scan_drops: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, rule)
    cands: list[Any] = field(default_factory=list)  # targets.scan._Cand, as scanned
    dropped: dict[int, str] = field(default_factory=dict)  # id(cand) -> rule
    kept: list[Any] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # number start of each text record
    records: list[dict] = field(default_factory=list)  # the records read from the text, as starts
    out: list[dict] = field(default_factory=list)  # the records of extract_targets
    table: list[tuple[int, dict]] = field(default_factory=list)  # (start, record) from table rows
    spans: list[tuple[int, int]] = field(default_factory=list)  # the table rows those were read from
    ypos: list[int] = field(default_factory=list)
    yval: list[int] = field(default_factory=list)
    years: dict[str, int | None] = field(default_factory=dict)  # default / annual / first year

    def drop(self, cand: Any, rule: str) -> None:
        self.dropped[id(cand)] = rule


class Recorder:
    """What one parse decided, in the order it decided it."""

    def __init__(self) -> None:
        self.texts: list[TargetTrace] = []  # every text the target rules read, in order
        self.document: dict[str, Any] = {}  # inputs handed over by document._parse

    def targets(self, text: str, run: Callable[..., list[dict]], *args: Any) -> list[dict]:
        """Run the target extraction `run(text, *args, trace)` with a trace of its decisions."""
        tr = TargetTrace(text)
        tr.years = dict(zip(("default", "annual", "first"), args, strict=False))
        tr.out = run(text, *args, tr)
        self.texts.append(tr)
        return tr.out

    def parsed(self, **inputs: Any) -> None:
        """The document's tree, structure and metadata inputs (see explain_report)."""
        self.document.update(inputs)


@contextmanager
def tracing() -> Iterator[Recorder]:
    """Record the decisions of the parses run inside the block (in this context only)."""
    rec = Recorder()
    token = TRACE.set(rec)
    try:
        yield rec
    finally:
        TRACE.reset(token)
