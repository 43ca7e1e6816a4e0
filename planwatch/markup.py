"""A nesting cap for HTML before it reaches an HTML parser.

lexbor (selectolax) walks its stack of open elements for many start tags, so a page of N nested
`<div>` costs about N² steps: 40 000 levels take 2.5 s in lexbor alone, 200 000 about a minute and
a half, and a hostile portal can serve millions. No real page nests more than a few hundred
levels. `cap_nesting` drops the start tags that would open an element deeper than `MAX_DEPTH`
(and their end tags), keeping every character of text, in one linear pass; a page within the cap
comes back unchanged (the same object).

Depth is counted on elements that need an end tag (`div`, `span`, `table`, `font` …); elements
whose end tag is optional (`p`, `li`, `td` …) or that have none (`br`, `img` …) are not counted,
and the raw text of `script`, `style`, `textarea` and `title` is skipped, so loose but real
markup never reaches the cap.
"""

from __future__ import annotations

import re

MAX_DEPTH = 2000

_TOKEN = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)")
_NOT_COUNTED = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen "  # void
    "p li dt dd tr td th option optgroup thead tbody tfoot colgroup rb rt rp rtc caption "  # optional end
    "html head body".split()
)
_RAW_TEXT = frozenset(("script", "style", "textarea", "title", "xmp", "plaintext"))


def cap_nesting(html_text: str, max_depth: int = MAX_DEPTH) -> str:
    """`html_text` with the tags nested deeper than `max_depth` removed (text kept)."""
    if html_text.count("<") <= max_depth:
        return html_text  # too few tags to go that deep
    depth = 0
    cuts: list[tuple[int, int]] = []  # spans of tags to drop
    pos = 0
    low: str | None = None
    while True:
        m = _TOKEN.search(html_text, pos)
        if m is None:
            break
        closing, name = m.group(1) == "/", m.group(2).lower()
        end = html_text.find(">", m.end())
        if end == -1:
            break  # an unterminated tag runs to the end: nothing after it is markup
        pos = end + 1
        if name in _RAW_TEXT and not closing:
            low = html_text.lower() if low is None else low
            close = low.find(f"</{name}", pos)
            pos = len(html_text) if close == -1 else close
            continue
        if name in _NOT_COUNTED:
            continue
        if closing:
            if depth > max_depth:
                cuts.append((m.start(), end + 1))
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > max_depth:
                cuts.append((m.start(), end + 1))
    if not cuts:
        return html_text
    pieces, last = [], 0
    for start, stop in cuts:
        pieces.append(html_text[last:start])
        last = stop
    pieces.append(html_text[last:])
    return "".join(pieces)
