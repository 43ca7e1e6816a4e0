"""What data engineers hear about a run: ops alerts when a source changes state, and a failed run.

A source that starts failing gives one ops alert, and one more when it works again; a source
that keeps failing night after night is not repeated (its state comes from the latest
finished run that covered it, `flows.history.source_states`). The sources of one run are
batched: 300 sources failing at once make one message, not 300. A run that fails as a whole
alerts every time (`record_failure`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from flows import steps
from planwatch.redact import redact_text

if TYPE_CHECKING:
    from flows.alerts import Message
    from flows.night import Night
    from planwatch.settings import Settings

log = logging.getLogger(__name__)
CHANGE_FLOWS = ("nightly", "backfill")  # a re-parse says nothing new about a portal


def ops_messages(night: Night) -> list[Message]:
    """This run's ops messages: sources that started failing and sources that recovered (for a
    crawl), or every failing source (for a re-parse, where a failure is about validation)."""
    from flows.alerts import ops_message, source_change_messages
    from flows.history import source_states

    if night.flow_name not in CHANGE_FLOWS:
        return [
            ops_message(kind, night.run_id, sid, detail) for sid, (kind, detail) in night.failures.items()
        ]
    before = source_states(night.wh)
    failing = {sid: f for sid, f in night.failures.items() if before.get(sid) != "failed"}
    recovered = sorted(
        sid for sid, rep in night.reports.items() if rep["status"] == "ok" and before.get(sid) == "failed"
    )
    for sid in sorted(set(night.failures) - set(failing)):
        log.info("%s: still failing (ops were told when it started)", sid)
    return source_change_messages(night.run_id, failing, recovered)


def record_failure(night: Night, message: str) -> None:
    """A failed run: a `runs` row saying so, and an ops alert (through the outbox when possible)."""
    from flows.alerts import ops_message
    from load.runs import RunInfo, record_failed_run

    settings = night.settings
    info = RunInfo(
        status="failed",
        started_at=night.started,
        sources=sorted(night.reports),
        error=message,
        report={"sources": night.reports},
    )
    try:
        record_failed_run(night.wh, night.run_id, night.flow_name, info)
    except Exception as exc:
        log.error("could not record the failed run: %s", redact_text(str(exc), settings.secrets()))
    if not settings.alerts.ops_urls:
        return
    msg = ops_message("run_failed", night.run_id, None, message)
    try:
        steps.enqueue_alerts(
            night.wh, steps.empty_tables(), settings, run_id=night.run_id, ops=[msg], plans=False
        )
        steps.deliver_alerts(night.wh, settings)
    except Exception:  # the warehouse itself is broken: tell the engineers directly
        notify_ops_directly(settings, night.run_id, message)


def notify_ops_directly(settings: Settings, run_id: str, message: str) -> None:
    """Last resort when the outbox cannot be written (at least once, not exactly once)."""
    from flows.alerts import ops_message
    from flows.delivery import send_apprise

    msg = ops_message("run_failed", run_id, None, message)
    for url in settings.alerts.ops_urls:
        send_apprise(url, msg.title, msg.body, notify_type="failure")
