"""Extraction on the crawled path: real plan excerpts served by a Hanweb and a TRS portal,
crawled by the real nightly flow, scored like `planwatch parse` on the same texts.

    python -m benchmarks corpus [--corpus DIR] [--keep DIR]
    python -m benchmarks.bench_corpus [--corpus DIR] [--gold DIR] [--mode MODE] [--keep DIR] [--diff]
    python -m benchmarks.bench_corpus --modes all|MODE,MODE… [--diff]

A mode is a way a portal prints the excerpts (`testbed.sites.renderings`: tables with thead or
rowspan, Word HTML, span runs, <pre>, fields only in <meta>, no header, other containers, a
lying charset, the text only in an attachment or on a linked page …); `--modes` crawls each in
turn and prints one line per mode: the crawl's score, documents stored, plans judged and
alerted, documents whose counts differ from `planwatch parse`, and the excerpts lost.

Steps: `testbed.sites.corpus.build_corpus` puts every `NAME.txt` of `--corpus` (default
`../shared/spec/dev`) on a detail page of `corpus_hanweb` (UTF-8) or `corpus_trs` (GBK); both
are served by `testbed.replay` on 127.0.0.1; the nightly flow (Prefect's temporary server)
crawls them into a fresh warehouse with a `testbed.webhook` receiver as the alert target. The
documents / tasks / targets tables are read back, each document's `source` renamed `NAME.html`
(the scorer matches on the file name), written as Parquet and scored with
`../shared/tools/score_extraction.py`; `planwatch parse` on the same .txt files is scored too.

Printed: the scorer's lines for the crawl, both score lines, and whether every served plan is
stored and alerted: pages served, documents stored, plans (is_plan) stored, plan alerts
received, how many plan alerts each served plan got (a plan's page and its notice, in the linked
mode, are one plan: each alert naming either counts once; the goal is one each), quarantined
rows; with `--diff`, the scorer's misses that differ per document.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from testbed.sites.renderings import ALL as RENDERING_MODES

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "spec" / "dev"
DEFAULT_SCORER = REPO.parent / "shared" / "tools" / "score_extraction.py"
SCORED_TABLES = ("documents", "tasks", "task_units", "targets")
ALERT_WAIT_S = 30.0
ALL_MODES = RENDERING_MODES
OUTPUTS = ("sites", "warehouse", "crawl", "parse", "by-site")  # what a run writes in --keep DIR


@dataclass
class Crawl:
    """What one crawl of the corpus sites gave."""

    pages: dict[str, str]  # URL path -> excerpt name (every page the lists link to)
    served: set[str] = field(default_factory=set)  # detail paths answered 200
    tables: dict[str, Any] = field(default_factory=dict)  # polars frames, source renamed
    alerted: set[str] = field(default_factory=set)  # excerpt names with a plan alert
    alerts: dict[str, int] = field(default_factory=dict)  # excerpt name -> plan alerts naming it
    notices: dict[str, str] = field(default_factory=dict)  # notice path -> excerpt (linked mode)
    quarantine: Any = None
    report: dict[str, Any] = field(default_factory=dict)


def _prefect_env(work: Path) -> None:
    """Prefect's temporary server in a private home (never the user's ~/.prefect database),
    unless a server or home is already chosen."""
    if not os.environ.get("PREFECT_API_URL") and not os.environ.get("PREFECT_HOME"):
        os.environ["PREFECT_HOME"] = str(work / "prefect-home")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from flows.runner import prefect_env

    prefect_env()


def crawl(sites: Any, work: Path, warehouse: Path) -> Crawl:
    """Serve the built sites, run the nightly flow once, read back what it stored."""
    import polars as pl

    from flows.nightly import nightly
    from flows.runner import run_flow
    from planwatch.settings import Settings
    from testbed.replay import ReplayServer
    from testbed.sites import sources_toml
    from testbed.webhook import WebhookReceiver
    from warehouse.store import Warehouse

    out = Crawl(dict(sites.pages), notices=dict(getattr(sites, "notices", {}) or {}))
    with WebhookReceiver() as hook:
        servers = {name: ReplayServer(path).start() for name, path in sites.sites.items()}
        try:
            sources = work / "sources.toml"
            text = sources_toml({n: s.base_url for n, s in servers.items()}, site_dirs=sites.sites)
            sources.write_text(text, encoding="utf-8")
            settings = Settings.of(
                warehouse=str(warehouse),
                sources=str(sources),
                alert=[hook.apprise_url],
                min_interval_s=0.0,
                http_timeout_s=10.0,
                http_retries=1,
            )
            out.report = run_flow(nightly, settings)
            for srv in servers.values():
                out.served |= {r.path for r in srv.requests if r.status == 200 and r.path in out.pages}
        finally:
            for srv in servers.values():
                srv.stop()
        wh = Warehouse.open(settings.store)
        docs = wh.read("documents")
        plans = docs.filter(pl.col("is_plan")).height
        hook.wait_for(plans, timeout=ALERT_WAIT_S)
        messages = list(hook.messages)
    names = {url: _excerpt(url, out.pages) for url in docs["source"].to_list()}
    out.tables = {name: wh.read(name) for name in SCORED_TABLES}
    urls = docs["source"].to_list()
    out.tables["documents"] = docs.with_columns(
        pl.Series("excerpt", [names[u] for u in urls], dtype=pl.Utf8),
        pl.Series("source", [f"{names[u]}.html" if names[u] else u for u in urls], dtype=pl.Utf8),
    )
    counts: dict[str, int] = defaultdict(int)
    for msg in messages:
        for names in plans_named(msg, out.pages, out.notices):
            for name in names:
                counts[name] += 1
    out.alerts = dict(counts)
    out.alerted = set(counts)
    out.quarantine = wh.read("quarantine")
    return out


_URL = re.compile(r"https?://[^\s<>\"')）]+")


def _excerpt(url: str, pages: dict[str, str]) -> str | None:
    return pages.get(urlsplit(url).path)


def plans_named(msg: dict[str, Any], pages: dict[str, str], notices: dict[str, str]) -> list[set[str]]:
    """The plans one webhook message alerts, each as the excerpt names it names: by its page's
    URL or by its notice's (a short 印发 notice of the linked mode, alone or carried by its plan
    page's alert). A digest (a source's first crawl) counts each plan it lists; a plan alert
    without JSON fields counts the URLs of its text as one plan."""
    digest = msg.get("digest") if isinstance(msg.get("digest"), dict) else None
    if digest is not None:
        entries = [p for p in digest.get("plans") or [] if isinstance(p, dict) and p.get("is_plan")]
    elif isinstance(msg.get("plan"), dict):
        entries = [msg["plan"]]
    else:
        entries = [{"urls": _URL.findall(str(msg.get("message", "")))}]
    out = []
    for entry in entries:
        notice = entry.get("notice") if isinstance(entry.get("notice"), dict) else {}
        urls = [entry.get("url"), notice.get("url"), *entry.get("urls", [])]
        names = {n for u in urls if u and (n := _excerpt(str(u), pages) or _excerpt(str(u), notices))}
        if names:
            out.append(names)
    return out


def write_tables(tables: dict[str, Any], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        frame.drop("excerpt", strict=False).write_parquet(folder / f"{name}.parquet")
    return folder


def parse_texts(corpus: Path, folder: Path, pattern: str = "*.txt") -> Path:
    """`planwatch parse --out folder corpus/<pattern>`, as a user runs it (a PDF or DOCX file is
    read as the one attachment of a document)."""
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    cmd = [
        sys.executable,
        "-m",
        "planwatch.cli",
        "parse",
        "--out",
        str(folder),
        *map(str, sorted(corpus.glob(pattern))),
    ]
    subprocess.run(cmd, check=True, env=env, cwd=REPO, capture_output=True)
    return folder


def score(scorer: Path, gold: Path, pred: Path) -> tuple[list[str], dict[str, list[str]]]:
    """The scorer's summary lines and its misses per document (`-v`)."""
    proc = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(gold), "--pred", str(pred), "-v"],
        check=True,
        capture_output=True,
        text=True,
    )
    lines = proc.stdout.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("documents found:"))
    misses: dict[str, list[str]] = defaultdict(list)
    for line in lines[:first]:
        name, _, rest = line.partition(": ")
        misses[name].append(rest)
    return lines[first:], dict(misses)


def score_line(summary: list[str]) -> str:
    return next(line for line in summary if line.startswith("score:"))


def served_plans(gold: Path, names: set[str]) -> set[str]:
    """Excerpts the gold answers make plans: numbered tasks or a target (ambiguous aside)."""
    out = set()
    for name in names:
        f = gold / f"{name}.json"
        if f.is_file():
            g = json.loads(f.read_text(encoding="utf-8"))
            if g.get("tasks") or any(not t.get("ambiguous") for t in g.get("targets", [])):
                out.add(name)
    return out


def _read_tables(folder: Path) -> dict[str, Any]:
    import polars as pl

    tables = {name: pl.read_parquet(folder / f"{name}.parquet") for name in ("documents", "tasks", "targets")}
    stems = [Path(s).stem for s in tables["documents"]["source"].to_list()]
    tables["documents"] = tables["documents"].with_columns(pl.Series("excerpt", stems, dtype=pl.Utf8))
    return tables


def _subset(tables: dict[str, Any], names: set[str]) -> dict[str, Any]:
    import polars as pl

    docs = tables["documents"].filter(pl.col("excerpt").is_in(sorted(names)))
    ids = docs["doc_id"].implode()
    return {
        "documents": docs,
        **{t: tables[t].filter(pl.col("doc_id").is_in(ids)) for t in ("tasks", "targets")},
    }


def by_site(
    sites: Any, gold: Path, scorer: Path, crawl_tables: dict[str, Any], parse_dir: Path, work: Path
) -> list[str]:
    """Both score lines on each site's excerpts (the gold subset of that site)."""
    from testbed.sites.corpus import corpus_pages

    parsed = _read_tables(parse_dir)
    out = []
    for site, folder in sites.sites.items():
        names = set(corpus_pages(folder).values())
        gold_sub = work / "by-site" / site / "gold"
        gold_sub.mkdir(parents=True, exist_ok=True)
        for name in names:
            if (gold / f"{name}.json").is_file():
                (gold_sub / f"{name}.json").write_bytes((gold / f"{name}.json").read_bytes())
        for label, tables in (("parse", parsed), ("crawl", crawl_tables)):
            pred = write_tables(_subset(tables, names), work / "by-site" / site / label)
            out.append(f"{site} ({len(names)}) {label}  {score_line(score(scorer, gold_sub, pred)[0])}")
    return out


def measures(result: Crawl, gold: Path, parse_dir: Path) -> dict[str, Any]:
    import polars as pl

    docs = result.tables["documents"].filter(pl.col("excerpt").is_not_null())
    stored = set(docs["excerpt"].to_list())
    plans = set(docs.filter(pl.col("is_plan"))["excerpt"].to_list())
    names = set(result.pages.values())
    gold_plans = served_plans(gold, names)
    parsed = _read_tables(parse_dir)["documents"]
    parse_plans = set(parsed.filter(pl.col("is_plan"))["excerpt"].to_list())
    q = result.quarantine
    return {
        "pages served": len(result.served),
        "pages listed": len(names),
        "documents stored": len(stored),
        "plans (is_plan) stored": len(plans),
        "plan alerts received": len(result.alerted),
        "plan alerts per served plan (alerts: plans)": _per_plan(result.alerts, gold_plans),
        "plans alerted more than once": sorted(n for n, k in result.alerts.items() if k > 1),
        "quarantined rows": q.height,
        "quarantined by table": dict(q.group_by("table_name").len().iter_rows()) if q.height else {},
        "served plans (gold has tasks or targets)": len(gold_plans),
        "served plans stored as plans": len(gold_plans & plans),
        "served plans alerted": len(gold_plans & result.alerted),
        "not stored": sorted(names - stored),
        "plans not judged plans": sorted(gold_plans - plans),
        "plans not alerted": sorted(gold_plans - result.alerted),
        "plans without an alert, judged plans": sorted(plans - result.alerted),
        "planwatch parse: plans (is_plan)": len(parse_plans),
        "planwatch parse: plans not judged plans": sorted(gold_plans - parse_plans),
    }


def _per_plan(alerts: dict[str, int], plans: set[str]) -> dict[int, int]:
    """How many served plans got 0, 1, 2 … plan alerts (a notice's and its plan page's count
    as two: the monitoring team wants one alert per plan)."""
    out: dict[int, int] = defaultdict(int)
    for name in plans:
        out[alerts.get(name, 0)] += 1
    return dict(sorted(out.items()))


def _per_doc(parse_dir: Path, crawl: Crawl) -> list[str]:
    """Documents whose task / target counts or is_plan differ between the two paths."""
    import polars as pl

    def counts(tables: dict[str, Any]) -> dict[str, tuple[int, int, bool]]:
        nt = dict(tables["tasks"].group_by("doc_id").len().iter_rows())
        ng = dict(tables["targets"].group_by("doc_id").len().iter_rows())
        docs = tables["documents"].filter(pl.col("excerpt").is_not_null())
        return {
            r["excerpt"]: (nt.get(r["doc_id"], 0), ng.get(r["doc_id"], 0), bool(r["is_plan"]))
            for r in docs.iter_rows(named=True)
        }

    a, b = counts(_read_tables(parse_dir)), counts(crawl.tables)
    return [
        f"  {name}: tasks, targets, is_plan: parse {a.get(name)}  crawl {b.get(name)}"
        for name in sorted(set(a) | set(b))
        if a.get(name) != b.get(name)
    ]


def run_corpus(
    corpus: Path = DEFAULT_CORPUS,
    *,
    gold: Path | None = None,
    scorer: Path = DEFAULT_SCORER,
    keep: Path | None = None,
    mode: str = "lines",
    diff: bool = False,
    echo: bool = True,
) -> dict[str, Any]:
    """Build, serve, crawl, score; print the lines (``echo``) and return the figures."""
    from testbed.sites.corpus import build_corpus

    corpus, gold = Path(corpus), Path(gold) if gold else Path(corpus) / "gold"
    say = print if echo else (lambda *a, **k: None)
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as tmp:
        work = Path(keep) if keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for old in OUTPUTS:  # a kept folder from an earlier run: start afresh (else no alert is new)
            shutil.rmtree(work / old, ignore_errors=True)
        _prefect_env(Path(tmp))
        sites = build_corpus(corpus, work / "sites", gold_dir=gold, mode=mode)
        result = crawl(sites, work, work / "warehouse")
        crawl_dir = write_tables(result.tables, work / "crawl")
        parse_dir = parse_texts(corpus, work / "parse")
        crawl_summary, crawl_misses = score(scorer, gold, crawl_dir)
        parse_summary, parse_misses = score(scorer, gold, parse_dir)
        m = measures(result, gold, parse_dir)
        sites_lines = by_site(sites, gold, scorer, result.tables, parse_dir, work)
        say(
            f"corpus {corpus} ({m['pages listed']} excerpts, body mode {mode!r}); crawled tables in {crawl_dir}"
        )
        for line in crawl_summary:
            say(line)
        say(f"parse  {score_line(parse_summary)}")
        say(f"crawl  {score_line(crawl_summary)}")
        for line in sites_lines:
            say(line)
        for key, value in m.items():
            say(f"{key}: {value}")
        per_doc = _per_doc(parse_dir, result)
        say(f"documents whose task/target counts or is_plan differ: {len(per_doc)}")
        for line in per_doc if diff else []:
            say(line)
        if diff:
            for name in sorted(set(crawl_misses) | set(parse_misses)):
                only_c = sorted(set(crawl_misses.get(name, [])) - set(parse_misses.get(name, [])))
                only_p = sorted(set(parse_misses.get(name, [])) - set(crawl_misses.get(name, [])))
                for line in only_c:
                    say(f"  crawl only  {name}: {line}")
                for line in only_p:
                    say(f"  parse only  {name}: {line}")
        if keep:
            say(f"kept: warehouse {work / 'warehouse'}, sites {work / 'sites'}, parse {parse_dir}")
        return {"measures": m, "crawl": crawl_summary, "parse": parse_summary, "per_doc": per_doc}


def _figures(line: str) -> dict[str, float]:
    """`score: tasks 0.8 lead-units 0.9 …` -> {name: value}."""
    parts = line.removeprefix("score:").split()
    return {parts[i]: float(parts[i + 1]) for i in range(0, len(parts) - 1, 2)}


def run(quick: bool = False, corpus: Path | None = None, keep: Path | None = None) -> list[dict]:
    """Rows for `python -m benchmarks` (``quick`` changes nothing: the corpus is the input)."""
    corpus = Path(corpus or DEFAULT_CORPUS)
    if not any(corpus.glob("*.txt")) or not DEFAULT_SCORER.is_file():
        return [
            {"benchmark": "corpus", "measure": "skipped", "value": f"no excerpts in {corpus} or no scorer"}
        ]
    got = run_corpus(corpus, keep=keep, echo=False)
    m = got["measures"]
    crawl, parse = _figures(score_line(got["crawl"])), _figures(score_line(got["parse"]))
    rows: list[dict] = []

    def row(measure: str, value: Any, goal: str = "", ok: bool | None = None) -> None:
        rows.append({"benchmark": "corpus", "measure": measure, "value": value, "goal": goal, "ok": ok})

    for key, value in crawl.items():
        row(f"crawled: {key} F1", value, f"parse {parse.get(key, float('nan')):.3f}")
    pages = m["pages listed"]
    row("pages served / listed", f"{m['pages served']}/{pages}", "all", m["pages served"] == pages)
    row("documents stored", m["documents stored"], f"= {pages}", m["documents stored"] == pages)
    gold_plans = m["served plans (gold has tasks or targets)"]
    row("plans (is_plan) stored", m["plans (is_plan) stored"], f"= {gold_plans} (gold)")
    alerts_ok = m["plan alerts received"] == m["plans (is_plan) stored"]
    row("plan alerts received", m["plan alerts received"], "= plans stored", alerts_ok)
    twice = len(m["plans alerted more than once"])
    row("plans alerted more than once", twice, "0", twice == 0)
    row("quarantined rows", m["quarantined rows"], "0", m["quarantined rows"] == 0)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_corpus", description=__doc__.splitlines()[0]
    )
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of NAME.txt excerpts")
    ap.add_argument("--gold", type=Path, help="folder of NAME.json answers (default: CORPUS/gold)")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="score_extraction.py")
    ap.add_argument("--keep", type=Path, help="keep the sites, warehouse and Parquet files here")
    ap.add_argument(
        "--mode",
        choices=ALL_MODES,
        default="lines",
        help="how the pages print the excerpts (testbed.sites.renderings)",
    )
    ap.add_argument(
        "--modes",
        help="a sweep: 'all' or comma-separated modes, one crawl each, one summary line per mode",
    )
    ap.add_argument(
        "--diff", action="store_true", help="list the per-document differences from planwatch parse"
    )
    a = ap.parse_args(argv)
    if a.modes:
        modes = ALL_MODES if a.modes == "all" else tuple(m.strip() for m in a.modes.split(",") if m.strip())
        unknown = [m for m in modes if m not in ALL_MODES]
        if unknown:
            ap.error(f"unknown modes {', '.join(unknown)}; known: {', '.join(ALL_MODES)}")
        sweep(modes, a.corpus, gold=a.gold, scorer=a.scorer, diff=a.diff, say=print)
        return 0
    run_corpus(a.corpus, gold=a.gold, scorer=a.scorer, keep=a.keep, mode=a.mode, diff=a.diff)
    return 0


def sweep_line(mode: str, got: dict[str, Any]) -> str:
    """One mode's summary: the crawl's score, and whether every served plan was stored, judged a
    plan and alerted (the counts short of that, and which excerpts)."""
    m = got["measures"]
    plans = m["served plans (gold has tasks or targets)"]
    lost = {
        "not stored": m["not stored"],
        "not plans": m["plans not judged plans"],
        "not alerted": m["plans not alerted"],
        "alerted more than once": m.get("plans alerted more than once", []),
    }
    losses = "; ".join(f"{k}: {','.join(v)}" for k, v in lost.items() if v)
    return (
        f"{mode:<12} crawl {score_line(got['crawl']).removeprefix('score: ')}"
        f" | stored {m['documents stored']}/{m['pages listed']} plans {m['served plans stored as plans']}/{plans}"
        f" alerted {m['served plans alerted']}/{plans}{_per_plan_text(m)} differ {len(got['per_doc'])}"
        + (f" | {losses}" if losses else "")
    )


def _per_plan_text(m: dict[str, Any]) -> str:
    """` alerts/plan 1:74 2:2` (how many served plans got each number of plan alerts)."""
    per = m.get("plan alerts per served plan (alerts: plans)")
    return " alerts/plan " + " ".join(f"{k}:{v}" for k, v in per.items()) if per else ""


def sweep(
    modes: tuple[str, ...],
    corpus: Path,
    *,
    gold: Path | None,
    scorer: Path,
    diff: bool = False,
    say: Any = None,
) -> list[str]:
    """Every mode in turn (a fresh build, serve and crawl each): its `sweep_line`, and with
    ``diff`` the documents whose counts differ from `planwatch parse`."""
    out = []
    for mode in modes:
        try:
            got = run_corpus(corpus, gold=gold, scorer=scorer, mode=mode, echo=False)
        except Exception as exc:  # one mode that cannot be built or crawled: the others still run
            out.append(f"{mode:<12} failed: {type(exc).__name__}: {exc}"[:300])
            if say:
                say(out[-1], flush=True)
            continue
        lines = [sweep_line(mode, got), *(got["per_doc"] if diff else [])]
        for line in lines if say else []:
            say(line, flush=True)
        out += lines
    return out


if __name__ == "__main__":
    sys.exit(main())
