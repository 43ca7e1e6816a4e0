"""Routing plan alerts to their targets, and digests instead of floods.

`route` applies the alert rules to this run's plan messages and returns one message per target
(its `targets` set). When a source is crawled for the first time, or backfilled, its new plans
would otherwise arrive as one message per historical notice: for those sources a target gets one
digest per source instead (`alert_digest`: auto, the default; `always`: a digest per source
every run; `never`: one message per plan). A rule's own `digest` key overrides the setting.

A digest is exactly-once like any alert: its id hashes the sorted documents it lists, and it is
held back (by the outbox's commit gate) until the load has committed its first document.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from flows.alerts import AlertRule, Message

DIGESTED_KINDS = ("new_plan", "new_notice")
MIN_DIGEST = 2  # a single new plan is sent as itself


def digest_reason(mode: str, source_id: str, flow: str, first_crawl: set[str]) -> str | None:
    """Why this source's new plans go out as a digest (None: one message each)."""
    if mode == "never":
        return None
    if mode == "always":
        return "always"
    if flow == "backfill":
        return "backfill"
    return "first_crawl" if source_id in first_crawl else None


def digest_message(source_id: str, members: list[Message], reason: str, language: str) -> Message:
    """One message for a source's new plans (members sorted, so the id is stable)."""
    from flows.alert_content import digest_content
    from flows.alert_render import render

    members = sorted(members, key=lambda m: m.doc_id or "")
    plans = [m.content or {} for m in members]
    county = next((p.get("county") for p in plans if p.get("county")), None)
    content = digest_content(source_id, county, plans, reason)
    title, body = render(content, "text", language)
    ids = "\x1f".join(m.doc_id or "" for m in members)
    first = members[0]
    return Message(
        kind="digest",
        title=title,
        body=body,
        doc_id=first.doc_id,  # the commit gate: the run's documents commit together
        source_id=source_id,
        key=f"{source_id}|{hashlib.sha256(ids.encode()).hexdigest()[:16]}",
        content_sha256=first.content_sha256,
        doc={"source_id": source_id, "county": county},
        content=content,
        language=language,
    )


def route(
    messages: Iterable[Message],
    rules: list[AlertRule],
    *,
    default_mode: str = "auto",
    flow: str = "nightly",
    first_crawl: Iterable[str] = (),
    language: str = "zh",
) -> list[Message]:
    """Plan messages → messages with their targets set (digests where due)."""
    first = set(first_crawl)
    per_url: dict[str, list[Message]] = defaultdict(list)
    mode_of: dict[str, str] = {}
    for msg in messages:
        for rule in rules:
            if not rule.matches(msg.doc, msg.kind):
                continue
            for url in rule.urls:
                mode_of.setdefault(url, rule.digest or default_mode)
                if msg not in per_url[url]:
                    per_url[url].append(msg)
    out: list[Message] = []
    for url, msgs in per_url.items():
        batches: dict[str, list[Message]] = defaultdict(list)
        for msg in msgs:
            sid = msg.source_id or ""
            reason = digest_reason(mode_of[url], sid, flow, first) if msg.kind in DIGESTED_KINDS else None
            if reason:
                batches[f"{sid}\x1f{reason}"].append(msg)
            else:
                out.append(_to(msg, url))
        for key, members in batches.items():
            sid, reason = key.split("\x1f")
            if len(members) < MIN_DIGEST:
                out.extend(_to(m, url) for m in members)
            else:
                out.append(_to(digest_message(sid, members, reason, language), url))
    return out


def _to(msg: Message, url: str) -> Message:
    from dataclasses import replace

    return replace(msg, targets=(url,))


def first_crawl_sources(source_ids: Iterable[str], committed: Any) -> set[str]:
    """Sources of this run with no committed document yet (`committed`: documents' source_id)."""
    have = (
        set(committed.get_column("source_id").to_list())
        if committed is not None and len(committed)
        else set()
    )
    return {s for s in source_ids if s and s not in have}
