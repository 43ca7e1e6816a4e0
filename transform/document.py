"""One page (HTML bytes or text) -> ParsedDocument(document, tasks, task_units, targets) rows.

Rows are keyed exactly as the contract tables of `warehouse.contract`. Parsing never raises:
a page it cannot understand gives a document row with zero tasks and `parse_note` saying why.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from datetime import date, datetime, timezone
from urllib.parse import urlsplit, urlunsplit

from planwatch.records import ParsedDocument
from transform import PARSER_VERSION
from transform.gazetteer import canonical, dominant_level
from transform.indicator_codes import codes_for
from transform.lexicons import words
from transform.metadata import extract_metadata, metadata_line
from transform.normalize import PageWork
from transform.structure import Node, Structure, parse_tree, structure_from_tree, task_title
from transform.unit_tables import table_columns
from transform.units import Units, extract_units, first_is_lead_rule, strip_spans

from transform.targets import extract_targets as _extract_targets
from transform.targets.goals import expected_goal_paragraphs
from transform.targets.restates import mark_restatements

log = logging.getLogger(__name__)

TARGET_KEYS = ("indicator", "value", "unit", "comparator", "change", "year", "baseline_year", "text",
               "value_std", "unit_std", "ambiguous")
COMPARATORS = {">=", ">", "<=", "<", "~", "="}
NON_PLAN_TITLE = re.compile("|".join(words("non_plan_kinds")))
# Titles that name a plan (or a work arrangement, or the progress of one) by its kind.
PLAN_TITLE = re.compile("|".join(words("plan_kinds")))
_CHROME_LINE = re.compile(
    r"^(首页\s*[>＞»].*|.*[>＞»]\s*正文(内容)?|字号[:：]?.*|浏览(量|次数)?[:：]?\s*\d*|【?\s*字体[:：].*|打印(本页)?|"
    r"【?打印】?|关闭(窗口|本页)?|【?关闭】?|打印\s*关闭|扫一扫.*|分享到[:：]?.*|收藏|【?大\s*中\s*小】?|"
    r"上一篇.*|下一篇.*|返回顶部|当前位置[:：].*|您当前的位置[:：].*|来源[:：]\s*$|阅读次数.*)$")
_CHROME_WORDS = re.compile(r"打印本页|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|分享到[:：]?|分享|返回顶部|返回|"
                           r"字号[:：]?|字体[:：]?|大|中|小|默认|加入收藏|纠错|保存|浏览次数[:：]?\s*\d*|【|】|\[|\]")
_FOOTER_START = re.compile(r"^(相关下载|相关链接|相关文章|相关阅读|相关文件|相关新闻|网站地图|版权所有|联系我们)\s*[:：]?\s*$|"
                           r"^(版权所有|.*公网安备|.*ICP备|网站标识码|政府网站标识码|技术支持[:：])|"
                           r"^主办单位[:：].*(承办|版权|ICP|网站|技术支持)")


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


def _decode(content: bytes | str, content_type: str | None) -> tuple[str, str | None]:
    if isinstance(content, str):
        return content, None
    from planwatch.charset import decode

    d = decode(content, content_type)
    return d.text, d.encoding


_HTML_TAG = re.compile(r"<(html|body|div|p|table|head|meta|!doctype|span|br)\b")


def _looks_html(text: str) -> bool:
    return _HTML_TAG.search(text[:2000].lower()) is not None


def _utc(ts: datetime | None) -> datetime | None:
    if ts is None:
        return None
    if ts.tzinfo is None:
        return ts.replace(tzinfo=timezone.utc)
    return ts.astimezone(timezone.utc)


# ---------------------------------------------------------------------------------------------

def _text_body(text: str) -> str:
    """Body of a text rendering: without the 信息公开 block, navigation and footer lines."""
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return _trim_chrome(lines)


def _trim_chrome(lines: list[str]) -> str:
    out: list[str] = []
    n = len(lines)
    head_end = max(60, n // 4)  # the 信息公开 block is only looked for in the head
    for i, raw in enumerate(lines):
        line = raw.strip(" \t\u3000")
        if not line:
            continue
        if i < head_end and metadata_line(line):
            continue
        if _is_chrome_line(line) or _only_chrome_words(line):
            continue
        if i > n // 2 and _footer_starts(line):
            break
        out.append(line)
    return "\n".join(out)


# First characters of every `_CHROME_LINE` branch but the one that ends in 正文 (whitespace:
# the `【?\s*字体` branch). Testing them first spares most body lines the regex alternation.
_CHROME_FIRST = frozenset("首字浏【打关扫分收大上下返当您来阅")


def _is_chrome_line(line: str) -> bool:
    """Same as `_CHROME_LINE.match(line)` on a non-empty line, with a cheap pre-test."""
    first = line[0]
    if first in _CHROME_FIRST or first.isspace() or "正文" in line:
        return _CHROME_LINE.match(line) is not None
    return False


# First characters of the `_FOOTER_START` branches that start with a word; the others are
# ".*公网安备" and ".*ICP备", which a substring test rules out without the regex's scan of the line.
_FOOTER_FIRST = frozenset("相网版联政技主")


def _footer_starts(line: str) -> bool:
    """Same as `_FOOTER_START.match(line)` (a line holds no newline)."""
    if line[:1] in _FOOTER_FIRST or "公网安备" in line or "ICP备" in line:
        return _FOOTER_START.match(line) is not None
    return False


# First characters of every `_CHROME_WORDS` branch, and the characters stripped after it.
_CHROME_WORDS_FIRST = frozenset("打关收分返字大中小默加纠保浏【】[]") | frozenset(" |｜/·•")


def _only_chrome_words(line: str) -> bool:
    """A short line of nothing but toolbar words (打印 关闭 【大 中 小】 …).

    Same as `not _CHROME_WORDS.sub("", line).strip(" |｜/·•【】[]")` for lines of at most 40
    characters: when no branch can start at the first character and it is not stripped
    either, the first character survives, so most body lines skip the regex.
    """
    if not line:
        return True
    if len(line) > 40 or line[0] not in _CHROME_WORDS_FIRST:
        return False
    return not _CHROME_WORDS.sub("", line).strip(" |｜/·•【】[]")


def _html_body(text: str, url: str | None):
    from transform.html import extract

    page = extract(text, url)
    body = _trim_chrome(page.body_text.split("\n"))
    return page, body


def _head_and_plan(body: str, structure_root: Node) -> str:
    """The notice head: body text before the first numbered item."""
    first = structure_root.children[0] if structure_root.children else None
    if first is None:
        return body
    marker_line = (first.heading or "")[:20]
    idx = body.find(marker_line) if marker_line else -1
    return body[:idx] if idx > 0 else body[:4000]


# ---------------------------------------------------------------------------------------------

def parse_document(content: bytes | str, *, source: str, url: str | None = None, source_id: str | None = None,
                   county: str | None = None, fetched_at: datetime | None = None,
                   content_type: str | None = None, is_text: bool = False,
                   raw_sha256: str | None = None) -> ParsedDocument:
    """Parse one page into contract rows. Never raises: failures become a `parse_note`."""
    doc_id = make_doc_id(source, url)
    base = {
        "doc_id": doc_id, "source": source, "source_id": source_id, "county": county,
        "raw_sha256": raw_sha256, "fetched_at": _utc(fetched_at), "first_seen_at": _utc(fetched_at),
        "parser_version": PARSER_VERSION, "is_plan": False, "n_tasks": 0, "n_targets": 0,
    }
    try:
        return _parse(content, base, url=url, content_type=content_type, is_text=is_text)
    except Exception as exc:  # a parser bug must not stop a night's run: record it on the row
        log.exception("parse failed for %s", source)
        doc = dict(base)
        doc.update(content_sha256=hashlib.sha256(repr(content[:1000]).encode()).hexdigest(),
                   parse_note=f"parser error: {type(exc).__name__}: {exc}"[:500])
        return ParsedDocument(doc)


def _parse(content: bytes | str, base: dict, *, url: str | None, content_type: str | None,
           is_text: bool) -> ParsedDocument:
    text, encoding = _decode(content, content_type)
    if text.find("\x00") >= 0:  # a scan, where replace() would copy the whole page; `in` is twice as slow here
        text = text.replace("\x00", "")
    doc = dict(base)
    doc["encoding"] = encoding
    if not text.strip():
        doc.update(body_text="", content_sha256=_sha(""), parse_note="empty page", attachments=[])
        return ParsedDocument(doc)
    page_is_text = is_text or not _looks_html(text)
    if page_is_text:
        page_text, meta, title_tag, attachments = text, {}, "", []
        body = _text_body(text)
    else:
        page, body = _html_body(text, url)
        page_text, meta, title_tag, attachments = page.page_text, page.meta, page.title_tag, page.attachments
    doc["attachments"] = attachments
    doc["body_text"] = body
    # traditional characters or pinyin noise: parse a simplified working copy, print the source
    work = PageWork(body=body, page_text=page_text, title_tag=title_tag)
    if work:
        body, page_text, title_tag = (work.text("body", body), work.text("page_text", page_text),
                                      work.text("title_tag", title_tag))
    unit_cache: dict[tuple[int, bool], Units] = {}
    columns = table_columns(body)     # the unit columns of space-separated tables

    def units_of(node: Node, first_lead: bool = False) -> Units:
        """The units a node's own text states (a section's heading may state them too)."""
        key = (id(node), first_lead)
        if key not in unit_cache:
            unit_cache[key] = extract_units(node.own_text, first_is_lead=first_lead, heading=bool(node.children),
                                            columns=columns)
        return unit_cache[key]

    has_units = lambda n: bool(units_of(n))  # noqa: E731
    root = parse_tree(body)
    structure: Structure | None = None
    first = root.children[0] if root.children else None
    if first is not None and "是" in first.own_text:
        # splitting 一是…二是… may rewrite the first item's heading, which the head is cut at
        structure = structure_from_tree(root, has_units)
    head = _head_and_plan(body, root)
    meta_fields = extract_metadata(page_text, meta, body, title_tag, head_text=head,
                                   page_has_body=page_is_text)
    if meta_fields.get("publish_date") is None or meta_fields.get("issuer") is None:
        # a plan published without a notice head is signed at its end
        from transform.metadata import _signature

        who, d = _signature("\n".join(body.split("\n")[-12:]))
        meta_fields["publish_date"] = meta_fields.get("publish_date") or d
        meta_fields["issuer"] = meta_fields.get("issuer") or who
    doc.update(meta_fields)
    annual = None
    if meta_fields.get("plan_start_year") and meta_fields.get("plan_start_year") == meta_fields.get("plan_end_year"):
        annual = meta_fields["plan_start_year"]

    notes: list[str] = []
    title = meta_fields.get("title") or ""
    non_plan = bool(NON_PLAN_TITLE.search(title)) and not PLAN_TITLE.search(title)
    if non_plan:
        # its rows would be dropped: most notices of a portal are such, so skip finding its
        # tasks and building them
        notes.append("not a plan (title says it is another kind of notice)")
        tasks, task_units, targets = [], [], []
    else:
        if structure is None:
            structure = structure_from_tree(root, has_units)
        goals = list(structure.goal_paragraphs)
        if not structure.tasks and not goals and PLAN_TITLE.search(title + (meta_fields.get("plan_title") or "")):
            goals = _goal_lines(body)     # a plan with a goals section and no numbered items
        covered = [n.own_text for n in structure.tasks] + goals
        goals += expected_goal_paragraphs(body, covered)
        tasks, task_units, targets = _rows(doc["doc_id"], structure.tasks, units_of, annual, goals,
                                           first_is_lead_rule(head))
    if not tasks:
        if len(body) < 100:
            notes.append("body under 100 characters (attachment-only or scanned page?)")
        if structure is not None and structure.note and not non_plan:
            notes.append(structure.note)
    doc["is_plan"] = (not non_plan) and _looks_like_plan(title, meta_fields.get("plan_title"), tasks, targets)
    if work:
        work.restore(doc, tasks, task_units, targets)
    doc["n_tasks"], doc["n_targets"] = len(tasks), len(targets)
    doc["parse_note"] = "; ".join(notes) or None
    doc["content_sha256"] = _content_sha(doc)
    return ParsedDocument(doc, tasks, task_units, targets)


_GOAL_LINE = re.compile(r"目标|到\s*20\d{2}\s*年")


def _goal_lines(body: str) -> list[str]:
    """Lines of a plan without numbered items that state its goals (目标, 到2025年 …): the
    targets of such a plan sit there."""
    return [ln for ln in body.split("\n") if _GOAL_LINE.search(ln) and any(c.isdigit() for c in ln)]


def _looks_like_plan(title: str, plan_title: str | None, tasks: list, targets: list) -> bool:
    """A plan names itself one (方案, 计划, 要点, 实事, 重点工作 …) and carries work, or carries
    enough work to be one; a plan whose work was not found (an attachment-only notice, a layout
    the parser missed) is still one when its title or the plan it issues names a plan kind, so
    that it is alerted and its missing tasks are flagged instead of dropped.

    A notice whose body merely has numbered paragraphs (a meeting notice: 一、会议时间 二、参会人员)
    has tasks but no units and no targets: that alone does not make it a plan.
    """
    named = bool(PLAN_TITLE.search(title or "") or PLAN_TITLE.search(plan_title or ""))
    if not (tasks or targets):
        return bool(plan_title) and named
    if named:
        return True
    with_units = sum(1 for t in tasks if t.get("lead_units") or t.get("participating_units"))
    return len(targets) >= 3 or (len(tasks) >= 3 and (with_units >= 1 or len(targets) >= 1))


def _sha(s: str) -> str:
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def _content_sha(doc: dict) -> str:
    keys = ("title", "plan_title", "issuer", "doc_number", "index_no", "category", "validity", "summary",
            "written_date", "publish_date", "plan_start_year", "plan_end_year")
    meta = {k: (doc.get(k).isoformat() if isinstance(doc.get(k), date) else doc.get(k)) for k in keys}
    return _sha(json.dumps(meta, ensure_ascii=False, sort_keys=True) + "\n" + (doc.get("body_text") or ""))


def _inherited_units(node: Node, units_of, ancestors: list[Node] | None = None, first_lead: bool = False) -> Units:
    """The units of a task: its own, else those of the nearest section that states some (in its
    heading or on a line under it); a task that names only participating units takes the lead
    units of that section."""
    own = units_of(node, first_lead) if first_lead else units_of(node)
    if own.lead:
        return own
    for anc in node.ancestors() if ancestors is None else ancestors:
        u = units_of(anc, first_lead) if first_lead else units_of(anc)
        if u.lead:
            part = own.participating if own.participating else u.participating
            inherited = Units(list(u.lead), [p for p in part if p not in u.lead], [])
        elif u.participating and not own.participating:
            inherited = Units([], list(u.participating), [])
        else:
            continue
        inherited.rules = [*own.rules, f"inherited from section {'/'.join(anc.path)}", *u.rules]
        return inherited
    return own


def _rows(doc_id: str, nodes: list[Node], units_of, annual: int | None, goals: list[str],
          first_lead: bool = False):
    """Task, task-unit and target rows. first_lead: the document says the first unit of each list
    leads (列第一位者为牵头单位); a note with 下同 in a task says it for that task and the next ones."""
    tasks: list[dict] = []
    task_units: list[dict] = []
    targets: list[dict] = []
    seen_ids: dict[str, int] = {}
    for seq, node in enumerate(nodes, 1):
        path = node.path
        task_id = doc_id + "/" + "/".join(path)
        if task_id in seen_ids:          # numbering restarted under an unnumbered sub-heading
            seen_ids[task_id] += 1
            task_id = f"{task_id}~{seen_ids[task_id]}"
        else:
            seen_ids[task_id] = 1
        ancestors = node.ancestors()
        own = units_of(node)
        units = _inherited_units(node, units_of, ancestors, first_lead)
        if own.first_is_lead_note and own.note_following:
            first_lead = True
        top = ancestors[-1] if ancestors else node
        body = node.own_text
        target_text = strip_spans(body, own.spans)
        found = _targets_for(doc_id, task_id, path, target_text, annual, len(targets))
        targets.extend(found)
        tasks.append({
            "task_id": task_id, "doc_id": doc_id, "seq": seq, "path": path,
            "section": task_title(top.heading) or None, "title": _title(node), "body": body,
            "lead_units": units.lead, "participating_units": units.participating, "n_targets": len(found),
        })
    task_units = _unit_rows(doc_id, tasks)
    for para in goals:
        para = strip_spans(para, extract_units(para).spans)
        targets.extend(_targets_for(doc_id, None, None, para, annual, len(targets)))
    # targets of goal paragraphs come first in reading order; seq follows the list order
    for i, t in enumerate(targets, 1):
        t["seq"] = i
    mark_restatements(targets)
    return tasks, _dedupe_units(task_units), targets


def _unit_rows(doc_id: str, tasks: list[dict]) -> list[dict]:
    """task_units rows. The canonical name keeps the unit's level (县农业农村局 and 市农业农村局 are two
    bodies); a department printed without a level takes the level most units of the document print."""
    level = dominant_level([u for t in tasks for u in t["lead_units"] + t["participating_units"]])
    rows: list[dict] = []
    for t in tasks:
        for role, names in (("lead", t["lead_units"]), ("participating", t["participating_units"])):
            for name in names:
                rows.append({"task_id": t["task_id"], "doc_id": doc_id, "role": role, "unit": name,
                             "canonical": canonical(name, level)})
    return rows


_SHI_TITLE_END = re.compile(r"[，,；;。]")


def _title(node: Node) -> str | None:
    if node.kind == "shi":   # 一是…：the clause up to its first comma
        return _SHI_TITLE_END.split(node.heading, 1)[0].strip() or None
    return task_title(node.heading) or None


def _dedupe_units(rows: list[dict]) -> list[dict]:
    seen = set()
    out = []
    for r in rows:
        key = (r["task_id"], r["role"], r["unit"])
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _targets_for(doc_id: str, task_id: str | None, path: list[str] | None, text: str, annual: int | None,
                 offset: int) -> list[dict]:
    if not text.strip():
        return []
    try:
        found = _extract_targets(text, default_year=None, annual_year=annual) or []
    except Exception:  # a target bug must not lose the task
        log.exception("target extraction failed in %s", task_id or doc_id)
        return []
    rows = []
    counts: dict[str, int] = {}
    for t in found:
        row = {k: t.get(k) for k in TARGET_KEYS}
        try:
            row["value"] = float(row["value"])
        except (TypeError, ValueError):
            continue
        if row["value"] != row["value"]:  # NaN
            continue
        row["unit"] = row.get("unit") or ""
        row["text"] = row.get("text") or ""
        if row.get("comparator") not in COMPARATORS:
            row["comparator"] = "="
        if row.get("change") not in ("increase", "decrease"):
            row["change"] = None
        row["ambiguous"] = bool(row.get("ambiguous"))
        for k in ("year", "baseline_year"):
            row[k] = int(row[k]) if isinstance(row.get(k), (int, float)) and row[k] == row[k] else None
        if row.get("value_std") is not None:
            try:
                row["value_std"] = float(row["value_std"])
            except (TypeError, ValueError):
                row["value_std"] = None
        key = f"{task_id or ''}|{row['text']}|{row['value']}|{row['unit']}"
        counts[key] = counts.get(key, 0) + 1
        tid = hashlib.sha256(f"{key}|{counts[key]}".encode("utf-8")).hexdigest()[:12]
        row.update(target_id=f"{doc_id}:{tid}", doc_id=doc_id, task_id=task_id, seq=offset + len(rows) + 1)
        row.update(codes_for(row))  # the indicator catalogue (transform/indicator_codes.py)
        rows.append(row)
    return rows
