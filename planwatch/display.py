"""Text from portals made safe to show: in a terminal (`show`, `status`, run reports) or an alert.

Titles and errors come from pages nobody controls. Stored verbatim, they are cleaned only where
they are shown:
- terminal escape sequences (`ESC [ … m`, OSC titles, …) and every other control character are
  removed (a newline or tab becomes a space where one line is wanted);
- Unicode bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C) are removed: a
  right-to-left override makes `gpj.exe` read as `exe.jpg`;
- text is cut to a length with "…";
- for Rich output, `[` is escaped (`rich_text`), so `[/]` in a redirect URL is text, not markup.
"""

from __future__ import annotations

import re
from typing import Any

_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile(r"[\r\n\t\u2028\u2029\x0b\x0c\x85]+")
ELLIPSIS = "…"


def safe_text(value: Any, max_len: int | None = None, *, one_line: bool = True) -> str:
    """`value` as text without escape sequences, control or bidi characters, cut to `max_len`."""
    text = "" if value is None else str(value)
    text = _ANSI.sub("", text)
    if one_line:
        text = _LINE_BREAKS.sub(" ", text)
    else:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _CONTROLS.sub("", text)
    if max_len is not None and len(text) > max_len:
        text = text[: max(0, max_len - 1)] + ELLIPSIS
    return text


def rich_text(value: Any, max_len: int | None = None) -> str:
    """`safe_text` with Rich markup escaped: for `console.print` and Rich table cells."""
    from rich.markup import escape

    return escape(safe_text(value, max_len))


def cap_lines(text: str, max_chars: int, max_line: int) -> str:
    """Multi-line text (an alert body) cleaned, each line cut to `max_line`, the whole to `max_chars`."""
    lines = [safe_text(line, max_line) for line in safe_text(text, one_line=False).split("\n")]
    out = "\n".join(lines)
    if len(out) > max_chars:
        out = out[: max(0, max_chars - 1)] + ELLIPSIS
    return out
