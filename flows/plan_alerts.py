"""Routing plan alerts to their targets, and digests instead of floods.

`route` applies the alert rules to this run's plan messages and returns one message per target
(its `targets` set). When a source is crawled for the first time, or backfilled, its new plans
would otherwise arrive as one message per historical notice: for those sources a target gets one
digest per source instead (`alert_digest`: auto, the default; `always`: a digest per source
every run; `never`: one message per plan). A rule's own `digest` key overrides the setting.

A digest is exactly-once like any alert: its id hashes the sorted documents it lists, and it is
held back (by the outbox's commit gate) until the load has committed its first document.

`fold_linked` runs first: one alert per plan when a short 印发 notice and the plan page it links
(`documents.plan_pages`, `extract.linked`) are two documents. The plan page's alert carries the
notice (title, URL, 文号, date) and the notice gets none of its own; a notice whose linked pages
are not plans (or not fetched yet) alerts as before, and a plan page arriving after its notice
alerted as a plan on its own adds no second alert.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
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
    return replace(msg, targets=(url,))


def first_crawl_sources(source_ids: Iterable[str], committed: Any) -> set[str]:
    """Sources of this run with no committed document yet (`committed`: documents' source_id)."""
    have = (
        set(committed.get_column("source_id").to_list())
        if committed is not None and len(committed)
        else set()
    )
    return {s for s in source_ids if s and s not in have}


# ---------------------------------------------------------------- a notice and its plan page
FOLDED_KINDS = ("new_plan", "new_notice")  # a notice's own alerts that its plan page's alert replaces
NOTICE_COLUMNS = (
    "doc_id",
    "source",
    "title",
    "doc_number",
    "publish_date",
    "issuer",
    "is_plan",
    "plan_pages",
)


def plan_page_ids(doc: dict[str, Any]) -> list[str]:
    """The doc ids of the pages a notice links to as its plan (`documents.plan_pages`)."""
    from transform.document import make_doc_id

    own = doc.get("doc_id")
    ids = (make_doc_id(url, url) for url in doc.get("plan_pages") or ())
    return list(dict.fromkeys(i for i in ids if i != own))


class Linked:
    """Which notice links which plan page, over this run's documents and the committed ones
    (the run's version of a document wins)."""

    def __init__(self, run_docs: Iterable[dict[str, Any]], committed: Iterable[dict[str, Any]]) -> None:
        self.run = {d["doc_id"]: d for d in run_docs}
        self.known = {d["doc_id"]: d for d in committed}
        self.pages: dict[str, list[str]] = {}  # notice -> the plan pages it links
        self.notices: dict[str, list[str]] = defaultdict(list)  # plan page -> the notices linking it
        for did, doc in {**self.known, **self.run}.items():
            if pages := plan_page_ids(doc):
                self.pages[did] = pages
                for page in pages:
                    self.notices[page].append(did)

    def doc(self, doc_id: str) -> dict[str, Any]:
        return self.run.get(doc_id) or self.known.get(doc_id) or {}

    def is_plan(self, doc_id: str) -> bool:
        return bool(self.doc(doc_id).get("is_plan"))

    def folded(self, notices: Iterable[str]) -> set[str]:
        """The notices whose alert the plan page they link replaces: a page that is a plan (in
        this run, or committed: alerted before) and is not itself folded into another (two
        plans that link each other keep one alert, never none)."""
        out: set[str] = set()
        order = sorted(set(notices), key=lambda n: (str(self.doc(n).get("publish_date") or ""), n))
        for notice in order:
            if any(self.is_plan(p) and p not in out for p in self.pages.get(notice, ())):
                out.add(notice)
        return out

    def notice_of(self, page: str) -> str | None:
        """The notice a plan page is published by: one of this run first, then the earliest."""
        notices = self.notices.get(page) or []
        return min(
            notices,
            key=lambda n: (n not in self.run, str(self.doc(n).get("publish_date") or ""), n),
            default=None,
        )

    def stood_for_its_plan(self, notice: str, page: str) -> bool:
        """A notice of an earlier run alerted as a plan of its own: it was a plan and none of the
        other pages it links was a plan then (its alert was not folded into theirs)."""
        if notice in self.run or not self.known.get(notice, {}).get("is_plan"):
            return False
        others = [p for p in self.pages.get(notice, ()) if p != page]
        return not any(p in self.known and self.known[p].get("is_plan") for p in others)


def fold_linked(
    messages: Iterable[Message], docs: Any, committed: Any, language: str = "zh"
) -> list[Message]:
    """`fold_rows` on frames: this run's documents and the committed documents of its sources
    (`NOTICE_COLUMNS`; only the notices and the plan pages they link are used)."""
    import polars as pl

    pages = (docs.select("doc_id", "plan_pages"), committed.select("doc_id", "plan_pages"))
    linked = {
        p for f in pages for r in f.drop_nulls("plan_pages").iter_rows(named=True) for p in plan_page_ids(r)
    }
    committed = committed.filter(
        pl.col("plan_pages").list.len().fill_null(0).gt(0) | pl.col("doc_id").is_in(sorted(linked))
    )
    run_docs = docs.select(NOTICE_COLUMNS).to_dicts()
    return fold_rows(messages, run_docs, committed.select(NOTICE_COLUMNS).to_dicts(), language)


def fold_rows(
    messages: Iterable[Message],
    run_docs: Iterable[dict[str, Any]],
    committed: Iterable[dict[str, Any]],
    language: str = "zh",
) -> list[Message]:
    """One alert per plan for a notice and the plan page it links (before routing).

    - a new notice whose linked page is a plan (in this run, or committed before) gets no alert
      of its own: the plan page's carries it;
    - a new or changed plan page carries its notice (`content["notice"]`: title, URL, 文号, date);
    - a new plan page whose notice, in an earlier run, alerted as a plan on its own (the page
      failed or was deferred then) gets none: that alert stood for the plan.
    A notice whose linked pages are not plans, or not fetched yet, alerts as before.
    """
    messages = list(messages)
    links = Linked(run_docs, committed)
    folded = links.folded(m.doc_id or "" for m in messages if m.kind in FOLDED_KINDS)
    out: list[Message] = []
    for msg in messages:
        did = msg.doc_id or ""
        if msg.kind in FOLDED_KINDS and did in folded:
            continue
        notice = links.notice_of(did) if msg.kind in ("new_plan", "changed_plan") else None
        if notice is not None:
            if msg.kind == "new_plan" and links.stood_for_its_plan(notice, did):
                continue
            msg = with_notice(msg, links.doc(notice), language)
        out.append(msg)
    return out


def with_notice(msg: Message, notice: dict[str, Any], language: str) -> Message:
    """The plan page's message, carrying the notice that publishes it (re-rendered)."""
    from flows.alert_content import notice_content
    from flows.alert_render import render

    content = {**(msg.content or {}), "notice": notice_content(notice)}
    title, body = render(content, "text", language)
    doc = {**msg.doc, "notice_title": notice.get("title")}
    return replace(msg, title=title, body=body, content=content, doc=doc)
