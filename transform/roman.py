"""Roman numerals opening a section heading: `Ⅰ．工作目标`, `II. 重点工作`, `Ⅳ 保障措施`.

A Unicode numeral (Ⅰ…Ⅻ) reads as its letters after NFKC. The numeral needs a mark (. ． 、) or a
gap, then Chinese text: `IV、V类水体`, `X光机`, `VI.5版本`, `V型坡道` are none.
`transform.numbering.match_marker` reads such a heading as the outer level (kind chap, ranked like
第一章, so `一、` sections nest under it), labelled by its letters (`II`).
"""

from __future__ import annotations

import re
import unicodedata

ROMAN_CHARS = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0x2160, 0x216C)}
_ROMAN = re.compile(
    r"^(X{0,3}(?:IX|IV|V?I{0,3}))(?:[ \t\u3000]*[.．、](?![.．\d])[ \t\u3000]*|[ \t\u3000]+)(?=[\u4e00-\u9fff“《])"
)
_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_marker(line: str) -> tuple[int, str, int] | None:
    """(number, label, end of the marker in `line`) for `II．主要任务` -> (2, "II", 3), or None."""
    first = line[:1]
    plain = ROMAN_CHARS.get(first, first)
    m = _ROMAN.match(plain + line[1:24])  # the marker and the character after it
    if m is None or not m.group(1):
        return None
    raw = m.group(1)
    values = [_VALUES[c] for c in raw]
    number = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return number, raw, m.end() - len(plain) + 1
