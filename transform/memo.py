"""Per-document memos for pure functions of a document's own lines and headings.

The structure pass asks for the numbering marker of most lines several times (table rows,
inline splits, the tree) and for the title of most headings several times (tasks, sections,
rows). An `lru_cache` would serve those repeats too, but it would also keep the answers
across documents, where the same line is almost never asked for again: a benchmark that
parses the same pages over and over would then measure cache hits a real crawl never gets.
These memos are emptied whenever a new document's structure is parsed (`new_document`).

Results are pure functions of the argument, so a memo emptied by another thread mid-way only
costs a recomputation, never a wrong answer.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

R = TypeVar("R")
_MEMOS: list[dict] = []
_MISSING = object()


def per_document(fn: Callable[[str], R]) -> Callable[[str], R]:
    """Memoise a pure one-argument function until the next `new_document()`."""
    memo: dict = {}
    _MEMOS.append(memo)
    get = memo.get  # (bound once: `new_document` clears this dict, never replaces it)

    @functools.wraps(fn)
    def wrapper(arg: str) -> R:
        hit = get(arg, _MISSING)
        if hit is _MISSING:
            hit = memo[arg] = fn(arg)
        return hit

    wrapper.memo = memo  # type: ignore[attr-defined]
    return wrapper


def new_document() -> None:
    """Forget the previous document's lines and headings."""
    for memo in _MEMOS:
        memo.clear()
