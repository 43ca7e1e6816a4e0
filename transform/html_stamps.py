"""A detail page's own stamps that a template prints without a label: its address after "本文链接：",
its date in figures in an element of its own beside the breadcrumb or the font-size controls.

- `printed_address(html_text)`: the page's own address as printed after a label (lexicon
  `site_address_labels`), read for its date as <link rel="canonical"> is (`metadata.address_date`);
- `lone_date(html_text)`: the date of the page's one element holding only a date in figures, outside
  any list item or link, where nothing else dates the page (`html.extract`).

Both read the raw page with bounded patterns."""

from __future__ import annotations

import re

from transform.lexicons import words

_ADDRESS_LABELS = tuple(words("site_address_labels"))
# the labels by their last character (址, 接): a find of one character is a memchr scan (a 50 KB page in
# ~2 µs), a find of a four-character label ~30 µs, nine times over; an alternation of them ~160 µs
_ADDRESS_LABEL_ENDS: dict[str, tuple[str, ...]] = {}
for _label in _ADDRESS_LABELS:
    _ADDRESS_LABEL_ENDS[_label[-1]] = (*_ADDRESS_LABEL_ENDS.get(_label[-1], ()), _label)
# after its label: a colon, at most a few tags (a link's <a href>), then the address
_PRINTED_ADDRESS = re.compile(
    r"\s{0,3}[:：]?\s{0,3}(?:<[^<>]{0,300}>\s{0,3}){0,3}(https?://[^\s\"'<>]{4,300})"
)


def printed_address(html_text: str) -> str | None:
    """The page's own address as the page prints it after a label ("本文链接：http://…", lexicon
    `site_address_labels`), or None."""
    first: dict[str, int] = {}  # the end of each label's first place, as a find would give it
    for last, labels in _ADDRESS_LABEL_ENDS.items():
        i = html_text.find(last)
        while i >= 0:
            for label in labels:
                at = i + 1 - len(label)
                if at >= 0 and label not in first and html_text.startswith(label, at):
                    first[label] = i + 1
            i = html_text.find(last, i + 1)
    for label in _ADDRESS_LABELS:  # in the lexicon's order, as before
        end = first.get(label)
        if end is not None and (m := _PRINTED_ADDRESS.match(html_text, end)) is not None:
            return m.group(1)
    return None


# an element holding nothing but a date in figures ("<span class="date">2026-06-12</span>" beside the
# breadcrumb): a page's stamp (a signature prints 年月日; a list of other articles, many such dates,
# or a table's rows, in cells)
_BARE_DATE = re.compile(
    r">[ \t\r\n\u3000]*((?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})[ \t\r\n\u3000]*</(?:span|em|i|b|font|div)>"
)
_LOOK_BACK = 300  # characters before such a date searched for the list item or link holding it


def lone_date(html_text: str) -> str | None:
    """The date of the page's one element holding only a date in figures, outside any list item or
    link; None where there is none or several (a list of other articles' dates)."""
    found = None
    for m in _BARE_DATE.finditer(html_text):
        if found is not None and m.group(1) != found.group(1):
            return None
        found = found or m
    if found is None:
        return None
    before = html_text[max(0, found.start() - _LOOK_BACK) : found.start()]
    if before.rfind("<li") > before.rfind("</li>") or before.rfind("<a ") > before.rfind("</a>"):
        return None  # a list item's date, or a link's
    return found.group(1)
