"""Where a number sits: the sentence, clause and list segment around it, the spans that hold
no targets (quotes, book titles, the （牵头单位：…） clause), and the clause copied as `text`."""

from __future__ import annotations

import re
from bisect import bisect_right

from transform.unit_scale import BASE_UNITS

# ---------------------------------------------------------------- boundaries
_SENT_CH = "。;!?\n"
_CLAUSE_CH = _SENT_CH + ",:|"
_SEG_CH = _CLAUSE_CH + "、"

_MAX_SPAN = 300  # longest clause or sentence looked at around a number

_SENT_RX = re.compile(f"[{re.escape(_SENT_CH)}]")


def _boundaries(chars: str, reverse: bool = False) -> re.Pattern:
    """A boundary of `chars`, where a comma is none between the digits of a number with a
    thousands separator (14,500座: the number scan reads it whole), nor a colon between two digits
    (a ratio: 由2.5:1缩小到2.3:1, 医护比1:1.2). Read on the text or, with `reverse`, on the text
    reversed (the separator then comes after three digits, not four)."""
    rx = f"[{re.escape(chars.replace(',', '').replace(':', ''))}]"
    colon = r"|:(?!\d)|(?<!\d):" if ":" in chars else ""
    if reverse:
        return re.compile(rx + colon + r"|,(?!\d)|(?<!\d{3}),|(?<=\d{4}),")
    return re.compile(rx + colon + r"|(?<!\d),|,(?!\d{3}(?!\d))")


_CLAUSE_RX = _boundaries(_CLAUSE_CH)
_SEG_RX = _boundaries(_SEG_CH)
_CLAUSE_RX_REV = _boundaries(_CLAUSE_CH, reverse=True)
_SEG_RX_REV = _boundaries(_SEG_CH, reverse=True)

# Boundaries of a sentence, clause or list segment around a number. A lookup before a position
# searches the reversed text forward, so each lookup is one C-level regex search that stops at
# the nearest boundary: no pass over the whole text, no per-boundary Python work. The kinds
# nest (a sentence boundary is a clause boundary, a clause boundary is a segment boundary), so
# one search often answers two lookups: the nearest segment boundary, unless it is a 、, is
# also the nearest clause boundary; the nearest clause boundary, if it is a 。, is also the
# nearest sentence boundary. Every lookup reaches at most MAX_SPAN away: a run-on "sentence" of
# a whole page must not make every lookup scan the page.


def _last(rx: re.Pattern, rev: str, n: int, p: int) -> int:
    """Index just after the last boundary (a character rx matches) before p, at most MAX_SPAN
    back; the lower end of that window when none. `rev` is the text reversed, n its length."""
    lo = p - _MAX_SPAN if p > _MAX_SPAN else 0
    m = rx.search(rev, n - p, n - lo)
    return n - m.start() if m else lo


def _starts_before(rev: str, n: int, p: int) -> tuple[int, int]:
    """(segment start, clause start) around p: _last with _SEG_RX and with _CLAUSE_RX."""
    lo = p - _MAX_SPAN if p > _MAX_SPAN else 0
    m = _SEG_RX_REV.search(rev, n - p, n - lo)
    if m is None:
        return lo, lo  # no segment boundary, so no clause boundary either
    j = m.start()
    if rev[j] != "、":
        return n - j, n - j  # the nearest segment boundary is a clause boundary
    m = _CLAUSE_RX_REV.search(rev, j + 1, n - lo)  # nothing to find between p and the 、
    return n - j, (n - m.start() if m else lo)


def _sent_start(t: str, rev: str, n: int, p: int, clause_start: int) -> int:
    """_last(_SENT_RX, rev, n, p), given clause_start = _last(_CLAUSE_RX, rev, n, p)."""
    lo = p - _MAX_SPAN if p > _MAX_SPAN else 0
    if clause_start == lo:
        return lo  # no clause boundary in the window (one found gives at least lo + 1)
    if t[clause_start - 1] in _SENT_CH:
        return clause_start
    m = _SENT_RX.search(rev, n - clause_start + 1, n - lo)  # before that clause boundary
    return n - m.start() if m else lo


def _ends_after(t: str, n: int, p: int) -> tuple[int, int]:
    """(segment end, clause end) after p: the first boundary of each kind at or after p, at most
    MAX_SPAN on; the upper end of that window when none."""
    hi = p + _MAX_SPAN if p + _MAX_SPAN < n else n
    m = _SEG_RX.search(t, p, hi)
    if m is None:
        return hi, hi
    k = m.start()
    if t[k] != "、":
        return k, k
    m = _CLAUSE_RX.search(t, k + 1, hi)
    return k, (m.start() if m else hi)


_MASK_RES = (  # (cheap test that the regex can match at all, regex)
    (lambda t: "“" in t, re.compile(r"“[^“”。\n]{0,40}”")),
    (lambda t: "《" in t, re.compile(r"《[^《》\n]{0,120}》")),
    (lambda t: "「" in t, re.compile(r"「[^「」\n]{0,40}」")),
    (
        lambda t: "牵头" in t or "责任" in t or "主办" in t or "配合" in t or "参与" in t or "协办" in t,
        re.compile(r"[(\[【]\s?(?:牵头|责任单位|责任部门|主办|配合单位|参与单位|协办)[^)\]】]*(?:[)\]】]|$)"),
    ),
)


_QUOTE_MASK_RX, _BOOK_MASK_RX, _CORNER_MASK_RX, _LEAD_MASK_RX = [rx for _hint, rx in _MASK_RES]


def _in_bracket_span(t: str, p: int, opener: str, rx: re.Pattern, reach: int) -> bool:
    """Whether p lies in a match of rx (_QUOTE/_BOOK/_CORNER_MASK_RX: the opener, at most
    reach - 1 characters that hold no opener, the closer). A match from an earlier opener would
    hold the later one, so only the last opener at or before p, at most reach back, can start
    it; every such match is also one of finditer's (no match can overlap another)."""
    q = t.rfind(opener, p - reach if p > reach else 0, p + 1)
    if q < 0:
        return False
    m = rx.match(t, q)
    return m is not None and m.end() > p


_STRAIGHT_QUOTE_REACH = 16  # a straight-quoted slogan is short: "五个中心", "1+6+N"
_STRAIGHT_QUOTE_STOP = frozenset('"。,;:、|\n!?')


def _in_straight_quotes(t: str, p: int) -> bool:
    """Whether p lies between two straight quotes ('"五个中心"') at most _STRAIGHT_QUOTE_REACH
    apart with no clause mark between them: the quotes are alike, so a closer and the next
    opener hold a clause mark between them, a slogan does not."""
    lo = p - _STRAIGHT_QUOTE_REACH if p > _STRAIGHT_QUOTE_REACH else 0
    q = t.rfind('"', lo, p)
    if q < 0:
        return False
    r = t.find('"', p, q + _STRAIGHT_QUOTE_REACH + 1)
    return r >= 0 and not any(ch in _STRAIGHT_QUOTE_STOP for ch in t[q + 1 : r])


class _LazyMasks:
    """Whether p lies in a span that holds no targets: “…” / 《…》 / 「…」 (names, slogans,
    titles) or the （牵头单位：…） clause (the regexes of _MASK_RES). Asked for a few positions, it
    does not find every span of the text: a quote, book title or 「」 span around p starts at
    the last opener before p (see _in_bracket_span); the （牵头单位：…） spans, rare, are found on
    first use."""

    __slots__ = ("t", "quote", "straight", "book", "corner", "lead", "lead_starts", "lead_ends")

    def __init__(self, t: str) -> None:
        self.t = t
        self.quote, self.book, self.corner = "“" in t, "《" in t, "「" in t
        self.straight = '"' in t
        # the hint of _MASK_RES, after a cheaper test: the regex starts with one of these brackets
        self.lead = ("(" in t or "[" in t or "【" in t) and (
            "牵头" in t or "责任" in t or "主办" in t or "配合" in t or "参与" in t or "协办" in t
        )
        self.lead_starts: list[int] | None = None
        self.lead_ends: list[int] = []

    def __contains__(self, p: int) -> bool:
        t = self.t
        if self.quote and _in_bracket_span(t, p, "“", _QUOTE_MASK_RX, 41):
            return True
        if self.straight and _in_straight_quotes(t, p):
            return True
        if self.book and _in_bracket_span(t, p, "《", _BOOK_MASK_RX, 121):
            return True
        if self.corner and _in_bracket_span(t, p, "「", _CORNER_MASK_RX, 41):
            return True
        if self.lead:
            if self.lead_starts is None:  # finditer's spans do not overlap: sorted as found
                self.lead_starts = []
                for m in _LEAD_MASK_RX.finditer(t):
                    self.lead_starts.append(m.start())
                    self.lead_ends.append(m.end())
            k = bisect_right(self.lead_starts, p) - 1
            return k >= 0 and p < self.lead_ends[k]
        return False


_YEAR_HEAD_RE = re.compile(
    r"\s?(?:力争|争取|确保|预计)?\s?(?:到|至|截至|截止)?\s?(?:19|20)\d{2}\s?年(?:底|末)?(?:前)?\s?"
)


def _clause_text(text: str, t: str, rev: str, c) -> str:
    """The clause holding the number c (a scan.Cand), with a leading "到2025年，" kept."""
    cs = c.clause_start
    ce = c.clause_end
    # the year head ends with 年/底/末/前 or a space: test that before looking for its start
    if cs >= 2 and t[cs - 1] == "," and (t[cs - 2] in "年底末前" or t[cs - 2].isspace()):
        ps = _last(_CLAUSE_RX_REV, rev, len(t), cs - 1)
        if _YEAR_HEAD_RE.fullmatch(t, ps, cs - 1):
            cs = ps
    return text[cs:ce].strip()


# ---------------------------------------------------------------- lines broken mid-sentence
# A line break of a copied page (a <br>, a Word line) inside a sentence, between a Chinese word and
# the number it reads ("城镇调查失业率控制在\n5.5%以内", "新增学位\n3600个") or inside a comparator
# ("不\n低于60%"), is no boundary: it reads as a space, before the 不 of a comparator (same length, so
# every offset holds). Not before
# a year, a date or a list label ("2.新建…", "2024年…"), nor before a figure alone on its line (a
# cell of a table printed one cell per line).
_WRAP_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])\n(?=\d+(?:\.\d+)? ?(?:%|[\u4e00-\u9fff]))|(?<=不)\n(?=[低少高超小大多])"
)
_WRAP_NOT_AFTER = frozenset("年月日号时点")
# A break inside the unit after a figure ("新增供水能力 6000 立方\n米/日", "建成 3.5 平方\n公里"): the
# rest of the unit moves up before it, the break becomes a space after it (same length).
_SPLIT_UNIT_RE = re.compile(r"(?<=[0-9])\s?([\u4e00-\u9fff]{1,4})\n(?=[\u4e00-\u9fff])")
# the rests of each unit of two characters or more by the head a wrap may leave before it
# (立方 -> 米/日, 米/天, 米 …; longest first)
_UNIT_RESTS: dict[str, list[str]] = {}
for _u in sorted(
    (u for u in BASE_UNITS if len(u) >= 2 and "\u4e00" <= u[0] <= "\u9fff"), key=len, reverse=True
):
    for _k in range(1, min(len(_u), 5)):
        _UNIT_RESTS.setdefault(_u[:_k], []).append(_u[_k:])


def unwrapped(t: str) -> str:
    """`t` with the line breaks inside a sentence before a figure read as spaces."""
    if "\n" not in t:
        return t
    chars = None
    for m in _WRAP_RE.finditer(t):
        k = m.end()
        while k < len(t) and (t[k].isdigit() or t[k] == "."):
            k += 1
        k += t[k : k + 1] == " "  # (2024 年)
        if t[k : k + 1] in _WRAP_NOT_AFTER:
            continue  # 2024年, 6月: a date opens the line
        if chars is None:
            chars = list(t)
        if t[m.start() - 1] == "不":
            chars[m.start() - 1 : m.end()] = [" ", "不"]  # 占比不\n低于 -> 占比 不低于
        else:
            chars[m.start()] = " "
    for m in _SPLIT_UNIT_RE.finditer(t):
        rest = _unit_rest(t, m.group(1).lstrip("万亿千百十"), m.end())
        if rest:
            if chars is None:
                chars = list(t)
            nl = m.end() - 1
            chars[nl : nl + len(rest) + 1] = [*rest, " "]  # 立方\n米/日 -> 立方米/日 + space
    return t if chars is None else "".join(chars)


def _unit_rest(t: str, head: str, at: int) -> str:
    """The rest of the longest unit that starts with `head` and goes on at `at` ("" if none)."""
    return next((r for r in _UNIT_RESTS.get(head, ()) if t.startswith(r, at)), "")
