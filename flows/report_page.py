"""The run report as one self-contained HTML page: tables and Vega-Lite charts (built with
Altair), with the Vega JavaScript embedded so the page works offline and from a file.

Every string from the warehouse is HTML-escaped; chart specs are embedded as JSON with `</`
escaped, so a document title can never end the script. Each chart reports to
`window.planwatchCharts[id]` once drawn (what the headless-browser test reads).
"""

from __future__ import annotations

import functools
import html
import json
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import polars as pl

    from flows.report_data import ReportData

CHART_WIDTH = 560
STATUS_COLOURS = {"completed": "#1a7f37", "partial": "#b7791f", "failed": "#c53030"}
OUTCOME_COLOURS = {
    "ok": "#2f855a",
    "not_modified": "#90cdf4",
    "skipped": "#a0aec0",
    "error": "#c53030",
    "blocked": "#dd6b20",
    "refused": "#805ad5",
}


@functools.cache
def vega_bundle() -> str:
    """vega + vega-lite + vega-embed as one script (from vl-convert, which ships them), cached
    on disk per vl-convert version: building it takes ~2 s."""
    import vl_convert

    vlc: Any = vl_convert  # its stubs lack __version__ and make `snippet` required
    cache = Path(tempfile.gettempdir()) / "planwatch-vega" / f"vega-embed-{vlc.__version__}.js"
    if cache.is_file():
        return cache.read_text(encoding="utf-8")
    script = str(vlc.javascript_bundle())
    cache.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(f".{id(script)}.tmp")
    tmp.write_text(script, encoding="utf-8")
    tmp.replace(cache)
    return script


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _json_for_script(spec: dict[str, Any]) -> str:
    return json.dumps(spec, ensure_ascii=False, default=str).replace("</", "<\\/").replace("<!--", "<\\!--")


# ---------------------------------------------------------------- charts (Vega-Lite via Altair)
CHARTS = {  # id → (heading, frame in ReportData.charts)
    "plans-per-week": ("每周发布的规划（按县） · Plans per county and week", "plans_per_week"),
    "targets-by-group": ("目标：按指标类别和年份 · Targets by indicator group and year", "targets_by_group"),
    "top-indicators": ("主要指标：各县对比 · Top indicators across counties", "top_indicators"),
    "fetches": ("本次抓取：各来源的请求与失败 · Fetches and failures per source", "fetches"),
}


def _chart_specs(data: ReportData) -> dict[str, tuple[str, dict[str, Any] | None, int]]:
    """id → (heading, Vega-Lite spec or None when there is nothing to draw, rows)."""
    import altair as alt

    makers = {
        "plans-per-week": _plans_chart,
        "targets-by-group": _groups_chart,
        "top-indicators": _facet_top,
        "fetches": _fetches_chart,
    }
    out: dict[str, tuple[str, dict[str, Any] | None, int]] = {}
    for cid, (heading, name) in CHARTS.items():
        frame = data.charts[name]
        out[cid] = (heading, makers[cid](alt, frame) if frame.height else None, frame.height)
    return out


def _plans_chart(alt: Any, frame: pl.DataFrame) -> dict[str, Any]:
    chart = (
        alt.Chart(frame.to_pandas())
        .mark_bar()
        .encode(
            x=alt.X("week:T", title="周 week", timeUnit="yearweek"),
            y=alt.Y("plans:Q", title="规划数 plans"),
            color=alt.Color("county:N", title="县市"),
            tooltip=["county:N", alt.Tooltip("week:T", timeUnit="yearweek"), "plans:Q"],
        )
    )
    return dict(chart.properties(width=CHART_WIDTH, height=220).to_dict())


def _groups_chart(alt: Any, frame: pl.DataFrame) -> dict[str, Any]:
    chart = (
        alt.Chart(frame.to_pandas())
        .mark_bar()
        .encode(
            x=alt.X("year:O", title="年份 year"),
            y=alt.Y("targets:Q", title="目标数 targets"),
            color=alt.Color("group:N", title="指标类别", scale=_group_scale(alt, frame)),
            tooltip=["year:O", "group:N", "targets:Q"],
        )
    )
    return dict(chart.properties(width=CHART_WIDTH, height=240).to_dict())


def _fetches_chart(alt: Any, frame: pl.DataFrame) -> dict[str, Any]:
    outcomes = alt.Scale(domain=list(OUTCOME_COLOURS), range=list(OUTCOME_COLOURS.values()))
    chart = (
        alt.Chart(frame.to_pandas())
        .mark_bar()
        .encode(
            x=alt.X("fetches:Q", title="请求数 fetches"),
            y=alt.Y("source_id:N", title=None),
            color=alt.Color("outcome:N", title="结果", scale=outcomes),
            tooltip=["source_id:N", "outcome:N", "fetches:Q"],
        )
    )
    return dict(chart.properties(width=CHART_WIDTH, height=alt.Step(22)).to_dict())


PALETTE = (
    "#4c78a8",
    "#f58518",
    "#e45756",
    "#72b7b2",
    "#54a24b",
    "#eeca3b",
    "#b279a2",
    "#ff9da6",
    "#9d755d",
    "#bab0ac",
    "#1f77b4",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#17becf",
)


def _group_scale(alt: Any, frame: pl.DataFrame) -> Any:
    """Catalogue groups in fixed colours; targets without a code in grey, last."""
    from flows.report_data import UNCODED

    groups = sorted(g for g in frame["group"].unique().to_list() if g != UNCODED)
    colours = [PALETTE[i % len(PALETTE)] for i in range(len(groups))]
    if UNCODED in frame["group"].to_list():
        groups.append(UNCODED)
        colours.append("#d3d3d3")
    return alt.Scale(domain=groups, range=colours)


def _facet_top(alt: Any, top: pl.DataFrame) -> dict[str, Any]:
    import polars as pl

    frame = top.with_columns((pl.col("indicator") + "（" + pl.col("unit") + "）").alias("label"))
    return (
        alt.Chart(frame.to_pandas())
        .mark_bar()
        .encode(
            x=alt.X("value:Q", title=None),
            y=alt.Y("county:N", title=None),
            color=alt.Color("county:N", legend=None),
            tooltip=["indicator:N", "county:N", "value:Q", "unit:N", "year:O"],
        )
        .properties(width=250, height=alt.Step(18))
        .facet(facet=alt.Facet("label:N", title=None), columns=2)
        .resolve_scale(x="independent", y="independent")
        .to_dict()
    )


# ---------------------------------------------------------------- page parts
def _verdict(data: ReportData) -> str:
    run, rep = data.run, data.report
    status = run.get("status") or rep.get("status") or "unknown"
    sources = rep.get("sources") or []
    failed = [s["source_id"] for s in sources if s.get("status") == "failed"]
    new = sum(1 for p in data.plans if p["kind"] == "new")
    changed = sum(1 for p in data.plans if p["kind"] == "changed")
    words = f"{new} 个新规划，{changed} 个规划有变化 · {new} new, {changed} changed plans"
    if failed:
        words += f"；失败来源 failed sources: {', '.join(failed)}"
    colour = STATUS_COLOURS.get(status, "#4a5568")
    return (
        f'<p class="verdict" style="border-color:{colour}"><b style="color:{colour}">{_e(status)}</b> · '
        f"{_e(words)}</p>"
    )


def _notice(plan: dict[str, Any]) -> str:
    """The 印发 notice that published a plan page (`report_data._run_plans`), under its title."""
    title = plan.get("notice_title")
    return f'<br><small class="notice">印发通知 notice: {_e(title)}</small>' if title else ""


def _plans_table(data: ReportData) -> str:
    if not data.plans:
        return "<p>本次运行没有新的或变化的规划。No new or changed plans in this run.</p>"
    rows = []
    for p in data.plans:
        start, end = p["years"]
        years = "" if not start else (str(start) if start == end or not end else f"{start}—{end}")
        rows.append(
            "<tr>"
            f"<td>{'新' if p['kind'] == 'new' else '变'}</td><td>{_e(p['county'])}</td>"
            f'<td><a href="{_e(p["url"])}">{_e(p["title"])}</a>{_notice(p)}</td>'
            f"<td>{_e(p['publish_date'])}</td><td>{_e(years)}</td>"
            f"<td class=n>{_e(p['tasks'])}</td><td class=n>{_e(p['targets'])}</td>"
            f"<td>{_e(p['first_deadline'] or '')}</td></tr>"
        )
    head = (
        "<tr><th></th><th>县市 county</th><th>规划 plan</th><th>发布 published</th><th>规划期 years</th>"
        "<th>任务 tasks</th><th>目标 targets</th><th>最早时间节点 first deadline</th></tr>"
    )
    return f'<table id="plans">{head}{"".join(rows)}</table>'


def _sources_table(data: ReportData) -> str:
    sources = data.report.get("sources") or []
    if not sources:
        return ""
    cols = ("pages_fetched", "pages_failed", "new", "updated", "unchanged", "tasks", "targets", "quarantined")
    head = (
        "<tr><th>来源 source</th><th>状态</th>"
        + "".join(f"<th>{c}</th>" for c in cols)
        + "<th>errors</th></tr>"
    )
    rows = []
    for s in sources:
        errors = s.get("errors") or []
        rows.append(
            f'<tr class="{_e(s.get("status"))}"><td>{_e(s.get("source_id"))}</td><td>{_e(s.get("status"))}</td>'
            + "".join(f"<td class=n>{_e(s.get(c, 0))}</td>" for c in cols)
            + f"<td>{_e(len(errors))}{': ' + _e(errors[0][:160]) if errors else ''}</td></tr>"
        )
    return f'<table id="sources">{head}{"".join(rows)}</table>'


def _dq_block(data: ReportData, docs_link: str | None) -> str:
    dq = data.dq
    link = f' · <a href="{_e(docs_link)}">Data Docs</a>' if docs_link else ""
    lines = [
        f"<p>{_e(dq.get('evaluated', 0))} 项检查，{_e(dq.get('failed', 0))} 项未通过，"
        f"{_e(dq.get('quarantined', 0))} 行隔离 · expectations evaluated / failed, rows quarantined{link}</p>"
    ]
    if dq.get("failures"):
        rows = "".join(
            f"<tr><td>{_e(f['table_name'])}</td><td>{_e(f['source_id'])}</td><td>{_e(f['expectation'])}</td>"
            f"<td>{_e(f['column'])}</td><td class=n>{_e(f['unexpected_count'])}</td></tr>"
            for f in dq["failures"]
        )
        lines.append(
            f"<table><tr><th>table</th><th>source</th><th>expectation</th><th>column</th>"
            f"<th>rows</th></tr>{rows}</table>"
        )
    return "".join(lines)


def _indicators_block(data: ReportData) -> str:
    ind = data.indicators
    head = (
        f"<p>指标目录 catalogue {_e(ind.get('catalogue_version'))}：本次 {_e(ind.get('targets', 0))} 个目标中 "
        f"{_e(ind.get('uncoded', 0))} 个未编码 · targets without an indicator code</p>"
    )
    if not ind.get("top_uncoded"):
        return head
    rows = "".join(
        f"<tr><td>{_e(u['indicator'])}</td><td>{_e(u['unit'])}</td><td class=n>{_e(u['n'])}</td></tr>"
        for u in ind["top_uncoded"]
    )
    return head + f'<table id="uncoded"><tr><th>indicator</th><th>unit</th><th>n</th></tr>{rows}</table>'


CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;
margin:24px auto;max-width:1240px;color:#1a202c;padding:0 16px}
h1{font-size:22px;margin-bottom:4px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #e2e8f0}
table{border-collapse:collapse;font-size:13px;margin:8px 0}td,th{border:1px solid #e2e8f0;padding:3px 8px;
text-align:left}td.n{text-align:right}tr.failed td{background:#fff5f5}.verdict{border-left:6px solid;
padding:6px 12px;background:#f7fafc}.charts{display:flex;flex-wrap:wrap;gap:24px}.chart-box{flex:1 1 560px}
.empty{color:#718096;font-style:italic}.meta{color:#4a5568;font-size:13px}
"""


def _chart_block(cid: str, heading: str, spec: dict[str, Any] | None, rows: int) -> tuple[str, str]:
    box = f'<div class="chart-box"><h3>{_e(heading)}</h3>'
    if spec is None:
        return box + f'<p class="empty" id="{cid}">暂无数据 · no data yet</p></div>', ""
    script = f"planwatchDraw({json.dumps(cid)}, {_json_for_script(spec)}, {rows});"
    return box + f'<div class="chart" id="{cid}" data-rows="{rows}"></div></div>', script


DRAW = """
window.planwatchCharts = {};
function planwatchDraw(id, spec, rows) {
  vegaEmbed('#' + id, spec, {renderer: 'svg', actions: false})
    .then(function (r) { window.planwatchCharts[id] = {ok: true, rows: rows}; })
    .catch(function (e) { window.planwatchCharts[id] = {ok: false, error: String(e)}; });
}
"""


def render_run_page(data: ReportData, docs_link: str | None = None, index_link: str = "index.html") -> str:
    """The report of one run as a complete HTML page."""
    run = data.run
    blocks, scripts = [], []
    for cid, (heading, spec, rows) in _chart_specs(data).items():
        block, script = _chart_block(cid, heading, spec, rows)
        blocks.append(block)
        if script:
            scripts.append(script)
    title = f"planwatch 运行报告 {run.get('run_id')}"
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{_e(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{CSS}</style>
<script>{vega_bundle()}</script>
</head><body>
<h1>{_e(title)}</h1>
<p class="meta">{_e(run.get("flow"))} · {_e(run.get("started_at"))} → {_e(run.get("ended_at"))} ·
<a href="{_e(index_link)}">所有运行 all runs</a></p>
{_verdict(data)}
<h2>新增和变化的规划 · New and changed plans</h2>
{_plans_table(data)}
<h2>图表 · Charts</h2>
<div class="charts">{"".join(blocks)}</div>
<h2>各来源 · Sources</h2>
{_sources_table(data)}
<h2>数据质量 · Data quality</h2>
{_dq_block(data, docs_link)}
<h2>未编码的指标 · Indicators the catalogue does not know</h2>
{_indicators_block(data)}
<script>{DRAW}{"".join(scripts)}</script>
</body></html>
"""


def render_index(runs: list[dict[str, Any]], existing: set[str]) -> str:
    """reports/index.html: every run, newest first, linking the reports that exist."""
    rows = []
    for r in runs:
        rid = r["run_id"]
        link = f'<a href="{_e(rid)}.html">{_e(rid)}</a>' if rid in existing else _e(rid)
        colour = STATUS_COLOURS.get(r.get("status") or "", "#4a5568")
        rows.append(
            f'<tr><td>{link}</td><td>{_e(r.get("flow"))}</td><td style="color:{colour}">{_e(r.get("status"))}</td>'
            f"<td>{_e(r.get('started_at'))}</td><td class=n>{_e(r.get('n_documents_new') or 0)}</td>"
            f"<td class=n>{_e(r.get('n_documents_updated') or 0)}</td><td class=n>{_e(r.get('n_errors') or 0)}</td></tr>"
        )
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>planwatch 运行报告</title><style>{CSS}</style></head>
<body><h1>planwatch 运行报告 · Run reports</h1>
<table id="runs"><tr><th>run</th><th>flow</th><th>status</th><th>started (UTC)</th><th>new</th><th>updated</th>
<th>errors</th></tr>{"".join(rows)}</table></body></html>
"""
