"""Alerts: who hears about which plan, and what the message says.

Targets are Apprise URLs. Plan alerts go to `--alert` URLs (every source, plans only) and to
the `[[alert]]` rules of the config file; run failures go to `--ops-alert` URLs.

`plan_candidates` decides, from this run's validated tables and the warehouse's current
documents, which plans are new or changed, as messages; `flows.outbox` fans them out to their
targets and delivers them exactly once; `flows.delivery` sends one message through Apprise.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flows.exceptions import AlertConfigError

if TYPE_CHECKING:
    from planwatch.settings import Settings

PLAN_KINDS = ("new_plan", "changed_plan", "new_notice")
OPS_KINDS = ("run_failed", "source_empty", "source_failed", "source_recovered")
OPS_NOTIFY = {"source_recovered": "success"}  # Apprise notify type of an ops kind (default failure)
OPS_LIST_MAX = 50  # sources named in one ops message
LEADING_TARGETS = 5


# ---------------------------------------------------------------- rules and targets


@dataclass(frozen=True)
class AlertRule:
    """Which documents go to which Apprise URLs.

    notices: "plans" (is_plan documents only) or "all" (every new notice too);
    sources: source ids, empty = every source; keywords: any of them in the title, plan title
    or body, empty = no filter; changes: also send "changed" alerts.
    """

    urls: tuple[str, ...]
    sources: tuple[str, ...] = ()
    notices: str = "plans"
    keywords: tuple[str, ...] = ()
    changes: bool = True
    name: str = ""

    def matches(self, doc: dict[str, Any], kind: str) -> bool:
        if self.sources and (doc.get("source_id") or "") not in self.sources:
            return False
        if kind == "new_notice" and self.notices != "all":
            return False
        if kind == "changed_plan" and not self.changes:
            return False
        if self.keywords:
            hay = " ".join(str(doc.get(k) or "") for k in ("title", "plan_title", "body_text"))
            if not any(k in hay for k in self.keywords):
                return False
        return True


def is_url(value: str) -> bool:
    return "://" in value and not value.lstrip().startswith("{")


def load_rules(settings: Settings) -> list[AlertRule]:
    """Plan-alert rules: one catch-all rule for `--alert` URLs plus the config's `[[alert]]` tables.

    In the config file, settings live under `[planwatch]` when `[[alert]]` rules are used:

        [planwatch]
        ops_alert = ["mailtos://user:pass@example.com"]

        [[alert]]
        name = "heze plans"
        urls = ["dingtalk://TOKEN"]
        sources = ["chengwu", "juancheng"]
        notices = "plans"        # or "all"
        keywords = ["行动计划", "实施方案"]
    """
    rules: list[AlertRule] = []
    plain = [u for u in settings.alerts.urls if is_url(u)]
    if plain:
        rules.append(AlertRule(urls=tuple(plain), name="--alert"))
    config = settings.config
    if config and Path(config).is_file():
        rules.extend(rules_from_toml(Path(config)))
    return rules


def rules_from_toml(path: Path) -> list[AlertRule]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise AlertConfigError(f"{path}: {exc}") from exc
    entries = data.get("alert", [])
    if isinstance(entries, dict):
        entries = [entries]
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        return []  # `alert = [...]` URLs at top level are plain settings, not rules
    rules = []
    for i, entry in enumerate(entries, 1):
        where = f"{path}: [[alert]] #{i}"
        unknown = set(entry) - {"name", "urls", "url", "sources", "notices", "keywords", "changes"}
        if unknown:
            raise AlertConfigError(f"{where}: unknown keys {sorted(unknown)}")
        urls = entry.get("urls", [])
        if isinstance(urls, str):
            urls = [urls]
        if entry.get("url"):
            urls = [*urls, entry["url"]]
        if not urls or not all(isinstance(u, str) and is_url(u) for u in urls):
            raise AlertConfigError(f"{where}: needs `urls` (Apprise URLs)")
        notices = entry.get("notices", "plans")
        if notices not in ("plans", "all"):
            raise AlertConfigError(f'{where}: notices must be "plans" or "all", not {notices!r}')
        rules.append(
            AlertRule(
                urls=tuple(urls),
                sources=tuple(entry.get("sources", ())),
                notices=notices,
                keywords=tuple(entry.get("keywords", ())),
                changes=bool(entry.get("changes", True)),
                name=str(entry.get("name", f"rule {i}")),
            )
        )
    return rules


# ---------------------------------------------------------------- messages


@dataclass
class Message:
    """One alert before it is fanned out to targets. `body` is plain text."""

    kind: str
    title: str
    body: str
    audience: str = "monitoring"
    doc_id: str | None = None
    source_id: str | None = None
    content_sha256: str | None = None
    doc: dict[str, Any] = field(default_factory=dict)


def _fmt_date(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value or "—")


def _target_line(t: dict[str, Any]) -> str:
    text = (t.get("text") or "").strip()
    if text:
        return text if len(text) <= 120 else text[:117] + "…"
    return f"{t.get('indicator') or ''} {t.get('comparator') or ''} {t.get('value')}{t.get('unit') or ''}"


def _header(doc: dict[str, Any]) -> list[str]:
    return [
        f"County: {doc.get('county') or '—'}",
        f"Title: {doc.get('title') or doc.get('plan_title') or '—'}",
        f"Issuer: {doc.get('issuer') or '—'}",
        f"Published: {_fmt_date(doc.get('publish_date'))}",
        f"URL: {doc.get('source') or '—'}",
    ]


def new_plan_message(doc: dict[str, Any], targets: list[dict[str, Any]], kind: str = "new_plan") -> Message:
    """A new plan: county, title, issuer, publish date, URL, counts and the leading targets."""
    name = doc.get("plan_title") or doc.get("title") or doc.get("doc_id")
    label = "New plan" if kind == "new_plan" else "New notice"
    lines = _header(doc)
    lines.append(f"Tasks: {doc.get('n_tasks') or 0}, targets: {doc.get('n_targets') or 0}")
    lead = list(dict.fromkeys(_target_line(t) for t in sorted(targets, key=lambda t: t.get("seq") or 0)))
    lead = lead[:LEADING_TARGETS]
    if lead:
        lines.append("Leading targets:")
        lines.extend(f"- {line}" for line in lead)
    return Message(
        kind=kind,
        title=f"{label}: {doc.get('county') or ''} {name}".strip(),
        body="\n".join(lines),
        doc_id=doc.get("doc_id"),
        source_id=doc.get("source_id"),
        content_sha256=doc.get("content_sha256"),
        doc=doc,
    )


def _task_key(t: dict[str, Any]) -> str:
    return (t.get("title") or t.get("body") or "").strip()


def changed_plan_message(
    doc: dict[str, Any],
    old_tasks: list[dict],
    new_tasks: list[dict],
    old_targets: list[dict],
    new_targets: list[dict],
) -> Message:
    """A changed plan: what was added or removed among tasks and targets."""
    name = doc.get("plan_title") or doc.get("title") or doc.get("doc_id")
    old_t = {_task_key(t) for t in old_tasks}
    new_t = {_task_key(t) for t in new_tasks}
    old_g = {_target_line(t) for t in old_targets}
    new_g = {_target_line(t) for t in new_targets}
    lines = _header(doc)
    lines.append(
        f"Tasks: {len(old_tasks)} → {len(new_tasks)}, targets: {len(old_targets)} → {len(new_targets)}"
    )
    for label, items in (
        ("Tasks added", new_t - old_t),
        ("Tasks removed", old_t - new_t),
        ("Targets added", new_g - old_g),
        ("Targets removed", old_g - new_g),
    ):
        if items:
            lines.append(f"{label} ({len(items)}):")
            lines.extend(f"- {x}" for x in sorted(items)[:LEADING_TARGETS])
    if old_t == new_t and old_g == new_g:
        lines.append("Tasks and targets unchanged; the text or metadata changed.")
    return Message(
        kind="changed_plan",
        title=f"Changed plan: {doc.get('county') or ''} {name}".strip(),
        body="\n".join(lines),
        doc_id=doc.get("doc_id"),
        source_id=doc.get("source_id"),
        content_sha256=doc.get("content_sha256"),
        doc=doc,
    )


def ops_message(kind: str, run_id: str, source_id: str | None, detail: str) -> Message:
    what = {
        "run_failed": "planwatch run failed",
        "source_empty": "source yielded nothing",
        "source_failed": "source failed",
        "source_recovered": "source recovered",
    }[kind]
    title = f"{what}: {source_id}" if source_id else what
    body = f"Run: {run_id}\nSource: {source_id or '—'}\n{detail}"
    return Message(
        kind=kind,
        title=title,
        body=body,
        audience="ops",
        source_id=source_id,
        content_sha256=hashlib.sha256(f"{run_id}\x1f{detail}".encode()).hexdigest()[:16],
    )


def _names(sids: list[str], limit: int = 5) -> str:
    return ", ".join(sids[:limit]) + (f" and {len(sids) - limit} more" if len(sids) > limit else "")


def source_change_messages(
    run_id: str, failing: dict[str, tuple[str, str]], recovered: list[str]
) -> list[Message]:
    """Ops messages for sources whose state changed this run: one for those that started failing
    (`failing`: source → (kind, detail)), one for those that work again. A source that keeps
    failing night after night is not repeated (flows.history.source_states)."""
    out: list[Message] = []
    if len(failing) == 1:
        ((sid, (kind, detail)),) = failing.items()
        out.append(ops_message(kind, run_id, sid, detail))
    elif failing:
        sids = sorted(failing)
        lines = [f"- {sid}: {failing[sid][1]}" for sid in sids[:OPS_LIST_MAX]]
        if len(sids) > OPS_LIST_MAX:
            lines.append(f"… and {len(sids) - OPS_LIST_MAX} more (planwatch status --errors)")
        body = f"Run: {run_id}\n{len(sids)} sources started failing:\n" + "\n".join(lines)
        out.append(_ops("source_failed", f"{len(sids)} sources failed: {_names(sids)}", body, run_id))
    if len(recovered) == 1:
        out.append(ops_message("source_recovered", run_id, recovered[0], "works again after failing"))
    elif recovered:
        sids = sorted(recovered)
        body = f"Run: {run_id}\nThese sources work again after failing: {_names(sids, OPS_LIST_MAX)}"
        out.append(_ops("source_recovered", f"{len(sids)} sources recovered: {_names(sids)}", body, run_id))
    return out


def _ops(kind: str, title: str, body: str, run_id: str) -> Message:
    digest = hashlib.sha256(f"{run_id}\x1f{body}".encode()).hexdigest()[:16]
    return Message(kind=kind, title=title, body=body, audience="ops", content_sha256=digest)


# ---------------------------------------------------------------- candidates


def _rows(frame: Any) -> list[dict[str, Any]]:
    return [] if frame is None else list(frame.iter_rows(named=True))


def plan_candidates(
    tables: dict[str, Any], current_docs: Any, previous: dict[str, Any] | None = None
) -> list[Message]:
    """New and changed documents of this run, as messages (before target rules are applied).

    tables: this run's validated frames (documents, tasks, targets); current_docs: the
    warehouse's documents (doc_id, content_sha256) before this run's load; previous: the
    warehouse's tasks and targets of the changed documents (for the "what changed" lines).
    """
    docs = _rows(tables.get("documents"))
    known: dict[str, str] = {}
    if current_docs is not None and len(current_docs):
        known = dict(
            zip(current_docs["doc_id"].to_list(), current_docs["content_sha256"].to_list(), strict=True)
        )
    by_doc: dict[str, dict[str, list]] = {}
    for name in ("tasks", "targets"):
        for r in _rows(tables.get(name)):
            by_doc.setdefault(r["doc_id"], {"tasks": [], "targets": []})[name].append(r)
    old: dict[str, dict[str, list]] = {}
    for name in ("tasks", "targets"):
        for r in _rows((previous or {}).get(name)):
            old.setdefault(r["doc_id"], {"tasks": [], "targets": []})[name].append(r)
    out: list[Message] = []
    for doc in docs:
        did = doc["doc_id"]
        mine = by_doc.get(did, {"tasks": [], "targets": []})
        if did not in known:
            kind = "new_plan" if doc.get("is_plan") else "new_notice"
            out.append(new_plan_message(doc, mine["targets"], kind=kind))
        elif known[did] != doc.get("content_sha256") and doc.get("is_plan"):
            prev = old.get(did, {"tasks": [], "targets": []})
            out.append(
                changed_plan_message(doc, prev["tasks"], mine["tasks"], prev["targets"], mine["targets"])
            )
    return out
