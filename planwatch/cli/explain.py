"""`planwatch parse --explain FILE`: why the parser read a page as it did (transform/explain_report.py).

The report prints the document's metadata with the source of each field, the structure (which
numbered lines became tasks and why), then each task with its unit clauses, its deadline and
every number in its text, KEPT with its fields or DROPPED with the rule, and the numbers of the
goals paragraphs. `--json` prints the same events as JSON lines. Text from the page goes through
`planwatch.display.safe_text` (no control or bidi characters reach the terminal).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from planwatch.display import safe_text

_TEXT = 60  # characters of a title or heading shown


def cmd_explain(inputs: list[str], *, as_json: bool = False) -> int:
    from transform.explain_report import explain_files

    reports, failed = explain_files(inputs)
    for path, reason in failed:
        print(f"planwatch parse: {safe_text(path)}: {safe_text(reason)}", file=sys.stderr)
    for events in reports:
        if as_json:
            write_json(events, sys.stdout)
        else:
            write_text(events, sys.stdout)
    return 1 if failed else 0


def write_json(events: Iterable[dict[str, Any]], out: TextIO) -> None:
    """One JSON object a line; strings from the page pass through safe_text."""
    for e in events:
        out.write(json.dumps(_safe(e), ensure_ascii=False, default=str) + "\n")


def _safe(value: Any) -> Any:
    if isinstance(value, str):
        return safe_text(value)
    if isinstance(value, dict):
        return {k: _safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_safe(v) for v in value]
    return value


def _s(value: Any, max_len: int | None = None) -> str:
    return safe_text(value, max_len)


def write_text(events: list[dict[str, Any]], out: TextIO) -> None:
    """The readable report."""
    w = out.write
    section = ""
    for e in events:
        kind = e["kind"]
        if kind == "document":
            w(f"== {_s(e['source'])}\n")
            w(f"   title: {_s(e['title'])}\n")
            w(f"   is_plan: {e['is_plan']}  tasks: {e['n_tasks']}  targets: {e['n_targets']}")
            w(f"  note: {_s(e['parse_note'])}\n" if e.get("parse_note") else "\n")
            continue
        if kind != section and kind in ("metadata", "structure"):
            section = kind
            w(
                "\n"
                + {
                    "metadata": "-- metadata (field: value <- source)",
                    "structure": "-- structure (numbered lines)",
                }[kind]
                + "\n"
            )
        if kind == "metadata":
            src = f"  <- {_s(e['source'])}" if e.get("source") else ""
            value = "-" if e["value"] is None else _s(e["value"], _TEXT)
            w(f"   {e['field']}: {value}{src}\n")
        elif kind == "structure":
            w(f"   [{_s(e['path'])}] {e['marker']}: {_s(e['heading'], _TEXT)}\n")
            w(f"      -> {e['decision'].upper()} ({_s(e['rule'])})\n")
        elif kind == "task":
            section = kind
            w(f"\n-- task {_s(e['path'])} ({e['marker']}): {_s(e['title'], _TEXT)}\n")
            if e.get("deadline_text"):
                w(f"   deadline: {e['deadline'] or '-'} ({_s(e['deadline_text'])}) <- {e['deadline_rule']}\n")
            else:
                w("   deadline: none stated\n")
        elif kind == "units":
            if e["rule"] == "result":
                w(f"   units -> lead: {_names(e['lead'])}; participating: {_names(e['participating'])}\n")
            else:
                w(f"   unit clause: {_s(e['rule'])}\n")
        elif kind == "number":
            if e["task_id"] is None and section != "goals":
                section = "goals"
                w("\n-- goals paragraphs (targets of no task)\n")
            w(_number_line(e))


def _names(names: list[str]) -> str:
    return "、".join(_s(n) for n in names) or "-"


def _number_line(e: dict[str, Any]) -> str:
    at = f"line {e['line']} @{e['position']}"
    if e["status"] == "kept":
        rules = e.get("rules") or {}
        fields = (
            f"value {e['value']:g} | unit {_s(e['unit']) or '-'} | comparator {e['comparator']} | "
            f"change {e['change'] or '-'} | year {e['year'] or '-'} | indicator {_s(e['indicator']) or '-'}"
        )
        how = "".join(f"\n        {k}: {_s(v)}" for k, v in rules.items())
        if e.get("target_id"):
            how += f"\n        target_id: {_s(e['target_id'])}"
            how += f" (restates {_s(e['restates'])})" if e.get("restates") else ""
        return f"   KEPT    {_s(e['number'], _TEXT)} ({at}) {fields}\n        text: {_s(e['snippet'])}{how}\n"
    reason = f": {e['reason']}" if e.get("reason") else ""
    return f"   DROPPED {_s(e['number'], _TEXT)} ({at}) [{e['rule']}{reason}]\n        text: {_s(e['snippet'])}\n"
