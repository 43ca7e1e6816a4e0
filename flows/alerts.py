"""Alerts: who hears about which plan, what the message says, and the exactly-once outbox.

Targets are Apprise URLs. Plan alerts go to `Settings.alert` (every source, plans only) and to
the `[[alert]]` rules of the config file; run failures go to `Settings.ops_alert`.

Exactly once, through the `alerts` table (the outbox):

1. `plan_candidates` decides, from this run's validated tables and the warehouse's current
   documents, which plans are new or changed; `outbox_rows` turns each (message, target) into a
   row whose `alert_id` hashes kind + doc_id + content_sha256 + target hash.
2. `Outbox.enqueue` writes the rows as `pending`, skipping ids already present — before the
   load, so a crash anywhere after this point cannot lose one.
3. The flow loads the run.
4. `Outbox.deliver` sends the pending rows one at a time, and only those whose document is in
   the warehouse at exactly that content version (the load committed); each success is marked
   `sent` right away. The only at-least-once window is a crash between one send and its mark:
   at most that one alert is sent again. A failed delivery stays `failed` and is retried by the
   next run.

Secrets: full URLs live only in memory; the table stores `redact_url(url)` and its sha256.
Document text is escaped for each target's format (Markdown, HTML; JSON by serialisation).
"""
from __future__ import annotations

import hashlib
import html
import logging
import re
import tomllib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Protocol

from planwatch.redact import redact_text, redact_url

from planwatch.crashpoints import crash_point
from flows.exceptions import AlertConfigError

log = logging.getLogger(__name__)

PLAN_KINDS = ("new_plan", "changed_plan", "new_notice")
OPS_KINDS = ("run_failed", "source_empty", "source_failed")
MAX_ATTEMPTS = 20  # a target that fails this many runs in a row stops being retried
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


def _is_url(value: str) -> bool:
    return "://" in value and not value.lstrip().startswith("{")


def load_rules(settings: Any) -> list[AlertRule]:
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
    plain = [u for u in getattr(settings, "alert", []) or [] if _is_url(u)]
    if plain:
        rules.append(AlertRule(urls=tuple(plain), name="--alert"))
    config = getattr(settings, "config", "") or ""
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
        if not urls or not all(isinstance(u, str) and _is_url(u) for u in urls):
            raise AlertConfigError(f"{where}: needs `urls` (Apprise URLs)")
        notices = entry.get("notices", "plans")
        if notices not in ("plans", "all"):
            raise AlertConfigError(f"{where}: notices must be \"plans\" or \"all\", not {notices!r}")
        rules.append(AlertRule(
            urls=tuple(urls), sources=tuple(entry.get("sources", ())), notices=notices,
            keywords=tuple(entry.get("keywords", ())), changes=bool(entry.get("changes", True)),
            name=str(entry.get("name", f"rule {i}"))))
    return rules


def target_hash(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def alert_id(kind: str, key: str, content: str, url_hash: str) -> str:
    return hashlib.sha256(f"{kind}\x1f{key}\x1f{content}\x1f{url_hash}".encode()).hexdigest()[:32]


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


def new_plan_message(doc: dict[str, Any], targets: list[dict[str, Any]],
                     kind: str = "new_plan") -> Message:
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
    return Message(kind=kind, title=f"{label}: {doc.get('county') or ''} {name}".strip(),
                   body="\n".join(lines), doc_id=doc.get("doc_id"), source_id=doc.get("source_id"),
                   content_sha256=doc.get("content_sha256"), doc=doc)


def _task_key(t: dict[str, Any]) -> str:
    return (t.get("title") or t.get("body") or "").strip()


def changed_plan_message(doc: dict[str, Any], old_tasks: list[dict], new_tasks: list[dict],
                         old_targets: list[dict], new_targets: list[dict]) -> Message:
    """A changed plan: what was added or removed among tasks and targets."""
    name = doc.get("plan_title") or doc.get("title") or doc.get("doc_id")
    old_t = {_task_key(t) for t in old_tasks}
    new_t = {_task_key(t) for t in new_tasks}
    old_g = {_target_line(t) for t in old_targets}
    new_g = {_target_line(t) for t in new_targets}
    lines = _header(doc)
    lines.append(f"Tasks: {len(old_tasks)} → {len(new_tasks)}, targets: {len(old_targets)} → {len(new_targets)}")
    for label, items in (("Tasks added", new_t - old_t), ("Tasks removed", old_t - new_t),
                         ("Targets added", new_g - old_g), ("Targets removed", old_g - new_g)):
        if items:
            lines.append(f"{label} ({len(items)}):")
            lines.extend(f"- {x}" for x in sorted(items)[:LEADING_TARGETS])
    if old_t == new_t and old_g == new_g:
        lines.append("Tasks and targets unchanged; the text or metadata changed.")
    return Message(kind="changed_plan", title=f"Changed plan: {doc.get('county') or ''} {name}".strip(),
                   body="\n".join(lines), doc_id=doc.get("doc_id"), source_id=doc.get("source_id"),
                   content_sha256=doc.get("content_sha256"), doc=doc)


def ops_message(kind: str, run_id: str, source_id: str | None, detail: str) -> Message:
    what = {"run_failed": "planwatch run failed", "source_empty": "source yielded nothing",
            "source_failed": "source failed"}[kind]
    title = f"{what}: {source_id}" if source_id else what
    body = f"Run: {run_id}\nSource: {source_id or '—'}\n{detail}"
    return Message(kind=kind, title=title, body=body, audience="ops", source_id=source_id,
                   content_sha256=hashlib.sha256(f"{run_id}\x1f{detail}".encode()).hexdigest()[:16])


# ---------------------------------------------------------------- escaping per target format

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~<])")


def escape_markdown(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def render(title: str, body: str, fmt: str) -> tuple[str, str]:
    """Title and body escaped for a target format: "text" (and JSON), "markdown" or "html"."""
    if fmt == "html":
        return html.escape(title), "<br>\n".join(html.escape(line) for line in body.split("\n"))
    if fmt == "markdown":
        return escape_markdown(title), "  \n".join(escape_markdown(line) for line in body.split("\n"))
    return title, body


def target_format(url: str) -> str:
    """The format an Apprise target expects ("text", "markdown", "html")."""
    apprise = _apprise([url])
    plugin = apprise.Apprise.instantiate(url)
    if plugin is None:
        raise AlertConfigError(f"not a valid Apprise URL: {redact_url(url)}")
    return str(getattr(plugin.notify_format, "value", plugin.notify_format))


class _RedactFilter(logging.Filter):
    """Redacts every alert URL planwatch has handed to Apprise from Apprise's own log records.

    Installed once, before the first Apprise call, and kept: Apprise logs full URLs (tokens
    included) at DEBUG while it parses them, before any per-send filter could be added.
    """

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            record.msg = redact_text(record.getMessage(), sorted(self.secrets))
            record.args = ()
        return True


_APPRISE_FILTER = _RedactFilter()


def _apprise(secrets: list[str]):
    """Import apprise with the redacting filter in place and these URLs registered as secrets."""
    import apprise

    _APPRISE_FILTER.secrets.update(s for s in secrets if s)
    log = logging.getLogger("apprise")
    if _APPRISE_FILTER not in log.filters:
        log.addFilter(_APPRISE_FILTER)
    return apprise


def send_apprise(url: str, title: str, body: str, *, notify_type: str = "info") -> tuple[bool, str]:
    """Send one message to one Apprise URL; returns (ok, redacted error)."""
    apprise = _apprise([url])
    fmt = target_format(url)
    r_title, r_body = render(title, body, fmt)
    app = apprise.Apprise()
    if not app.add(url):
        return False, f"invalid Apprise URL {redact_url(url)}"
    try:
        with apprise.LogCapture(level=logging.WARNING, fmt="%(message)s") as captured:
            ok = bool(app.notify(body=r_body, title=r_title, body_format=fmt, notify_type=notify_type))
            detail = captured.getvalue() if not ok else ""
    except Exception as exc:  # a plugin raising must not end the run
        ok, detail = False, f"{type(exc).__name__}: {exc}"
    return ok, redact_text(detail.strip()[-500:], [url])


# ---------------------------------------------------------------- candidates and outbox rows

def _rows(frame: Any) -> list[dict[str, Any]]:
    return [] if frame is None else list(frame.iter_rows(named=True))


def plan_candidates(tables: dict[str, Any], current_docs: Any, previous: dict[str, Any] | None = None
                    ) -> list[Message]:
    """New and changed documents of this run, as messages (before target rules are applied).

    tables: this run's validated frames (documents, tasks, targets); current_docs: the
    warehouse's documents (doc_id, content_sha256) before this run's load; previous: the
    warehouse's tasks and targets of the changed documents (for the "what changed" lines).
    """
    docs = _rows(tables.get("documents"))
    known: dict[str, str] = {}
    if current_docs is not None and len(current_docs):
        known = dict(zip(current_docs["doc_id"].to_list(), current_docs["content_sha256"].to_list()))
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
            out.append(changed_plan_message(doc, prev["tasks"], mine["tasks"], prev["targets"],
                                            mine["targets"]))
    return out


def outbox_rows(messages: Iterable[Message], rules: list[AlertRule], ops_urls: list[str], *,
                run_id: str, now: datetime | None = None) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Fan messages out to their targets: rows for the `alerts` table and {target_hash: url}.

    A URL named by several matching rules gets the message once.
    """
    now = now or datetime.now(timezone.utc)
    rows: dict[str, dict[str, Any]] = {}
    urls: dict[str, str] = {}
    for msg in messages:
        if msg.audience == "ops":
            targets = list(dict.fromkeys(u for u in ops_urls if _is_url(u)))
        else:
            targets = list(dict.fromkeys(u for rule in rules if rule.matches(msg.doc, msg.kind)
                                         for u in rule.urls))
        for url in targets:
            th = target_hash(url)
            urls[th] = url
            aid = alert_id(msg.kind, msg.doc_id or msg.source_id or "", msg.content_sha256 or "", th)
            rows[aid] = {
                "alert_id": aid, "kind": msg.kind, "audience": msg.audience, "doc_id": msg.doc_id,
                "source_id": msg.source_id, "content_sha256": msg.content_sha256,
                "target": redact_url(url), "target_hash": th,
                "title": redact_text(msg.title, [url]), "body": redact_text(msg.body, [url]),
                "status": "pending", "attempts": 0, "run_id": run_id, "created_at": now,
                "sent_at": None, "last_error": None,
            }
    return list(rows.values()), urls


# ---------------------------------------------------------------- the outbox

class AlertStore(Protocol):
    """What the outbox needs from the warehouse (warehouse.store.Warehouse provides it)."""

    def read(self, table: str, as_of: Any = None) -> Any: ...

    def merge_rows(self, table: str, frame: Any) -> Any: ...


@dataclass
class DeliveryReport:
    sent: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)     # document not committed yet
    suppressed: list[str] = field(default_factory=list)  # superseded by a newer version
    no_target: list[str] = field(default_factory=list)   # target no longer configured

    def as_dict(self) -> dict[str, int]:
        return {k: len(v) for k, v in self.__dict__.items()}


Sender = Callable[..., tuple[bool, str]]


class Outbox:
    """The `alerts` table as an outbox. The caller holds the warehouse writer lock."""

    def __init__(self, store: AlertStore, *, sender: Sender = send_apprise,
                 max_attempts: int = MAX_ATTEMPTS) -> None:
        self.store = store
        self.sender = sender
        self.max_attempts = max_attempts

    def _alerts(self):
        from warehouse.contract import empty

        try:
            frame = self.store.read("alerts")
        except Exception:  # the table does not exist before the first alert
            return empty("alerts")
        return frame if frame is not None else empty("alerts")

    def enqueue(self, rows: list[dict[str, Any]]) -> int:
        """Insert rows as pending, skipping alert ids already in the outbox. Returns rows added."""
        from warehouse.contract import conform

        if not rows:
            return 0
        existing = set(self._alerts()["alert_id"].to_list())
        fresh = [r for r in rows if r["alert_id"] not in existing]
        if fresh:
            self.store.merge_rows("alerts", conform("alerts", fresh))
        return len(fresh)

    def _mark(self, row: dict[str, Any], **changes: Any) -> None:
        from warehouse.contract import conform

        self.store.merge_rows("alerts", conform("alerts", [{**row, **changes}]))

    def deliver(self, urls: dict[str, str], documents: Any = None) -> DeliveryReport:
        """Send every pending or failed alert whose target is configured, one at a time.

        documents: the committed documents (doc_id, content_sha256); a plan alert is sent only
        when its document is there at the alert's content version.
        """
        report = DeliveryReport()
        frame = self._alerts()
        todo = frame.filter(frame["status"].is_in(["pending", "failed"])).sort("created_at")
        committed: dict[str, str] = {}
        if documents is not None and len(documents):
            committed = dict(zip(documents["doc_id"].to_list(), documents["content_sha256"].to_list()))
        for row in todo.iter_rows(named=True):
            aid = row["alert_id"]
            if row["status"] == "failed" and (row["attempts"] or 0) >= self.max_attempts:
                continue
            if row["doc_id"]:
                have = committed.get(row["doc_id"])
                if have is None:
                    report.waiting.append(aid)
                    continue
                if have != row["content_sha256"]:
                    self._mark(row, status="suppressed", last_error="superseded by a newer version")
                    report.suppressed.append(aid)
                    continue
            url = urls.get(row["target_hash"])
            if url is None:
                report.no_target.append(aid)
                continue
            notify_type = "failure" if row["audience"] == "ops" else "info"
            crash_point("alerts.before_send")  # crash suites
            ok, error = self.sender(url, row["title"], row["body"], notify_type=notify_type)
            crash_point("alerts.after_send")  # crash suites: the one at-least-once window
            attempts = (row["attempts"] or 0) + 1
            if ok:
                # The at-least-once window: a crash right here re-sends this one alert.
                self._mark(row, status="sent", attempts=attempts,
                           sent_at=datetime.now(timezone.utc), last_error=None)
                report.sent.append(aid)
            else:
                self._mark(row, status="failed", attempts=attempts,
                           last_error=redact_text(error or "delivery failed", [url]))
                report.failed.append(aid)
                log.warning("alert %s to %s failed: %s", aid, redact_url(url),
                            redact_text(error, [url]))
        return report
