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

PLAN_KINDS = ("new_plan", "changed_plan", "new_notice", "digest")
OPS_KINDS = ("run_failed", "source_empty", "source_failed", "source_recovered")
OPS_NOTIFY = {"source_recovered": "success"}  # Apprise notify type of an ops kind (default failure)
OPS_LIST_MAX = 50  # sources named in one ops message
LEADING_TARGETS = 5
DIGEST_MODES = ("auto", "always", "never")
RULE_KEYS = {
    "name",
    "urls",
    "url",
    "sources",
    "counties",
    "notices",
    "is_plan",
    "keywords",
    "indicator_groups",
    "changes",
    "digest",
}


# ---------------------------------------------------------------- rules and targets


@dataclass(frozen=True)
class AlertRule:
    """Which documents go to which Apprise URLs.

    notices: "plans" (is_plan documents only) or "all" (every new notice too); is_plan: True
    (plans only), False (only notices that are not plans) or None (as `notices` says);
    sources / counties: source ids / county names, empty = every one; keywords: any of them in
    the title, plan title, body or (a plan page) the title of the notice that publishes it; indicator_groups: the plan has a target in one of these
    catalogue groups (economy, agriculture …); empty = no filter; changes: also send "changed"
    alerts; digest: auto | always | never, None = the `alert_digest` setting.
    """

    urls: tuple[str, ...]
    sources: tuple[str, ...] = ()
    notices: str = "plans"
    keywords: tuple[str, ...] = ()
    changes: bool = True
    name: str = ""
    counties: tuple[str, ...] = ()
    indicator_groups: tuple[str, ...] = ()
    is_plan: bool | None = None
    digest: str | None = None

    def matches(self, doc: dict[str, Any], kind: str) -> bool:
        if self.sources and (doc.get("source_id") or "") not in self.sources:
            return False
        if self.counties and (doc.get("county") or "") not in self.counties:
            return False
        plan = bool(doc.get("is_plan"))
        if self.is_plan is not None and plan != self.is_plan:
            return False
        if self.is_plan is None and kind == "new_notice" and self.notices != "all":
            return False
        if kind == "changed_plan" and not self.changes:
            return False
        if self.indicator_groups and not set(self.indicator_groups) & set(doc.get("indicator_groups") or ()):
            return False
        if self.keywords:
            hay = " ".join(
                str(doc.get(k) or "") for k in ("title", "plan_title", "notice_title", "body_text")
            )
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
    from flows.alert_render import LANGUAGES

    if settings.alerts.language not in LANGUAGES:
        raise AlertConfigError(f"alert_language must be zh or en, not {settings.alerts.language!r}")
    if settings.alerts.digest not in DIGEST_MODES:
        raise AlertConfigError(
            f"alert_digest must be one of {', '.join(DIGEST_MODES)}, not {settings.alerts.digest!r}"
        )
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
        unknown = set(entry) - RULE_KEYS
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
                sources=_strings(entry, "sources", where),
                notices=notices,
                keywords=_strings(entry, "keywords", where),
                changes=bool(entry.get("changes", True)),
                name=str(entry.get("name", f"rule {i}")),
                counties=_strings(entry, "counties", where),
                indicator_groups=_groups(entry, where),
                is_plan=_is_plan(entry, where),
                digest=_digest(entry.get("digest"), where),
            )
        )
    return rules


def _strings(entry: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise AlertConfigError(f"{where}: {key} must be a list of strings")
    return tuple(value)


def _groups(entry: dict[str, Any], where: str) -> tuple[str, ...]:
    from transform.indicator_codes import group_labels

    groups = _strings(entry, "indicator_groups", where)
    unknown = sorted(set(groups) - set(group_labels()))
    if unknown:
        raise AlertConfigError(
            f"{where}: unknown indicator_groups {unknown}; known: {', '.join(group_labels())}"
        )
    return groups


def _is_plan(entry: dict[str, Any], where: str) -> bool | None:
    value = entry.get("is_plan")
    if value is not None and not isinstance(value, bool):
        raise AlertConfigError(f"{where}: is_plan must be true or false")
    return value


def _digest(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if value not in DIGEST_MODES:
        raise AlertConfigError(f"{where}: digest must be one of {', '.join(DIGEST_MODES)}, not {value!r}")
    return str(value)


# ---------------------------------------------------------------- messages


@dataclass
class Message:
    """One alert before it is fanned out to targets.

    `body` is plain text. A plan alert also carries `content` (structured, see
    flows.alert_content), rendered for each target's format when it is enqueued; `targets`,
    when set, are the URLs it goes to (routing already done, e.g. a digest).
    """

    kind: str
    title: str
    body: str
    audience: str = "monitoring"
    doc_id: str | None = None
    source_id: str | None = None
    content_sha256: str | None = None
    doc: dict[str, Any] = field(default_factory=dict)
    content: dict[str, Any] | None = None
    targets: tuple[str, ...] | None = None
    language: str = "zh"
    key: str | None = None  # what the alert is about, for its id (default: doc_id or source_id)


def _message(kind: str, doc: dict[str, Any], content: dict[str, Any], language: str) -> Message:
    from flows.alert_render import render

    title, body = render(content, "text", language)
    return Message(
        kind=kind,
        title=title,
        body=body,
        doc_id=doc.get("doc_id"),
        source_id=doc.get("source_id"),
        content_sha256=doc.get("content_sha256"),
        doc={**doc, "indicator_groups": content["indicator_groups"]},
        content=content,
        language=language,
    )


def new_plan_message(
    doc: dict[str, Any],
    targets: list[dict[str, Any]],
    kind: str = "new_plan",
    tasks: list[dict[str, Any]] | None = None,
    language: str = "zh",
) -> Message:
    """A new plan (or notice): county, title, issuer, dates, URL, counts, the leading targets."""
    from flows.alert_content import plan_content

    return _message(kind, doc, plan_content(doc, tasks or [], targets, kind), language)


def changed_plan_message(
    doc: dict[str, Any],
    old_tasks: list[dict],
    new_tasks: list[dict],
    old_targets: list[dict],
    new_targets: list[dict],
    language: str = "zh",
) -> Message:
    """A changed plan: tasks and targets added, removed or changed (with old and new values)."""
    from flows.alert_content import change_summary, plan_content

    changes = change_summary(old_tasks, new_tasks, old_targets, new_targets)
    content = plan_content(doc, new_tasks, new_targets, "changed_plan", changes=changes)
    return _message("changed_plan", doc, content, language)


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
    tables: dict[str, Any], current_docs: Any, previous: dict[str, Any] | None = None, language: str = "zh"
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
            out.append(new_plan_message(doc, mine["targets"], kind, mine["tasks"], language))
        elif known[did] != doc.get("content_sha256") and doc.get("is_plan"):
            prev = old.get(did, {"tasks": [], "targets": []})
            out.append(
                changed_plan_message(
                    doc, prev["tasks"], mine["tasks"], prev["targets"], mine["targets"], language
                )
            )
    return out
