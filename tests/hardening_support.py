"""Shared helpers of the hardening suites (faults, crashes, abuse) and their benchmarks.

Everything here drives the real components: a replay portal on 127.0.0.1 (`testbed.replay`),
the real HTTP client and crawler, the raw archive, the real Delta warehouse, the real webhook
receiver (`testbed.webhook`). Nothing is mocked.
"""
from __future__ import annotations

import os
import random
import re
import shutil
import socket
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SITE = "hanweb_chengwu"
SOURCE_ID = "chengwu"

# Every fault mode of the replay portal a night can meet, with parameters that keep a test short:
# timeouts come from a `slow` answer longer than the client's timeout, `huge` from a body larger
# than the client's size cap. Weights: how often each is drawn relative to the others.
FAULT_MIX: tuple[tuple[str, dict[str, Any], float], ...] = (
    ("5xx", {"status": 503}, 3.0),
    ("5xx", {"status": 502}, 1.0),
    ("429", {"retry_after": 0}, 1.5),
    ("429", {"retry_after": 1}, 0.3),
    ("slow", {"delay_s": 1.2}, 0.6),           # past the 0.5 s timeout of `fault_settings`
    ("reset", {}, 2.0),
    ("truncate", {}, 2.0),
    ("wrong_charset", {}, 1.0),
    ("redirect_loop", {}, 1.0),
    ("waf_412", {}, 0.7),
    ("waf_521", {}, 0.7),
    ("waf_200", {"kind": "rs"}, 0.5),
    ("huge", {"size": 3 << 20}, 0.4),          # past the 2 MiB cap of `fault_settings`
    ("gzip_bomb", {"size": 16 << 20}, 0.3),
    # hostile portals (issue 11): a night must shrug these off
    ("slowloris", {"phase": "body", "interval_s": 0.2, "duration_s": 3.0}, 0.2),     # past the fetch budget
    ("slowloris", {"phase": "headers", "interval_s": 0.2, "duration_s": 3.0}, 0.2),
    ("unclosed_tags", {"n": 20000}, 0.5),
    ("deep_nesting", {"depth": 50000}, 0.3),
    ("link_flood", {"n": 300}, 0.3),
)
# Hostile modes a list page may get in a retryable-only campaign: they add to a good answer.
LIST_SAFE = ("unclosed_tags", "link_flood")
ROBOTS_RULE = ("huge_robots", {"size": 1 << 20})                 # every robots.txt: 1 MiB, rules first
MAX_BYTES = 2 << 20
FETCH_BUDGET_S = 1.0       # per exchange (headers and body): a slowloris answer ends here
NIGHT_BUDGET_S = 900.0     # the whole crawl of a campaign night


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# ------------------------------------------------------------------ sites

def grow_site(dest: Path, n_new: int, *, plans: int = 3, site: str = SITE, seed: int = 0) -> Path:
    """A writable copy of a sample site with `n_new` more notices spread over its lists."""
    from testbed.sites import add_notices, copy_site, site_config

    path = copy_site(site, dest)
    cfg = site_config(path)
    groups = (cfg.get("hanweb", {}).get("column") or cfg.get("trs", {}).get("channel")
              or cfg.get("jact", {}).get("list") or [None])
    n_lists = len(groups)
    per = [n_new // n_lists + (1 if i < n_new % n_lists else 0) for i in range(n_lists)]
    per_plans = [plans // n_lists + (1 if i < plans % n_lists else 0) for i in range(n_lists)]
    for i, (n, p) in enumerate(zip(per, per_plans, strict=True)):
        if n:
            add_notices(path, n, seed=seed + i, plans=min(p, n), list_index=i)
    return path


def write_sources(path: Path, servers: dict[str, Any], site_dirs: dict[str, Path]) -> Path:
    """sources.toml for replay servers `{site_name: ReplayServer}` (min_interval 0: loopback)."""
    from testbed.sites import sources_toml

    text = sources_toml({k: s.base_url for k, s in servers.items()}, site_dirs=site_dirs,
                        min_interval_s=0.0)
    path.write_text(text, encoding="utf-8")
    return path


def expected_urls(site_dir: Path, base_url: str) -> set[str]:
    from testbed.sites import expected_documents

    return {base_url + p for p in expected_documents(site_dir)}


# ------------------------------------------------------------------ faults

RETRYABLE = ("5xx", "429", "slow", "reset", "truncate")  # faults the client's retries can fix


def fault_rules(probability: float, seed: int, *, pattern: str = r"^/(art/|col/|module/)",
                lists: str = "all") -> list:
    """One rule per fault mode, each firing with its share of `probability` (seeded).

    The replay portal applies the first rule that fires, so the overall fault rate per request is
    close to `probability`; the draw is seeded, so a campaign is reproducible.
    lists="retryable": list pages (`/col/`, `dataproxy.jsp`) get only faults a retry can fix, so
    the faulty night pages through the whole site (a WAF page or a redirect loop on a list page
    rightly ends that night's paging, which would cap the number of fetches of a big campaign).
    """
    from testbed.faults import FaultRule

    robots = [FaultRule(r"^/robots\.txt$", ROBOTS_RULE[0], **ROBOTS_RULE[1])]
    if lists == "retryable":
        return robots + (_chain(r"^/art/", probability, seed, FAULT_MIX)
                         + _chain(r"^/(col/|module/)", probability, seed + 500,
                                  tuple(f for f in FAULT_MIX if f[0] in RETRYABLE + LIST_SAFE)))
    return robots + _chain(pattern, probability, seed, FAULT_MIX)


def _chain(pattern: str, probability: float, seed: int, mix: tuple) -> list:
    from testbed.faults import FaultRule

    total = sum(w for _, _, w in mix)
    rules = []
    remaining = 1.0
    for i, (mode, params, weight) in enumerate(mix):
        share = probability * weight / total
        # conditional probability so that the first-match chain gives each mode its share
        p = min(1.0, share / remaining) if remaining > 0 else 0.0
        remaining -= share
        rules.append(FaultRule(pattern, mode, probability=p, seed=seed * 1000 + i, **params))
    return rules


def fault_settings(warehouse: Path, sources: Path, alerts: Iterable[str] = (), **over: Any) -> Any:
    """Settings for a fault campaign: short timeouts and backoff, a 2 MiB cap, no politeness wait."""
    from planwatch.settings import Settings

    # alert_digest never: the campaign counts one message per plan (digests: test_flows_alert_digests)
    values = dict(warehouse=str(warehouse), sources=str(sources), alert=list(alerts),
                  min_interval_s=0.0, http_timeout_s=0.5, http_retries=3, http_backoff_s=0.01,
                  http_backoff_max_s=2.0, max_bytes=MAX_BYTES, alert_digest="never",
                  fetch_budget_s=FETCH_BUDGET_S, night_budget_s=NIGHT_BUDGET_S,
                  source_budget_s=NIGHT_BUDGET_S, max_new_links=100_000)
    values.update(over)
    return Settings.of(**values)


@dataclass
class FaultTally:
    """What the replay portal saw and what the crawler recorded."""

    requests: int = 0
    faults: Counter = field(default_factory=Counter)
    by_status: Counter = field(default_factory=Counter)

    @property
    def n_faults(self) -> int:
        return sum(self.faults.values())


def tally(server: Any) -> FaultTally:
    out = FaultTally()
    for r in server.requests:
        out.requests += 1
        out.by_status[r.status] += 1
        if r.fault:
            out.faults[r.fault] += 1
    return out


# ------------------------------------------------------------------ warehouse checks

CONTENT = ("documents", "tasks", "task_units", "targets")


def duplicates(wh: Any) -> dict[str, int]:
    """Rows sharing a key, per table (contract keys), plus documents sharing a source URL."""
    from warehouse.contract import TABLES, table

    out: dict[str, int] = {}
    for name in TABLES:
        frame = wh.read(name)
        key = list(table(name).key)
        out[name] = frame.height - frame.unique(subset=key).height
    docs = wh.read("documents")
    out["documents.source"] = docs.height - docs["source"].n_unique() if docs.height else 0
    return out


def snapshot(wh: Any, as_of: Any = None) -> dict[str, list[tuple]]:
    """Every table as sorted rows (keys only for the big ones) — to compare states exactly."""
    from warehouse.contract import TABLES, table

    out = {}
    for name in TABLES:
        frame = wh.read(name, as_of=as_of)
        key = list(table(name).key)
        cols = key if name in ("pages", "dq_results", "alerts") else \
            [c for c in frame.columns if frame.schema[c].__class__.__name__ not in ("List", "Struct")]
        out[name] = sorted(tuple(str(v) for v in row) for row in frame.select(cols).iter_rows())
    return out


# ------------------------------------------------------------------ alerts at the receiver

_URL_LINE = re.compile(r"^(?:URL: |链接：)(\S+)", re.M)


def alerted_urls(messages: list[dict]) -> list[str]:
    """Document URLs named by plan alerts a webhook received: the structured `plan.url` of a
    json:// payload, every plan of a digest, else the URL line of the text."""
    out = []
    for m in messages:
        if isinstance(m.get("plan"), dict):
            out.append(m["plan"].get("url"))
        elif isinstance(m.get("digest"), dict):
            out.extend(p.get("url") for p in m["digest"].get("plans", []))
        else:
            out.extend(_URL_LINE.findall(str(m.get("message", "")))[:1])
    return out


def plan_urls(wh: Any) -> set[str]:
    import polars as pl

    docs = wh.read("documents")
    return set(docs.filter(pl.col("is_plan"))["source"].to_list())


# ------------------------------------------------------------------ child processes

def crawl_command(settings: Any, *extra: str) -> list[str]:
    """`planwatch crawl` for these settings, as a fresh interpreter (spawned, not forked)."""
    cmd = [sys.executable, "-m", "planwatch.cli", "crawl", "--sources", settings.crawl.sources,
           "--warehouse", settings.store.root,
           "--min-interval-s", str(settings.http.min_interval_s),
           "--http-retries", str(settings.http.retries),
           "--http-timeout-s", str(settings.http.timeout_s)]
    for url in settings.alerts.urls:
        cmd += ["--alert", url]
    return cmd + list(extra)


def child_env(api_url: str | None, crash_at: str | None = None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLANWATCH_")}
    if api_url:
        env["PREFECT_API_URL"] = api_url
    if crash_at:
        env["PLANWATCH_CRASH_AT"] = crash_at
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    env.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    env.update(extra)
    return env


def start_child(cmd: list[str], env: dict[str, str], log_path: Path) -> subprocess.Popen:
    fh = open(log_path, "wb")  # closed by the OS when the child ends
    return subprocess.Popen(cmd, env=env, cwd=REPO, stdout=fh, stderr=subprocess.STDOUT)


def copy_tree(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst, symlinks=True)
    return dst


def seeded(seed: int) -> random.Random:
    return random.Random(seed)


# ------------------------------------------------------------------ the fault campaign

@dataclass
class Campaign:
    """Figures of one fault campaign (a faulty night, then at most one follow-up night)."""

    fetches: int = 0                 # HTTP requests the portal answered (or reset), all nights
    fetches_faulty_night: int = 0
    faults: Counter = field(default_factory=Counter)
    retries: int = 0                 # extra attempts inside the client (attempts - 1 per page)
    failed_pages_first: int = 0      # pages left failed (error/blocked) by the faulty night
    follow_up_runs: int = 0
    documents_expected: int = 0
    documents_stored: int = 0
    documents_missing: list[str] = field(default_factory=list)
    documents_unexpected: list[str] = field(default_factory=list)
    duplicates: dict[str, int] = field(default_factory=dict)
    alerts_expected: int = 0
    alerts_sent: int = 0             # messages the webhook receiver got
    alerts_repeated: int = 0
    alerts_missing: list[str] = field(default_factory=list)
    garbled_documents: int = 0       # bodies holding U+FFFD (a charset lie that won)
    seconds: float = 0.0
    faulty_night_seconds: float = 0.0
    timed_out_sources: int = 0       # sources that hit their (or the night's) time budget

    def rows(self, name: str = "faults") -> list[dict]:
        r = lambda m, v, u="", goal="", ok=None: {"benchmark": name, "measure": m, "value": v,  # noqa: E731
                                                   "unit": u, "goal": goal, "ok": ok}
        return [
            r("fetches (faulty night)", self.fetches_faulty_night, "requests", ">= 1000",
              self.fetches_faulty_night >= 1000),
            r("fetches (all nights)", self.fetches, "requests"),
            r("faults met", sum(self.faults.values()), "responses"),
            r("fault modes met", len(self.faults), "modes"),
            r("retries inside the client", self.retries, "requests"),
            r("pages failed after the faulty night", self.failed_pages_first, "pages"),
            r("follow-up nights needed", self.follow_up_runs, "runs", "<= 1", self.follow_up_runs <= 1),
            r("documents expected", self.documents_expected, "docs"),
            r("documents stored", self.documents_stored, "docs", "= expected",
              self.documents_stored == self.documents_expected and not self.documents_missing),
            r("duplicate rows (all tables)", sum(self.duplicates.values()), "rows", "0",
              sum(self.duplicates.values()) == 0),
            r("alerts expected", self.alerts_expected, "alerts"),
            r("alerts received", self.alerts_sent, "alerts", "= expected",
              self.alerts_sent == self.alerts_expected and not self.alerts_missing),
            r("alerts repeated", self.alerts_repeated, "alerts", "0", self.alerts_repeated == 0),
            r("garbled documents (U+FFFD)", self.garbled_documents, "docs", "0", self.garbled_documents == 0),
            r("faulty night wall time", round(self.faulty_night_seconds, 1), "s", f"< {NIGHT_BUDGET_S:.0f} budget",
              self.faulty_night_seconds < NIGHT_BUDGET_S and self.timed_out_sources == 0),
            r("campaign wall time", round(self.seconds, 1), "s"),
        ]


def run_fault_campaign(work: Path, *, n_new: int, plans: int, probability: float, seed: int,
                       night: Any, max_follow_ups: int = 1, lists: str = "all") -> Campaign:
    """A grown site behind a faulty replay portal; one faulty night, then follow-up nights with
    the faults off until every document is stored (at most `max_follow_ups`).

    `night(settings) -> report` runs one nightly run (the real Prefect flow in the tests and the
    benchmark). Alerts go through Apprise to a real webhook receiver on 127.0.0.1.
    """
    import time

    import polars as pl

    from testbed.replay import ReplayServer
    from testbed.webhook import WebhookReceiver
    from warehouse.store import Warehouse

    t0 = time.perf_counter()
    out = Campaign()
    site = grow_site(work / "site", n_new, plans=plans, seed=seed)
    rules = fault_rules(probability, seed, lists=lists)
    with ReplayServer(site, faults=rules) as srv, WebhookReceiver() as hook:
        sources = write_sources(work / "sources.toml", {SITE: srv}, {SITE: site})
        settings = fault_settings(work / "wh", sources, [hook.apprise_url])
        expected = expected_urls(site, srv.base_url)
        out.documents_expected = len(expected)
        t_night = time.perf_counter()
        report = night(settings)
        out.faulty_night_seconds = time.perf_counter() - t_night
        out.timed_out_sources = sum(1 for s in report.get("sources", [])
                                    if any("timed out" in e for e in s.get("errors", [])))
        seen = tally(srv)
        out.fetches_faulty_night = seen.requests
        out.faults = seen.faults
        wh = Warehouse.open(settings.store)
        pages = wh.read("pages")
        latest = pages.sort("fetched_at").unique(subset=["url"], keep="last")
        out.failed_pages_first = latest.filter(pl.col("outcome").is_in(["error", "blocked"])).height
        srv.set_faults([])
        stored = set(wh.read("documents")["source"].to_list())
        while stored != expected and out.follow_up_runs < max_follow_ups:
            out.follow_up_runs += 1
            night(settings)
            stored = set(wh.read("documents")["source"].to_list())
        out.fetches = len(srv.requests)
        pages = wh.read("pages")
        out.retries = int(pages.select((pl.col("attempts").fill_null(0) - 1).clip(lower_bound=0).sum()).item())
        docs = wh.read("documents")
        out.documents_stored = docs.height
        out.documents_missing = sorted(expected - stored)
        out.documents_unexpected = sorted(stored - expected)
        out.duplicates = duplicates(wh)
        out.garbled_documents = docs.filter(
            pl.col("body_text").fill_null("").str.contains("\ufffd", literal=True)
            | pl.col("title").fill_null("").str.contains("\ufffd", literal=True)).height
        plans_now = plan_urls(wh)
        out.alerts_expected = len(plans_now)
        hook.wait_for(len(plans_now), timeout=10)
        got = alerted_urls(hook.messages)
        out.alerts_sent = len(hook.messages)
        out.alerts_repeated = len(got) - len(set(got))
        out.alerts_missing = sorted(plans_now - set(got))
    out.seconds = time.perf_counter() - t0
    return out
