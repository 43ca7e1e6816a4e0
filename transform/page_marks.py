"""Page numbers, running heads and footnotes of a text converted from PDF (transform/lines.py).

A 公文 printed as text keeps its page numbers on lines of their own where a page ended ("— 3 —",
"- 3 -", "－3－", "第3页", "第3页 共12页", "共12页 第3页", "3/12"); a PDF conversion also prints the running head of each page
(the title or the issuer again) after the number, and the footnotes of a page before it. None of
them is part of the text: a sentence or a unit list wrapped across the page break reads on over them.
"""

from __future__ import annotations

import bisect
import functools
import re

from transform.lexicons import words
from transform.numbering import CIRCLED, match_marker

# a line that opens with a role or deadline label ("牵头单位：", "（责任单位")
UNIT_LABEL_START = re.compile(
    r"^[（(【\[]?\s*(牵头|责任|主办|配合|参与|协办|协同|完成时限|完成时间|时间节点)"
)

# the page number of a 公文 printed as text, on a line of its own where a page ended: "— 3 —",
# "- 3 -", "－3－", "第3页", "第3页 共12页" (a bare number is no page number here: it may number an item)
_PAGE_MARK = re.compile(
    r"(?:[-—－–]\s*)+\d{1,4}(?:\s*[-—－–])+|第\s*\d{1,4}\s*页(?:\s*[/／，,]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*[/／，,]?\s*第\s*\d{1,4}\s*页"  # "共12页 第3页"
)
_PAGE_MARK_START = frozenset("-—－–第共")
_PAGE_MARK_MAX = 16


def page_mark(line: str) -> bool:
    """Is `line` a page number ("— 3 —"), or one printed with the running head on its line, apart
    by a wide gap ("金溪县商务局          — 2 —", "— 3 —          某县人民政府文件")? A page's text
    reads on over it."""
    if (
        line[:1] in _PAGE_MARK_START
        and len(line) <= _PAGE_MARK_MAX
        and _PAGE_MARK.fullmatch(line) is not None
    ):
        return True
    return (
        (_GAP in line or "\u3000\u3000" in line)
        and len(line) <= _HEADED_MARK_MAX
        and _HEADED_MARK.fullmatch(line.strip()) is not None
    ) or _viewer_bar(line)


_VIEWER_MAX = 60
_ZOOM = re.compile(r"\d{2,3}\s*%")


def _viewer_bar(line: str) -> bool:
    """A viewer's page counter with its toolbar on one line ("第 2 页 / 共 2 页　　100%　　适合宽度"):
    a page mark and, apart by spaces, only buttons of `lexicons/page_viewer_tools.txt` or a zoom."""
    if "页" not in line or len(line) > _VIEWER_MAX:
        return False
    rest, marks = _PAGE_MARK.subn(" ", line)
    pieces = _ZOOM.sub(" ", rest).split()
    return marks == 1 and bool(pieces) and all(p in _viewer_tools() for p in pieces)


def viewer_chrome(line: str) -> bool:
    """A viewer's page counter with its toolbar, or its menu bar ("OFD阅读器　　文件　　视图　　帮助":
    two or more words of `lexicons/page_viewer_tools.txt` and nothing else)."""
    if len(line) > _VIEWER_MAX:
        return False
    pieces = line.split()
    return _viewer_bar(line) or (len(pieces) >= 2 and all(p in _viewer_tools() for p in pieces))


@functools.lru_cache(maxsize=1)
def _viewer_tools() -> frozenset[str]:
    return frozenset(words("page_viewer_tools"))


_GAP = "    "  # the gap between a running head and the page number on one line, at least
_HEADED_MARK_MAX = 90
_MARK = _PAGE_MARK.pattern
_HEAD = r"[^\s。；;，,：:|]{2,30}"
_HEADED_MARK = re.compile(rf"{_HEAD}[ \t\u3000]{{4,}}(?:{_MARK})|(?:{_MARK})[ \t\u3000]{{4,}}{_HEAD}")


_HEAD_LINES = 12  # the lines of a document's head (title, issuer) that a running head repeats
_RUNNING_HEAD_MAX = 40
_HEADS_PER_PAGE = 2
DATE_LINE = re.compile(
    r"[\d〇○零一二三四五六七八九十]{4}\s?年[\d〇○零一二三四五六七八九十\s]{1,4}月[\d〇○零一二三四五六七八九十\s]{1,4}日"
)


def without_page_marks(lines: list[str], rejoin: bool = False) -> list[str]:
    """`lines` without page numbers, and without the running head a PDF conversion prints at the
    top of each page after it: a line right after a page number that repeats a line of the
    document's head (its title, its issuer) or the line after another page number. A line that
    starts an item or names units, and an issuer over the date of a signature, are text. The
    footnotes at the bottom of a page go too (`footnotes`). rejoin: a sentence the page break cut
    reads on as one line (`_rejoined`; transform/lines.py asks for it)."""
    drop = page_mark_drops(lines)
    if not drop:
        return lines
    return _rejoined(lines, drop) if rejoin else [ln for k, ln in enumerate(lines) if k not in drop]


_CUT_ENDS = "。；;！!？?：:"  # a line ending so ends its sentence: the page break cut none
_CUT_OPENS = re.compile(r"[|｜]|附件|附表|[（(]?此页无正文")


def _rejoined(lines: list[str], drop: set[int]) -> list[str]:
    """`lines` without those of `drop`; a sentence the page break cut ("…卫生厕所普及率" / "— 2 —" /
    "达到85%以上，…") reads on as one line: a text whose wrap width could not be measured
    (transform/unwrap.py) keeps its pieces apart, and a target's indicator would lose its number."""
    out: list[str] = []
    cut = False  # a dropped line (a page mark, its running head) since the last line kept
    for k, ln in enumerate(lines):
        if k in drop:
            cut = True
            continue
        last = _last_text(out) if cut and ln else None
        if last is not None and _cut_line(out[last]) and _reads_on(out[last], ln):
            out[last] += ln
            del out[last + 1 :]  # (blank lines around the mark)
        else:
            out.append(ln)
        cut = cut and not ln
    return out


def _cut_line(line: str) -> bool:
    """Can `line` be the line a page break cut? A full printed line (`_FULL_LINE` characters or
    more) or one inside an open bracket ("（牵头单位：县公安局"); a short line is a whole cell of a table
    printed one cell a line ("打造区域教育高地" / "— 2 —" / "新(改、扩)建一批中小学校") or a heading."""
    return len(line) >= _FULL_LINE or line.count("（") + line.count("(") > line.count("）") + line.count(")")


def _last_text(out: list[str]) -> int | None:
    """The index of the last line of `out` that is not blank, or None."""
    k = len(out) - 1
    while k >= 0 and not out[k]:
        k -= 1
    return k if k >= 0 else None


_CUT_CLOSES = "。；;！!？?）)"  # what closes the sentence a page break cut


def _reads_on(before: str, after: str) -> bool:
    """Does the line after a page break (`after`) go on with the sentence the break cut (`before`)?
    Not when `before` ends a sentence or is a heading (a marker, no clause), nor when `after` opens
    an item, a table row, an annex or a signature date; not in a table laid out by spaces."""
    if type(before) is not str or type(after) is not str:
        return False  # (a table's row read already)
    if not before or before[-1] in _CUT_ENDS or "  " in before or "  " in after:
        return False
    if match_marker(after) is not None or _CUT_OPENS.match(after) or DATE_LINE.match(after):
        return False
    if before[:1] in "|｜" or DATE_LINE.match(before):
        return False
    if before.isdigit() or after.isdigit() or not any(c in after for c in _CUT_CLOSES):
        # a row number of a table printed one cell a line ("4" / "新增…"); a whole cell or title
        # over the next cell: the rest of a cut sentence closes it on the next page's first line
        return False
    marker = match_marker(before)
    if marker is not None and not any(c in before[marker.end :] for c in "，,、。；;"):
        return False  # "二、重点工作" / "— 2 —" / "各镇要…": the section's text below its heading
    return _HAN.search(before[-1]) is not None or before[-1] in "%％0123456789）)”"


def page_mark_drops(lines: list[str]) -> set[int]:
    """The indices of the lines `without_page_marks` drops: page numbers, running heads, footnotes."""
    marks = [i for i, ln in enumerate(lines) if page_mark(ln)]
    if any("/" in ln or "／" in ln for ln in lines):
        marks = sorted(marks + slashed_page_numbers(lines))
    if marks:
        marks = sorted(marks + bare_numbers_among_marks(lines, marks))
    else:
        marks = bare_page_numbers(lines)
    if not marks:
        return set()
    head = {ln for ln in [ln for ln in lines[: marks[0]] if ln][:_HEAD_LINES] if len(ln) <= _RUNNING_HEAD_MAX}
    tops: dict[str, int] = {}
    for i in marks:
        j = _next_text(lines, i)
        if j is not None:
            tops[lines[j]] = tops.get(lines[j], 0) + 1
    drop = set(marks)
    for i in marks:
        j = _next_text(lines, i)
        for _ in range(_HEADS_PER_PAGE):
            if j is None or not _running_head(lines[j], head, tops):
                break
            nxt = _next_text(lines, j)
            if nxt is not None and DATE_LINE.fullmatch(lines[nxt]):
                break  # 某县人民政府办公室 / 2024年3月5日: a signature at the top of a page
            drop.add(j)
            j = nxt
        drop.update(footnotes(lines, i))
    return drop


# a page number over the count of pages, on a line of its own: "3/12", "3 / 12"
_SLASHED = re.compile(r"(\d{1,3})\s*[/／]\s*(\d{1,3})")
_SLASHED_MIN = 2  # such lines of one count, at least


def slashed_page_numbers(lines: list[str]) -> list[int]:
    """The lines that number the pages as "3/12" (a PDF viewer's or converter's page number): two
    or more lines of only such a number, over the same count of pages, counting up, none over the
    count. A single "3/12" may be a date or a share: it stays."""
    found = [(i, m) for i, ln in enumerate(lines) if len(ln) <= 9 and (m := _SLASHED.fullmatch(ln))]
    by_count: dict[str, list[tuple[int, int]]] = {}
    for i, m in found:
        if int(m.group(1)) <= int(m.group(2)):
            by_count.setdefault(m.group(2), []).append((i, int(m.group(1))))
    out: list[int] = []
    for pages in by_count.values():
        if len(pages) >= _SLASHED_MIN and all(b[1] > a[1] for a, b in zip(pages, pages[1:], strict=False)):
            out.extend(i for i, _ in pages)
    return out


_PAGE_NO = re.compile(r"第\s*(\d{1,4})|(?<!\d)(\d{1,4})(?!\d)(?!\s*页)")  # the page's number, not the count


def bare_numbers_among_marks(lines: list[str], marks: list[int]) -> list[int]:
    """The bare numbers ("4" alone on a line) of a text that prints its other page numbers as marks
    ("— 3 —", "— 5 —"): a number one more than the page number above it (a mark or another such
    number), or one less than the mark below it, after a printed line of text (a page's last line:
    `_FULL_LINE` characters or more, no table row) and with no bare number beside it (a table printed
    one cell a line, or items numbered by bare numbers)."""
    pages = {i: int(m.group(1) or m.group(2)) for i in marks if (m := _PAGE_NO.search(lines[i]))}
    at = sorted(pages)
    out: list[int] = []
    last = 0  # the page number above
    for i, ln in enumerate(lines):
        if i in pages:
            last = pages[i]
            continue
        if not (ln and len(ln) <= _BARE_PAGE_MAX and ln.isascii() and ln.isdigit()):
            continue
        k = bisect.bisect_right(at, i)
        below = pages[at[k]] if k < len(at) else 0
        counts_on = (last and int(ln) == last + 1) or (below and int(ln) == below - 1)
        if not counts_on or (below and int(ln) >= below) or not _between_pages(lines, i):
            continue  # ("1" above the first mark "— 1 —", "2" above "— 2 —": a row number)
        out.append(i)
        last = int(ln)
    return out


def _between_pages(lines: list[str], i: int) -> bool:
    """Line i stands where a page ended: after a full printed line, no bare number beside it."""
    before = next((lines[k] for k in range(i - 1, -1, -1) if lines[k]), "")
    nxt = _next_text(lines, i)
    after = lines[nxt] if nxt is not None else ""
    if len(before) < _FULL_LINE or "|" in before or page_mark(after):
        return False  # (a number right over a page mark is no second page number)
    return not any(x.isascii() and x.isdigit() and len(x) <= _BARE_PAGE_MAX for x in (before, after))


_PAGE_LINES = 12  # text lines a page holds at least between two bare page numbers
_BARE_PAGE_MAX = 3  # digits of a bare page number
_FIRST_PAGE_LINES = 6  # … between the first two (a notice's page of short lines: signature, 抄送)
_FULL_LINE = 15  # characters of the printed line a page break cuts (a table's short cell is none)
_HEAD_MIN_HAN = 4  # Chinese characters of a running head at least ("某县人民政府", a plan's title)
_HAN = re.compile(r"[\u4e00-\u9fff]")


def bare_page_numbers(lines: list[str]) -> list[int]:
    """The lines that are bare page numbers ("2", "3" alone on a line) of a PDF conversion that
    prints the same running head after each of them ("2" / "某区人民政府办公室行政规范性文件" /
    text): two such numbers or more, counting up by one, a page of text apart (`_PAGE_LINES`). A
    later number of the same count a page further on is one too, with or without its head (the
    last page's, above the 抄送 footer). A bare number is an item's number elsewhere (a table
    printed one cell a line: "1" / "推进…" / "县发改局"): its next line is another on each row."""
    nums = [i for i, ln in enumerate(lines) if len(ln) <= _BARE_PAGE_MAX and ln.isascii() and ln.isdigit()]
    if len(nums) < 2:
        return []
    after = {i: _next_text(lines, i) for i in nums}
    counts: dict[str, int] = {}
    for j in after.values():
        if j is not None:
            counts[lines[j]] = counts.get(lines[j], 0) + 1
    heads = {ln for ln, c in counts.items() if c >= 2 and _bare_head(ln)}
    if not heads:
        return _headless_pages(lines, nums)
    if heads:  # a running head stands at the tops of pages only (and once in the document's head)
        elsewhere = dict.fromkeys(heads, 0)
        for ln in lines:
            if ln in elsewhere:
                elsewhere[ln] += 1
        heads = {ln for ln in heads if elsewhere[ln] - counts[ln] <= 1}
    out: list[int] = []
    for i in nums:
        j = after[i]
        headed = j is not None and lines[j] in heads
        if out and (int(lines[i]) != int(lines[out[-1]]) + 1 or i - out[-1] <= _PAGE_LINES):
            continue
        if headed or len(out) >= 2:
            out.append(i)
    return out if len(out) >= 2 else []


_SENTENCE_ENDS = "。；;！!？?：:）)"


def _headless_pages(lines: list[str], nums: list[int]) -> list[int]:
    """Bare page numbers without a running head: every bare number of the text counts up by one
    from the first, a page of text apart (a table printed one cell a line numbers its rows a few
    lines apart), and a page break falls inside a sentence at least once, after a full printed
    line ("…城市更新项目完成投" / "1" / "资150亿元以上。"), where an item's number never stands (a
    table's row number follows a short unit or deadline cell)."""
    for k, (a, b) in enumerate(zip(nums, nums[1:], strict=False)):
        least = _FIRST_PAGE_LINES if k == 0 else _PAGE_LINES  # (the notice's page: short lines)
        if int(lines[b]) != int(lines[a]) + 1 or sum(1 for ln in lines[a + 1 : b] if ln) <= least:
            return []
    if int(lines[nums[0]]) == 0:
        return []
    for i in nums:
        before = next((lines[k] for k in range(i - 1, -1, -1) if lines[k]), "")
        after = _next_text(lines, i)
        if (
            len(before) >= _FULL_LINE
            and "|" not in before
            and before[-1] not in _SENTENCE_ENDS
            and match_marker(before) is None
            and after is not None
            and match_marker(lines[after]) is None
            and UNIT_LABEL_START.match(lines[after]) is None
        ):
            return nums
    return []


def _bare_head(line: str) -> bool:
    """Can `line` be a running head (short, no sentence, no item, no unit label)?"""
    return (
        _HEAD_MIN_HAN <= len(line) <= _RUNNING_HEAD_MAX
        and len(_HAN.findall(line)) >= _HEAD_MIN_HAN
        and not any(c in line for c in "。；;，,：:|")
        and match_marker(line) is None
        and UNIT_LABEL_START.match(line) is None
    )


_FOOTNOTES_PER_PAGE = 3
_NOTE_LOOKBACK = 15  # lines of the page above a footnote where its reference is looked for
_NOT_A_REFERENCE = frozenset("：:；;，,。、（(【[ \t\u3000")


def footnotes(lines: list[str], mark: int) -> list[int]:
    """The footnotes at the bottom of the page that ends at the page number `mark`: lines opening
    with a circled number ("①规上工业企业指…") whose number stands after a word in the page above
    ("培育规上工业企业①。"), a note reference rather than the start of a list ("：①新建…；②改造…")."""
    out: list[int] = []
    j = mark - 1
    while j >= 0 and len(out) < _FOOTNOTES_PER_PAGE:
        if not lines[j]:
            j -= 1
            continue
        if lines[j][0] not in CIRCLED or not _referenced(lines, j):
            break
        out.append(j)
        j -= 1
    return out


def _referenced(lines: list[str], note: int) -> bool:
    """Does the circled number opening line `note` stand after a word in a line above it?"""
    sign = lines[note][0]
    for k in range(note - 1, max(-1, note - 1 - _NOTE_LOOKBACK), -1):
        at = lines[k].find(sign, 1)
        if at > 0 and lines[k][at - 1] not in _NOT_A_REFERENCE:
            return True
    return False


def _next_text(lines: list[str], i: int) -> int | None:
    """The index of the first non-empty line after line i that is no page number, or None."""
    for j in range(i + 1, len(lines)):
        if lines[j] and not page_mark(lines[j]):
            return j
    return None


def _running_head(line: str, head: set[str], tops: dict[str, int]) -> bool:
    if len(line) > _RUNNING_HEAD_MAX or (line not in head and tops.get(line, 0) < 2):
        return False
    return match_marker(line) is None and UNIT_LABEL_START.match(line) is None and "单位" not in line


# a running head and its page number glued before the next page's first line, a plan's heading:
# "某市人民政府文件　　第 2 页 共 3 页某市2025年…行动方案" (the head apart by two spaces or more)
_HEAD_BEFORE = re.compile(rf"(?:{_HEAD}[ \t\u3000]{{2,}})?(?:{_MARK})[ \t\u3000]*")


def without_glued_page_head(name: str) -> str:
    """`name` without a running head and page number printed before it on its line
    ("某县人民政府文件　　第 2 页 共 3 页某县…方案" -> "某县…方案"); `name` if none is, or if
    nothing would be left."""
    if "页" not in name[:50]:
        return name
    m = _HEAD_BEFORE.match(name)
    if m is None or "页" not in m.group() or m.end() >= len(name):
        return name
    return name[m.end() :]
