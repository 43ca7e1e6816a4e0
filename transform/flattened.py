"""Pages whose paragraphs lost their line breaks: document viewers and flattened renderings.

Two layouts of real pages read as one long line per page instead of one line per paragraph:

- a document viewer (文库 mirrors) prints a document as numbered chunks cut at a fixed length,
  wherever the cut falls: "1、某镇2024年工作要点 一、…坚决禁用高度" / "2、高残农药，实现…". The chunk
  numbers are no items: a run of long lines numbered 1、 2、 3、 …, most of them ending
  mid-sentence, is one text (`join_viewer_chunks`);
- a flattened page keeps its paragraphs apart by spaces only: "…出彩。 一、做强产业 1.做大做强茶产业。…
  2.改造完善…" (`split_flattened`): the line is cut before each numbering marker that follows
  a space, where the markers of a kind run on (1, 2, 3 or a restart at 1), and a heading that
  ran into its paragraph ("二、主要任务 为进一步…，…。") is cut from it.

Lines of ordinary pages are left alone: a chunk run needs long lines cut mid-sentence, and a
flattened line needs two markers of one kind after spaces in a long line.
"""

from __future__ import annotations

import re

from transform.numbering import Marker, match_marker

_CHUNK = re.compile(r"(\d{1,2})、")
#: a viewer chunk is at least this long (the last one may be shorter)
_CHUNK_MIN = 150
_SENTENCE_END = "。！!？?；;”’」』）)】]"
#: a flattened line is at least this long
FLAT_MIN = 60
# a space (or several) before a numbering marker, after text or punctuation (not after a digit)
_FLAT_CAND = re.compile(
    r"(?<=[\u4e00-\u9fff。；;！!？?：:，,、）)”’\"》])[ \t\u3000]+"
    r"(?=[（(]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[）)]|"
    r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[.．、﹒]|\d{1,3}[ \t\u3000]+[\u4e00-\u9fff]|[①-⑳]|"
    r"第[一二三四五六七八九十\d]{1,3}(?:章|部分|节)|[一二三四五六七八九十]{1,3}是)"
)
# a marker right after a sentence end ("…实施意见。一、…")
_AFTER_STOP = re.compile(
    r"(?<=[。；;！!？?：:])"
    r"(?=[（(]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[）)]|"
    r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[.．、﹒]|[①-⑳]|[一二三四五六七八九十]{1,3}是)"
)
_MARKER_SPAN = 48
_BARE = "ar_bare"
_BARE_RUN = 3
# marker kinds whose items are headings ("二、主要任务"); a heading that ran into its paragraph
# ends at the first space when prose follows
_HEADING_KINDS = frozenset({"cn", "pcn", "part", "chap", "sec"})
_HEAD_MAX = 25
_RUN_HEAD = re.compile(rf"([^，。；：,;:\s]{{2,{_HEAD_MAX}}})[ \t\u3000]+(?=\S)")
_PROSE_MIN = 20


def join_viewer_chunks(lines: list[str]) -> list[str]:
    """Lines numbered 1、 2、 3、 … by a document viewer's chunks -> one line, without the numbers."""
    if not any(ln[:2] == "1、" and len(ln) >= _CHUNK_MIN for ln in lines):
        return lines  # most pages: no chunk run can start
    out: list[str] = []
    i = 0
    while i < len(lines):
        if len(lines[i]) >= 2 * _CHUNK_MIN and lines[i][:2] == "1、" and (joined := _inline_chunks(lines[i])):
            out.append(joined)  # the chunks ran into one line ("…严格控制农药2、使用…")
            i += 1
            continue
        run = _chunk_run(lines, i)
        if run > 1:
            out.append("".join(_CHUNK.sub("", ln, count=1) for ln in lines[i : i + run]))
            i += run
            continue
        out.append(lines[i])
        i += 1
    return out


_CHUNK_GAP = 100  # characters at least between two chunk numbers run into one line


def _inline_chunks(line: str) -> str | None:
    """A viewer's chunks whose line breaks were lost: 2、 3、 … follow 1、 far apart, most of them
    mid-sentence (after a character, not a sentence end): the line without the numbers."""
    cuts: list[int] = [0]
    mid = 0
    expected = 2
    for m in _CHUNK.finditer(line, _CHUNK_GAP):
        if int(m.group(1)) != expected or m.start() - cuts[-1] < _CHUNK_GAP:
            continue
        if m.end() < len(line) and line[m.end()].isdigit():
            continue
        cuts.append(m.start())
        mid += line[m.start() - 1].isalnum()  # (a character or a digit: cut mid-word)
        expected += 1
    found = len(cuts) - 1
    if found < 1 or mid * 2 < found:
        return None
    ends = [*cuts[1:], len(line)]
    return "".join(_CHUNK.sub("", line[a:b], count=1) for a, b in zip(cuts, ends, strict=True))


def _chunk_run(lines: list[str], i: int) -> int:
    """How many lines from i are a viewer's chunks (1 when none): numbered 1、 2、 … in a row,
    long, and cut mid-sentence at most of their ends."""
    m = _CHUNK.match(lines[i])
    if m is None or m.group(1) != "1" or len(lines[i]) < _CHUNK_MIN:
        return 1
    n = 1
    while i + n < len(lines):
        nxt = _CHUNK.match(lines[i + n])
        if nxt is None or int(nxt.group(1)) != n + 1 or len(lines[i + n - 1]) < _CHUNK_MIN:
            break
        n += 1
    if n < 2:
        return 1
    cut = sum(1 for ln in lines[i : i + n - 1] if ln[-1] not in _SENTENCE_END)
    return n if cut * 2 >= n - 1 else 1


def split_flattened(line: str) -> list[str]:
    """A flattened page's line -> one line per numbered item (see the module docstring)."""
    if len(line) < FLAT_MIN or "|" in line or (" " not in line and "\u3000" not in line and "\t" not in line):
        return [line]  # a table cell keeps its items ("①… ②… |"); most lines hold no space at all
    if not _FLAT_CAND.search(line):
        return [line]
    spaced = _candidates(line, _FLAT_CAND)
    if not any(len(_running(cands, kind)) >= 2 for kind, cands in spaced.items()) and not _nested_starts(
        spaced
    ):
        return [line]
    # a run of two markers after spaces shows the page is flattened: every marker after a space
    # or a sentence end cuts where its kind runs on ("…意见。一、… （一）… （二）… 二、…")
    both = _candidates(line, _FLAT_CAND, _AFTER_STOP)
    cuts = {pos for kind, cands in both.items() for pos in _running(cands, kind)}
    cuts.discard(0)
    if not cuts:
        return [line]
    pieces: list[str] = []
    start = 0
    for c in sorted(cuts):
        pieces.append(line[start:c].strip())
        start = c
    pieces.append(line[start:].strip())
    out: list[str] = []
    for p in pieces:
        if p:
            out.extend(_split_run_in_heading(p))
    return out


def _nested_starts(by_kind: dict[str, list[tuple[int, Marker]]]) -> bool:
    """Lists of two kinds that start after spaces ("一、工作开展情况 （一）盘活存量…"): the first items
    of nested lists, each after a space, are a flattened page's too."""
    return (
        sum(
            1
            for kind, cands in by_kind.items()
            if kind in _NESTED and any(p and m.number == 1 for p, m in cands)
        )
        >= 2
    )


_NESTED = frozenset({"cn", "pcn", "ar", "par", "chap"})


def _candidates(line: str, *searches: re.Pattern) -> dict[str, list[tuple[int, Marker]]]:
    """Numbering markers that may start an item, by kind, in reading order: the line's first
    marker and those the searches find (a number needs its item punctuation: "1." "1、")."""
    found: dict[int, Marker] = {}
    first = match_marker(line[:_MARKER_SPAN])
    if first is not None:
        found[0] = first
    for search in searches:
        for m in search.finditer(line):
            pos = m.end()
            mk = match_marker(line[pos : pos + _MARKER_SPAN])
            if mk is not None:
                found[pos] = mk
    by_kind: dict[str, list[tuple[int, Marker]]] = {}
    for pos in sorted(found):
        mk = found[pos]
        # a number without item punctuation ("1 新增…") is a kind of its own, cut only in a long run
        kind = _BARE if mk.kind == "ar" and pos and not _punctuated(line, pos) else mk.kind
        by_kind.setdefault(kind, []).append((pos, mk))
    return by_kind


def _punctuated(line: str, pos: int) -> bool:
    """Is the arabic number at `pos` followed by item punctuation ("1." "1、"), not by a space
    ("建成 2 座桥" in a text spaced by a PDF conversion)?"""
    j = pos
    while j < len(line) and line[j].isdigit():
        j += 1
    return j < len(line) and line[j] in ".．、﹒"


def _running(cands: list[tuple[int, Marker]], kind: str = "") -> list[int]:
    """Positions of the markers that run on: the first, then each the successor of the last kept
    or a restart at 1 (a flattened line may start anywhere in the numbering). Bare numbers
    ("1 新增… 2 新增…", "建成 2 座桥") count only as a run 1, 2, 3 … of at least `_BARE_RUN`."""
    if kind == _BARE:
        kept, last = [], 0
        for pos, mk in cands:
            if mk.number == last + 1:
                kept.append(pos)
                last = mk.number
        return kept if len(kept) >= _BARE_RUN else []
    kept = []
    last = 0
    for pos, mk in cands:
        if not kept or mk.number == last + 1 or mk.number == 1:
            kept.append(pos)
            last = mk.number
    return kept


def _split_run_in_heading(piece: str) -> list[str]:
    """ "二、主要任务 为进一步…，…。" -> "二、主要任务" / "为进一步…，…。": a short heading followed by a
    space and prose."""
    mk = match_marker(piece[:_MARKER_SPAN])
    if mk is None or mk.kind not in _HEADING_KINDS:
        return [piece]
    m = _RUN_HEAD.match(piece, mk.end)
    if m is None:
        return [piece]
    rest = piece[m.end() :]
    if len(rest) < _PROSE_MIN or not any(ch in rest for ch in "。，,；;"):
        return [piece]
    return [piece[: m.end(1)], rest]
