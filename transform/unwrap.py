"""Text wrapped at a fixed width -> one line per paragraph.

A text copied from a PDF, a scan read by OCR, or a portal page pasted from a PDF viewer keeps one
line per printed line: a paragraph breaks wherever the line is full, mid-word and mid-number
("…新建高标准农田2.53万" / "亩，…", "…四" / "是抓实…"). Such a text shows its wrap width: most of its
long lines that end without a full stop share one printed width (a Chinese character is one column,
an ASCII character half of one), no prose line is much wider, and those lines read as prose (a
comma or a 、 in them). A line that runs to that width and does not end a sentence goes on in the
next line, unless that line opens a numbered item, a label, a bullet, a table row or an 附件 line,
or stands after a blank line (a paragraph break), or is indented where paragraphs start indented.
Where the text indents its paragraph starts (and only them), an unindented line after a full one
goes on with it even after a full stop: a paragraph of several sentences.

Page numbers between the two halves ("— 3 —", "- 3 -", "第3页 共12页") and the running head and
footnotes that a conversion prints around them are dropped (`transform.page_marks`). A web page's
lines (paragraphs of any length, a list of short names, headings, links) show no wrap width and
stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from transform.lines import BULLETS, columns
from transform.numbering import decimal_marker, match_marker
from transform.page_marks import DATE_LINE, UNIT_LABEL_START, page_mark_drops

_ENDS = "。！!？?；;"
_NUMBER_MARKS = frozenset(("、", "．", ".", "﹒"))  # "2" / "．" / text: a Word export's item number (40b)
_STOPS = "。！!？?"
_CLOSERS = "”’」』）)】]"
_MIN_WIDTH = 14  # columns of the narrowest wrap width read (a narrow column of a two-column page)
_BAND = 3  # columns of the band full lines fill (a Latin run or a number not broken ends one early)
_BELOW = 2.5  # a full line stops at most this many columns short of the widest
_ABOVE = 1.5  # … and a prose line runs over by less (a punctuation mark a line may not start with)
_WIDER_SHARE = 0.15  # at most this share of lines wider than the wrap width (URLs, long numbers)
_MIN_FULL = 3  # full lines needed to read a wrap width
_NARROW_MIN = 5  # columns of the narrowest one-column page read (`_narrow`)
_NARROW_LINES = 8  # … its lines at least
_NARROW_SHARE = 0.6  # … most of them in its band
_NARROW_PROSE = 5  # … and at least one in this many of those holding a clause mark before their end
_PROSE = re.compile(r"[，,、。；;]")
_SPACED_WORDS = re.compile(r"[\u4e00-\u9fff][ \u3000\u00a0]+[\u4e00-\u9fff]")  # "县长 陈大用"
_SPACED_NUMBER = re.compile(r"\d{1,4}[ \u3000]+[\u4e00-\u9fff]")  # "1 组织企业参加…": a row's number
_CLAUSE = re.compile(r"[，,。；;：:]")  # what a heading holds none of (a 、 it may)
_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:]")
_SPACES = " \t\u3000\u00a0"
_FIELD_GAP = frozenset(" \u00a0")
_MARKER_SPAN = 48
_PAGE_DIGITS = 4


def _indent(raw: str) -> float:
    return columns(raw[: len(raw) - len(raw.lstrip(_SPACES))])


def _table_row(raw: str) -> bool:
    return "|" in raw or "\t" in raw.strip(_SPACES)


def _open_ended(text: str, ends: str = _ENDS) -> bool:
    """Does `text` stop without ending a sentence ("…新建高标准农田2.53万", "…（县发改局）" too)?
    A text's wrap width is read on lines that stop without a clause either (`_ENDS`); a full line
    goes on after one (`_STOPS`: "…加快实施“煤改气”；" / "加快推进…")."""
    end = text[-1:]
    if end and end in _CLOSERS:
        return len(text) < 2 or text[-2] not in ends
    return bool(end) and end not in ends


class Wrap(NamedTuple):
    """The width a text was wrapped at, in the measure its wrapping counted: printed columns (a
    PDF, where ASCII is narrow), or characters (a tool that cut the text every N characters)."""

    width: float
    measure: Callable[[str], float]
    narrow: bool = False  # one narrow column (`_narrow`): a heading too runs on over lines


def wrap_width(lines: list[str]) -> Wrap | None:
    """The width `lines` were wrapped at (see the module's docstring), or None: the widest band of
    open-ended lines, `_BAND` wide, that holds at least `_MIN_FULL` of them, most of them prose
    and most of them followed by a line that opens nothing (not a list of items without their
    stops), with hardly a line wider (a table's short cells and headings may stand below). Read
    in columns and in characters; the measure whose band holds more lines is the text's."""
    texts = [(raw.rstrip(_SPACES), raw.strip(_SPACES)) for raw in lines]
    texts = [(raw, text) for raw, text in texts if text and not _table_row(raw)]
    ended = [_open_ended(text) for _, text in texts]
    judged: dict[int, bool] = {}

    def good(k: int) -> bool:
        """Is open-ended line k prose followed by a line that opens nothing? (asked only of the
        lines of a candidate band: most pages show none)"""
        if k not in judged:
            text = texts[k][1]
            judged[k] = _PROSE.search(text) is not None and k + 1 < len(texts) and not _opens(texts[k + 1][1])
        return judged[k]

    best: tuple[int, Wrap] | None = None
    for measure in (columns, _chars):
        band = _band([measure(raw) for raw, _ in texts], ended, good)
        if band is not None and (best is None or band[0] > best[0]):
            best = (band[0], Wrap(band[1], measure))
    return best[1] if best is not None else _narrow(texts)


def _narrow(texts: list[tuple[str, str]]) -> Wrap | None:
    """The width of a page printed in one narrow column (every line cut after 5–13 characters:
    "（一）整治占" / "道经营。规范"), or None: most of its lines fill one band below `_MIN_WIDTH`,
    hardly a line is wider, no line parts words by spaces (a table's cells), and a share of the band's lines hold a clause mark before their end
    (prose cut up, not a list of short names)."""
    if len(texts) < _NARROW_LINES or any(
        _SPACED_WORDS.search(t) or _SPACED_NUMBER.match(t) for _, t in texts
    ):
        return None  # a space between words: a table's cells one to a line, not a cut column
    best: tuple[int, Wrap] | None = None
    for measure in (columns, _chars):
        widths = [int(measure(raw)) for raw, _ in texts]
        counts: dict[int, int] = {}
        for w in widths:
            counts[w] = counts.get(w, 0) + 1
        for top in range(_NARROW_MIN, _MIN_WIDTH):
            near = sum(counts.get(k, 0) for k in range(top - _BAND + 1, top + 1))
            wider = sum(n for w, n in counts.items() if w >= top + 1 + _ABOVE)
            if near < _NARROW_SHARE * len(texts) or wider > _WIDER_SHARE * near:
                continue
            prose = sum(
                1
                for (_, t), w in zip(texts, widths, strict=True)
                if top - _BAND < w <= top and _PROSE.search(t[:-1])
            )
            if prose * _NARROW_PROSE >= near and (best is None or near > best[0]):
                best = (near, Wrap(float(top), measure, narrow=True))
            break
    return best[1] if best is not None else None


def _chars(line: str) -> float:
    return float(len(line))


def _band(
    widths: list[float], open_ended: list[bool], good: Callable[[int], bool]
) -> tuple[int, float] | None:
    """(lines in the band, its top) of `wrap_width` for the lines' `widths` in one measure."""
    counts: dict[int, int] = {}
    for w, opened in zip(widths, open_ended, strict=True):
        if w >= _MIN_WIDTH and opened:
            counts[int(w)] = counts.get(int(w), 0) + 1
    for top in sorted(counts, reverse=True):
        band = range(top - _BAND + 1, top + 1)
        near = sum(counts.get(k, 0) for k in band)
        if near >= _MIN_FULL:
            break
    else:
        return None
    wider = sum(1 for w in widths if w >= top + 1 + _ABOVE)
    if wider > _WIDER_SHARE * near:
        return None
    in_band = (k for k, w in enumerate(widths) if open_ended[k] and w >= _MIN_WIDTH and int(w) in band)
    fine = sum(1 for k in in_band if good(k))
    return (near, float(top)) if fine * 2 > near else None


def _indents_paragraphs(lines: list[str]) -> bool:
    """Are some lines indented and most not (paragraph starts indented, as a PDF prints them)?"""
    texts = [raw for raw in lines if raw.strip(_SPACES)]
    indented = sum(1 for raw in texts if _indent(raw) >= 1)
    return 0 < indented * 2 < len(texts)


def _opens(text: str) -> bool:
    """Does `text` open something of its own: an item, a label, a bullet, a table row, a date?"""
    return (
        match_marker(text[:_MARKER_SPAN]) is not None
        or UNIT_LABEL_START.match(text) is not None
        or _LABEL.match(text) is not None
        or text[0] in BULLETS
        or text.startswith("附件")
        or DATE_LINE.fullmatch(text) is not None
    )


class _Paragraph:
    """A paragraph being read line by line, with what the next line's test asks of it kept as it
    grows (no rescan of the whole paragraph per line: a wrapped page may be one long paragraph)."""

    def __init__(self, text: str) -> None:
        self.pieces = [text]
        mk = match_marker(text[:_MARKER_SPAN])
        self.section = mk is not None and mk.kind in _HEADING_KINDS  # opens with 一、 （一） 第一章
        self.clause = _CLAUSE.search(text) is not None  # a comma or a stop anywhere in it
        self.spaced = " " in text
        self.runs = set(_SHI_WORD.findall(text, 1))  # the 一是 二是 … inside it

    @property
    def tail(self) -> str:
        return self.pieces[-1]

    def heading(self) -> bool:
        """A section heading: its marker (一、 （一） 第一章), then words without a comma or a stop."""
        return self.section and not self.clause

    def add(self, raw: str, text: str, prev_raw: str) -> None:
        """Read on with `text`: a space between two Latin words, and where the break fell on a space
        of a text that parts its fields by spaces ("…以上. " / "发改委": a row's cells); none
        elsewhere (a break inside a Chinese word or a number)."""
        tail = self.tail
        latin = tail[-1:].isascii() and tail[-1:].isalpha() and text[:1].isascii() and text[:1].isalpha()
        gap = prev_raw[-1:] in _FIELD_GAP or raw[:1] in _FIELD_GAP
        if latin or (gap and (self.spaced or " " in text)):
            self.pieces.append(" ")
        self.runs.update(_SHI_WORD.findall(tail[-_SHI_REACH:] + text))  # "…四" / "是抓实…" too
        self.pieces.append(text)
        self.clause = self.clause or _CLAUSE.search(text) is not None
        self.spaced = self.spaced or " " in text

    def text(self) -> str:
        return "".join(self.pieces)


_SHI_WORD = re.compile("[一二三四五六七八九十]{1,3}是")
_SHI_REACH = 3  # characters of a line's end that a 十一是 broken by the wrap may stand in


def unwrapped(lines: list[str], alone: Callable[[str], bool] | None = None) -> list[str]:
    """`lines` (raw, with their indentation and blank lines) with the lines of a text wrapped at a
    fixed width joined into paragraphs; `lines` itself when it shows no wrap width. A line that
    `alone` holds true of (a page's chrome: "下载文档", "发布日期：…") goes on with no line."""
    wrap = wrap_width(lines)
    if wrap is None:
        return lines
    drops = page_mark_drops([raw.strip(_SPACES) for raw in lines])
    indents = _indents_paragraphs(lines)
    out: list[str | _Paragraph] = []
    para: _Paragraph | None = None  # the paragraph read last
    full = False  # may `para` go on in the next line?
    blank = mark = False  # since `para`: a blank line, a page mark
    prev_raw = ""  # the line read last into `para`
    for k, raw in enumerate(lines):
        if k in drops:
            mark = True
            continue
        text = raw.strip(_SPACES)
        if not text:
            blank = True
            out.append(raw)
            continue
        # "2" / "．" / text: a Word export's item number on a line of its own, never a page's (40b)
        numbered = text.isdigit() and k + 1 < len(lines) and lines[k + 1].strip(_SPACES) in _NUMBER_MARKS
        if full and para is not None and text.isdigit() and len(text) <= _PAGE_DIGITS and not numbered:
            if _open_ended(para.tail):
                mark = True  # a bare page number in mid-sentence ("…新建" / "3" / "幼儿园…"): no item number
                continue
        if (
            not numbered
            and full
            and para is not None
            and (mark or not blank)
            and _goes_on(para, raw, text, indents, wrap)
            and (alone is None or not alone(text))
        ):
            while out[-1] is not para:
                out.pop()  # blank lines around a page mark
            para.add(raw, text, prev_raw)
        else:
            para = _Paragraph(raw.rstrip(_SPACES))
            out.append(para)
        full = _full(raw, wrap)
        prev_raw = raw
        blank = mark = False
    return [x.text() if isinstance(x, _Paragraph) else x for x in out]


def _full(raw: str, wrap: Wrap) -> bool:
    """Does `raw` run to the wrap width (not wider: a line wider than that was not wrapped at it)?"""
    if _table_row(raw):
        return False
    return wrap.width - _BELOW <= wrap.measure(raw.rstrip(_SPACES)) < wrap.width + 1 + _ABOVE


def _goes_on(para: _Paragraph, raw: str, text: str, indents: bool, wrap: Wrap) -> bool:
    """Does the line `raw` (`text` stripped) go on with the paragraph `para`, whose last line is full?"""
    if _table_row(raw):
        return False
    if _bracket_left_open(para.tail):
        return True  # "…改造。（" or "…。（牵" / "头单位：…）": a bracket opened goes on
    if text[0] in "（(" and UNIT_LABEL_START.match(text) is not None:
        return True  # "…服务体系。" / "（牵头单位：区教育局）": the units of the sentence above
    if (
        wrap.narrow
        and match_marker(text[:_MARKER_SPAN]) is None
        and _bracket_left_open("".join(para.pieces[-_OPEN_LINES:]), 99)
    ):
        return True  # "（牵头单位：县城管局；配" / "合单位：各乡镇）": a label cut inside the bracket
    if _opens(text):
        return _goes_on_listing(para, text)
    if text[:1].isdigit() and para.tail[-1:] in _ITEM_ENDS and decimal_marker(text) is not None:
        return False  # "…（责任单位：县教育局）" / "1.2 医疗服务提升项目。…": a decimal item of its own (46c)
    if not para.clause and _CLAUSE.search(text) is None and _SPACED_WORDS.search(text):
        return False  # a head's lines: "——2022年3月9日在…会议上" / "县长 陈大用", "政 府 工 作 报 告"
    if indents:  # a paragraph starts indented: any other line goes on
        return _indent(raw) < 1
    if (
        para.heading()
        and not wrap.narrow
        and (_CLAUSE.search(text) is not None or wrap.measure(text) > wrap.width / 2)
    ):
        return False  # "二、加快推进…工程" as wide as the text, its paragraph below: only a heading's tail
    return wrap.narrow or _open_ended(para.tail, _STOPS)  # a narrow column's paragraph: till a mark


def _bracket_left_open(tail: str, reach: int = 3) -> bool:
    """Does a line stop inside a bracket it opened at most `reach` characters before its end
    ("…（" / "…（牵", the label cut: "头单位：县城管局）")?"""
    at = max(tail.rfind("（", -reach - 1), tail.rfind("(", -reach - 1))
    return at >= 0 and not any(c in "）)" for c in tail[at:])


_ITEM_ENDS = "。）)；;"  # an item's sentence or its unit block ends so
_OPEN_LINES = 4  # lines of a narrow column a bracket is looked for in
_HEADING_KINDS = frozenset({"part", "chap", "sec", "cn", "pcn"})  # 一、 （一） 第一章: not 1. （1） ①
_CN_ONES = "一二三四五六七八九"


def _cn_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 23 -> 二十三 (the numbers of 一是 … 二十三是)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_ONES[tens - 1] + "十")
    return head + (_CN_ONES[ones - 1] if ones else "")


def _goes_on_listing(para: _Paragraph, text: str) -> bool:
    """Does a 二是… line go on with a paragraph whose run of 一是… stands inside it ("…。一是…；" /
    "二是…"): the run reads on over the line break as it does over a clause."""
    mk = match_marker(text[:_MARKER_SPAN])
    if mk is None or mk.kind != "shi" or not 2 <= mk.number < 100:
        return False
    return _cn_number(mk.number - 1) + "是" in para.runs
