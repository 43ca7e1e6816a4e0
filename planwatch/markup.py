"""Caps on nesting and on attributes for HTML before it reaches an HTML parser.

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

lexbor also checks each attribute of an element against the ones before it, so one tag with N
attributes of distinct names costs N² steps: 32 000 take 1.8 s, and a 20 MB page holds millions.
`cap_attributes` keeps the first `MAX_ATTRIBUTES` of any element and drops the rest (attributes
are no text). And the options of one `<select>` cost lexbor N² steps too (20 000 take 1.8 s):
`cap_options` drops the option tags after a page's first `MAX_OPTIONS` (their text stays; a
`<select>` is page chrome that transform drops whole). `for_lexbor` applies the three caps.
"""

from __future__ import annotations

import re

MAX_DEPTH = 2000
MAX_ATTRIBUTES = 256  # of one element; real tags carry a few dozen at most
MAX_OPTIONS = 2000  # of a page; a real dropdown lists a few hundred sites or departments

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


# A start tag with at least 2 * MAX_ATTRIBUTES tokens (separators, names, values: an attribute
# is two to four of them). Tokens stop at every `<`, so such a tag opens a run of at least as
# many characters without a `<` (`_LONG_RUN`, a cheap first look: one or two per real page);
# possessive tokens never backtrack. Only a tag found this way is read attribute by attribute
# (`_tag_attributes`).
_TOKENS = 2 * MAX_ATTRIBUTES
_LONG_RUN = re.compile(r"<[a-zA-Z][^<]{%d}" % _TOKENS)  # noqa: UP031 (braces of a regex)
_FLOOD = re.compile(r"""<[a-zA-Z][^\s/<>]*+(?>[\s/]++|"[^"<]*+"|'[^'<]*+'|[^\s/<>"']++){%d}""" % _TOKENS)  # noqa: UP031
# One attribute as the HTML tokenizer reads it: separators, a name, an optional value.
_ATTRIBUTE = re.compile(r"""[\s/]*+([^\s/>][^\s/>=]*+)(?:\s*+=\s*+(?:"[^"]*+"?|'[^']*+'?|[^\s>]*+))?""")
_NAME = re.compile(r"<[a-zA-Z][^\s/>]*+")


def cap_attributes(html_text: str, max_attributes: int = MAX_ATTRIBUTES) -> str:
    """`html_text` with every attribute after an element's first `max_attributes` removed."""
    pieces: list[str] = []
    last = 0
    pos = 0  # the end of the last tag read: runs inside it are its own
    for start in _long_run_starts(html_text):
        if start < pos or _FLOOD.match(html_text, start) is None:
            continue
        keep_to, pos = _tag_attributes(html_text, start, max_attributes)
        if keep_to < pos:
            pieces.append(html_text[last:keep_to])
            last = pos
    if not pieces:
        return html_text
    pieces.append(html_text[last:])
    return "".join(pieces)


_BLOCK = 256  # characters; a run of `_LONG_RUN` (2 + _TOKENS: 514) holds an aligned block of them


def _long_run_starts(html_text: str) -> list[int]:
    """Where `_LONG_RUN` matches, as `[m.start() for m in _LONG_RUN.finditer(html_text)]`.

    A match is a "<" and a letter with 512 more characters after them free of "<"; so the 513
    characters after its "<" hold an aligned block of `_BLOCK` characters without a "<", and the
    block before that one holds the match's "<", the last one before the free block. Only those
    "<" are tried: a `find` of one character a block (memchr), not the regex's try at every "<"
    (≈ 650 000 instructions on a 53 000-character portal page, this ≈ 400 000). Matches cannot
    overlap (a match holds no other "<"), so the list is finditer's.
    """
    starts: list[int] = []
    free = False  # the block before holds no "<" either: the same run, already tried
    for a in range(0, len(html_text) - _BLOCK + 1, _BLOCK):
        if html_text.find("<", a, a + _BLOCK) >= 0:
            free = False
        elif not free:
            free = True
            i = html_text.rfind("<", max(0, a - _BLOCK), a)
            if i >= 0 and _LONG_RUN.match(html_text, i) is not None:
                starts.append(i)
    return starts


def _tag_attributes(html_text: str, start: int, max_attributes: int) -> tuple[int, int]:
    """For the start tag at `start`: where its first `max_attributes` attributes end, and where
    its attributes end (before `>`, `/>` or the end of the text)."""
    name = _NAME.match(html_text, start)
    pos = keep_to = name.end() if name else start + 1
    count = 0
    while (a := _ATTRIBUTE.match(html_text, pos)) is not None and a.end() > pos:
        pos = a.end()
        count += 1
        if count == max_attributes:
            keep_to = pos
    return (keep_to if count > max_attributes else pos), pos


_OPTION_START = re.compile(r"<option(?![a-z0-9])", re.IGNORECASE)
_OPTION_TAG = re.compile(r"</?option(?![a-z0-9])[^<>]*+>?", re.IGNORECASE)


def cap_options(html_text: str, max_options: int = MAX_OPTIONS) -> str:
    """`html_text` without the `<option>` and `</option>` tags after its first `max_options`
    option start tags (their text kept)."""
    for i, start in enumerate(_OPTION_START.finditer(html_text)):
        if i == max_options:
            cut = start.start()  # the first option start past the cap
            break
    else:
        return html_text
    return html_text[:cut] + _OPTION_TAG.sub("", html_text[cut:])


def for_lexbor(html_text: str) -> str:
    """`html_text` with the caps applied: what transform hands lexbor.

    Same as `cap_options(cap_attributes(cap_nesting(html_text)))`: nesting deeper than
    `MAX_DEPTH` and more than `MAX_OPTIONS` option tags both take more "<" than that (the caps
    only drop characters), so one count spares a page with fewer, nearly every real one, both
    scans."""
    tags = html_text.count("<")
    if tags > MAX_DEPTH:
        html_text = cap_nesting(html_text)
    html_text = cap_attributes(html_text)
    return cap_options(html_text) if tags > MAX_OPTIONS else html_text
