"""Lines -> the tree of numbered items (`build_tree`).

Lines are classified by their numbering marker (`transform.numbering`); the hierarchy comes from
the order in which marker kinds first appear (a kind already on the stack closes the deeper
levels: its item is a sibling). This handles numbering that restarts per section or runs on
across sections (一、 1. 2. 二、 3. 4.), starts above 1, and any mix of 一、/（一）/1./（1）/①/一是.
A table's own headings and rows nest under the heading open above the table; 附件 (or the
signature of a notice) starts a new numbering context; the numbered list after "附件：" names
attachments, not items; a 一是 line opens items only in a run (一是 … 二是 …). A conventionally
outer marker starting its series below inner items (（一） after 1. 2. inside 一、) is the
container's next part.

Long module: the one stack that places every marker kind, with the few conventional-rank
exceptions to first-appearance order kept beside it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from transform import lexicons
from transform.boxes import BOX, box_closed_by, box_keeps
from transform.gazetteer import is_placed_body
from transform.lines import ITEM_KINDS, ListedItem, OpeningItem
from transform.nested_runs import NestedItem
from transform.notice_requirements import is_requirement, issues_a_plan
from transform.numbering import (
    Marker,
    bare_marker,
    decimal_marker,
    dot_count_marker,
    match_marker,
    row_code_marker,
)
from transform.signers import placed_office
from transform.table_rows import TableLine
from transform.unit_words import LABELS, alternation, simplified
from transform.units import heading_line_units

HEADING_KINDS = frozenset({"cn", "part", "chap", "sec", "ord"})
# 附件 / 附件1 / 附件1：任务清单 / 附件：任务清单 / 附件二 / 附表3 (the label is kept as printed)
ANNEX_RE = re.compile(
    r"^附\s*([件表])\s*(\d{0,2}|[一二三四五六七八九十]{1,3})\s*[:：]?\s*$|"
    r"^附\s*([件表])\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[:：]?\s*\S{0,40}$|"
    r"^附\s*件\s*[:：]\s*[^\d\s]\S{1,40}$"
)
UNIT_LINE = re.compile(
    r"^[（(【\[]?\s*(牵头单位|牵头部门|责任单位|责任部门|主办单位|配合单位|参与单位|参与部门|配合部门|"
    r"协办单位|责任领导|责任人|完成时限)\s*[:：]"
)
# a line after a section's items stating the units of all of them ("以上任务牵头单位：县教体局",
# "（上述工作由县发改局牵头，各乡镇配合）")
# ("以上两项工作由区住建局牵头", "以上任务由县农业农村局、县人社局分别牵头", "（以上各项由…负责）",
# "以上事项，由…牵头落实": a count, and 由 with the names before the verb)
_ABOVE_UNITS = re.compile(
    r"^[（(【\[]?\s*(?:以上|上述)(?:(?:各项|[两二三四五六七八九十\d]{1,2}项)(?:任务|工作|事项|措施|项目)?|"
    r"(?:所有|全部)?(?:任务|工作|事项|措施|项目))"
    r"(?:[^。\n]{0,6}?|[，,]?由[^。\n，,；;]{2,40}?)(?:牵头|主办|统筹|责任单位|责任部门|配合单位|负责)"
)
_NOTICE_SECTIONS = 5  # at most this many requirements before the plan
_SENTENCE_PUNCT = re.compile(r"[。；;，,：:]")
# (a Taiwan page signs with the ROC year: "中華民國114年2月10日")
_SIGNATURE_DATE = re.compile(
    r"(?:(?:19|20)\d{2}|(?:中[华華])?民[国國]\s*\d{2,3})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:印发)?"
)
# Conventional nesting order of Chinese numbering (outer first).
_RANK = {
    "part": -1,
    "chap": 0,
    "sec": 1,
    "cn": 2,
    "ord": 2,
    "pcn": 3,
    "art": 3,
    "phase": 3,  # 第一阶段 under 三、实施步骤
    "dec2": 3,  # 2.1 under 第一节 or 一、
    "dec3": 4,  # 1.1.1 under 1.1
    "ar": 4,
    "named": 4,  # 项目一：, 督办事项二：
    "par": 5,
    "rpar": 6,
    "lat": 6,  # (a) (b)
    "circ": 7,
    "shi": 8,
}


@dataclass(slots=True)
class Node:
    kind: str
    number: int
    label: str
    heading: str  # text after the marker on its line
    lines: list[str] = field(default_factory=list)  # following lines up to the next marker
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    depth: int = 0
    order: int = 0
    prefix: tuple[str, ...] = ()  # annex label, when the annex restarts the numbering
    annex: int = 0  # 0 in the main text, k in the k-th annex
    table: int = 0  # the table the item comes from (0: prose)
    title: str | None = None  # the title a table row states in its own cell
    group: str = ""  # the unnumbered category cell of a table row
    traditional: bool = False  # (on the root) the document is printed in traditional characters
    sample: str = ""  # (on the root) the start of the text, until `traditional` is read from it
    listed: bool = False  # a 一是… item split out of a paragraph (see lines.ListedItem)
    nested: bool = False  # … of the inner run of a paragraph listing 一是 at two levels (lines.NestedItem)
    row: bool = False  # a table row (not a table's category heading)
    subheading: str = ""  # the unnumbered line above an item that restarts the numbering ("2024年工作展望")
    # (on the root) the unnumbered lines above the first section of each numbering context (the
    # main text 0, each annex): the plan's title and what it states for the whole plan
    preambles: dict[int, list[str]] | None = None

    @property
    def path(self) -> list[str]:
        labels = []
        n: Node | None = self
        while n is not None and n.kind != "root":
            labels.append(n.label)
            n = n.parent
        return list(self.prefix) + labels[::-1]

    @property
    def own_text(self) -> str:
        return "\n".join([self.heading, *self.lines]).strip("\n")

    def ancestors(self) -> list[Node]:
        out = []
        n = self.parent
        while n is not None and n.kind != "root":
            out.append(n)
            n = n.parent
        return out


def _is_subheading(line: str, next_marker: Marker | None) -> bool:
    """An unnumbered sub-heading between levels: short, no sentence punctuation, next item restarts.
    A unit heading may end with a colon ("县发改局：" over its items 1. 2. …)."""
    if next_marker is None or next_marker.number != 1:
        return False
    if len(line) <= 20 and not _SENTENCE_PUNCT.search(line):
        return True
    s = line.strip()
    return s.endswith(("：", ":")) and not _SENTENCE_PUNCT.search(s[:-1]) and bool(heading_line_units(s))


# a unit statement under a decimal item: "（责任单位：…）", "牵头部门：…", "市发改委牵头"
_DECIMAL_UNITS = re.compile("(?:牵头|责任|配合|主办|协办)(?:单位|部门)|牵头")
_DECIMAL_REACH = 6  # lines read below a decimal item for its units


def _decimal_items_state_units(lines: list[str], markers: list[Marker | None]) -> bool:
    """Whether some item numbered "2.1" / "1.1.1" states units on its line or the lines below it (up to
    the next marker). Reports, emergency plans (应急预案) and commentaries are numbered so too, their
    sections naming no work: there the decimals stay text, as in a plan they are work items."""
    for i, mk in enumerate(markers):
        if mk is None or not mk.kind.startswith("dec"):
            continue
        for j in range(i, min(i + _DECIMAL_REACH, len(lines))):
            if j > i and markers[j] is not None:
                break
            if _DECIMAL_UNITS.search(lines[j]):
                return True
    return False


def _decimal_chapters(markers: list[Marker | None]) -> None:
    """ "2 重点任务" over "2.1 …" "2.2 …": a plain number whose decimal items follow it heads them, as
    a chapter (labelled as printed, "2") (round 40b); "1.强化风险防控" over "1-1.…" too (round 42c)."""
    for i, mk in enumerate(markers):
        if mk is None or mk.kind != "ar":
            continue
        nxt = next((m for m in markers[i + 1 : i + _DECIMAL_REACH] if m is not None), None)
        if nxt is not None and nxt.kind == "dec2" and nxt.label in (f"{mk.number}.1", f"{mk.number}-1"):
            markers[i] = Marker("chap", mk.number, str(mk.number), mk.end)


def _markers(lines: list[str]) -> list[Marker | None]:
    """The marker of each line; 一是 opens items only in a run (一是 … 二是 …), else it is prose.
    Decimal numbers (2.1, 1.1.1) are markers only in a document whose decimal items state units."""
    markers = [match_marker(ln) for ln in lines]
    decimals = [
        decimal_marker(ln, isinstance(ln, TableLine) and ln.is_row)
        if m is None and ln[:1].isdigit()
        else None
        for ln, m in zip(lines, markers, strict=True)
    ]
    if any(decimals):
        with_decimals = [d or m for d, m in zip(decimals, markers, strict=True)]
        if _decimal_items_state_units(lines, with_decimals):
            markers = with_decimals
            _decimal_chapters(markers)
    for i, ln in enumerate(lines):
        # the number of an item that opens with its sub-items, cut off on its own line
        if markers[i] is None and (isinstance(ln, OpeningItem) or (isinstance(ln, TableLine) and ln.is_row)):
            markers[i] = bare_marker(ln)
            if markers[i] is None and isinstance(ln, TableLine):
                # a row whose task cell opens with a count ("2. 3000名老年人免费体检"): its number
                markers[i] = dot_count_marker(ln)
            if markers[i] is None and isinstance(ln, TableLine) and "A" <= ln[:1] <= "Z":
                markers[i] = row_code_marker(ln)  # "ZX-2026-01  整治…": a code cell (round 47f)
    _dot_counts(lines, markers)
    _plan_clauses(lines, markers)
    _questions(lines, markers)
    expect = 0
    for i, mk in enumerate(markers):
        if mk is None or mk.kind != "shi" or isinstance(lines[i], NestedItem):
            continue  # (an inner run of a paragraph is read with it: `transform.nested_runs`)
        if mk.number == 1:
            nxt = next(
                (
                    m
                    for m, ln in zip(markers[i + 1 : i + 400], lines[i + 1 : i + 400], strict=False)
                    if m is not None and m.kind == "shi" and not isinstance(ln, NestedItem)
                ),
                None,
            )
            # (a run of one word: 一是 goes on with 二是, 一要 with 二要)
            expect = 2 if nxt is not None and nxt.number == 2 and nxt.label[-1:] == mk.label[-1:] else 0
            if not expect:
                markers[i] = None
        elif mk.number == expect:
            expect += 1
        else:
            markers[i] = None
    return markers


def _questions(lines: list[str], markers: list[Marker | None]) -> None:
    """A 政策问答's numbered questions ("1.《若干措施》出台的背景是什么？" / its answer / "2.如何申请？")
    are no items: where every line of a numbering kind (two or more, outside tables) is one question
    ending in ？, those lines are text."""
    asked: dict[str, list[int]] = {}
    for i, mk in enumerate(markers):
        if mk is not None and not isinstance(lines[i], TableLine):
            asked.setdefault(mk.kind, []).append(i)
    for idx in asked.values():
        if len(idx) >= 2 and all(_is_question(lines[i]) for i in idx):
            for i in idx:
                markers[i] = None


def _is_question(line: str) -> bool:
    s = line.rstrip()
    return s[-1:] in "？?" and not _SENTENCE_PUNCT.search(s[:-1].replace("，", "").replace(",", ""))


def _plan_clauses(lines: list[str], markers: list[Marker | None]) -> None:
    """Items that only speak of the plan itself ("第七条 本方案自印发之日起施行。", "（四）本办法由县
    发展和改革局负责解释。", "第一条 为…，制定本措施。"): no markers, their lines text of the item above."""
    for i, mk in enumerate(markers):
        if mk is None:
            continue
        line = lines[i]
        if (line[mk.end : mk.end + 1] == "本" and _plan_clause_re().match(line, mk.end)) or (
            "制定本" in line and _purpose_re().fullmatch(line.rstrip(), mk.end)
        ):
            markers[i] = None


@functools.cache
def _purpose_re() -> re.Pattern[str]:
    """An item that is one sentence stating why the plan was made: "为…，(特)制定本方案。" (round 42i)."""
    words = lexicons.table("structure_plan_clauses")
    nouns, openers = ("|".join(map(re.escape, words[k].split())) for k in ("nouns", "purpose_openers"))
    return re.compile(rf"\s*(?:{openers})[^。；;\n]{{2,160}}制定本(?:{nouns})[。．.]?")


@functools.cache
def _plan_clause_re() -> re.Pattern[str]:
    words = lexicons.table("structure_plan_clauses")
    nouns, clauses = ("|".join(map(re.escape, words[k].split())) for k in ("nouns", "clauses"))
    return re.compile(rf"本(?:{nouns})[^。；;]{{0,40}}(?:{clauses})")


_LIST_REACH = 200  # lines looked at before and after a line for the numbers of its list
# the count after "1." and what follows it: a measure word counts ("1.800户", "2.1.5万亩", "1.100余家")
_COUNT_AFTER_DOT = re.compile(r"^\d{1,3}\s*[.．﹒]\s*\d{1,6}(?:\.\d{1,3})?")
_OUTLINE_DIGITS_MAX = 2  # digits of an outline number's part after the dot (2.1, 3.12)


def _outline_number(line: str) -> bool:
    """A decimal outline number ("1.1政策背景", "2.1.1产业结构"): no count, as no measure word
    (余 or 多 either) follows the number after the dot."""
    m = _COUNT_AFTER_DOT.match(line)
    if m is None:
        return False
    rest = line[m.end() : m.end() + 6]
    if rest[:1] in ".．":
        return True  # a third level: 2.1.1
    if len(re.split("[.．﹒]", m.group())[1].strip()) >= _OUTLINE_DIGITS_MAX + 1:
        return False  # "1.12345热线…", "4.110联动…": no outline part has three digits, a figure does
    if not rest or not ("\u4e00" <= rest[0] <= "\u9fff") or rest[0] in "余多":
        return False
    return not any(rest.startswith(u) for u in _measure_words())


@functools.cache
def _measure_words() -> tuple[str, ...]:
    from transform.unit_scale import BASE_UNITS, SCALES

    return tuple(sorted({*BASE_UNITS, *SCALES}, key=len, reverse=True))


def _dot_counts(lines: list[str], markers: list[Marker | None]) -> None:
    """Items whose text opens with a count after a dot ("1.800户农村户厕完成改造", "2．1.5万亩…"):
    the number is a marker where the list around the line says so — the item before it has the
    number before, or (the first of its run) the next item has the number after and the item
    before is not the same number (a decimal opening a line inside item 1: "1.5万亩…" is prose)."""
    cands: dict[int, Marker] = {}
    for i, ln in enumerate(lines):
        if markers[i] is None and ln[:1].isdigit() and not isinstance(ln, TableLine):
            mk = dot_count_marker(ln)
            if mk is not None and not _outline_number(ln):
                cands[i] = mk
    for i, mk in cands.items():
        prev = next(
            (m for m in reversed(markers[max(0, i - _LIST_REACH) : i]) if m is not None and m.kind == "ar"),
            None,
        )
        if prev is not None and prev.number == mk.number - 1:
            if not _same_number_next(lines, markers, i, mk.number):
                markers[i] = mk
            continue
        if prev is not None and prev.number == mk.number:
            continue
        for j in range(i + 1, min(len(lines), i + _LIST_REACH)):
            nxt = markers[j] or cands.get(j)
            if nxt is not None and nxt.kind == "ar":
                if nxt.number == mk.number + 1:
                    markers[i] = mk
                break


def _same_number_next(lines: list[str], markers: list[Marker | None], i: int, number: int) -> bool:
    """The next item after line i has its number: "…人工造林\n2.5万亩，…\n2.加强…": the line opens
    with a figure wrapped onto it, not with item 2."""
    for j in range(i + 1, min(len(lines), i + _LIST_REACH)):
        nxt = markers[j]
        if nxt is not None and nxt.kind == "ar":
            return nxt.number == number
    return False


class _Tree:
    """The state of `build_tree` while it reads the lines."""

    def __init__(self) -> None:
        self.root = Node("root", 0, "", "")
        self.stack: list[Node] = [self.root]  # stack[d] is the open node at depth d-1
        self.current: Node = self.root
        self.prefix: tuple[str, ...] = ()
        self.annex = 0
        self.order = 0
        self.table = 0
        self.table_base = 1
        self.group = ""
        self.mark = 0  # where the current context's lines start in root.lines
        self.boxed = False  # a 专栏 box was opened (transform.boxes)

    def annex_line(self, line: str, num: str | None, kind: str = "件") -> None:
        """An annex (num: its number as printed, None for a plan after the notice's signature)
        restarts numbering; paths get the annex label (附件1, 附表2) (`structure` leaves it off
        where one annex holds every task)."""
        if num is not None:
            self.prefix = (f"附{kind}{num}",)
        self.annex += 1
        self.stack = [self.root]
        self.current = self.root
        self.root.lines.append(line)
        self.mark = len(self.root.lines)

    def restart(self) -> None:
        """A new numbering context without a line of its own (a plan whose heading was lost)."""
        self.annex += 1
        self.stack = [self.root]
        self.current = self.root
        self.mark = len(self.root.lines)

    def enter_table(self, table: int) -> None:
        """A table's rows nest under the heading open above it; leaving it closes them."""
        if self.table:
            self.stack = self.stack[: self.table_base]
        self.table, self.group = table, ""
        if table:
            while len(self.stack) > 1 and self.stack[-1].kind in ITEM_KINDS:
                self.stack.pop()
            self.table_base = len(self.stack)
        self.current = self.stack[-1]

    def close_series(self) -> bool:
        """The 一是…二是… series open on the stack has ended: what follows belongs to its holder
        (False when no series was open)."""
        at = next((d for d in range(1, len(self.stack)) if self.stack[d].kind == "shi"), 0)
        if not at or self.table:
            return False
        del self.stack[at:]
        self.current = self.stack[-1]
        return True

    def _continues_outer(self, mk: Marker) -> int:
        """A table heading that continues the numbering of a heading open above the table
        ("一、经济发展" / table / "二、民生保障" inside it) is that heading's sibling: the depth to
        close, or 0. One that restarts (the table's own "一、主要预期目标") nests below."""
        for d in range(1, self.table_base):
            n = self.stack[d]
            if n.kind == mk.kind and n.table == 0 and mk.number == n.number + 1:
                self.table_base = d + 1
                return d
        return 0

    def add(self, mk: Marker, line: str) -> None:
        stack = self.stack
        kind, table = mk.kind, self.table
        if kind == BOX and not table:  # a 专栏 box sits under the heading above the items before it
            del stack[1 + box_keeps(stack[1:], ITEM_KINDS) :]
            self.boxed = True
        elif not table and self.boxed and (d := box_closed_by(stack, kind, mk.number)):
            del stack[d:]  # the numbering before the box goes on after it
        at = 0
        for d in range(1, len(stack)):
            n = stack[d]
            if n.kind == kind and n.table == table and n.nested == isinstance(line, NestedItem):
                at = d
                break
        if not at and table:
            at = self._continues_outer(mk)
        if not at and kind != "shi" and stack[-1].kind == "shi" and stack[-1].listed:
            # a 一是…二是… list split out of a paragraph is closed by the next other item
            at = next(d for d in range(1, len(stack)) if stack[d].kind == "shi")
            if stack[at - 1].kind == kind and stack[at - 1].table == table:
                at -= 1
        if at:
            del stack[at:]
        elif kind == "shi" and self.current.kind in ITEM_KINDS:
            self.current.lines.append(line)  # 一是… inside a numbered item is its prose
            return
        elif not table and len(stack) > 1 and _outer_below_inner(kind, [n.kind for n in stack[1:]]):
            # an outer-level marker (一、) below only inner-level items (a numbered list of
            # attachments in the notice head): it starts a new top level
            del stack[1:]
        elif not table and (d := _outer_restart(mk, stack)):
            del stack[d:]
        parent = stack[-1]
        if parent is self.root:
            if parent.preambles is None:
                parent.preambles = {}
            if self.annex not in parent.preambles:
                parent.preambles[self.annex] = parent.lines[self.mark :]
        self.order += 1
        heading = line[mk.end :].strip()
        if kind == BOX and line[:1] in "【[［〔":
            heading = heading[:-1].rstrip()  # "【专栏2 运输服务提升工程】": the closing bracket too
        node = Node(
            kind,
            mk.number,
            mk.label,
            heading,
            parent=parent,
            depth=len(stack) - 1,
            order=self.order,
            prefix=self.prefix,
            annex=self.annex,
            table=table,
        )
        if table and isinstance(line, TableLine):
            node.title, node.group, node.row = line.title, line.group or "", line.is_row
        node.listed, node.nested = isinstance(line, ListedItem), isinstance(line, NestedItem)
        parent.children.append(node)
        stack.append(node)
        self.current = node


def _outer_below_inner(kind: str, open_kinds: list[str]) -> bool:
    """An outer-level marker (一、) while only inner-level items (1. 2.) are open. 一是 has no
    level of its own: it may hold （一） items or sit inside them."""
    ranks = [_RANK.get(k, 9) for k in open_kinds if k not in ("shi", BOX)]
    return bool(ranks) and kind != "shi" and _RANK.get(kind, 9) < min(ranks)


def _outer_restart(mk: Marker, stack: list[Node]) -> int:
    """A conventionally outer marker starting its series (（一） after 1. 2. 3. items, all inside
    一、): it heads the next part of the 一、 section, a sibling of the part the 1. items belong
    to, not a sub-item of the last of them. The depth to close, or 0."""
    rank = _RANK.get(mk.kind, 9)
    if mk.number != 1 or mk.kind == "shi" or len(stack) < 3:
        return 0
    for d in range(1, len(stack)):
        r = _RANK.get(stack[d].kind, 9)
        if stack[d].kind in ("shi", BOX):  # (a box's items restart below it)
            return 0
        if r > rank:
            return d if d > 1 and _RANK.get(stack[d - 1].kind, 9) < rank else 0
    return 0


_ATTACHMENT_LIST = re.compile(r"^附\s*件\s*[:：]")
# what an attached document's name ends with ("2.某县2024年乡村振兴主要指标", "3.重点项目", "4.工作台账")
_DOC_TITLE_END = re.compile(
    r"(表|清单|方案|计划|名单|分解|要点|目录|办法|细则|意见|通知|报告|指标|规划|指南|台账|项目|任务"
    r"|流程|流程图|示意图|模板|样式|回执|承诺书|申请书|名录|指引|说明)[）)]?$"
)


def _attachment_lists(lines: list[str], markers: list[Marker | None]) -> None:
    """The numbered list after "附件：" names attached documents ("附件：1.任务分解表 / 2.民生实事清单"):
    its numbers are no items (their markers are dropped)."""
    for i, line in enumerate(lines):
        if line[:1] != "附" or not _ATTACHMENT_LIST.match(line) or isinstance(line, TableLine):
            continue
        inline = match_marker(re.sub(r"^附\s*件\s*[:：]\s*", "", line))
        expected = inline.number + 1 if inline is not None else 1
        for k in range(i + 1, min(len(lines), i + 30)):
            mk = markers[k]
            if mk is None or mk.kind not in ("ar", "par", "rpar", "circ") or mk.number != expected:
                break
            if len(lines[k]) > 60 or not _DOC_TITLE_END.search(lines[k].rstrip("。.；;")):
                break
            markers[k] = None
            expected += 1


def _series_ends(lines: list[str], markers: list[Marker | None]) -> set[int]:
    """Lines after which a 一是…二是… series has ended (the line after them is no part of its last
    item): a series split out of one paragraph ends with that paragraph; a run of one-paragraph
    items at line starts (一是… / 二是… / 三是… each a line) ends with the line of its last item."""
    ends: set[int] = set()
    run = 0  # one-paragraph items so far in the current run at line starts
    for i, mk in enumerate(markers):
        if mk is None or mk.kind != "shi":
            run = 0
            continue
        nxt = markers[i + 1] if i + 1 < len(markers) else None
        if i + 1 < len(lines) and nxt is None:
            if isinstance(lines[i], ListedItem) or run >= 1:
                ends.add(i)
            run = 0
        else:
            run = run + 1 if nxt is not None and nxt.kind == "shi" and nxt.number == mk.number + 1 else 0
    return ends


def build_tree(lines: list[str]) -> Node:
    tree = _Tree()
    markers = _markers(lines)
    _attachment_lists(lines, markers)
    ends = _series_ends(lines, markers) if any(m is not None and m.kind == "shi" for m in markers) else ()
    subheading = ""
    for idx, line in enumerate(lines):
        closed = bool(ends) and idx - 1 in ends and tree.close_series()
        table = line.table if isinstance(line, TableLine) else 0
        if table != tree.table:
            tree.enter_table(table)
        if table and isinstance(line, TableLine) and line.is_group:
            continue
        ann = ANNEX_RE.match(line) if not table else None
        if ann and len(line) <= 40:
            kind = ann.group(1) or ann.group(3) or "件"
            tree.annex_line(line, ann.group(2) or ann.group(4) or "", kind)
            continue
        if not table and line[:1] in "12中民" and tree.root.children and _SIGNATURE_DATE.fullmatch(line):
            _signature_off(tree)
            tree.annex_line(line, None)  # the notice is signed: what follows is its plan
            continue
        mk = markers[idx]
        if mk is None:
            nxt = markers[idx + 1] if idx + 1 < len(lines) else None
            if tree.current is not tree.root and _is_subheading(line, nxt) and nxt is not None:
                # skip: it labels the items that follow, it is not part of the previous item
                subheading = line.strip()
                continue
            # (the line after a closed series belongs to its holder itself)
            owner = tree.current if closed else _owner_of_unit_line(tree.current, line)
            owner.lines.append(line)
            if not closed and ("以上" in line or "上述" in line):
                _closing_to_siblings(owner, line)
            continue
        if mk.number == 1 and not table and _starts_plan(mk, line, tree):
            tree.restart()
        tree.add(mk, line)
        if subheading:
            tree.current.subheading, subheading = subheading, ""
    _last_signers_off(tree)
    return tree.root


# a unit statement in an item's own line ("（牵头单位：市发展改革委）", "责任单位：市住建局")
_OWN_UNITS = re.compile(r"(?:牵头|责任|主办|配合)(?:单位|部门)\s*[:：]")


def _starts_plan(mk: Marker, line: str, tree: _Tree) -> bool:
    """The first item of a plan printed right after the requirements of its notice: 一、 again, or
    a first 1. / （一） that states its own units under a requirement that has no item yet."""
    if mk.kind == "cn":
        return _plan_after_requirements(tree)
    tops = tree.root.children
    if _OWN_UNITS.search(line) is None or len(tops) < 2 or tree.current is not tops[-1]:
        return False
    # every section so far is a requirement of the notice: no item of its own, no unit, and a
    # heading that asks for follow-through or text that speaks to the responsible units
    if any(c.children or _OWN_UNITS.search(c.own_text) or not is_requirement(c) for c in tops):
        return False
    return _plan_after_requirements(tree)


def _plan_after_requirements(tree: _Tree) -> bool:
    """一、 again after the few 一、二、 sections of a notice that issues a plan (现将…印发给你们): the
    plan starts there, its heading lost, and the sections before it are the notice's requirements."""
    tops = tree.root.children
    if tree.annex or not tops or len(tops) > _NOTICE_SECTIONS:
        return False
    if any(c.kind != "cn" for c in tops) or tops[-1].number != len(tops):
        return False
    return issues_a_plan("\n".join(tree.root.lines))


_CLOSING = re.compile(r"^(?:特此通知|特此公告|现予公告|特此函告|特此报告|此复)[。.]?$")
# (bodies that sign a notice; a department's name alone may be the unit cell of the last item, but
# one named with its place is a signer: gazetteer.is_placed_body)
_SIGNER = re.compile(
    r"(?:人民政府|政府办|办公室|办公厅|委员会|代表大会|常委会|管委会|办事处|指挥部|领导小组)$"
)


def _signature_off(tree: _Tree) -> None:
    """The closing formula and the signer above a signature date ("现予公告。" / "某区第六届人民代表
    大会" / date) belong to the page, not to the item above them."""
    node = tree.current
    if node is tree.root:
        return
    k = len(node.lines)
    while k > 0 and len(node.lines) - k < 3:
        ln = node.lines[k - 1].strip()
        if not (
            _CLOSING.match(ln)
            or (
                len(ln) <= 30
                and not _SENTENCE_PUNCT.search(ln)
                and (_SIGNER.search(ln) or is_placed_body(ln) or set(ln) <= {"*", "＊"})
            )
            # a department's office right above the date ("某县自然资源局耕地保护股"), round 46i
            or (k == len(node.lines) and len(ln) <= 30 and placed_office(ln))
        ):
            break
        k -= 1
    if k < len(node.lines):
        tree.root.lines.extend(node.lines[k:])
        del node.lines[k:]


# (lines are matched in their simplified reading: a traditional mirror's 委員會, 牽頭單位 read alike);
# the role labels of lexicon units_roles.toml (主责单位, 承办单位, 协同单位 …, round 41b)
_UNIT_LABEL_LINE = re.compile(
    r"^[（(【]?\s*(?:" + alternation(LABELS["lead"] + LABELS["resp"] + LABELS["part"]) + r")\s*[:：】]"
)


def _last_signers_off(tree: _Tree) -> None:
    """A signer alone on the page's last line(s), with no date under it ("某街道安全生产委员会",
    "中共某镇委员会 / 某镇人民政府"), signs the page: it is not a unit of the last item. Only after an
    item whose last line is complete (ends with 。 or ）, or is a 牵头单位/配合单位 line)."""
    node = tree.current
    if node is tree.root or node.table:
        return
    k = len(node.lines)
    while k > 0 and len(node.lines) - k < 2:
        ln = node.lines[k - 1]
        s = simplified(ln.strip())
        if isinstance(ln, TableLine) or len(s) > 30 or _SENTENCE_PUNCT.search(s) or "（" in s or "(" in s:
            break
        if not _SIGNER.search(s):
            break
        k -= 1
    if k == len(node.lines):
        return
    prev = simplified(node.lines[k - 1].strip() if k else node.heading.strip())
    if prev.endswith(("。", "）", ")")) or (
        _UNIT_LABEL_LINE.match(prev) and not prev.endswith(("、", "，", ","))
    ):
        tree.root.lines.extend(node.lines[k:])
        del node.lines[k:]


def _states_units(node: Node) -> bool:
    return any(
        _OWN_UNITS.search(x) or UNIT_LINE.match(x) for x in map(simplified, [node.heading, *node.lines])
    )


def _closing_to_siblings(owner: Node, line: str) -> None:
    """ "1.… 2.… 上述任务由X牵头，Y配合。" under items with no section above them: the statement
    closes every item since the previous such statement, not only the last one (items under a
    section get it through their section, `_owner_of_unit_line`); an item that states its own
    units, or holds items of its own, is passed over or ends the run."""
    parent = owner.parent
    if parent is None or parent.kind != "root" or owner.table or owner.children:
        return
    if not parent.children or parent.children[-1] is not owner or not _ABOVE_UNITS.match(simplified(line)):
        return
    if any(_ABOVE_UNITS.match(simplified(x)) for x in owner.lines[:-1]):
        return  # its run of items already has its statement
    for sib in reversed(parent.children[:-1]):
        if sib.annex != owner.annex or sib.children or sib.table:
            break
        if any(_ABOVE_UNITS.match(simplified(x)) for x in sib.lines):
            break
        if not _states_units(sib):
            sib.lines.append(line)


def _owner_of_unit_line(current: Node, line: str) -> Node:
    """A 责任单位 line after the last of several sub-items states the units of their parent item.

    "1．…（1）…（2）…\n责任单位：…": the units belong to 1, and (1)/(2) inherit them.
    """
    if current.parent is not None and current.parent.kind != "root" and _ABOVE_UNITS.match(line):
        return current.parent  # "以上任务牵头单位：…" after a section's items: the section's units
    if not UNIT_LINE.match(line) or current.parent is None or current.parent.kind == "root":
        return current
    siblings = current.parent.children
    if len(siblings) < 2 or siblings[-1] is not current:
        return current
    if any(UNIT_LINE.match(x) for sib in siblings for x in sib.lines):
        return current
    if current.parent.kind in ("cn", "part", "chap") and current.kind in ("pcn", "chap", "sec"):
        return current  # sections never carry one unit line for all their sub-sections
    return current.parent
