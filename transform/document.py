"""One page (HTML bytes or text) -> ParsedDocument(document, tasks, task_units, targets) rows.

Rows are keyed exactly as the contract tables of `warehouse.contract`. Parsing never raises:
a page it cannot understand gives a document row with zero tasks and `parse_note` saying why.

The steps, each in its own module: `page` (decode, body, chrome) → `normalize` (a simplified
working copy of traditional or pinyin-noised text) → `structure` (the tree of numbered items,
which are tasks) → `metadata` (title, dates, 文号, plan years) → `rows` (tasks with their units,
deadlines and targets). This module wires them and decides `is_plan`.

Long module: the one place where the steps meet (the working copy, the head, the goals that
depend on the metadata, attached files merged into the page) keeps their order readable in one
file; the rules themselves live in the step modules.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from planwatch.records import AttachedFile, ParsedDocument
from transform import PARSER_VERSION
from transform.explain import TRACE
from transform.heading_years import dated_under_headings
from transform.meeting_minutes import assigns_work, charges_bodies, minutes
from transform.metadata import meta_texts, parse_date, simplified_fields, without_page_marker
from transform.metadata_issuer import flat_signature
from transform.normalize import PageWork, without_format_marks
from transform.page import PageText, decode_page, looks_html, read_page
from transform.plan_judging import (
    PLAN_TITLE,
    explains_plan,
    looks_like_plan,
    meeting_held_news,
    no_rows,
    non_plan,
    publishes_work,
    reports_on_a_report,
)
from transform.rows import build_rows
from transform.structure import Node, Structure, parse_tree, structure_from_tree
from transform.targets.goals import (
    cites_plan,
    expected_goal_paragraphs,
    forward_lines,
    is_review_heading,
    led_paragraphs,
    plan_goal_lines,
    prose_goal_lines,
    reported_work_lines,
    reports_on_plan,
    reports_results_news,
    titled_list_items,
    work_list_paragraphs,
)
from transform.targets.tables import indicator_tables, rows_read_as_tasks
from transform.targets.work_lists import listed_below_cues
from transform.unit_tables import table_columns
from transform.units import Units, extract_units, first_is_lead_rule

log = logging.getLogger(__name__)


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop default ports and fragments: one notice, one id."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    if not parts.scheme:
        return url.strip()
    host = (parts.hostname or "").lower()
    port = parts.port if parts.port not in (None, 80, 443) else None
    netloc = host + (f":{port}" if port else "")
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def make_doc_id(source: str, url: str | None = None) -> str:
    key = canonical_url(url) if url else source
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _utc(ts: datetime | None) -> datetime | None:
    if ts is None:
        return None
    if ts.tzinfo is None:
        return ts.replace(tzinfo=UTC)
    return ts.astimezone(UTC)


def _head_and_plan(body: str, structure_root: Node) -> str:
    """The notice head: body text before the first numbered item."""
    first = structure_root.children[0] if structure_root.children else None
    if first is None:
        return body
    marker_line = (first.heading or "")[:20]
    idx = body.find(marker_line) if marker_line else -1
    return body[:idx] if idx > 0 else body[:4000]


def parse_document(
    content: bytes | str,
    *,
    source: str,
    url: str | None = None,
    source_id: str | None = None,
    county: str | None = None,
    fetched_at: datetime | None = None,
    content_type: str | None = None,
    is_text: bool = False,
    raw_sha256: str | None = None,
    attachments: Sequence[AttachedFile] = (),
    ocr: bool = False,
) -> ParsedDocument:
    """Parse one page into contract rows. Never raises: failures become a `parse_note`.

    `attachments`: the files linked from the page, as bytes (never fetched here); their tasks
    and targets join the page's with the annex label in their path (`transform.attachments.annex`).
    `ocr`: read scanned PDFs and images by OCR (off by default; needs the `rapidocr` package)."""
    doc_id = make_doc_id(source, url)
    base = {
        "doc_id": doc_id,
        "source": source,
        "source_id": source_id,
        "county": county,
        "raw_sha256": raw_sha256,
        "fetched_at": _utc(fetched_at),
        "first_seen_at": _utc(fetched_at),
        "parser_version": PARSER_VERSION,
        "is_plan": False,
        "n_tasks": 0,
        "n_targets": 0,
    }
    try:
        parsed = _parse(content, base, url=url, content_type=content_type, is_text=is_text)
    except Exception as exc:  # a parser bug must not stop a night's run: record it on the row
        log.exception("parse failed for %s", source)
        doc = dict(base)
        doc.update(
            content_sha256=hashlib.sha256(repr(content[:1000]).encode()).hexdigest(),
            parse_note=f"parser error: {type(exc).__name__}: {exc}"[:500],
        )
        parsed = ParsedDocument(doc)
    try:
        _annexes(parsed, attachments, base, ocr)
    except Exception as exc:  # the page's own rows stand; the files are noted as failed
        log.exception("attachments failed for %s", source)
        parsed.document["parse_note"] = _note(
            parsed.document, f"attachments: {type(exc).__name__}: {exc}"[:300]
        )
    return parsed


_PAGE_ONLY_NOTES = (
    "empty page",
    "body under 100 characters (attachment-only or scanned page?)",
    "no numbered items found",
)


# what a file parsed on its own says of itself, where the notice said nothing
_FILE_FIELDS = (
    "title",
    "plan_title",
    "issuer",
    "doc_number",
    "publish_date",
    "written_date",
    "plan_start_year",
    "plan_end_year",
)


_FILE_YEARS = ("plan_start_year", "plan_end_year")


def _file_is_plan(first: dict[str, Any] | None, parsed: ParsedDocument, page_origin: str) -> bool:
    """The attached file judged itself a plan and gave the notice rows: a notice that names its
    plan by a caption (《指标要求》) or without its years is still that plan's notice."""
    return (
        first is not None
        and bool(first.get("is_plan"))
        and any(t.get("origin") != page_origin for t in parsed.tasks)
    )


def _note(doc: dict[str, Any], note: str) -> str:
    return "; ".join(n for n in (doc.get("parse_note"), note) if n)


def _annexes(
    parsed: ParsedDocument, attachments: Sequence[AttachedFile], base: dict[str, Any], ocr: bool
) -> None:
    """The attached files' rows into the page's (`origin` set on every task and target)."""
    from transform.attachments.annex import PAGE_ORIGIN, add_annexes

    doc = parsed.document
    title = doc.get("title") or ""
    keep = not non_plan(title) and not explains_plan(title)

    def parse_text(text: str) -> ParsedDocument:
        return _parse(text, dict(base), url=None, content_type=None, is_text=True)

    notes, first = add_annexes(parsed, attachments, parse_text, keep_rows=keep, ocr=ocr)
    if not attachments:
        return
    file_plan = _file_is_plan(first, parsed, PAGE_ORIGIN)
    if first is not None and not doc.get("title"):  # a file parsed on its own (`planwatch parse`)
        doc.update({k: first.get(k) for k in _FILE_FIELDS if doc.get(k) is None})
        title = doc.get("title") or ""
        doc["content_sha256"] = _content_sha(doc)
    elif first is not None and file_plan and doc.get("plan_start_year") is None:
        # 关于印发《…行动方案》的通知: the years are printed on the plan file only
        doc.update({k: first.get(k) for k in _FILE_YEARS})
        doc["content_sha256"] = _content_sha(doc)
    body = doc.get("body_text") or ""
    doc["is_plan"] = keep and (
        looks_like_plan(title, doc.get("plan_title"), parsed.tasks, parsed.targets, body) or file_plan
    )
    kept = [
        n
        for n in (doc.get("parse_note") or "").split("; ")
        if n and not (parsed.tasks and n in _PAGE_ONLY_NOTES)
    ]
    doc["parse_note"] = "; ".join(kept + notes)[:1000] or None


class _UnitsOf:
    """The units a node's own text states (a section's heading may state them too), once per
    node and rule: the structure pass and the rows ask for the same nodes."""

    def __init__(self, body: str) -> None:
        self.cache: dict[tuple[int, bool, bool], Units] = {}
        self.columns = table_columns(body)  # the unit columns of space-separated tables
        self.minutes = False  # a meeting's minutes: "县财政局要加快拨付资金" charges the body (round 42g)

    def __call__(self, node: Node, first_lead: bool = False) -> Units:
        key = (id(node), first_lead, self.minutes)
        if key not in self.cache:
            self.cache[key] = extract_units(
                node.own_text,
                first_is_lead=first_lead,
                heading=bool(node.children),
                columns=self.columns,
                minutes=self.minutes,
            )
        return self.cache[key]

    def has_units(self, node: Node) -> bool:
        return bool(self(node))


@dataclass
class _Work:
    """The working copy a document is parsed from (the page as printed when it needs none)."""

    page: PageText
    body: str
    page_text: str
    title_tag: str
    restore: PageWork | None
    meta: dict[str, str]


def _working_copy(page: PageText) -> _Work:
    """Traditional characters or pinyin noise: parse a simplified working copy, print the source."""
    metas = meta_texts(page.meta)
    work = PageWork(body=page.body, page_text=page.page_text, title_tag=page.title_tag, **metas)
    if not work:
        return _Work(page, page.body, page.page_text, page.title_tag, None, page.meta)
    meta = dict(page.meta)
    meta.update((k[5:], work.text(k, v)) for k, v in metas.items())
    return _Work(
        page,
        work.text("body", page.body),
        work.text("page_text", page.page_text),
        work.text("title_tag", page.title_tag),
        work,
        meta,
    )


def _flat_signed(body: str) -> tuple[str | None, date | None]:
    who, when = flat_signature(body)
    return who, parse_date(when)


def _metadata(w: _Work, head: str) -> dict[str, Any]:
    fields = simplified_fields(  # w holds the working copy: restored with the rows
        w.page_text, w.meta, w.body, w.title_tag, head_text=head, page_has_body=w.page.is_text
    )
    if fields.get("publish_date") is None or fields.get("issuer") is None:
        # a plan published without a notice head is signed at its end
        from transform.metadata import _signature

        who, d = _signature("\n".join(w.body.split("\n")[-12:]))
        if d is None and w.body.rstrip().endswith("日"):
            who, d = _flat_signed(w.body)  # "… 某县人民政府办公室 2026年2月9日" closing a flattened page
        fields["publish_date"] = fields.get("publish_date") or d
        fields["issuer"] = fields.get("issuer") or who
        end = fields.get("plan_end_year")
        if d is not None and fields.get("plan_start_year") is None and end is not None and d.year <= end:
            fields["plan_start_year"] = d.year  # a horizon only (到2027年): from the signed year on
    return fields


def _annual_year(fields: dict[str, Any]) -> int | None:
    start = fields.get("plan_start_year")
    return int(start) if start and start == fields.get("plan_end_year") else None


# a page dated this many years or more after the year of its annual plan is a later copy of it (a
# mirror, a site of model texts): not a report of January on last year's plan
_LATER_COPY_YEARS = 2


def _published_year(fields: dict[str, Any]) -> int | None:
    """The year the page was published (明年 in its targets is the year after); for a later copy
    of an annual plan (a page dated two years or more after the plan's year), the plan's own year:
    its 今年 and 明年 speak from then, not from the copy's date."""
    published = getattr(fields.get("publish_date"), "year", None)
    annual = _annual_year(fields)
    if published is not None and annual is not None and published - annual >= _LATER_COPY_YEARS:
        return annual
    return published


def _goals(
    body: str,
    structure: Structure,
    title: str,
    plan_title: str,
    first_year: int | None = None,
    published: int | None = None,
) -> list[str]:
    """The paragraphs whose targets belong to no task: goals sections (not a review of the past),
    goal lines of a plan without numbered items, goal lines before the first numbered item of a
    plan, and expected-goal lists no task holds."""
    goals = [g for g in structure.goal_paragraphs if not is_review_heading(g.split("\n", 1)[0])]
    task_texts = [n.own_text for n in structure.tasks]  # once for the four lists below (no task changes)
    named = PLAN_TITLE.search(title + plan_title) is not None
    forward = False
    cited = False
    if (
        not structure.tasks
        and not goals
        and reports_results_news(title, body, PLAN_TITLE.search(title) is not None)
    ):
        named, forward = False, True  # a news page of results: only its lines on the year ahead
    elif not structure.tasks and not goals and not named:
        named = cited = cites_plan(body)  # a news report whose headline names no plan ("今后五年我县这样干")
        forward = not named
    if not structure.tasks and not goals and named and not reports_on_plan(title):
        goals = plan_goal_lines(body, title, first_year)  # a plan with a goals section, no numbered items
        if cited and not goals and not title:
            goals = reported_work_lines(body)  # a lead naming the year's 实事, its work without cue words
        goals = titled_list_items(body, title, goals)  # "养老服务方面，新建…" under a 实事 headline
        if cited:  # "报告指出，某省2023年要…" then "公路方面，…新改建农村公路3500公里"
            goals = led_paragraphs(body, goals, published or first_year)
    elif forward and not reports_on_plan(title):
        goals = forward_lines(
            body, title, published or first_year
        )  # news committing to this year's figures ("今年将新建…")
        goals = led_paragraphs(body, goals, published or first_year)  # "2022年，江西将…" then its fields
    elif structure.tasks and named:
        covered = task_texts + goals
        titles = [t for t in (title, plan_title) if t]
        goals += [
            ln
            for ln in prose_goal_lines(_prose_lines(structure), first_year, len(structure.root.lines))
            if not any(ln in g for g in covered) and not any(_title_line(ln, t) for t in titles)
        ]
    # an indicator table no task or goal holds: a page that is one, a 附表 after a plan's text
    covered = task_texts + goals
    row_titles = {n.title for n in structure.tasks if n.row and n.title}
    goals += [
        t
        for t in indicator_tables(body)
        if not any(_shares_row(t, g) for g in covered) and not rows_read_as_tasks(t, row_titles)
    ]
    covered = task_texts + goals
    goals += expected_goal_paragraphs(body, covered)
    covered = task_texts + goals
    lists = work_list_paragraphs(body, covered)
    return goals + lists + listed_below_cues(body, covered + lists)


_TITLE_SLACK = 12  # characters a title line may carry besides the title (a date, a mark)


def _title_line(line: str, title: str) -> bool:
    """The page's title or plan title printed as a line of its own (its figures are the body's),
    not a sentence that names the plan ("…印发《某行业稳增长工作方案》，提出…达到3.5%左右")."""
    s = line.strip()
    return s in title or (title in s and len(s) <= len(title) + _TITLE_SLACK)


def _shares_row(table: str, paragraph: str) -> bool:
    return any(row in paragraph for row in table.split("\n")[1:])


def _prose_lines(structure: Structure) -> list[str]:
    """The lines outside every task: the preamble, and sections that hold no task (指导思想,
    总体要求, 保障措施 …), not those under a review of the past."""
    tasks = {id(n) for n in structure.tasks}
    holds: set[int] = set()  # nodes with a task at or below them
    for n in structure.tasks:
        holds.update(id(a) for a in n.ancestors())
    out = list(structure.root.lines)

    def walk(node: Node) -> None:
        for ch in node.children:
            if id(ch) in tasks or is_review_heading(ch.heading):
                continue
            if id(ch) not in holds:
                out.extend(ch.own_text.split("\n"))
            walk(ch)

    walk(structure.root)
    return out


def plain_page(text: str, is_text: bool) -> tuple[str, bool, bytes | None]:
    """`without_format_marks(text)`, whether `read_page` reads it as a text rendering, and for an
    HTML page its UTF-8 bytes as selectolax makes them (`encode("utf-8", "ignore")`), or None.
    The bytes are made once here instead of in the parser: a NUL shows in them at memchr speed,
    where a NUL `find` in the text tests every character of a CJK page (≈ 260 000 instructions
    on a 53 000-character portal page). A page a mark was dropped from is looked at again."""
    as_html = not is_text and looks_html(text)
    utf8 = text.encode("utf-8", "ignore") if as_html else None
    plain = without_format_marks(text, nul_free=utf8 is not None and utf8.find(b"\x00") < 0)
    if plain is not text:
        return plain, is_text or not looks_html(plain), None
    return text, not as_html, utf8


def _parse(
    content: bytes | str, base: dict[str, Any], *, url: str | None, content_type: str | None, is_text: bool
) -> ParsedDocument:
    text, encoding = decode_page(content, content_type)
    text, as_text, utf8 = plain_page(text, is_text)  # NULs of a scan, soft hyphens and zero-width spaces
    doc = dict(base)
    doc["encoding"] = encoding
    if not text or text.isspace():  # (as `not text.strip()`, without a copy of the page)
        doc.update(body_text="", content_sha256=_sha(""), parse_note="empty page", attachments=[])
        return ParsedDocument(doc)
    page = read_page(text, url, as_text, utf8)
    doc["attachments"] = page.attachments
    doc["body_text"] = page.body
    w = _working_copy(page)
    units_of = _UnitsOf(w.body)
    root = parse_tree(w.body)
    structure: Structure | None = None
    first = root.children[0] if root.children else None
    if first is not None and "是" in first.own_text:
        # splitting 一是…二是… may rewrite the first item's heading, which the head is cut at
        structure = structure_from_tree(root, units_of.has_units)
    head = _head_and_plan(w.body, root)
    fields = _metadata(w, head)
    doc.update(fields)
    notes: list[str] = []
    units_of.minutes = charges_bodies(title := fields.get("title") or "")  # (rounds 42g, 43b)
    other_kind = non_plan(title) and not publishes_work(title, w.body)
    tasks: list[dict[str, Any]] = []
    task_units: list[dict[str, Any]] = []
    targets: list[dict[str, Any]] = []
    if skip := no_rows(title, w.body, other_kind):
        notes.append(skip)
    else:
        structure = structure or structure_from_tree(root, units_of.has_units)
        plan_title, first_year, issued = (
            fields.get("plan_title") or "",
            fields.get("plan_start_year"),
            _published_year(fields),
        )
        goals = _goals(w.body, structure, title, plan_title, first_year, issued)
        span = (_annual_year(fields), first_year, issued)
        goals = dated_under_headings(w.body, goals, first_year)  # "“十五五”时期主要目标" over a goal line
        rows = build_rows(doc["doc_id"], structure.tasks, units_of, span, goals, first_is_lead_rule(head))
        (tasks, task_units, targets), other_kind = _unless_commentary(rows, notes, fields, w.body)
    if not tasks:
        if len(w.body) < 100:
            notes.append("body under 100 characters (attachment-only or scanned page?)")
        if structure is not None and structure.note and not other_kind:
            notes.append(structure.note)
    doc["is_plan"] = (not other_kind) and looks_like_plan(
        without_page_marker(title) or "", fields.get("plan_title"), tasks, targets, w.body
    )
    if (rec := TRACE.get()) is not None:  # `planwatch parse --explain` (transform/explain.py)
        rec.parsed(work=w, head=head, root=root, structure=structure, units_of=units_of, fields=fields)
    if w.restore:
        w.restore.restore(doc, tasks, task_units, targets)
    doc["n_tasks"], doc["n_targets"] = len(tasks), len(targets)
    doc["parse_note"] = "; ".join(notes) or None
    doc["content_sha256"] = _content_sha(doc)
    return ParsedDocument(doc, tasks, task_units, targets)


def _unless_meeting_news(
    rows: tuple, notes: list[str], fields: dict[str, Any], body: str
) -> tuple[tuple, bool]:
    """News of a meeting held ("某县召开…安全生产工作会议") is read for the work it lists
    (`plan_judging.meeting_held_news`); where that makes no plan, it keeps no rows, as a notice of
    another kind keeps none."""
    title = fields.get("title") or ""
    if not meeting_held_news(title):
        return rows, False
    if looks_like_plan(without_page_marker(title) or "", fields.get("plan_title"), rows[0], rows[2], body):
        return rows, False
    notes.insert(0, "not a plan (title says it is another kind of notice)")
    return ([], [], []), True


def _unless_commentary(
    rows: tuple, notes: list[str], fields: dict[str, Any], body: str
) -> tuple[tuple, bool]:
    """(rows, False), or (no rows, True) for commentary on a report or a plan: most of its items
    report what it says ("报告强调，…"), so it states no work (`plan_judging.reports_on_a_report`);
    or for a meeting's minutes whose items hand no work to units (`meeting_minutes`); or for news
    of a meeting held that makes no plan (`_unless_meeting_news`)."""
    title = fields.get("title") or ""
    if minutes(title) and not assigns_work(rows[0]):
        notes.append("not a plan (minutes that hand no work to units)")
        return ([], [], []), True
    if explains_plan(title):
        rows = _restated_only(rows)
    if not reports_on_a_report(rows[0]):
        return _unless_meeting_news(rows, notes, fields, body)
    notes.append("not a plan (commentary: its items report what a report or plan says)")
    return ([], [], []), True


def _restated_only(rows: tuple) -> tuple:
    """A page explaining a plan (…政策解读, 一图读懂…, …政策问答) restates the plan: its numbered items
    that hand work to no unit and state no commitment ("一是提升景区品质", "一、加大财政支持力度"),
    or that ask a reader's question ("1.问：创业担保贷款额度是多少？"), are no tasks; the figures a
    question's answer states stay, outside any task."""
    tasks, task_units, targets = rows
    stated = {g.get("task_id") for g in targets}
    dropped = {
        t["task_id"]
        for t in tasks
        if not (t.get("lead_units") or t.get("participating_units"))
        and (t["task_id"] not in stated or _asks(t))
    }
    if not dropped:
        return rows
    for g in targets:
        if g.get("task_id") in dropped:
            g["task_id"] = None
    kept = [t for t in tasks if t["task_id"] not in dropped]
    return kept, [u for u in task_units if u["task_id"] not in dropped], targets


# a reader's question: an item opening "问：…", "提问：…", or a heading ending in its question mark
_ASKED = re.compile(r"\s*(?:问|提问|Q)\s*[:：]")


def _asks(task: dict) -> bool:
    return _ASKED.match(task.get("body") or "") is not None or (task.get("title") or "").rstrip().endswith(
        ("？", "?")
    )


def _sha(s: str) -> str:
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _content_sha(doc: dict) -> str:
    keys = (
        "title",
        "plan_title",
        "issuer",
        "doc_number",
        "index_no",
        "category",
        "validity",
        "summary",
        "written_date",
        "publish_date",
        "plan_start_year",
        "plan_end_year",
    )
    meta = {k: _iso(doc.get(k)) for k in keys}
    return _sha(_META_JSON.encode(meta) + "\n" + (doc.get("body_text") or ""))


# what json.dumps(meta, ensure_ascii=False, sort_keys=True) writes, without a new encoder a page
_META_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
