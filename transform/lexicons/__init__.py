"""Lexicons: the word lists the matching code reads, kept as data files a contributor edits.

Each lexicon is one file in this folder:
- ``NAME.txt``: one entry per line; blank lines and lines starting with ``#`` are ignored;
  ``words("NAME")`` returns the entries in file order.
- ``NAME.toml``: structured entries; ``table("NAME")`` returns the parsed TOML.

Files are read once per process (they are small and never change while it runs).
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def path(name: str, suffix: str) -> Path:
    """The file of lexicon `name` (``suffix`` ".txt" or ".toml"); KeyError when there is none."""
    p = HERE / f"{name}{suffix}"
    if not p.is_file():
        raise KeyError(f"no lexicon {name}{suffix} in {HERE}")
    return p


@functools.cache
def words(name: str) -> tuple[str, ...]:
    """Entries of ``NAME.txt``: one per line, ``#`` comments and blank lines skipped, stripped."""
    out = []
    for line in path(name, ".txt").read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if entry:
            out.append(entry)
    return tuple(out)


@functools.cache
def table(name: str) -> dict[str, Any]:
    """``NAME.toml`` parsed (treat the result as read-only: it is shared)."""
    return tomllib.loads(path(name, ".toml").read_text(encoding="utf-8"))
