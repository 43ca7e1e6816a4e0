"""Body text -> the lines the structure tree reads.

- A document viewer's numbered chunks are one text, and a page whose paragraphs are kept apart
  by spaces only is cut into lines before its numbering markers (`transform.flattened`).
- Task tables flattened to text become one line per row (`transform.texttables`), and so do
  projects printed as cards of labelled fields (`transform.table_cards`).
- Items numbered by a bare number on its own line ("1" / "新增100张床位" / "2" / …) and markers
  printed alone ("一、" / "总体要求") are joined with their text.
- Page numbers printed on lines of their own ("— 3 —", "第3页") are dropped: the text reads on over them,
  and so over the running head a PDF conversion prints at the top of each page (the title repeated)
  and the footnotes at the bottom of a page ("①规上工业企业指…" under "企业①"); a banner ("某局文件") too.
- A line broken mid-sentence by a PDF conversion is joined with the line after it, unless that
  line starts a new numbered item or a unit statement.
- A paragraph holding several numbered items ("1.甲。2.乙。", "…：（1）甲；（2）乙", "一是…；二是…")
  is split into one line per item.
"""

from __future__ import annotations

import re

from transform.bare_numbers import bare_number_items
from transform.cell_breaks import read_breaks
from transform.clause_wraps import cut_in_clause
from transform.flattened import FLAT_MIN, join_viewer_chunks, split_flattened
from transform.glued_rows import glued_rows
from transform.glued_subheads import glued_first_item
from transform.item_unit_blocks import unit_block_apart
from transform.long_plans import whole_plan_lines
from transform.markup import has_markup, unmarked_lines
from transform.nested_runs import ListedItem, nested_below, nested_pieces
from transform.numbering import (
    CIRCLED,
    Marker,
    dot_count_marker,
    field_run,
    glued_number_items,
    match_marker,
    ordinal_items,
)
from transform.ocr_marks import has_separator_line, joined_separators, ocr_marked
from transform.page_marks import UNIT_LABEL_START as _UNIT_LABEL_START
from transform.review_leads import reviews_past
from transform.running_banners import without_page_furniture
from transform.single_spaced import piped_single_spaced
from transform.table_cards import cards_to_lines
from transform.texttables import (
    TableLine,
    fullwidth_piped,
    piped_comma_rows,
    piped_space_rows,
    piped_tab_rows,
    retag,
    rows_to_lines,
)
from transform.unit_combined import has_combined_opener, uncombined_labels
from transform.unit_words import LABELS
from transform.wrapped_figures import cut_figure

# a marker after a sentence end, or after the bracket that closes an item ("…。（县发改局负责）（二）…")
_INLINE_CAND = re.compile(
    r"[。；;！!？?：:）)]\s*(?=[（(]?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[）).．、﹒]|[①-⑳])"
)
# 一是 二是 … (一要 二要 of a meeting's demands) after a sentence or a clause (searched apart: its
# own first characters are rarer)
_SHI_CAND = re.compile(r"(?<=[。；;！!？?：:，,])[一二三四五六七八九十]{1,3}[是要]")
# items that are sentences of their own: 一是… inside them is prose, not a further level
ITEM_KINDS = frozenset({"ar", "par", "rpar", "circ", "lat"})
_BARE_MARKER = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|"
    r"\d{1,3}\s*[.．、﹒]|[①-⑳]|第[一二三四五六七八九十\d]{1,3}(?:章|部分|节))$"
)
# 〔一〕 as Word prints （一） (a document number in these brackets, 〔2024〕, holds digits: untouched)
_TORTOISE_ITEM = re.compile("〔([一二三四五六七八九十]{1,3})〕")
_BROKEN_MIN = 28
_WRAP_SLACK = 2  # columns a wrapped line may run past the wrap width (a mark it may not start with)
_SENTENCE_END = "。！!？?；;”’」』）)】]|"
_MARKER_SPAN = 48  # a marker and what decides it fit in this many characters (no copy of the rest)


# a section heading printed with its first item on the same line, the line break between them
# lost in a conversion ("一、明确目标任务,促进学前教育快速发展1、学前三年教育发展目标。")
_GLUED_ITEM = re.compile(
    r"^[一二三四五六七八九十]{1,3}、[^。；;：:！!？?\d]{2,40}?[\u4e00-\u9fff](\d{1,2})[、.．](?=[\u4e00-\u9fff“])"
)
_GLUED_BACK = 60  # lines looked back for the number of the item before a glued one


class OpeningItem(str):
    """The number of an item whose text opens with its first sub-item ("2." of "2. ①改造…；②新增…"),
    cut off onto a line of its own: the tree reads it as the item, with the sub-items below it."""


# the indentation of a paragraph (two ideographic spaces) lost to a mirror's encoding: "??1.加强…"
_LOST_INDENT = re.compile(r"^[?？]{2,4}(?=\S)")


def _may_have_lost_indent(text: str) -> bool:
    """`"??" in text or "？？" in text`, a one-character test first: on a page of CJK text it scans at
    about twice the speed of a two-character one, and most pages hold no question mark at all."""
    return ("?" in text and "??" in text) or ("？" in text and "？？" in text)


# a bullet before an item's number ("●一是…", "■ 1.…"): the number opens the item
# list bullets, also as a Word or WPS export prints them: a middle dot, and the Symbol / Wingdings
# bullets of a list read without their font (private-use characters, or Ø § ü of Latin-1)
BULLETS = frozenset("●•▪■◆◇▶►◎○□➢➤◉·・∙◦‣▫\uf06c\uf0b7\uf0a7\uf0d8\uf076\uf0fcØ§ü")


# a pictograph a blog or a social-media repost prints as a bullet before a heading ("🌟一、…", "★二、…")
_PICTOGRAPH = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2b55]")


def _bulleted(line: str) -> bool:
    return line[:1] in BULLETS or _PICTOGRAPH.match(line) is not None


def _unbulleted(line: str) -> str:
    """The line without a bullet that stands before a marker; a bullet before plain text stays."""
    rest = line[1:].lstrip(" \t\u3000")
    return rest if rest and match_marker(rest[:_MARKER_SPAN]) is not None else line


# A role label broken by a stray space of a PDF's text layer ("牵头单 位：", "配 合单位："), before its colon
_SPACED_LABEL = re.compile(
    "(?:"
    + "|".join(
        "[ \u3000]?".join(map(re.escape, label))
        for label in sorted(
            {x for k in ("lead", "resp", "part") for x in LABELS[k] if len(x) > 2}, key=len, reverse=True
        )
    )
    + r")(?=[ \u3000]*[:：])"
)


def _unspaced_labels(line: str) -> str:
    """`line` with the spaces inside its role labels removed: "（牵头单 位：县工信局）" -> "（牵头单位：县工信局）"."""
    return _SPACED_LABEL.sub(lambda m: m.group().replace(" ", "").replace("\u3000", ""), line)


def normalise_lines(text: str) -> list[str]:
    if "<" in text:
        text = read_breaks(text)  # "<br>" printed as text (a Markdown repost)
    if "〔" in text:
        text = _TORTOISE_ITEM.sub(r"（\1）", text)
    raw = fullwidth_piped(text).split("\n")  # (cells apart by "｜")
    if "\t" in text:
        raw = piped_tab_rows(raw)  # a table of a Word/WPS export, its cells separated by tabs
    if "," in text:
        raw = piped_comma_rows(raw)  # … or by commas (a CSV export)
    # (a pair only where its character is: `in` of one character is the cheaper scan)
    if (" " in text and "  " in text) or ("\u3000" in text and "\u3000\u3000" in text):
        raw = piped_space_rows(raw)  # … or by runs of spaces
    if " " in text and ("单位" in text or "部门" in text):
        raw = piped_single_spaced(raw)  # … or by one space, its rows unnumbered (牵头单位 工作任务 完成时限)
    lines = [ln.strip(" \t\u3000\u00a0") for ln in raw]
    lines = without_page_furniture(lines, text)  # (a sentence cut by a page break reads on)
    lines = [ocr_marked(ln) if ln[:1] in _OCR_FIRST else ln for ln in lines]  # （-） l． -、 (OCR)
    if has_markup(text):
        lines = unmarked_lines(lines)  # box-table rules, markdown hashes and bold
    if " " in text or "\u3000" in text:
        lines = [
            _unspaced_labels(ln) if ("：" in ln or ":" in ln) and (" " in ln or "\u3000" in ln) else ln
            for ln in lines
        ]
    if has_combined_opener(text):
        lines = [uncombined_labels(ln) for ln in lines]  # 牵头（配合）单位：A（B、C）
    if _may_have_lost_indent(text):
        lines = [_LOST_INDENT.sub("", ln) for ln in lines]
    lines = whole_plan_lines(lines, text)
    lines = [_unbulleted(ln) if _bulleted(ln) else ln for ln in lines if ln]
    lines = cards_to_lines(rows_to_lines(join_viewer_chunks(lines)))
    if any(len(ln) >= FLAT_MIN and not isinstance(ln, TableLine) for ln in lines):
        lines = [p for ln in lines for p in ((ln,) if isinstance(ln, TableLine) else split_flattened(ln))]
    if has_separator_line(lines):
        lines = joined_separators(lines)  # "一" / "、" / "强化…": a Word export's number, apart
    lines = bare_number_items(lines)
    if any(ln[:1].isdigit() for ln in lines):
        lines = glued_number_items(lines)  # "1修建…" "2新建…": numbers glued to their items
        if any(ln[:2] in _GLUED_HEAD_START for ln in lines):
            lines = glued_rows(lines)  # … under a header glued the same way (序号重点任务…责任单位)
    lines = _join_bare_markers(lines)
    lines = _join_broken_lines(lines)
    out: list[str] = []
    for i, ln in enumerate(lines):
        if ln[:1] in _SHI_START and not isinstance(ln, TableLine) and (glued := _unglued_item(ln, out)):
            out.append(glued[0])
            ln = glued[1]
        nxt = lines[i + 1] if i + 1 < len(lines) and not isinstance(ln, TableLine) else None
        if len(ln) > 20 or (nxt is not None and _may_open(ln)):
            pieces = split_inline(ln, getattr(ln, "items_end", None), nxt)
            if _lists_achievements(pieces) or (len(pieces) > 2 and field_run(pieces[0])):
                pieces = [ln]  # 过去一年，…。一是…二是…: achievements listed; 整改措施：一是…: a field
            if len(pieces) > 1 and not isinstance(ln, TableLine):
                pieces = [ListedItem(p) if type(p) is str and _is_shi(p) else p for p in pieces]
                pieces = nested_below(out[-1], pieces) if out else pieces  # 一是 heading / 一是…二是… (47f)
            out.extend(retag(p, ln) for p in pieces)
        else:
            out.append(ln)
    return out


_SHI_START = tuple("一二三四五六七八九十")
_OCR_FIRST = frozenset("l（(-—－–")
_GLUED_HEAD_START = ("序号", "编号")


def _unglued_item(line: str, out: list[str]) -> tuple[str, str] | None:
    """(heading, item) of a section heading glued to its first item, where the item's number
    opens a run (1) or goes on from the item before (3 after 2); else None."""
    m = _GLUED_ITEM.match(line)
    if m is None:
        return None
    number = int(m.group(1))
    if number != 1 and number != _last_item_number(out) + 1:
        return None
    return line[: m.start(1)], line[m.start(1) :]


def _last_item_number(out: list[str]) -> int:
    """The number of the last 1. / 1、 item among the lines before (0: none near)."""
    for ln in reversed(out[-_GLUED_BACK:]):
        mk = match_marker(ln[:_MARKER_SPAN])
        if mk is not None and mk.kind == "ar":
            return mk.number
    return 0


def _lists_achievements(pieces: list[str]) -> bool:
    """The pieces of a paragraph that reviews the past and lists what was achieved (一是…二是…)."""
    return len(pieces) > 2 and _is_shi(pieces[1]) and reviews_past(pieces[0])


def lists_achievements(line: str) -> bool:
    """A paragraph that reviews the past and lists what was achieved ("过去一年，…。一是…；二是…"):
    kept whole by `normalise_lines`, and no goal line either."""
    return len(line) > 20 and _lists_achievements(split_inline(line))


def _is_shi(piece: str) -> bool:
    mk = match_marker(piece[:_MARKER_SPAN])
    return mk is not None and mk.kind == "shi"


def split_inline(line: str, items_end: int | None = None, nxt: str | None = None) -> list[str]:
    """Split one paragraph that holds several numbered items: "1.甲。2.乙。", "…：（1）甲；（2）乙。",
    "…。一是甲；二是乙。" (not inside a numbered item: its 一是… is prose). Markers from `items_end`
    on (a table row's labelled cells) split nothing. An item whose text opens with its first
    sub-item is cut before it where the sub-item goes on in the line or on `nxt`, the next line
    ("19、①关闭…。" / "②改造…。")."""
    candidates = _inline_candidates(line)
    if items_end is not None:
        candidates = {k: kept for k, v in candidates.items() if (kept := [c for c in v if c[0] < items_end])}
    opening = None
    second_below = False  # the opening sub-item's second one opens the next line
    if _may_open(line) and (head := match_marker(line)) is not None:
        # "2. ①改造…；②新增…": an item whose text opens with its first sub-item
        inner = match_marker(line[head.end : head.end + _MARKER_SPAN])
        if inner is not None and inner.kind != head.kind and inner.number == 1 and inner.kind in ITEM_KINDS:
            opening = head.end
            candidates.setdefault(inner.kind, []).insert(0, (opening, inner))
            second_below = _opens_second(nxt, inner.kind)
    first = match_marker(line)
    if glued := glued_first_item(line, first):  # "一、稳定粮食生产（一）落实…": a sub-item glued on
        candidates.setdefault("pcn", []).insert(0, glued)
    if not candidates:
        return [line]
    if "shi" in candidates and (nested := nested_pieces(line, first, candidates["shi"])) is not None:
        return nested  # "一是抓产业发展。一是做强…；二是…。": 一是 at two levels (round 47f)
    if first is not None and first.kind in ITEM_KINDS:
        candidates.pop("shi", None)
    best: list[int] = []
    for kind, cands in candidates.items():
        same = first is not None and first.kind == kind
        expected = first.number + 1 if first is not None and same else 1
        cuts = []
        for pos, mk in cands:
            if mk.number == expected:
                cuts.append(pos)
                expected += 1
        if (
            (same and cuts)
            or len(cuts) >= 2
            or (second_below and cuts == [opening])
            or cuts == [glued and glued[0]]
        ):
            if same or not best:
                best = cuts
            if same:
                break
    if not best and first is not None and first.kind in _JOINED_HEADS:
        best = _lone_first_item(line, candidates.get("ar", ()))
    if not best:
        return [line]
    pieces: list[str] = []
    start = 0
    for c in best:
        pieces.append(line[start:c].strip())
        start = c
    pieces.append(line[start:].strip())
    if opening is not None and best[0] == opening:
        pieces[0] = OpeningItem(pieces[0])
    return unit_block_apart([p for p in pieces if p])


_JOINED_HEADS = frozenset({"cn", "pcn"})


def _lone_first_item(line: str, cands) -> list[int]:
    """The cut before a heading's only item joined onto its line after the title's 。 ("三、乡村治理。
    1.创建…2个。"): [position], or [] (round 40b)."""
    if len(cands) != 1 or cands[0][1].number != 1 or line[cands[0][0] - 1 : cands[0][0]] != "。":
        return []
    return [cands[0][0]] if line.find("。") == cands[0][0] - 1 else []


def _opens_second(line: str | None, kind: str) -> bool:
    """Does `line` open with the second item of a run of `kind` (② after a line's ①)?"""
    if line is None or isinstance(line, TableLine):
        return False
    mk = match_marker(line[:_MARKER_SPAN])
    return mk is not None and mk.kind == kind and mk.number == 2


def _inline_candidates(line: str) -> dict[str, list[tuple[int, Marker]]]:
    """Markers after a sentence end or a bracket in `line`, by kind: (position, marker)."""
    candidates: dict[str, list[tuple[int, Marker]]] = {}
    counted: list[tuple[int, Marker]] = []  # "：1.800户…；2.1200套…": counts after a dot
    for m in _INLINE_CAND.finditer(line):
        pos = m.end()
        mk = match_marker(line[pos : pos + _MARKER_SPAN])
        if mk:
            candidates.setdefault(mk.kind, []).append((pos, mk))
        elif (dk := dot_count_marker(line[pos : pos + _MARKER_SPAN])) is not None:
            counted.append((pos, dk))
    if counted and counted[0][1].number == 1:
        # markers only where a run of them starts inside the line (not "（含…）2.0版", "：2.5亿元")
        runs = candidates.setdefault("ar", [])
        runs.extend(counted)
        runs.sort(key=lambda pm: pm[0])
    if line[:1] == "第" and "第" in line[1:] and (ords := ordinal_items(line)):
        candidates["ord"] = ords  # "第一，…。第二，…": the paragraph's next ordinals
    if "是" in line or "要" in line:
        for m in _SHI_CAND.finditer(line):
            mk = match_marker(line[m.start() : m.start() + _MARKER_SPAN])
            if mk and mk.kind == "shi":
                candidates.setdefault("shi", []).append((m.start(), mk))
    return candidates


_SUB_ITEM_START = re.compile("[" + CIRCLED + "（(]")


def _may_open(line: str) -> bool:
    """Can a sub-item marker follow the line's own marker (① or （1） within its first characters)?"""
    return _SUB_ITEM_START.search(line, 1, 10) is not None


def _join_bare_markers(lines: list[str]) -> list[str]:
    """'一、' alone on a line (the heading text on the next one) -> '一、总体要求'."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _BARE_MARKER.match(line) and i + 1 < len(lines) and not match_marker(lines[i + 1]):
            out.append(line + lines[i + 1])
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def _join_broken_lines(lines: list[str]) -> list[str]:
    """A long sentence line cut mid-word ("…重点实验室建" / "设（牵头单位：…）。") is one line.

    Only lines of numbered items are joined: when the line ends inside a bracket it opened
    ("（牵头单位：" / "市商务局）"), or, in a text wrapped at a fixed width (a PDF conversion:
    `_wrap_width`), when it runs to that width, reads as running text (has a comma) and ends on a
    character, 、 or ，; and the next line starts neither an item nor a label. A paragraph of a
    web page that ends without its 。 is no broken line, nor is a line printed wider than the wrap
    width (a list of items without 。 whose lengths happen to cluster: its next paragraph).
    """
    out: list[str] = []
    in_items = False
    width = _wrap_width(lines)
    for ln in lines:
        if out and in_items and _continues(out[-1], ln, width):
            out[-1] = retag(out[-1] + ln, out[-1])
            continue
        if not in_items and match_marker(ln):
            in_items = True
        out.append(ln)
    return out


def _open_bracket(line: str) -> bool:
    """Does `line` end inside a bracket it opened (a unit block cut by a line break)?"""
    opened = line.rfind("（"), line.rfind("(")
    at = max(opened)
    return at >= 0 and "）" not in line[at:] and ")" not in line[at:] and len(line) - at <= 40


def columns(line: str) -> float:
    """The printed width of `line`: one column a character, half of one an ASCII character."""
    return len(line) - len(line.encode("ascii", "ignore")) / 2


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text was wrapped at, or None: most long lines that end without a full stop
    share one length (±2) — a web page's paragraphs have no common length."""
    open_ended = [len(ln) for ln in lines if len(ln) >= _BROKEN_MIN and ln[-1] not in _SENTENCE_END]
    if len(open_ended) < 3:
        return None
    counts: dict[int, int] = {}
    for n in open_ended:
        counts[n] = counts.get(n, 0) + 1
    mode = max(counts, key=lambda n: (counts[n], n))
    near = sum(c for n, c in counts.items() if abs(n - mode) <= 2)
    return mode if near * 2 > len(open_ended) else None


def _continues(prev: str, line: str, width: int | None) -> bool:
    """Does `line` go on with `prev` (see `_join_broken_lines`)?"""
    if isinstance(prev, TableLine) or isinstance(line, TableLine) or not prev or not line:
        return False
    if "|" in prev or "|" in line:
        return False  # a row of a table rendered with "|" is no wrapped prose, whatever its length
    if match_marker(line) is not None:
        return False
    if _open_bracket(prev) or cut_figure(prev, line):
        return True  # "…（牵头单位：" / "市商务局）": the bracket closes below; "…中心1" / "个。"
    if width is None or len(prev) < width - 2:
        return width is None and cut_in_clause(prev, line)  # "…，病险水库" / "数量减少到 5 座以内。" (47f)
    if columns(line) > width + _WRAP_SLACK:
        return False  # a line wider than the wrap width is none of a wrapped paragraph
    if prev[-1] in _SENTENCE_END:  # a full line ending a sentence: only its unit bracket goes on
        return line[0] in "（(" and _UNIT_LABEL_START.match(line) is not None
    return True
