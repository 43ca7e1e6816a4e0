"""Body text -> a tree of numbered items (`transform.tree`) -> tasks.

A task is the lowest numbered item that carries work (EXTRACTION.md): leaves below a heading; a
top-level section without numbered items when it names work or a unit (or most sections beside it
do); never items under topic headings (总体要求, 发展目标 …: lexicon
`structure_topic_headings`), whose text is kept as goal paragraphs outside any task.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from transform import lexicons
from transform.ahead_sections import reviews_before_ahead
from transform.bare_closing import bare_closing
from transform.boxes import boxed_section, indicator_box, lists_indicators
from transform.goal_restarts import regroup_goal_restarts
from transform.heading_years import GOAL_HEADING, dated, node_year, undated
from transform.lines import ITEM_KINDS, normalise_lines
from transform.long_plans import background_sections, indicator_annexes, opening_reviews
from transform.memo import new_document
from transform.notice_requirements import requirements_only
from transform.review_headings import AHEAD_HEADING, is_review_heading
from transform.review_runs import PROGRESS_ENDS as _PROGRESS_ENDS
from transform.review_runs import announces_work_ahead, review_runs
from transform.table_cells import starts_with_task_verb
from transform.titles import task_title
from transform.tree import HEADING_KINDS, UNIT_LINE, Node, build_tree

__all__ = [
    "Node",
    "Structure",
    "normalise_lines",
    "parse_structure",
    "parse_tree",
    "structure_from_tree",
    "task_title",
]

_MIXED_TOPIC = "任务"  # a topic heading that also names the tasks: 目标任务, 任务目标
_NOTICE_SECTIONS = 5
_EXHORTATION = ("要", "必须", "务必", "切实要", "一定要")
_BRACKET_NOTE = re.compile(r"[（(][^（()）]*[)）]$")  # a note closing a heading: （项目6个）
_GOAL_CUE = re.compile(
    r"到\s*20\d{2}\s*年|20\d{2}\s*年底|力争|目标|达到|突破|不低于|不少于|以上|以内|左右|%|％"
)


@dataclass
class Structure:
    root: Node
    tasks: list[Node]
    goal_paragraphs: list[str]  # text outside tasks that may carry targets (发展目标 …)
    note: str = ""


# --- tasks -----------------------------------------------------------------------------------


@functools.cache
def _heading_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    return (
        lexicons.words("structure_topic_headings"),
        lexicons.words("structure_closing_headings"),
        lexicons.words("task_project_words"),
    )


@functools.cache
def _to_simplified():
    """OpenCC's traditional-to-simplified converter, or None where OpenCC is not installed."""
    try:
        import opencc
    except ImportError:  # pragma: no cover - OpenCC is an optional dependency here
        return None
    return opencc.OpenCC("t2s").convert


def heading_words(node: Node) -> str:
    """The node's title as the lexicons spell it: traditional characters (總體目標) read as simplified
    in a document printed in them (`Node.traditional` on the root)."""
    title = task_title(node.heading)
    root = node
    while root.parent is not None:
        root = root.parent
    if title and root.sample:
        # read when a heading is first asked for: a notice whose tasks are never looked for
        # (its title says it is no plan) does not pay the conversion of the sample
        root.traditional, root.sample = _is_traditional(root.sample), ""
    convert = _to_simplified() if root.traditional and title else None
    return convert(title) if convert else title


_SAMPLE = 800


def _is_traditional(body: str) -> bool:
    """Is the document printed in traditional characters? (A sample converts to other text.)"""
    convert = _to_simplified()
    sample = body[:_SAMPLE]
    return convert is not None and not sample.isascii() and convert(sample) != sample


def _is_topic_heading(node: Node) -> bool:
    """A heading that names a topic (总体要求, 发展目标 …). A numbered item inside a work section
    ("1.主要目标指标" under "（一）实施健康促进行动") is a task whatever it is called."""
    if node.kind in ITEM_KINDS and node.depth > 0:
        return False
    if indicator_box(node):  # "专栏1 …主要指标" over a table of indicators: goals
        return True
    title = heading_words(node)
    if undated(title).startswith(_heading_words()[0]):  # (总则 over articles only: 第一条 为…制定本方案)
        return not title.startswith(_ARTICLE_TOPICS) or all(c.kind == "art" for c in node.children)
    if _QUALIFIED_TOPIC.match(title) and not title.startswith(_AIM_VERBS):
        return True  # "整改目标", "年度工作目标", "整改原则": goals or principles of the work named
    # "深化预算管理制度改革的总体要求": a topic named after 的; so are two of them joined
    # ("“十五五”时期经济社会发展的指导思想和主要目标")
    k = title.rfind("的")
    if k <= 0:
        return False
    topics = _TOPIC_JOIN.split(title[k + 1 :])
    if all(p.endswith(_BUILT_TOPIC) for p in topics) and starts_with_task_verb(title):
        return False  # "构建协同融合一体化发展的空间布局": a layout the work builds, not a topic
    return all(p in _long_topics() for p in topics)


_ARTICLE_TOPICS = tuple(lexicons.table("structure_plan_clauses")["article_topics"].split())
_TOPIC_JOIN = re.compile("[和与及、]")
# a topic a verb can build (构建…的空间布局, 优化…的总体布局): after a task verb it is the work's object
_BUILT_TOPIC = "布局"
# a goals or principles heading after a two-character word naming the work or the period
# ("整改目标", "建设目标", "年度工作目标", "整改原则"); not a verb and its object ("实现目标", "坚持原则")
_QUALIFIED_TOPIC = re.compile(r"^[\u4e00-\u9fff]{2}(?:工作)?(?:目标|原则)$")
_AIM_VERBS = (
    "实现",
    "完成",
    "确保",
    "坚持",
    "遵循",
    "达到",
    "达成",
    "明确",
    "锁定",
    "围绕",
    "聚焦",
    "紧扣",
    "对标",
    "瞄准",
)


@functools.cache
def _long_topics() -> frozenset[str]:
    """Topic headings of four characters or more (总体要求, 主要目标): a heading may end with one after 的."""
    return frozenset(w for w in _heading_words()[0] if len(w) >= 4)


def _is_closing(node: Node) -> bool:
    """保障措施, 工作要求 …, also after a verb: 加强组织领导, 严格考核."""
    title = heading_words(node)
    closing = _heading_words()[1]
    if title.startswith(closing):
        return True
    verb = next((v for v in _verbs_sorted() if title.startswith(v)), None)
    return verb is not None and title[len(verb) :].startswith(closing)


@functools.cache
def _verbs_sorted() -> tuple[str, ...]:
    return tuple(sorted(lexicons.words("task_verbs"), key=len, reverse=True))


def names_work(node: Node) -> bool:
    """A heading naming work or a project: 新建…, 实施…, 城区道路改造工程, also with a note in
    brackets after the name ("科教惠民工程（项目6个，其中基建工程类5个）")."""
    title = _BRACKET_NOTE.sub("", heading_words(node)).rstrip()
    return bool(title) and (starts_with_task_verb(title) or title.endswith(_heading_words()[2]))


def find_tasks(root: Node, has_units) -> tuple[list[Node], list[str]]:
    # Long function: one walk of the tree decides tasks, goal paragraphs and bare sections together.
    """Tasks (leaves that carry work) and the goal paragraphs outside tasks.

    `has_units(node) -> bool` says whether the node's own text names a responsible unit.
    """
    tasks: list[Node] = []
    goals: list[str] = []
    sections: list[Node] = []  # top-level sections without numbered items: decided below
    reviews = (
        _review_sections(root)
        | background_sections(root, _is_topic_heading)
        | opening_reviews(root)
        | review_runs(root, lambda year: announces_work_ahead(root, year))
        | reviews_before_ahead(root)
    )

    def visit(node: Node, in_goal: bool, non_task: bool, mixed: bool = False, past: bool = False) -> None:
        for child in node.children:
            topic = _is_topic_heading(child) or id(child) in reviews
            # under a heading that names tasks as well as goals (二、目标任务), a sub-section with
            # numbered items of its own is work: "（一）工业项目 1.…项目 2.…项目"
            is_non = (non_task and not (mixed and child.children)) or topic
            # (under a review of the past, "一是主要指标稳步增长" reports results: no goals)
            in_past = past or id(child) in reviews
            goal = in_goal or (is_non and not in_past and bool(GOAL_HEADING.search(heading_words(child))))
            if is_non and not child.children and (has_units(child) or child.row):
                # "（一）总体要求：…（牵头单位：…）" is work given to a unit; so is a task table's row
                # under its "一、主要预期目标" category
                tasks.append(child)
                continue
            if is_non:
                if goal:
                    goals.append(dated(child.own_text, node_year(child)))
                visit(child, goal, True, topic and _MIXED_TOPIC in heading_words(child), in_past)
                continue
            if child.children and boxed_section(child):
                tasks.append(child)  # its text is work; its 专栏 boxes are tasks of their own
                visit(child, in_goal, False)
                continue
            if child.children:
                intro = "\n".join(child.lines)
                if child.depth > 0 and child.heading and not UNIT_LINE.match(child.heading):
                    intro = "\n".join([child.heading, intro]).strip()
                # (the lines under a review of the past report achievements: no goals)
                if (
                    intro
                    and (child.depth > 0 or _GOAL_CUE.search(intro))
                    and not is_review_heading(child.heading)
                ):
                    goals.append(intro)
                visit(child, in_goal, False)
                continue
            if not child.own_text.strip():
                continue
            if child.depth == 0 and (child.kind in HEADING_KINDS or child.kind == "shi"):
                sections.append(child)
                continue
            tasks.append(child)

    visit(root, False, False)
    tasks.extend(_section_tasks(root, sections, tasks, has_units, goals))
    tasks.sort(key=lambda t: t.order)
    # Top-level numbered lists beside 一、 sections of the same text (attachment lists, numbered
    # notice requirements) are not tasks unless they name a unit or are rows of a task table.
    sectioned = {c.annex for c in root.children if c.kind in ("cn", "part", "chap")}
    tasks = [
        t
        for t in tasks
        if t.depth > 0 or t.annex not in sectioned or t.kind in HEADING_KINDS or t.row or has_units(t)
    ]
    return indicator_annexes(root, tasks, goals, has_units)


def _review_sections(root: Node) -> set[int]:
    """Top-level sections that review the past (2025年工作回顾, 工作开展情况, 主要成效) beside a
    section of work ahead: their items report work done, no tasks. A section of progress
    (…落实情况) holds the tasks it reports on, unless it is a past year's beside a later year's
    section (2025年工作完成情况 / 2026年工作打算)."""
    tops = [c for c in root.children if c.kind in HEADING_KINDS and c.children]
    if not tops:
        return set()
    years = [_HEADING_YEAR.match(task_title(c.heading)) for c in tops]
    last = max((int(m.group(1)) for m in years if m), default=0)
    found = {
        id(c)
        for c, y in zip(tops, years, strict=True)
        if is_review_heading(c.heading)
        and (not task_title(c.heading).endswith(_PROGRESS_ENDS) or (y is not None and int(y.group(1)) < last))
    }
    dated = _dated_reviews(tops, [c for c in root.children if c.kind in HEADING_KINDS])
    found |= dated
    if len(found) < len(tops):
        return found if len(tops) >= 2 else set()
    # every section reviews: beside a later year's heading of work ahead over prose ("三、2026年度…安排"), or
    # in an excerpt cut off before the work ahead its title announces ("…2025年工作总结暨2026年工作计划");
    # else a report of review only, whose items are kept
    return found if dated or announces_work_ahead(root, last) else set()


# a year named anywhere in a heading ("攻坚克难，2025年各项事业取得新进展")
_ANY_YEAR = re.compile(r"(20\d{2})\s*年")
_RESULTS = re.compile(r"成效|成绩|回顾|总结")


def _dated_reviews(tops: list[Node], headings: list[Node]) -> set[int]:
    """Sections of `tops` that name an earlier year than a heading of work ahead among `headings` (2026年工作安排)
    and name no work ahead themselves (安排, 计划, 任务 …; "…举措和成效" reports): a review under a title of its own."""
    dated, mine = [], {id(c) for c in tops}
    for c in headings:
        title = task_title(c.heading)
        m = _ANY_YEAR.search(title)
        dated.append(
            (c, int(m.group(1)) if m else 0, bool(AHEAD_HEADING.search(title)) and not _RESULTS.search(title))
        )
    last = max((y for _c, y, ahead in dated if ahead), default=0)
    if not last:
        return set()
    # (a phase of work ahead names its year too: "到2023年，初步建成…", "2024年底前完成试点")
    return {
        id(c)
        for c, y, ahead in dated
        if id(c) in mine
        and y
        and y < last
        and not ahead
        and not _GOAL_CUE.search(c.heading)
        and not names_work(c)
    }


# a heading that opens with its year ("2025年工作完成情况" beside "2026年工作打算")
_HEADING_YEAR = re.compile(r"(20\d{2})\s*年")


def _section_tasks(
    root: Node, sections: list[Node], tasks: list[Node], has_units, goals: list[str]
) -> list[Node]:
    """Which top-level sections without numbered items are tasks.

    A section is a task when it names a unit or names work (新建…, …改造工程), or when most of
    the sections beside it do; never a closing heading (保障措施), and never a section of a notice
    whose plan follows in an annex. 一是… at the top level is a task only where it is the
    document's own numbering.
    """
    # a notice that issues a plan in its annex (or after its signature) states a few requirements
    # of its own (一、提高认识 二、加强协调): they are no tasks; a main text of many sections is a plan
    notice = [s for s in sections if s.annex == 0 and s.kind != "shi"]
    annexed = any(t.annex > 0 for t in tasks) and len(notice) <= _NOTICE_SECTIONS
    other_top = any(c.kind != "shi" for c in root.children)
    shi = [s for s in sections if s.kind == "shi"]
    # "会议要求，一是要提高认识；二是要压实责任": exhortations of a speech, not work items
    exhorted = sum(1 for s in shi if s.heading.startswith(_EXHORTATION)) * 2 > len(shi)
    verdicts: list[bool | None] = []  # None: a plain section, decided by its siblings
    for s in sections:
        if s.kind == "shi":
            ok: bool | None = not other_top and not exhorted
        elif annexed and s.annex == 0:
            ok = False
        elif s.row:
            ok = True  # a row of a task table numbered 一、二、
        elif s.table or _is_closing(s):
            ok = has_units(s)  # (a table's category row whose rows were left out)
            if ok and not s.table and bare_closing(heading_words(s)):
                ok = False  # a bare topic (三、组织实施) never
        elif has_units(s) or (names_work(s) and not lists_indicators(s)):  # (…：1.2万人；: round 42i)
            ok = True
        else:
            ok = None
        verdicts.append(ok)
    # sections in a row are alike: where most plain sections name work, the others are work too
    plain = [
        v
        for v, s in zip(verdicts, sections, strict=True)
        if s.kind != "shi" and not s.table and not _is_closing(s)
    ]
    alike = len(plain) >= 3 and sum(1 for v in plain if v) * 2 > len(plain)
    out: list[Node] = []
    for s, ok in zip(sections, verdicts, strict=True):
        if ok or (ok is None and alike):
            out.append(s)
        elif s.kind != "shi" and _states_goals(s) and not _is_closing(s) and not _reviews(s):
            goals.append(s.own_text)  # (a 一是… list in the preamble stays prose)
    return out


def _states_goals(section: Node) -> bool:
    """A bare section whose text may carry targets of no task: it states goals (力争, 达到, N%),
    or its heading names the period's work as a list ("四、2026年部分工作任务" over unnumbered
    lines "消费：安排超长期特别国债2500亿元…"): a topic heading, no task, but the budgets and
    counts its lines commit to are targets."""
    work_lists = lexicons.words("structure_work_list_headings")
    goals = _GOAL_CUE.search(section.own_text) or lists_indicators(section)  # (…：1.2万人；)
    return bool(goals) or heading_words(section).endswith(work_lists)


def _reviews(section: Node) -> bool:
    """A section reviewing the past, also where its text runs on after the heading on the same
    line ("一、2023年工作回顾 2023年是…开局之年"): its figures are achievements, no goals."""
    heading = section.heading.strip()
    first = heading.split(maxsplit=1)[0] if heading else ""
    return is_review_heading(heading) or (first != heading and len(first) >= 4 and is_review_heading(first))


# --- entry point -----------------------------------------------------------------------------


def _drop_lone_annex_prefix(tasks: list[Node]) -> None:
    """The annex prefix only disambiguates: when the main text had no task and one annex holds
    them all, its tasks are the plan's own tasks (a 印发 notice whose plan is the attachment).
    Several annexes with tasks keep their labels (附件1/…, 附件2/…), as EXTRACTION.md has them."""
    if not tasks or any(not t.prefix for t in tasks):
        return
    first = tasks[0].prefix
    if any(t.prefix != first for t in tasks):
        return
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
    root = build_tree(normalise_lines(body_text))
    regroup_goal_restarts(root)  # goal items restarting the goals heading's own numbering
    root.sample = body_text[:_SAMPLE]  # `traditional` is read from it when first needed
    return root


def structure_from_tree(root: Node, has_units=lambda node: False) -> Structure:
    """The tasks and goal paragraphs of a tree from `parse_tree`."""
    tasks, goals = find_tasks(root, has_units)
    if tasks and requirements_only(root, has_units):
        tasks = []  # a notice's own requirements; its plan is in another file
    _drop_lone_annex_prefix(tasks)
    note = (
        "" if tasks else ("no numbered items found" if not root.children else "no numbered item carries work")
    )
    return Structure(root, tasks, goals, note)
