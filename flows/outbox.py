"""The exactly-once alert outbox: the `alerts` table.

1. `outbox_rows` turns each (message, target) into a row whose `alert_id` hashes kind + doc_id +
   content_sha256 + target hash.
2. `Outbox.enqueue` writes the rows as `pending`, skipping ids already present — before the
   load, so a crash anywhere after this point cannot lose one.
3. The flow loads the run.
4. `Outbox.deliver` sends the pending rows one at a time, and only those whose document is in
   the warehouse at exactly that content version (the load committed). Each success is recorded
   at once as a marker beside the tables (`<warehouse>/_outbox_sent/<alert_id>`: an empty file,
   or object); the status changes of the whole delivery (sent, failed, suppressed) go into the
   `alerts` table in ONE commit at the end, after which the markers are dropped. A run that died
   before that commit leaves its markers: the next delivery marks those alerts `sent` without
   sending them again. The only at-least-once window is a crash between one send and its
   marker: at most that one alert is sent again. A failed delivery stays `failed` and is retried
   by the next run.

Secrets: full URLs live only in memory; the table stores `redact_url(url)` and its sha256.
Plan alerts are rendered for each target's format when enqueued (`rendered_for`, see
flows.alert_render) and sent as stored; other alerts are plain text escaped when sent. Document
text is cleaned of control, escape and bidi characters and capped (title 200 characters, body
4 000, a line 500) before it is stored.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from flows.alerts import OPS_NOTIFY, AlertRule, Message, is_url
from flows.delivery import send_apprise
from planwatch.crashpoints import crash_point
from planwatch.display import cap_lines, safe_text
from planwatch.redact import redact_text, redact_url

if TYPE_CHECKING:
    import polars as pl

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 20  # a target that fails this many runs in a row stops being retried
# Alert size caps: a portal's 200 000-character title must not become a 2.4 MB message.
MAX_TITLE_CHARS = 200
MAX_BODY_CHARS = 4000
MAX_LINE_CHARS = 500


def target_hash(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def alert_id(kind: str, key: str, content: str, url_hash: str) -> str:
    return hashlib.sha256(f"{kind}\x1f{key}\x1f{content}\x1f{url_hash}".encode()).hexdigest()[:32]


def outbox_rows(
    messages: Iterable[Message],
    rules: list[AlertRule],
    ops_urls: list[str],
    *,
    run_id: str,
    now: datetime | None = None,
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Fan messages out to their targets: rows for the `alerts` table and {target_hash: url}.

    A URL named by several matching rules gets the message once.
    """
    now = now or datetime.now(UTC)
    rows: dict[str, dict[str, Any]] = {}
    urls: dict[str, str] = {}
    for msg in messages:
        if msg.targets is not None:
            targets = list(msg.targets)
        elif msg.audience == "ops":
            targets = list(dict.fromkeys(u for u in ops_urls if is_url(u)))
        else:
            targets = list(
                dict.fromkeys(u for rule in rules if rule.matches(msg.doc, msg.kind) for u in rule.urls)
            )
        for url in targets:
            th = target_hash(url)
            urls[th] = url
            aid = alert_id(
                msg.kind, msg.key or msg.doc_id or msg.source_id or "", msg.content_sha256 or "", th
            )
            rendered = rendered_for(msg, url)
            rows[aid] = {
                "alert_id": aid,
                "kind": msg.kind,
                "audience": msg.audience,
                "doc_id": msg.doc_id,
                "source_id": msg.source_id,
                "content_sha256": msg.content_sha256,
                "target": redact_url(url),
                "target_hash": th,
                "title": safe_text(redact_text(rendered.get("title", msg.title), [url]), MAX_TITLE_CHARS),
                # a rendered body is made of cleaned, bounded fields (flows.alert_content); plain
                # text bodies are cleaned and capped here
                "body": redact_text(rendered["body"], [url])
                if rendered
                else cap_lines(redact_text(msg.body, [url]), MAX_BODY_CHARS, MAX_LINE_CHARS),
                "body_format": rendered.get("body_format"),
                "payload_json": rendered.get("payload_json"),
                "status": "pending",
                "attempts": 0,
                "run_id": run_id,
                "created_at": now,
                "sent_at": None,
                "last_error": None,
            }
    return list(rows.values()), urls


def rendered_for(msg: Message, url: str) -> dict[str, Any]:
    """A plan alert rendered for its target (title, body, body_format, payload_json); {} for a
    message without structured content (ops alerts: plain text, escaped when sent)."""
    if msg.content is None:
        return {}
    import json

    from flows.alert_render import family, render

    fam = family(url)
    title, body = render(msg.content, fam, msg.language)
    payload = json.dumps(msg.content, ensure_ascii=False, default=str) if fam == "json" else None
    return {"title": title, "body": body, "body_format": fam, "payload_json": payload}


def send_args(row: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments for the sender beyond (url, title, body): how a pre-rendered row is sent."""
    if not row.get("body_format"):
        return {}
    return {"body_format": row["body_format"], "payload_json": row.get("payload_json")}


# ---------------------------------------------------------------- the outbox


SENT_MARKERS = "_outbox_sent"  # folder of the markers of alerts sent but not yet committed as sent


class AlertStore(Protocol):
    """What the outbox needs from the warehouse (warehouse.store.Warehouse provides it)."""

    def read(self, table: str, as_of: Any = None) -> Any: ...

    def merge_rows(self, table: str, frame: Any) -> Any: ...

    def add_marker(self, folder: str, name: str) -> None: ...

    def markers(self, folder: str) -> list[str]: ...

    def drop_markers(self, folder: str, names: list[str]) -> None: ...


@dataclass
class DeliveryReport:
    sent: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)  # document not committed yet
    suppressed: list[str] = field(default_factory=list)  # superseded by a newer version
    no_target: list[str] = field(default_factory=list)  # target no longer configured

    def as_dict(self) -> dict[str, int]:
        return {k: len(v) for k, v in self.__dict__.items()}


Sender = Callable[..., tuple[bool, str]]


class Outbox:
    """The `alerts` table as an outbox. The caller holds the warehouse writer lock."""

    def __init__(
        self, store: AlertStore, *, sender: Sender = send_apprise, max_attempts: int = MAX_ATTEMPTS
    ) -> None:
        self.store = store
        self.sender = sender
        self.max_attempts = max_attempts

    def _alerts(self) -> pl.DataFrame:
        from warehouse.contract import empty

        try:
            frame = self.store.read("alerts")
        except Exception:  # the table does not exist before the first alert
            return empty("alerts")
        return frame if frame is not None else empty("alerts")

    def waiting_doc_ids(self) -> list[str]:
        """Documents of the alerts still to send (pending or failed)."""
        import polars as pl

        frame = self._alerts()
        waiting = frame.filter(pl.col("status").is_in(["pending", "failed"]))
        return [d for d in waiting.get_column("doc_id").unique().to_list() if d]

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

    def deliver(self, urls: dict[str, str], documents: Any = None) -> DeliveryReport:
        """Send every pending or failed alert whose target is configured, one at a time; record
        all their status changes in one commit.

        documents: the committed documents (doc_id, content_sha256); a plan alert is sent only
        when its document is there at the alert's content version.
        """
        from warehouse.contract import conform

        report = DeliveryReport()
        frame = self._alerts()
        todo = frame.filter(frame["status"].is_in(["pending", "failed"])).sort("created_at")
        committed: dict[str, str] = {}
        if documents is not None and len(documents):
            committed = dict(
                zip(documents["doc_id"].to_list(), documents["content_sha256"].to_list(), strict=True)
            )
        markers = set(self.store.markers(SENT_MARKERS))  # sent by a run that died before its commit
        changes: dict[str, dict[str, Any]] = {}
        try:
            for row in todo.iter_rows(named=True):
                change = self._deliver_one(row, urls, committed, markers, report)
                if change:
                    changes[row["alert_id"]] = {**row, **change}
        finally:
            if changes:  # one commit for the whole delivery
                self.store.merge_rows("alerts", conform("alerts", list(changes.values())))
            done = markers | {aid for aid, r in changes.items() if r["status"] == "sent"}
            self.store.drop_markers(SENT_MARKERS, sorted(done))
        return report

    def _deliver_one(
        self,
        row: dict[str, Any],
        urls: dict[str, str],
        committed: dict[str, str],
        markers: set[str],
        report: DeliveryReport,
    ) -> dict[str, Any] | None:
        """Send one alert if it is due; the status change to record, or None."""
        aid = row["alert_id"]
        attempts = (row["attempts"] or 0) + 1
        if aid in markers:  # sent before a crash, not yet recorded: record it, do not send again
            return {"status": "sent", "attempts": attempts, "sent_at": datetime.now(UTC), "last_error": None}
        if row["status"] == "failed" and attempts > self.max_attempts:
            return None
        if row["doc_id"]:
            have = committed.get(row["doc_id"])
            if have is None:
                report.waiting.append(aid)
                return None
            if have != row["content_sha256"]:
                report.suppressed.append(aid)
                return {"status": "suppressed", "last_error": "superseded by a newer version"}
        url = urls.get(row["target_hash"])
        if url is None:
            report.no_target.append(aid)
            return None
        notify_type = "info" if row["audience"] != "ops" else OPS_NOTIFY.get(row["kind"], "failure")
        crash_point("alerts.before_send")  # crash suites
        ok, error = self.sender(url, row["title"], row["body"], notify_type=notify_type, **send_args(row))
        crash_point("alerts.after_send")  # crash suites: the one at-least-once window
        if ok:
            # The at-least-once window: a crash before this marker re-sends this one alert.
            self.store.add_marker(SENT_MARKERS, aid)
            report.sent.append(aid)
            return {"status": "sent", "attempts": attempts, "sent_at": datetime.now(UTC), "last_error": None}
        report.failed.append(aid)
        log.warning("alert %s to %s failed: %s", aid, redact_url(url), redact_text(error, [url]))
        return {
            "status": "failed",
            "attempts": attempts,
            "last_error": redact_text(error or "delivery failed", [url]),
        }
