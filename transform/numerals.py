"""Chinese and Arabic numerals as they appear in plan texts.

`parse_number("1.57")` → 1.57, `parse_number("十二")` → 12.0, `parse_number("两")` → 2.0,
`parse_number("一百二十")` → 120.0, `parse_number("百分之五十")` → 50.0.

The regex fragments `NUM_AR` and `NUM_CN` are used by `transform.targets` to find numbers;
they deliberately leave 万/亿 out of the number itself: in "1.57万头" the number is 1.57 and
万头 is the unit as written (value_std applies the scale, see `transform.unit_scale`).
"""

from __future__ import annotations

import math
import re

__all__ = [
    "NUM_AR",
    "NUM_CN",
    "FULLWIDTH",
    "cn_year_spans",
    "parse_number",
    "parse_cn_number",
    "to_halfwidth",
    "with_cn_years",
]

# Arabic: 12, 1,000, 1.57 (full-width digits are mapped to ASCII before matching).
# An optional part is written (?:…|), not (?:…)?: the same matches, faster in sre.
NUM_AR = r"\d+(?:,\d{3})+(?:\.\d+|)|\d+(?:\.\d+|)"
# Chinese: 一, 两, 十二, 一百二十, 三点五. 万/亿 are scale words handled as part of the unit,
# except a 万 inside a numeral that goes on below it (一万二千人, 三万零五百亩: 12000 人), which a
# scale word cannot write.
NUM_CN = (
    r"[零〇一二两三四五六七八九十百千]+"
    r"(?:万[零〇]?[一二两三四五六七八九]?[千百十][零〇一二两三四五六七八九十百千]*|)"
    r"(?:点[零〇一二三四五六七八九]+|)"
)

CN_DIGIT_VALUES = {  # the Chinese digits (also read by transform.numbering)
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}

# One-to-one map of full-width ASCII (！ … ～) to ASCII and a few look-alikes, so that string
# offsets are preserved: the text we copy into `targets.text` comes from the original string.
FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
FULLWIDTH.update({0x3000: 0x20, 0xFE52: 0x2E, 0x2236: 0x3A})  # ideographic space, ﹒, ∶
# the small and vertical forms of punctuation (Big5 renderings of news pages: ﹔ ﹐ ﹑ ﹕), as NFKC
# reads them: a ﹔ ends a clause as ; does
_SMALL_FORMS = "﹐,﹑、﹔;﹕:﹖?﹗!﹙(﹚)︐,︑、︓:︔;︕!︖?"
FULLWIDTH.update({ord(a): ord(b) for a, b in zip(_SMALL_FORMS[::2], _SMALL_FORMS[1::2], strict=True)})


_FULLWIDTH_RE = re.compile("[\uff01-\uff5e\u3000\ufe52\u2236" + _SMALL_FORMS[::2] + "]")


# the full-width characters of almost every Chinese text: `in` and `replace` find them at memchr
# speed, before the regex looks for the rarer ones
_COMMON_FULLWIDTH = tuple((ch, chr(FULLWIDTH[ord(ch)])) for ch in "，：；（）")


def to_halfwidth(text: str) -> str:
    """Full-width digits, letters and ASCII punctuation to half-width; same length.

    Replaces only the characters present (str.translate looks up every character: ~10× slower
    on a long page): the common ones first, then each other one the regex finds, searching on
    from where it found it (the text before holds none). No match objects per comma, as
    `findall` would build. Every character maps to one outside the set (ASCII, or 、 for ﹑),
    so the order of the replacements does not matter.
    """
    for ch, half in _COMMON_FULLWIDTH:
        if ch in text:
            text = text.replace(ch, half)
    m = _FULLWIDTH_RE.search(text)
    while m is not None:
        ch = m.group()
        text = text.replace(ch, chr(FULLWIDTH[ord(ch)]))
        m = _FULLWIDTH_RE.search(text, m.start())
    return text


def parse_cn_number(s: str) -> float | None:
    """Value of a Chinese numeral (一百二十, 十二, 两, 三千, 1.5万 is not handled here).

    Returns None when the string is not a well-formed numeral.
    """
    if not s:
        return None
    if "点" in s:
        whole, _, frac = s.partition("点")
        w = parse_cn_number(whole) if whole else 0.0
        if w is None or not frac or any(c not in CN_DIGIT_VALUES for c in frac):
            return None
        return w + float("0." + "".join(str(CN_DIGIT_VALUES[c]) for c in frac))
    total = 0
    section = 0  # value below the current 万/亿
    digit = None
    for ch in s:
        if ch in CN_DIGIT_VALUES:
            if digit is not None and digit != 0:
                # "一二" style digit run: read as a plain digit string (二〇二五)
                return _digit_run(s)
            digit = CN_DIGIT_VALUES[ch]
        elif ch in _SMALL_UNITS:
            mult = _SMALL_UNITS[ch]
            section += (1 if digit is None else digit) * mult
            digit = None
        elif ch in _BIG_UNITS:
            section += digit or 0
            total = (total + section) * _BIG_UNITS[ch]
            section = 0
            digit = None
        else:
            return None
    section += digit or 0
    return float(total + section)


def _digit_run(s: str) -> float | None:
    if all(c in CN_DIGIT_VALUES for c in s):
        return float("".join(str(CN_DIGIT_VALUES[c]) for c in s))
    return None


# 百分之五十, and the same in ‰ or per 100,000 (千分之五, 十万分之十二): the numeral after 分之
_PERCENT_CN = re.compile(r"^(?:百|千|十万)分之(.+)$")


def parse_number(s: str) -> float | None:
    """Value of an Arabic or Chinese numeral, or of 百分之X (千分之X, 十万分之X: X); None if not a
    number or not finite."""
    s = to_halfwidth(s.strip())
    if not s:
        return None
    m = _PERCENT_CN.match(s)
    if m:
        inner = m.group(1)
        return parse_number(inner) if inner != "百" else 100.0
    v: float | None
    if s[0].isdigit():
        try:
            v = float(s.replace(",", ""))
        except ValueError:
            return None
    else:
        v = parse_cn_number(s)
    if v is None or not math.isfinite(v):
        return None
    return v


# A year in Chinese numerals: 19xx or 20xx (一九九八, 二〇二五, 二○二五 with a white circle, 二零二五,
# 二O二五 with a letter O typed for 〇) before 年 or opening a year range (二〇二四—二〇二六年), not
# inside a longer run of numerals (一二三四五 lists, 一〇〇 counts) and not opening a whole date in
# Chinese numerals (二〇二三年七月三十一日: a date, read as one by the metadata rules)
_CN_ZERO = "〇○零0OＯ"
_CN_YEAR_DIGIT = "[" + _CN_ZERO + "一二三四五六七八九]"
_CN_YEAR_BODY = "(?:一九|二[" + _CN_ZERO + "])" + _CN_YEAR_DIGIT + "{2}"
# a year's four numerals with no numeral before them (the lookbehind after the first two
# characters, which the regex engine finds fast)
_CN_YEAR_HEAD = (
    r"((?:一九|二["
    + _CN_ZERO
    + r"])(?<!["
    + _CN_ZERO
    + r"一二三四五六七八九十百千万两\d]..)"
    + _CN_YEAR_DIGIT
    + r"{2})"
)
_CN_YEAR = re.compile(
    _CN_YEAR_HEAD
    + r"(?=[ \u3000]?年(?![ \u3000]?[一二三四五六七八九十]{1,3}[ \u3000]?月[ \u3000]?[一二三四五六七八九十]{1,3}[ \u3000]?[日号])"
    r"|[ \u3000]?[—－\-~～至到][ \u3000]?" + _CN_YEAR_BODY + r"[ \u3000]?年)"
)
# a span of two such years in brackets without 年 ("行动方案（二〇二四—二〇二六）"): both are years
_CN_YEAR_PAIR = re.compile(
    _CN_YEAR_HEAD + r"[ \u3000]?[—－\-~～至到][ \u3000]?(" + _CN_YEAR_BODY + r")(?=[ \u3000]?[)）])"
)
_CN_YEAR_STARTS = ("一九", *("二" + z for z in _CN_ZERO))  # what every such year starts with
_CN_YEAR_VALUES = {c: "0" for c in _CN_ZERO} | {c: str(i) for i, c in enumerate("一二三四五六七八九", 1)}


_CN_ZERO_SET = frozenset(_CN_ZERO)


def _may_hold_cn_year(text: str) -> bool:
    """`any(s in text for s in _CN_YEAR_STARTS)`, each pair looked for only where its first
    character is (one character is the cheaper scan): every start but 一九 is 二 and a zero, so
    the character after each 二 is read (a plan holds a few dozen 二; six two-character searches
    of a 14,000-character body took 80 µs, this 10 µs)."""
    if "九" in text and "一九" in text:
        return True
    i = text.find("二")
    for _ in range(_TWOS_READ):
        if i < 0:
            return False
        if text[i + 1 : i + 2] in _CN_ZERO_SET:
            return True
        i = text.find("二", i + 1)
    # a page of hundreds of 二 (a hostile list "二、二、…"): the six searches, from the next one on
    return i >= 0 and any(text.find(s, i) >= 0 for s in _CN_YEAR_STARTS[1:])


_TWOS_READ = 64  # 二 read one by one before the substring searches take over


def cn_year_spans(text: str) -> list[tuple[int, str]]:
    """(start, digits) of each year in Chinese numerals of `text` ("二〇二五" -> "2025")."""
    if not _may_hold_cn_year(text):  # (substring searches: most pages have none)
        return []
    starts = [m.start(1) for m in _CN_YEAR.finditer(text)] if "年" in text else []
    if "）" in text or ")" in text:
        starts += [m.start(k) for m in _CN_YEAR_PAIR.finditer(text) for k in (1, 2)]
    return [(a, "".join(_CN_YEAR_VALUES[c] for c in text[a : a + 4])) for a in sorted(set(starts))]


def with_cn_years(text: str, years: list[tuple[int, str]]) -> str:
    """`text` with the years of `years` (found in a text of the same length) as their digits."""
    if not years:
        return text
    out: list[str] = []
    pos = 0
    for a, digits in years:
        out += [text[pos:a], digits]
        pos = a + len(digits)
    out.append(text[pos:])
    return "".join(out)
