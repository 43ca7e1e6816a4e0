"""Body text -> a tree of numbered items -> tasks.

Lines are classified by their numbering marker (see `transform.numbering`); the hierarchy comes
from the order in which marker kinds first appear (a kind already on the stack closes the
deeper levels: its item is a sibling). This handles numbering that restarts per section or
runs on across sections (1…81), starts above 1, and any mix of 一、/（一）/1./（1）/①.

Before that, lines are normalised: table rows (" | " cells from HTML, or one cell per line in
text renderings) become "N. content（牵头单位：…；配合单位：…）"; several items inline in one
paragraph ("1.… 。2.…") are split; 附件 starts a new numbering context.

A task is the lowest numbered item that carries work (EXTRACTION.md): leaves below a heading,
top-level leaves only when they name a responsible unit, never items under 指导思想/目标-type
headings (their text is kept as target paragraphs outside any task).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from transform.memo import new_document, per_document
from transform.numbering import SHI_RE, Marker, cn_to_int, match_marker

# Headings whose subtree is not work: background, principles, goals.
NON_TASK_HEADING = re.compile(
    r"^(总体要求|指导思想|基本原则|工作原则|总体思路|基本思路|工作思路|发展思路|总体目标|发展目标|主要目标|工作目标|"
    r"目标任务|预期目标|具体目标|行动目标|年度目标|阶段目标|近期目标|远期目标|主要指标|发展基础|发展现状|现状与形势|"
    r"面临形势|发展环境|发展背景|背景|重要意义|编制依据|适用范围|功能定位|发展定位|战略定位|总体定位|基本情况|"
    r"工作成效|主要成效|存在问题|目的意义|术语|定义|名词解释|发展愿景|总体布局|空间布局|目标|任务目标|工作目的)"
    r"[和与及、]?")
GOAL_HEADING = re.compile(r"目标|指标|愿景")
_GOAL_CUE = re.compile(r"到\s*20\d{2}\s*年|20\d{2}\s*年底|力争|目标|达到|突破|不低于|不少于|以上|以内|左右|%|％")
ANNEX_RE = re.compile(r"^附\s*件\s*(\d{0,2})\s*[:：]?\s*$|^附\s*件\s*(\d{1,2})\s*[:：]?\s*\S{0,40}$|"
                      r"^附\s*件\s*[:：]\s*[^\d\s]\S{1,40}$")
_TABLE_HEAD_UNIT = re.compile(r"牵头|责任单位|责任部门|主办|配合|参与|协办|单位")
_TABLE_HEAD_NO = re.compile(r"^(序号|编号|序|No\.?)$")
_TABLE_HEAD_FIRST = frozenset("序编N")
_TABLE_HEAD_TEXT = re.compile(r"任务|内容|事项|措施|工作|目标|项目|举措|名称")
_INLINE_SPLIT_PUNCT = "。；;！!？?：:"


@dataclass(slots=True)
class Node:
    kind: str
    number: int
    label: str
    heading: str                    # text after the marker on its line
    lines: list[str] = field(default_factory=list)   # following lines up to the next marker
    children: list["Node"] = field(default_factory=list)
    parent: "Node | None" = None
    depth: int = 0
    order: int = 0
    prefix: tuple[str, ...] = ()    # annex label, when the annex restarts the numbering

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

    def ancestors(self) -> list["Node"]:
        out = []
        n = self.parent
        while n is not None and n.kind != "root":
            out.append(n)
            n = n.parent
        return out


@dataclass
class Structure:
    root: Node
    tasks: list[Node]
    goal_paragraphs: list[str]      # text outside tasks that may carry targets (发展目标 …)
    note: str = ""


# ---------------------------------------------------------------------------------------------
# line normalisation
# ---------------------------------------------------------------------------------------------

def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("|")]


def _unit_column_label(head: str) -> str | None:
    h = head.replace(" ", "")
    if re.search(r"领导|责任人|联系人|分管", h):
        return "责任领导"       # a person column: never units
    if re.search(r"责任", h) and re.search(r"第一|首位", h):
        return "责任单位"      # 责任单位（列第一位的为牵头单位）
    if re.search(r"牵头|主办|主责", h):
        return "牵头单位"
    if re.search(r"配合|参与|协办|协同|协助", h):
        return "配合单位"
    if re.search(r"责任单位|责任部门|实施单位|责任主体|承办", h):
        return "责任单位"
    if re.search(r"时限|时间|进度|节点", h):
        return "完成时限"
    if re.search(r"责任领导|责任人|分管", h):
        return "责任领导"
    return None


def _row_line(number: str, cells: list[str], heads: list[str]) -> str:
    """One table row as a task line: N. content（牵头单位：…；配合单位：…）."""
    content_parts: list[str] = []
    labelled: list[str] = []
    for head, cell in zip(heads, cells):
        if not cell:
            continue
        lab = _unit_column_label(head)
        if lab:
            labelled.append(f"{lab}：{cell}")
        else:
            content_parts.append(cell)
    text = "。".join(p.rstrip("。") for p in content_parts)
    if labelled:
        text += "（" + "；".join(labelled) + "）"
    return f"{number}. {text}"


def _table_rows_piped(lines: list[str]) -> list[str]:
    """HTML tables rendered as 'a | b | c' lines: header row with 序号 + unit columns -> task lines."""
    out: list[str] = []
    heads: list[str] | None = None
    for line in lines:
        if "|" not in line:
            heads = None if not line.strip() else heads
            out.append(line)
            continue
        cells = _cells(line)
        if any(_TABLE_HEAD_NO.match(c.replace(" ", "")) for c in cells) and any(
                _TABLE_HEAD_UNIT.search(c) for c in cells) and len(cells) <= 12:
            heads = cells
            continue
        if heads:
            idx = next((i for i, c in enumerate(cells) if re.fullmatch(r"\d{1,3}[.、．]?", c)), None)
            hidx = next((i for i, h in enumerate(heads) if _TABLE_HEAD_NO.match(h.replace(" ", ""))), 0)
            if idx is not None:
                # align the number cell with the 序号 column (rowspan category cells shift rows)
                shift = idx - hidx
                row = cells[shift:] if shift >= 0 else [""] * (-shift) + cells
                number = row[hidx].rstrip(".、．")
                rest_heads = [h for i, h in enumerate(heads) if i != hidx]
                rest_cells = [c for i, c in enumerate(row) if i != hidx]
                lead_cells = cells[:shift] if shift > 0 else []
                for c in lead_cells:
                    if c and match_marker(c):
                        out.append(c)
                out.append(_row_line(number, rest_cells, rest_heads))
                continue
            # a category row spanning the table ("一、产业发展 | | |")
            joined = " ".join(c for c in cells if c)
            out.append(joined)
            continue
        out.append(line)
    return out


def _table_rows_flat(lines: list[str]) -> list[str]:
    """Tables flattened to one cell per line (text renderings): 序号/任务/牵头单位 header lines,
    then rows that start with a bare number line."""
    out: list[str] = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        # lines are stripped, so a 序号 header starts with its own first character
        if line[:1] in _TABLE_HEAD_FIRST and _TABLE_HEAD_NO.match(line.replace(" ", "")):
            j = i + 1
            heads = [line]
            while j < n and len(lines[j]) <= 14 and not re.fullmatch(r"\d{1,3}[.、．]?", lines[j]) \
                    and len(heads) < 10:
                heads.append(lines[j])
                j += 1
            if len(heads) >= 3 and any(_TABLE_HEAD_UNIT.search(h) for h in heads[1:]) and j < n \
                    and re.fullmatch(r"\d{1,3}[.、．]?", lines[j]):
                rows, i = _flat_rows(lines, j, heads)
                out.extend(rows)
                continue
        out.append(line)
        i += 1
    return out


def _flat_rows(lines: list[str], j: int, heads: list[str]) -> tuple[list[str], int]:
    rows: list[str] = []
    n = len(lines)
    expected = int(lines[j].rstrip(".、．"))
    ncols = len(heads) - 1
    while j < n and re.fullmatch(r"\d{1,3}[.、．]?", lines[j]) and int(lines[j].rstrip(".、．")) == expected:
        cells: list[str] = []
        k = j + 1
        while k < n and len(cells) < ncols:
            if re.fullmatch(r"\d{1,3}[.、．]?", lines[k]) and int(lines[k].rstrip(".、．")) == expected + 1 \
                    and cells:
                break
            if match_marker(lines[k]) and not re.fullmatch(r"\d{1,3}[.、．]?", lines[k]) and cells:
                break
            cells.append(lines[k])
            k += 1
        rows.append(_row_line(str(expected), cells, heads[1:1 + len(cells)]))
        expected += 1
        j = k
    return rows, j


_INLINE_CAND = re.compile(r"[。；;！!？?：:]\s*(?=[（(]?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[）).．、﹒]|[①-⑳])")


def _split_inline(line: str) -> list[str]:
    """Split one paragraph that holds several numbered items: "1.甲。2.乙。" or "…：（1）甲；（2）乙。"."""
    candidates: dict[str, list[tuple[int, Marker]]] = {}
    for m in _INLINE_CAND.finditer(line):
        pos = m.end()
        mk = match_marker(line[pos:])
        if mk:
            candidates.setdefault(mk.kind, []).append((pos, mk))
    if not candidates:
        return [line]
    first = match_marker(line)
    best: list[int] = []
    for kind, cands in candidates.items():
        same = first is not None and first.kind == kind
        expected = first.number + 1 if same else 1
        cuts = []
        for pos, mk in cands:
            if mk.number == expected:
                cuts.append(pos)
                expected += 1
        if (same and cuts) or len(cuts) >= 2:
            if same or not best:
                best = cuts
            if same:
                break
    if not best:
        return [line]
    pieces: list[str] = []
    start = 0
    for c in best:
        pieces.append(line[start:c].strip())
        start = c
    pieces.append(line[start:].strip())
    pieces = [p for p in pieces if p]
    # "①甲。②乙。（责任单位：…）": the closing unit block states the units of all the items;
    # put it on its own line so the tree gives it to their parent.
    m = _TRAILING_UNIT_BLOCK.search(pieces[-1])
    if m and len(pieces) >= 2 and m.start() > 0:
        pieces[-1:] = [pieces[-1][:m.start()].rstrip(), m.group(0)]
    return pieces


_TRAILING_UNIT_BLOCK = re.compile(
    r"[（(【\[]\s*(牵头单位|牵头部门|责任单位|责任部门|主办单位|配合单位|参与单位)\s*[:：][^（()）【】\[\]]*[）)】\]]\s*[。；;]?\s*$")


_BARE_MARKER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|"
                          r"\d{1,3}\s*[.．、﹒]|[①-⑳]|第[一二三四五六七八九十\d]{1,3}(?:章|部分|节))$")


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


def normalise_lines(text: str) -> list[str]:
    lines = [ln.strip(" \t\u3000\u00a0") for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    lines = _table_rows_piped(lines)
    lines = _table_rows_flat(lines)
    lines = _join_bare_markers(lines)
    out: list[str] = []
    for ln in lines:
        out.extend(_split_inline(ln) if len(ln) > 20 else [ln])
    return out


# ---------------------------------------------------------------------------------------------
# tree
# ---------------------------------------------------------------------------------------------

def _is_subheading(line: str, next_marker: Marker | None) -> bool:
    """An unnumbered sub-heading between levels: short, no sentence punctuation, next item restarts."""
    return (next_marker is not None and len(line) <= 20 and not _SENTENCE_PUNCT.search(line)
            and next_marker.number == 1)


def build_tree(lines: list[str]) -> Node:
    root = Node("root", 0, "", "")
    stack: list[Node] = [root]       # stack[d] is the open node at depth d-1
    current: Node = root
    prefix: tuple[str, ...] = ()
    order = 0
    seen_tasks_before_annex = False
    markers = [match_marker(ln) for ln in lines]
    for idx, line in enumerate(lines):
        ann = ANNEX_RE.match(line)
        if ann and len(line) <= 40:
            # an annex restarts numbering; prefix paths only when numbered items came before it
            if any(n.kind != "root" for n in _iter(root)):
                seen_tasks_before_annex = True
            num = ann.group(1) or ann.group(2) or ""
            prefix = (f"附件{num}",) if seen_tasks_before_annex else ()
            stack = [root]
            current = root
            current.lines.append(line)
            continue
        mk = markers[idx]
        if mk is None:
            nxt = markers[idx + 1] if idx + 1 < len(lines) else None
            if current is not root and _is_subheading(line, nxt) and nxt is not None:
                # skip: it labels the items that follow, it is not part of the previous item
                continue
            _owner_of_unit_line(current, line).lines.append(line)
            continue
        kinds = [n.kind for n in stack[1:]]
        if mk.kind in kinds:
            d = kinds.index(mk.kind)
            stack = stack[:d + 1]
        elif kinds and _RANK.get(mk.kind, 9) < min(_RANK.get(k, 9) for k in kinds):
            # an outer-level marker (一、) below only inner-level items (a numbered list of
            # attachments in the notice head): it starts a new top level
            stack = [root]
        parent = stack[-1]
        order += 1
        node = Node(mk.kind, mk.number, mk.label, line[mk.end:].strip(), parent=parent,
                    depth=len(stack) - 1, order=order, prefix=prefix)
        parent.children.append(node)
        stack.append(node)
        current = node
    return root


_UNIT_LINE = re.compile(r"^[（(【\[]?\s*(牵头单位|牵头部门|责任单位|责任部门|主办单位|配合单位|参与单位|参与部门|配合部门|"
                        r"协办单位|责任领导|责任人|完成时限)\s*[:：]")


# Conventional nesting order of Chinese numbering (outer first).
_RANK = {"chap": 0, "sec": 1, "cn": 2, "pcn": 3, "art": 3, "ar": 4, "par": 5, "rpar": 6, "circ": 7, "shi": 8}


def _owner_of_unit_line(current: Node, line: str) -> Node:
    """A 责任单位 line after the last of several sub-items states the units of their parent item.

    "1．…（1）…（2）…\n责任单位：…": the units belong to 1, and (1)/(2) inherit them.
    """
    if not _UNIT_LINE.match(line) or current.parent is None or current.parent.kind == "root":
        return current
    siblings = current.parent.children
    if len(siblings) < 2 or siblings[-1] is not current:
        return current
    if any(_UNIT_LINE.match(x) for sib in siblings for x in sib.lines):
        return current
    if current.parent.kind in ("cn", "chap") and current.kind in ("pcn", "sec"):
        return current   # sections never carry one unit line for all their sub-sections
    return current.parent


def _iter(node: Node):
    yield node
    for c in node.children:
        yield from _iter(c)


# ---------------------------------------------------------------------------------------------
# tasks
# ---------------------------------------------------------------------------------------------

def _is_non_task_heading(node: Node) -> bool:
    return bool(NON_TASK_HEADING.match(task_title(node.heading) or ""))


def find_tasks(root: Node, has_units) -> tuple[list[Node], list[str]]:
    """Tasks (leaves that carry work) and the goal paragraphs outside tasks.

    `has_units(node) -> bool` says whether the node's own text names a responsible unit.
    """
    tasks: list[Node] = []
    goals: list[str] = []

    def visit(node: Node, in_goal: bool, non_task: bool) -> None:
        for child in node.children:
            is_non = non_task or _is_non_task_heading(child)
            goal = in_goal or (is_non and bool(GOAL_HEADING.search(task_title(child.heading) or "")))
            if is_non:
                if goal:
                    goals.append(child.own_text)
                visit(child, goal, True)
                continue
            if child.children:
                intro = "\n".join(child.lines)
                if child.depth > 0 and child.heading and not _UNIT_LINE.match(child.heading):
                    intro = "\n".join([child.heading, intro]).strip()
                if intro and (child.depth > 0 or _GOAL_CUE.search(intro)):
                    goals.append(intro)
                visit(child, in_goal, False)
                continue
            if child.depth == 0 and child.kind in ("cn", "chap", "sec") and not has_units(child):
                # a top-level section without numbered items is a task only when it names a unit
                if _GOAL_CUE.search(child.own_text) and not _is_preamble_like(child):
                    goals.append(child.own_text)
                continue
            if not child.own_text.strip():
                continue
            tasks.append(child)

    visit(root, False, False)
    # Top-level numbered lists beside 一、 sections (attachment lists, numbered notice
    # requirements) are not tasks unless they name a unit.
    top_kinds = {c.kind for c in root.children}
    if top_kinds & {"cn", "chap"}:
        tasks = [t for t in tasks if t.depth > 0 or t.kind in ("cn", "chap", "sec") or has_units(t)]
    if not tasks:
        # A plan whose only numbering is 一、二、三… (a 工作要点 without sub-items or units): its
        # work items are those sections, except background/goal/closing ones.
        leaves = [c for c in root.children if not c.children and c.kind in ("cn", "chap")
                  and not _is_non_task_heading(c) and not _is_preamble_like(c) and len(c.own_text) >= 15]
        if len(leaves) >= 3:
            tasks = leaves
            goals[:] = [g for g in goals if not any(g == c.own_text for c in leaves)]
    return tasks, goals


def _is_preamble_like(node: Node) -> bool:
    return bool(_PREAMBLE_RE.match(node.heading))


# ---------------------------------------------------------------------------------------------
# 一是 … 二是 … inline items
# ---------------------------------------------------------------------------------------------

def split_shi(node: Node) -> list[Node]:
    """Split a leaf whose text enumerates 一是…二是…(三是…) into child items; [] when it does not."""
    text = node.own_text
    if "是" not in text:
        return []
    found = []
    expected = 1
    for m in SHI_RE.finditer(text):
        n = cn_to_int(m.group(1))
        if n != expected:
            continue
        if m.start() > 0 and text[m.start() - 1] not in "。；;，,：:\n ":
            continue
        found.append(m)
        expected += 1
    if len(found) < 2:
        return []
    from transform.units import extract_units

    children = []
    intro = text[:found[0].start()].strip()
    # a unit block closing the paragraph belongs to all items: keep it on the parent
    tail = ""
    spans = extract_units(text[found[-1].start():]).spans
    if spans:
        s0, e0 = spans[-1]
        s0 += found[-1].start()
        e0 += found[-1].start()
        if not text[e0:].strip(" 。.；;\n"):
            tail = text[s0:]
            text = text[:s0]
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        body = text[m.end():end].strip()
        child = Node("shi", k + 1, f"{m.group(1)}是", body, parent=node, depth=node.depth + 1,
                     order=node.order, prefix=node.prefix)
        children.append(child)
    node.children = children
    node.heading, node.lines = intro, ([tail] if tail else [])
    return children


# ---------------------------------------------------------------------------------------------
# titles
# ---------------------------------------------------------------------------------------------

# Words that open a sentence; used to find where a heading ends when its 。 was lost.
_STRONG_OPENERS = ("积极", "紧紧", "严格", "认真", "扎实", "切实", "深入", "全面", "不断", "努力", "着力", "围绕",
                   "依托", "按照", "坚持", "进一步", "持续", "加大", "聚焦", "立足", "结合", "通过", "以", "充分",
                   "大力", "全力", "加快", "稳步", "有序", "统筹", "重点")
_WEAK_OPENERS = ("实施", "推进", "推动", "加强", "完善", "健全", "健全完善", "开展", "推出", "培育", "落实", "建立",
                 "组织", "支持", "鼓励", "引导", "构建", "打造", "做好", "抓好", "提升", "强化", "深化", "优化",
                 "探索", "启动", "编制", "制定", "规范", "建成", "新建", "争创", "争取", "力争", "确保", "实现",
                 "发挥", "提高", "谋划", "引进", "招引", "举办", "贯彻", "贯彻落实", "配合", "指导", "督促")
_NOT_OPENER_AFTER = ("的",)
_STRONG_RE = re.compile("|".join(sorted(_STRONG_OPENERS, key=len, reverse=True)))
_WEAK_RE = re.compile("|".join(sorted(_WEAK_OPENERS, key=len, reverse=True)))
_OPENER_FIRST = frozenset(w[0] for w in _STRONG_OPENERS + _WEAK_OPENERS)
_TITLE_END = re.compile(r"[。：:！!？?]")
_TRAILING_UNITS = re.compile(r"[（(【\[][^（(【\[]*?(牵头|责任|配合|参与)[^）)】\]]*[）)】\]]?\s*$")
_QUOTED_RE = re.compile(r"“[^”]*”|《[^》]*》|\"[^\"]*\"|‘[^’]*’")
_SENTENCE_PUNCT = re.compile(r"[。；;，,：:]")
_PREAMBLE_RE = re.compile(r"(保障措施|组织实施|工作要求|组织保障|有关要求|其他)")
_CLAUSE_PUNCT = re.compile(r"[，,；;、（(]")


@per_document
def task_title(text: str) -> str:
    """Text after the number up to the first 。 (or ：), trailing punctuation dropped.

    When extraction lost the 。 between the heading and the next sentence
    ("培育创新创业共同体培育建设区域…"), the heading ends where a new sentence visibly starts:
    the heading's own first verb repeated, a sentence-opening adverb (积极, 严格, 紧紧 …), or a
    verb that starts a long clause (实施…, 加强…).
    """
    if not text:
        return ""
    first_line = text.split("\n", 1)[0].strip()
    m = _TITLE_END.search(first_line)
    cand = first_line[:m.start()] if m else first_line
    # unit blocks at the end of a heading line are not part of the title
    if "牵头" in cand or "责任" in cand or "配合" in cand or "参与" in cand:  # what _TRAILING_UNITS needs
        cand = _TRAILING_UNITS.sub("", cand)
    cand = cand.strip()
    has_clause = _CLAUSE_PUNCT.search(cand) is not None
    glued = has_clause or len(cand) > 16 or (m is None and len(first_line) > 30)
    if glued:
        # a heading properly ended by 。 may itself be "V1+O1+V2+O2" (深化改革优化环境): only
        # strong signs of a new sentence cut it; weaker ones need clause punctuation too
        cut = _glue_cut(cand, weak_ok=has_clause or m is None)
        if cut:
            return cand[:cut].strip(" ，,、；;")
    if m is None and len(cand) > 40:
        # a long paragraph without a heading sentence
        c = _CLAUSE_PUNCT.search(cand)
        return cand[:c.start()] if c else cand[:40]
    return cand.strip(" ，,、；;")


def _glue_cut(cand: str, weak_ok: bool = True) -> int | None:
    """Where a new sentence visibly starts in a heading whose 。 was lost, or None.

    Only a repeat of the heading's first two characters or an opener can start a cut, so the
    other positions are skipped on their first character; the opener regexes (plain word
    alternations) are matched in place instead of on a copy of the rest of the heading.
    """
    c = _CLAUSE_PUNCT.search(cand)
    limit = c.start() if c else len(cand)
    # quoted phrases are never cut
    quoted = _quoted_ranges(cand)
    head = cand[:2]
    head_first = head[0] if len(head) == 2 else None
    for p in range(4, limit - 1):
        ch = cand[p]
        if ch not in _OPENER_FIRST and ch != head_first:
            continue
        if quoted and any(a < p < b for a, b in quoted):
            continue
        if cand[p - 1] in _NOT_OPENER_AFTER:
            continue
        n_rest = limit - p
        if head_first is not None and cand.startswith(head, p) and n_rest >= 4:
            return p
        sm = _STRONG_RE.match(cand, p, limit)
        strong = sm.group(0) if sm else None
        if strong and n_rest >= len(strong) + 2 and strong not in ("以", "重点", "加快"):
            return p
        if strong == "加快" and n_rest >= 6:
            return p
        wm = _WEAK_RE.match(cand, p, limit)
        weak = wm.group(0) if wm else None
        if weak and not weak_ok and weak != "加强":
            weak = None
        if weak and n_rest >= 6:
            after = p + len(weak)
            if _WEAK_RE.match(cand, after, limit) and weak + cand[after:min(after + 2, limit)] not in ("健全完善",
                                                                                                 "贯彻落实"):
                continue   # "培育|实施…": the first verb still belongs to the heading
            return p
    return None


def _quoted_ranges(s: str) -> list[tuple[int, int]]:
    out = []
    for m in _QUOTED_RE.finditer(s):
        out.append((m.start(), m.end()))
    return out


# ---------------------------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------------------------

def _drop_lone_annex_prefix(tasks: list[Node]) -> None:
    """The annex prefix only disambiguates: when the main text had no task, the first annex's
    tasks are the plan's own tasks (a 印发 notice whose plan is the attachment)."""
    if not tasks or any(not t.prefix for t in tasks):
        return
    first = tasks[0].prefix
    seen: set[int] = set()
    for t in tasks:
        if t.prefix == first:
            n: Node | None = t
            while n is not None and n.kind != "root":
                if id(n) not in seen:
                    seen.add(id(n))
                    n.prefix = ()
                n = n.parent


def parse_structure(body_text: str, has_units=lambda node: False) -> Structure:
    """Body text -> Structure(root, tasks, goal_paragraphs)."""
    return structure_from_tree(parse_tree(body_text), has_units)


def parse_tree(body_text: str) -> Node:
    """Body text -> the tree of numbered items (a new document: the per-document memos reset)."""
    new_document()
    return build_tree(normalise_lines(body_text))


def structure_from_tree(root: Node, has_units=lambda node: False) -> Structure:
    """The tasks and goal paragraphs of a tree from `parse_tree` (its 一是… leaves are split)."""
    tasks, goals = find_tasks(root, has_units)
    final: list[Node] = []
    for t in tasks:
        # 一是…二是… acts as the next level below a heading-level item ((三)…一是…二是…); inside
        # an item that is already numbered 1./(1)/① it is prose of that task
        kids = split_shi(t) if t.kind in ("cn", "pcn", "chap", "sec") else []
        final.extend(kids or [t])
    _drop_lone_annex_prefix(final)
    note = "" if final else ("no numbered items found" if not root.children else "no numbered item carries work")
    return Structure(root, final, goals, note)
