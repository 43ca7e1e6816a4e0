"""The exactly-once alert outbox: the `alerts` table.

1. `outbox_rows` turns each (message, target) into a row whose `alert_id` hashes kind + doc_id +
   content_sha256 + target hash.
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
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from flows.alerts import OPS_NOTIFY, AlertRule, Message, is_url
from flows.delivery import send_apprise
from planwatch.crashpoints import crash_point
from planwatch.redact import redact_text, redact_url

if TYPE_CHECKING:
    import polars as pl

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 20  # a target that fails this many runs in a row stops being retried


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
        if msg.audience == "ops":
            targets = list(dict.fromkeys(u for u in ops_urls if is_url(u)))
        else:
            targets = list(
                dict.fromkeys(u for rule in rules if rule.matches(msg.doc, msg.kind) for u in rule.urls)
            )
        for url in targets:
            th = target_hash(url)
            urls[th] = url
            aid = alert_id(msg.kind, msg.doc_id or msg.source_id or "", msg.content_sha256 or "", th)
            rows[aid] = {
                "alert_id": aid,
                "kind": msg.kind,
                "audience": msg.audience,
                "doc_id": msg.doc_id,
                "source_id": msg.source_id,
                "content_sha256": msg.content_sha256,
                "target": redact_url(url),
                "target_hash": th,
                "title": redact_text(msg.title, [url]),
                "body": redact_text(msg.body, [url]),
                "status": "pending",
                "attempts": 0,
                "run_id": run_id,
                "created_at": now,
                "sent_at": None,
                "last_error": None,
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
            committed = dict(
                zip(documents["doc_id"].to_list(), documents["content_sha256"].to_list(), strict=True)
            )
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
            notify_type = "info" if row["audience"] != "ops" else OPS_NOTIFY.get(row["kind"], "failure")
            crash_point("alerts.before_send")  # crash suites
            ok, error = self.sender(url, row["title"], row["body"], notify_type=notify_type)
            crash_point("alerts.after_send")  # crash suites: the one at-least-once window
            attempts = (row["attempts"] or 0) + 1
            if ok:
                # The at-least-once window: a crash right here re-sends this one alert.
                self._mark(row, status="sent", attempts=attempts, sent_at=datetime.now(UTC), last_error=None)
                report.sent.append(aid)
            else:
                self._mark(
                    row,
                    status="failed",
                    attempts=attempts,
                    last_error=redact_text(error or "delivery failed", [url]),
                )
                report.failed.append(aid)
                log.warning("alert %s to %s failed: %s", aid, redact_url(url), redact_text(error, [url]))
        return report
