"""`planwatch parse --explain`: one page parsed with tracing on (transform/explain.py), read back
into events — plain dicts, in reading order, one per decision:

- `document`: the row's title, is_plan, counts and parse note;
- `metadata`: each field with the source it came from (`transform.explain_meta`);
- `structure`: each numbered line (or table row) with its marker kind and whether it became a
  task, a section over tasks, a goals section or a dropped heading — and the rule;
- `task`: each task's path, title, marker and deadline with the rule that found it;
- `units`: each unit clause of a task with the role rule used (`Units.rules`);
- `number`: each number in a task's text (or a goals paragraph): KEPT with its fields
  (value, unit, comparator, year, indicator, and the rule behind each) or DROPPED with the rule.

Rule names are identifiers to grep for: a function (`_is_scope`), a rule name returned by
`targets.exclusions._drop_by_context` (`before_number`, also the key of its word list in
lexicons/targets_exclusions.toml) or by `targets.scan._scan` (`bare_number`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import datetime
from typing import Any

from planwatch.records import ParsedDocument
from transform.deadlines import find_deadline, labelled_deadline
from transform.document import parse_document
from transform.explain import Recorder, TargetTrace, tracing
from transform.explain_meta import metadata_events
from transform.explain_tree import marker_name, structure_events
from transform.rows import _inherited_units, _PlanUnits
from transform.unit_plan import SectionNotes
from transform.units import first_is_lead_rule, strip_spans

# what each rule of the number scan and the exclusions means (a rule without an entry is named
# by its function; the words of a lexicon key are in lexicons/targets_exclusions.toml)
RULE_WORDS = {
    # targets/scan.py
    "bare_number": "a number without unit or comparator (a date, a document, phone or section number)",
    "glued_before": "glued to a Latin letter or a code before it (PM2.5, S319, 113717/2023)",
    "glued_after": "glued to a Latin letter after it (5G, 3D, 4A级)",
    "masked": "inside “…”, 《…》, 「…」 or a （牵头单位：…） clause",
    "not_a_range": "two numbers joined by a dash that are no range of values (2023-2025, 07-31)",
    "year_mention": "a year mention (YYYY年): it dates the targets after it",
    "multiple_base": "the base year of a multiple (是2020年的1.4倍): its baseline_year, no year or figure",
    "fraction_of": "a fraction in words or digits (三分之一, 1/3): no score, its value is not one number",
    "leading_zero": "a digit run with a leading zero (010-67683008, 0571): a telephone or register code",
    "tenths_in_word": "成 that begins a word after the number (3成立, 两成为, 一成不变)",
    # targets/exclusions.py
    "before_number": "an ordinal, rank, denominator or proportion: 第/前/后/每/号/准/按 (or N:) before it",
    "class_level": "a class, not an amount (十亿级, 4A级)",
    "site_badge": "a document-sharing site's badge (1亿VIP精品文档)",
    "slogan_label": "a programme's label, a count glued to a round number (“4个100”行动)",
    "kind_suffix": "a kind, not an amount (5人制足球场)",
    "_is_scope": "a count of existing things in scope (全县13个乡镇, 等9类, 覆盖…)",
    "_counts_items": "a count of the plan's own items (分解为79项重点任务)",
    "object_frame": "what the plan works on, in 以…为重点/对象/主体 (以36个行政村为重点)",
    "zone_after": "a zone (1公里范围内)",
    "radius_after": "a distance in the name of a rate (公交站点500米覆盖率)",
    "selection_count": "how a list was chosen: candidates or suggestions collected (15个候选项目, 征集意见建议70条)",
    "descriptor": "an attribute of a project (占地500亩)",
    "notice_period": "how long a notice stays posted (公示时间:…至…,共7天; 公示期为5个工作日)",
    "progress": "a progress or present figure (已…, 目前…, 截至目前…)",
    "period_to_date": "a figure of this year so far (1-4月累计完成…, 1—6月完成…)",
    "is_progress": "a progress figure (done so far, a report verb, a progress column)",
    "reporting_months": "a figure of a monthly statistics period (1-4月开工7个: done so far this year)",
    "reported_le": "a figure right after a verb with 了 (增长了9.8%, 达到了3.49%): a result already reached",
    "baseline_value": "the baseline of a change (由30%提高到50%: the 30%; 比2010年的12.4万吨)",
    "incentive": "a policy incentive (给予奖励20万元)",
    "beneficiary_head": "who an incentive is for (对年纳税额超过500万元的企业)",
    "_in_paren_note": "a note in parentheses on something else",
    "paren_base": "a base value in parentheses after a target (（现状值90%）, （基数为13.2平方米）)",
    "_is_weight": "a scoring weight or a share in a formula (（1.5分）, 自评（40%）+…)",
    "bare_year": "a year written without 年",
    "_drop_chinese": "a Chinese numeral in words or a slogan (统一, 一批, 四个不摘), no verb of commitment",
    "voltage_class": "a voltage class names a thing (110千伏变电站)",
    "score_context": "a scoring rule (扣2分)",
    "rule_reference": "a reference to a rule set (落实…15条)",
    "document_articles": "a count of the document's own articles (意见分为10章共33条)",
    "age": "an age range of who is counted (60岁以上老年人)",
    "scope_of_rate": "the things whose rate the clause sets (力争72个县…普及率达到90%)",
    "_names_a_thing": "a capacity that names a thing (5万吨…项目, 15分钟服务圈)",
    "placeholder": "after a template's blank (x.x 千万元): the figure is left out",
    "paren_item_count": "in parentheses that count a heading's own projects ((项目6个,其中…5个))",
    "unit_word": "its measure word starts a word (54名词解释, 附件3名单): no unit",
    "counting_rule": "after 视为/视同 in its clause: how an achievement is counted (视为引进…10亿元的项目)",
    "evaluation_rate": "a rate a report says all reached (完成率均在90%以上), no commitment before it",
    "denominator": "a count of existing things a later share applies to (约600个黑点，…消除75%)",
    "list_pointer": "the size of a list pointed at (对以下12项事项实行清单管理, 下列5类情形)",
    "age_limit": "an age limit on who may do or get something (年龄不超过60周岁, 年满18周岁)",
    "_bound_qualifies": "a bound that qualifies what is counted (投资500万元以上项目)",
    # targets/qualifiers.py, years.py, tables.py
    "qualifiers._drop_qualifiers": "a qualifier of another target (年产值超亿元的企业新增8家: only 8家)",
    "past_figure": "a figure of a year before the plan (years._year_of)",
    "table_cell": "a cell of a table row: the table rules (targets/tables.py) read the row, see its KEPT line",
}

_SNIPPET = 14  # characters of context on each side of a number


def explain_document(
    content: bytes | str, *, source: str, is_text: bool = False, fetched_at: datetime | None = None
) -> tuple[ParsedDocument, list[dict[str, Any]]]:
    """Parse one page with tracing on: (the parsed document, the events of its decisions)."""
    with tracing() as rec:
        parsed = parse_document(content, source=source, is_text=is_text, fetched_at=fetched_at)
    return parsed, events_of(parsed, rec)


def events_of(parsed: ParsedDocument, rec: Recorder) -> list[dict[str, Any]]:
    doc = parsed.document
    out: list[dict[str, Any]] = [
        {
            "kind": "document",
            "source": doc.get("source"),
            "title": doc.get("title"),
            "is_plan": doc.get("is_plan"),
            "n_tasks": doc.get("n_tasks"),
            "n_targets": doc.get("n_targets"),
            "parse_note": doc.get("parse_note"),
        }
    ]
    inputs = rec.document
    texts = list(rec.texts)
    if inputs:
        out.extend(metadata_events(inputs, doc))
        structure = inputs["structure"]
        out.extend(structure_events(inputs["root"], structure, inputs["units_of"]))
        nodes = structure.tasks if structure is not None else []
        if len(nodes) == len(parsed.tasks):
            texts = _task_events(out, nodes, parsed.tasks, texts, inputs)
    for tr in texts:  # the goals paragraphs: targets of no task
        out.extend(number_events(tr, None, _GOAL_YEAR))
    _link_targets(out, parsed.targets)
    for e in out[1:]:  # each line of the JSON form stands on its own
        e["input"] = doc.get("source")
    return out


def _link_targets(events: list[dict[str, Any]], targets: list[dict]) -> None:
    """Each kept number gets its `targets` row's id (and `restates`) and fields as printed (a
    page read through a simplified working copy prints its own characters); the rows follow the
    kept numbers in order: where they do not (they always should), nothing is linked."""
    kept = [e for e in events if e["kind"] == "number" and e["status"] == "kept"]
    if len(kept) != len(targets) or any(e["value"] != t["value"] for e, t in zip(kept, targets, strict=True)):
        return
    for e, t in zip(kept, targets, strict=True):
        e.update((k, t.get(k)) for k in _FIELD_KEYS)
        e["target_id"], e["restates"] = t["target_id"], t.get("restates")


def _task_events(
    out: list[dict[str, Any]], nodes: list[Any], rows: list[dict], texts: list[TargetTrace], inputs: dict
) -> list[TargetTrace]:
    """The events of each task, in order; returns the texts no task read (goals paragraphs).

    Units are read again as `rows.build_rows` reads them (the units of a node are cached by the
    parse): the unit clauses with their role rules are `Units.rules`."""
    units_of = inputs["units_of"]
    fields = inputs["fields"]
    start, end = fields.get("plan_start_year"), fields.get("plan_end_year")
    annual = int(start) if start and start == end else None
    first_lead = first_is_lead_rule(inputs["head"])
    k = 0
    plans, notes = _PlanUnits(), SectionNotes()
    for node, row in zip(nodes, rows, strict=True):
        own = units_of(node)
        here = first_lead or notes(node.ancestors())
        units = _inherited_units(node, units_of, node.ancestors(), here, plans(node))
        if own.first_is_lead_note and own.note_following:
            first_lead = True
        mine = []
        if k < len(texts) and texts[k].text == strip_spans(node.own_text, own.spans):
            mine, k = [texts[k]], k + 1
        out.extend(_one_task(row, node, units, mine, annual))
    return texts[k:]


def _one_task(row: dict, node: Any, units: Any, texts: list[TargetTrace], annual: int | None) -> list[dict]:
    task_id = row["task_id"]
    events: list[dict[str, Any]] = [
        {
            "kind": "task",
            "task_id": task_id,
            "path": "/".join(row["path"]),
            "title": row["title"],
            "marker": marker_name(node),
            "deadline": row["deadline"].isoformat() if row["deadline"] else None,
            "deadline_text": row["deadline_text"],
            "deadline_rule": _deadline_rule(node.own_text, row, annual),
        }
    ]
    for rule in units.rules or ["no unit clause found"]:
        events.append({"kind": "units", "task_id": task_id, "rule": rule})
    events.append(
        {
            "kind": "units",
            "task_id": task_id,
            "rule": "result",
            "lead": list(row["lead_units"]),
            "participating": list(row["participating_units"]),
        }
    )
    for tr in texts:
        events.extend(number_events(tr, task_id, _task_year_rule(node, row, tr)))
    return events


_GOAL_YEAR = "heading_years: the year its goals heading or paragraph opens with (DatedText)"


def _task_year_rule(node: Any, row: dict, tr: TargetTrace) -> str:
    """Where the year a task's targets default to came from (`rows._list_year` and a row's
    deadline cell, round 38h)."""
    default = tr.years.get("default")
    if node.row and row["deadline"] is not None and row["deadline"].year == default:
        return "rows: the year of the row's deadline cell (完成时限, 时间节点 …)"
    if node.ancestors():
        return "heading_years.node_year: the year a heading or lead-in over the task sets"
    return "heading_years.preamble_year: the year of the lead-in sentence over the list"


def _deadline_rule(body: str, row: dict, plan_year: int | None) -> str | None:
    """Which of the deadline rules (transform/deadlines.py) gave the task its deadline."""
    if row["deadline_text"] is None:
        return None
    if labelled_deadline(body, plan_year)[1] is not None:
        return "deadlines._LABEL: a labelled value (完成时限：…)"
    if find_deadline(body, plan_year)[1] is not None:
        return "deadlines._from_text: a time limit in the task text"
    return "rows._deadline: the labelled deadline of the item above"


def number_events(tr: TargetTrace, task_id: str | None, default_rule: str = "") -> list[dict[str, Any]]:
    """One event per number of one text: kept with its fields, or dropped with its rule
    (`default_rule`: where the year its targets default to came from)."""
    text, t = tr.text, tr.t or tr.text
    lines = _line_starts(t)
    found: list[tuple[int, dict[str, Any]]] = []

    def event(start: int, end: int, kept: bool, rule: str, reason: str = "", **fields: Any) -> None:
        if not kept and rule != "year_mention" and any(a <= start < b for a, b in tr.spans):
            rule, reason = "table_cell", ""  # the table rules read its row (the row's event says how)
        found.append(
            (
                start,
                {
                    "kind": "number",
                    "task_id": task_id,
                    "status": "kept" if kept else "dropped",
                    "number": text[start:end].rstrip(),
                    "position": start,
                    "line": bisect_left(lines, start + 1),
                    "snippet": _snippet(text, start, end),
                    "rule": rule,
                    "reason": RULE_WORDS.get(rule, ""),
                    **fields,
                    **({"reason": reason} if reason else {}),
                },
            )
        )

    for start, end, rule in tr.scan_drops:
        event(start, end, False, rule)
    for p, y in zip(tr.ypos, tr.yval, strict=False):
        end = t.find("年", p, p + 8)
        event(p, end + 1 if end > 0 else p + 4, False, "year_mention", year=y)
    kept_at = {id(c) for c in tr.kept}
    records = {start: i for i, start in enumerate(tr.starts)}  # number start -> its record
    for c in tr.cands:
        if id(c) in tr.dropped:
            event(c.start, c.end, False, tr.dropped[id(c)])
        elif id(c) not in kept_at:
            event(c.start, c.end, False, "table_cell")
        elif c.start not in records:
            event(c.start, c.end, False, "past_figure")
        else:
            i = records[c.start]
            rec, prev = tr.records[i], (tr.records[i - 1] if i > 0 else None)
            event(c.start, c.end, True, "kept", **_fields(rec, _rules(tr, c, rec, prev, default_rule)))
    for start, rec in tr.table:
        at = max(0, min(start, len(text)))
        rule = "tables._table_targets"
        how = {"table": "a row of an indicator or task table: the latest year column (targets/tables.py)"}
        event(at, at, True, rule, **_fields(rec, how))
        found[-1][1]["number"] = rec.get("text") or ""
    for start, end, reason in _unscanned(t, [(s0, s0 + len(e["number"])) for s0, e in found]):
        event(start, end, False, "_NUM_PRE_RE", reason=reason)
    found.sort(key=lambda x: x[0])
    return [e for _, e in found]


def _unscanned(t: str, seen: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, reason) of the numbers in `t` that no rule looked at: the number scan passed
    them by (not followed by a unit)."""
    spans = sorted(seen)
    out = []
    for m in _DIGITS.finditer(t):
        k = bisect_left(spans, (m.start() + 1,)) - 1
        if k >= 0 and m.start() < spans[k][1]:
            continue  # a number a rule already looked at
        nxt = t[m.end() : m.end() + 1]
        end = m.end() + 1 if nxt and not nxt.isspace() else m.end()  # "3号", "6月": with what follows
        out.append((m.start(), end, _not_scanned(nxt)))
    return out


_DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def _not_scanned(nxt: str) -> str:
    """Why the number scan (targets/quantity.py `_NUM_PRE_RE`) passed a number by."""
    if nxt and nxt in "月日号时":
        return "not followed by a unit: a date or a document number (…〔2024〕3号)"
    return "not followed by a unit or a comparator the scan knows (targets/quantity.py)"


_FIELD_KEYS = ("indicator", "value", "unit", "comparator", "change", "year", "baseline_year")


def _fields(rec: dict, rules: dict[str, str]) -> dict[str, Any]:
    return {**{k: rec.get(k) for k in _FIELD_KEYS}, "rules": rules}


def _indicator_rule(tr: TargetTrace, c: Any, rec: dict, prev: dict | None) -> str:
    """Which step of `targets.extract._Reader.read` named what is measured (read back from the
    text around the number: the reader records nothing)."""
    t = tr.t
    indicator = rec.get("indicator") or ""
    if not indicator:
        return "none found before the number in its clause, nor a noun after it"
    if t.find("分别", c.sent_start, c.start) >= 0:
        return "extract._Reader._paired_subject: A、B分别…X、Y pairs subjects and values"
    k = c.clause_start - 1
    if k > 0 and t[k] == ":" and t[t.rfind("\n", 0, k) + 1 : k].strip().startswith(indicator[:4]):
        return "extract._label_before: the label before the colon (a table row read as name：value)"
    if prev is not None and indicator == prev.get("indicator") and indicator not in t[c.clause_start : c.end]:
        return "the previous target's subject: the clause names none of its own"
    return "indicators._indicator: the phrase before the number in its clause, or the noun after it"


def _rules(
    tr: TargetTrace, c: Any, rec: dict, prev: dict | None = None, default_rule: str = ""
) -> dict[str, str]:
    """The rule behind the comparator and the year of a kept number."""
    if c.is_range:
        cmp_rule = "a range of values (scan): >=, ambiguous"
    elif c.suffix:
        cmp_rule = f"suffix {c.suffix} (quantity.SUFFIX_CMP)"
    elif c.approx:
        cmp_rule = "余/多 after the number (approx): >="
    elif rec.get("comparator") != "=":
        cmp_rule = "words before the number (comparators._prefix_comparator)"
    else:
        cmp_rule = "no comparator word: ="
    year = rec.get("year")
    yi = bisect_left(tr.ypos, c.start) - 1
    if year is None:
        year_rule = "none stated (or recurring: 每年…, recurring._RECURRING_RE)"
    elif yi >= 0 and tr.yval[yi] == year:
        year_rule = f"years._year_of: the last year mention before it ({year}年)"
    elif year == tr.years.get("annual"):
        year_rule = "years._year_of: the year of the annual plan"
    elif year == tr.years.get("default"):
        year_rule = f"years._year_of: the section's year ({default_rule or 'a heading over the text'})"
    else:
        year_rule = "years._years_listed: a year of a 分别 list"
    out = {"indicator": _indicator_rule(tr, c, rec, prev), "comparator": cmp_rule, "year": year_rule}
    if rec.get("change"):
        out["change"] = "comparators._change: a change word before the number (增长, 提高, 新增, 下降 …)"
    if rec.get("baseline_year") is not None:
        out["baseline_year"] = "years._baseline: 比YYYY年, 与YYYY年相比, 同比 in its clause or sentence"
    return out


def _line_starts(t: str) -> list[int]:
    out = [0]
    k = t.find("\n")
    while k >= 0:
        out.append(k + 1)
        k = t.find("\n", k + 1)
    return out


def _snippet(text: str, start: int, end: int) -> str:
    a, b = max(0, start - _SNIPPET), min(len(text), end + _SNIPPET)
    return ("…" if a > 0 else "") + text[a:b].replace("\n", " ") + ("…" if b < len(text) else "")


def explain_files(paths: list[str]) -> tuple[list[list[dict[str, Any]]], list[tuple[str, str]]]:
    """`explain_document` for each file as `planwatch parse` reads it: (events of each file
    read, [(path, reason)] for the files that could not be read)."""
    from transform.files import InputError, file_texts, read_bytes, read_input

    out, failed = [], []
    for path in paths:
        try:
            # a DOCX, XLSX, PDF …: the text the parser reads; else a page as `parse` reads it
            texts = file_texts(path, read_bytes(path)) or [(path, *read_input(path))]
        except InputError as exc:
            failed.append((path, str(exc)))
            continue
        for source, content, as_text in texts:
            parsed, events = explain_document(content, source=source, is_text=as_text)
            note = parsed.document.get("parse_note") or ""
            if note.startswith("parser error"):
                failed.append((source, note))
            out.append(events)
    return out, failed
