"""The docs cannot go stale: every Python and SQL snippet of the README and docs/*.md runs
against the demo's warehouse, every `planwatch sql` line of them runs through the CLI, the
README's analyst questions get the right answers, and the demo's run report draws its charts
with the demo's data in a real headless Chromium. The Prefect UI gets the run's artifacts.

Snippets run in a fresh folder holding `warehouse_data/` (a copy of the demo's warehouse) and
`exports/` (the demo's exports); the only placeholder is RUN_ID, replaced with the demo's first
run. Set PLANWATCH_UPDATE_SCREENSHOT=1 to rewrite docs/report-demo.png.
"""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
from pathlib import Path

import pytest

from conftest import REPO

pytestmark = pytest.mark.prefect
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)


def _blocks(lang: str) -> list[tuple[str, str]]:
    out = []
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        for m in FENCE.finditer(text):
            if m.group(1) == lang:
                line = text[: m.start()].count("\n") + 1
                out.append((f"{path.relative_to(REPO)}:{line}", m.group(2)))
    return out


def _sql_lines() -> list[tuple[str, str]]:
    out = []
    for where, code in _blocks("sh") + _blocks("console") + _blocks(""):
        for line in code.splitlines():
            line = line.strip().removeprefix("$ ")
            if line.startswith("planwatch sql "):
                out.append((where, line))
    return out


def _first_run(demo: Path) -> str:
    from warehouse.store import Warehouse

    return Warehouse(demo / "warehouse").history(limit=None).sort("started_at")["run_id"][0]


@pytest.fixture()
def workspace(demo_output, tmp_path, monkeypatch):
    """A folder like a user's: warehouse_data/ (a writable copy) and exports/."""
    shutil.copytree(demo_output / "warehouse", tmp_path / "warehouse_data")
    (tmp_path / "exports").symlink_to(demo_output / "exports")
    for name in [k for k in os.environ if k.startswith("PLANWATCH_") and k != "PLANWATCH_SITES_DIR"]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("where, code", _blocks("python"), ids=[w for w, _ in _blocks("python")])
def test_python_snippet_runs(workspace, demo_output, where, code):
    code = code.replace("RUN_ID", _first_run(demo_output))
    exec(compile(code, where, "exec"), {"__name__": "__snippet__"})


@pytest.mark.parametrize("where, sql", _blocks("sql"), ids=[w for w, _ in _blocks("sql")])
def test_sql_snippet_runs(workspace, where, sql):
    from warehouse.sql import query
    from warehouse.store import Warehouse

    query(Warehouse("warehouse_data"), sql)


@pytest.mark.parametrize("where, line", _sql_lines(), ids=[f"{w}:{i}" for i, (w, _) in enumerate(_sql_lines())])
def test_planwatch_sql_line_runs(workspace, demo_output, capsys, where, line):
    from planwatch.cli import main

    argv = shlex.split(line.replace("RUN_ID", _first_run(demo_output)))[1:]
    assert main(argv) == 0, capsys.readouterr().err
    assert capsys.readouterr().out.strip()


def test_readme_questions_get_the_right_answers(workspace, demo_output, capsys):
    """The README's analyst questions, one `planwatch sql` line each, answered from the demo."""
    from planwatch.cli import main
    from warehouse.store import Warehouse

    readme = [line for where, line in _sql_lines() if where.startswith("README.md")]
    assert len(readme) >= 6, "the README asks its analyst questions as planwatch sql lines"

    def ask(fragment: str) -> list[dict]:
        line = next(x for x in readme if fragment in x).replace("RUN_ID", _first_run(demo_output))
        assert main([*shlex.split(line)[1:], "--format", "json"]) == 0
        return json.loads(capsys.readouterr().out)

    output = ask("'OUTPUT_VALUE'")
    assert output and {r["unit"] for r in output} == {"亿元"}, output  # never 产值过亿元工业企业 in 家
    assert all(r["lead_canonical"] for r in output) and "鄄城县" in {r["county"] for r in output}
    grain = ask("'GRAIN_OUTPUT'")
    assert grain and len({r["county"] for r in grain}) >= 2
    assert [r["jin"] for r in grain] == sorted((r["jin"] for r in grain), reverse=True)
    per_year = ask("FROM plans GROUP BY ALL")
    wh = Warehouse(demo_output / "warehouse")
    plans = wh.read("documents").filter(wh.read("documents")["is_plan"])
    assert sum(r["plans"] for r in per_year) == plans.height
    leads = ask("role = 'lead'")
    assert leads and leads[0]["tasks"] >= leads[-1]["tasks"]
    unknown = ask("indicator_code IS NULL")
    assert unknown and all(r["n"] >= 1 for r in unknown)
    first = ask("--as-of RUN_ID")
    assert sum(r["plans"] for r in first) == plans.height - 1  # the second night added one plan


def test_report_draws_its_charts_in_a_headless_browser(demo_output, tmp_path):
    from testbed.browser import HeadlessChromium, available

    if not available():
        pytest.skip("no Chromium: run `make browser`")
    reports = demo_output / "warehouse" / "reports"
    first = reports / f"{_first_run(demo_output)}.html"
    assert (reports / "index.html").is_file() and first.is_file()
    with HeadlessChromium(width=1280) as browser:
        browser.open(first.as_uri())
        drawn = browser.wait_for("Object.keys(window.planwatchCharts || {}).length >= 4 && window.planwatchCharts")
        marks = browser.evaluate(
            "Object.fromEntries(Array.from(document.querySelectorAll('.chart')).map(c => "
            "[c.id, c.querySelectorAll('svg .role-mark path, svg .role-mark rect').length]))")
        rows = browser.evaluate("document.querySelectorAll('#plans tr').length - 1")
        first_plan = browser.evaluate("document.querySelector('#plans a').textContent")
        shot = browser.screenshot(tmp_path / "report.png")
        browser.open((reports / "index.html").as_uri())
        runs = browser.evaluate("document.querySelectorAll('#runs a').length")
    assert set(drawn) == {"plans-per-week", "targets-by-group", "top-indicators", "fetches"}
    assert all(v["ok"] for v in drawn.values()), drawn
    for cid, n in marks.items():  # one mark per data row: the charts show the demo's data
        assert n == drawn[cid]["rows"] > 0, (cid, n, drawn[cid])
    assert rows == 17 and first_plan  # the first night's plans, each linked to its portal page
    assert runs == 2 and shot.stat().st_size > 50_000
    if os.environ.get("PLANWATCH_UPDATE_SCREENSHOT"):
        shutil.copy(shot, REPO / "docs" / "report-demo.png")


def test_each_run_publishes_prefect_artifacts(demo_output):
    """Each of the demo's flow runs has its summary, sources table and report link, under the
    stable keys (other tests' runs in the same Prefect server share the keys: match by run)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from flows.reports import artifact_keys
    from warehouse.store import Warehouse

    keys = artifact_keys("nightly")
    with get_client(sync_client=True) as client:
        found = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=list(keys.values()))))
    run_ids = Warehouse(demo_output / "warehouse").history(limit=None)["run_id"].to_list()
    assert len(run_ids) == 2
    for run_id in run_ids:
        (summary,) = [a for a in found if a.key == keys["summary"] and run_id in str(a.data)]
        mine = {a.key: a for a in found if a.flow_run_id == summary.flow_run_id}
        assert set(mine) == set(keys.values())
        assert "completed" in summary.data and "成武县" in summary.data
        table = mine[keys["sources"]].data
        table = json.loads(table) if isinstance(table, str) else table
        assert {r["source_id"] for r in table} == {"chengwu", "juancheng", "zhangxi", "heze"}
        assert f"{run_id}.html" in str(mine[keys["report"]].data)
