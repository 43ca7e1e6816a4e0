"""Linear-time scanning of list pages: links, attributes, text, and `<tag>…</tag>` blocks.

List pages are often broken HTML, so they are scanned, not parsed. The regular expressions that
did it (`<a\\b([^>]*)>(.*?)</a\\s*>` and friends) are quadratic on hostile input: every unclosed
`<a` scans to the end of the page again (16 000 of them in 62 KiB took 4.7 s, a 20 MB page would
take days, and Python's `re` holds the GIL while it runs, stopping every thread). Here each
`find` starts where the last one ended or reuses its answer, so a page costs time linear in its
size whatever it holds. The results are those of the regular expressions on every page where
those finish (tests/test_extract_scan.py keeps them as the reference).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

_A_START = re.compile(r"<a\b", re.I)
_A_END = re.compile(r"</a\s*>", re.I)
_NAME_RUN = re.compile(r"[-a-zA-Z0-9_:.]+")
_NAME_START = re.compile(r"[a-zA-Z_:]")
_EQ = re.compile(r"\s*=\s*")
_UNQUOTED = re.compile(r"[^\s\"'>]+")
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    href: str
    title: str | None
    text: str


class _Next:
    """`find` of one needle (string or regex), memoised: asked for the first match at or after
    positions that only grow, it never scans the same characters twice."""

    def __init__(self, text: str, needle: str | re.Pattern[str]) -> None:
        self.text, self.needle = text, needle
        self.at, self.end, self.done = -1, -1, False

    def find(self, pos: int) -> tuple[int, int]:
        """(start, end) of the first match at or after `pos`, or (-1, -1)."""
        if self.done:
            return -1, -1
        if self.at < pos:
            if isinstance(self.needle, str):
                at = self.text.find(self.needle, pos)
                self.at, self.end = at, at + len(self.needle)
            else:
                m = self.needle.search(self.text, pos)
                self.at, self.end = (m.start(), m.end()) if m else (-1, -1)
            if self.at == -1:
                self.done = True
                return -1, -1
        return self.at, self.end


def attrs(attr_text: str) -> dict[str, str]:
    """The `name=value` attributes of a tag's text, as `re.finditer` of
    `([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*("[^"]*"|'[^']*'|[^\\s"'>]+)` reads them (first occurrence
    wins, names lower-cased, entities unescaped), in linear time.

    That regex is quadratic on a long run of name characters without `=` (it retries from every
    character of the run) and on unclosed quotes (each rescans to the end). Every start inside one
    run of name characters ends the name at the same place, so each run is tried once, from its
    first possible start; closing quotes are looked up once."""
    out: dict[str, str] = {}
    text, n = attr_text, len(attr_text)
    quotes = {'"': _Next(text, '"'), "'": _Next(text, "'")}
    pos = 0
    while True:
        run = _NAME_RUN.search(text, pos)
        if run is None:
            break
        pos = run.end()
        start = _NAME_START.search(text, run.start(), run.end())
        eq = _EQ.match(text, run.end()) if start else None
        if start is None or eq is None:
            continue
        v, value = eq.end(), None
        if v < n and text[v] in "\"'":
            close, _ = quotes[text[v]].find(v + 1)
            if close != -1:
                value, pos = text[v + 1 : close], close + 1
        else:
            unquoted = _UNQUOTED.match(text, v)
            if unquoted is not None:
                value, pos = unquoted.group(0), unquoted.end()
        if value is not None:
            name = text[start.start() : run.end()].lower()
            if name not in out:
                out[name] = html.unescape(value)
    return out


def strip_markup(fragment: str) -> str:
    """`fragment` with comments (`<!--…-->`) and tags (`<…>`) replaced by a space, in one pass.

    As `re.sub(r"<!--.*?-->", " ")` then `re.sub(r"<[^>]+>", " ")`: an unclosed comment or
    tag stays as text, and so does everything after it that would need the same closing.
    """
    out: list[str] = []
    comments = _Next(fragment, "-->")
    i, n = 0, len(fragment)
    no_comment_end = False
    pieces: list[str] = []
    while i < n:  # pass 1: comments
        at = fragment.find("<!--", i)
        if at == -1 or no_comment_end:
            pieces.append(fragment[i:])
            break
        end, stop = comments.find(at + 4)
        if end == -1:
            no_comment_end = True
            pieces.append(fragment[i:])
            break
        pieces.append(fragment[i:at])
        pieces.append(" ")
        i = stop
    text = "".join(pieces)
    gts = _Next(text, ">")
    i, n = 0, len(text)
    while i < n:  # pass 2: tags
        at = text.find("<", i)
        if at == -1:
            out.append(text[i:])
            break
        gt, _ = gts.find(at + 1)
        if gt == -1:
            out.append(text[i:])
            break
        if gt == at + 1:  # "<>" is not a tag
            out.append(text[i : at + 1])
            i = at + 1
            continue
        out.append(text[i:at])
        out.append(" ")
        i = gt + 1
    return "".join(out)


def clean_text(fragment: str) -> str:
    """Visible text of an HTML fragment: markup out, entities decoded, whitespace collapsed."""
    return _WS.sub(" ", html.unescape(strip_markup(fragment))).strip()


def anchors(page: str) -> Iterator[Anchor]:
    """Every `<a …>…</a>` with an href, as `re.finditer(r"<a\\b([^>]*)>(.*?)</a\\s*>", re.I | re.S)`
    finds them (an anchor runs to the first `</a>` after its tag), in linear time."""
    gts = _Next(page, ">")
    closes = _Next(page, _A_END)
    pos = 0
    for m in _A_START.finditer(page):
        start = m.start()
        if start < pos:
            continue  # inside the previous anchor
        gt, _ = gts.find(m.end())
        if gt == -1:
            return  # no '>' left: no later anchor can close either
        close, close_end = closes.find(gt + 1)
        if close == -1:
            return
        pos = close_end
        a = attrs(page[m.end() : gt])
        href = a.get("href", "").strip()
        if not href:
            continue
        title = a.get("title")
        yield Anchor(
            start, close_end, href, title.strip() if title else None, clean_text(page[gt + 1 : close])
        )


def blocks(text: str, tag: str, low: str | None = None) -> Iterator[tuple[int, int, str, str]]:
    """`<tag …>inner</tag>` blocks (case-insensitive), as a lazy regex `<tag\\b[^>]*>(.*?)</tag\\s*>`
    finds them: (start, end, attribute text, inner text). `low` is `text.lower()` when the
    caller has it already."""
    low = text.lower() if low is None else low
    opener = re.compile(rf"<{re.escape(tag)}\b")
    closer = re.compile(rf"</{re.escape(tag)}\s*>")
    gts = _Next(low, ">")
    closes = _Next(low, closer)
    pos = 0
    for m in opener.finditer(low):
        if m.start() < pos:
            continue
        gt, _ = gts.find(m.end())
        if gt == -1:
            return
        close, close_end = closes.find(gt + 1)
        if close == -1:
            return
        pos = close_end
        yield m.start(), close_end, text[m.end() : gt], text[gt + 1 : close]
