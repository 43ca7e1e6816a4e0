"""Replay sites built from plan excerpts (`testbed.sites.corpus`): deterministic, the pages read
back to their text (tables included) with the 信息公开 fields a portal prints, and a real crawl
stores every page. The three excerpts in tests/fixtures/corpus/ were written for these tests."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import polars as pl
import pytest
from selectolax.lexbor import LexborHTMLParser

from planwatch.charset import decode
from planwatch.settings import Settings
from testbed.replay import ReplayServer
from testbed.sites import sources_toml
from testbed.sites.corpus import HANWEB, TRS, build_corpus, corpus_pages
from testbed.sites.excerpts import body_blocks, load_excerpts, text_fields
from testbed.webhook import WebhookReceiver
from tests.corpus_support import crawl_built
from transform.document import parse_document
from transform.html import extract
from transform.tables import build_tables

CORPUS = Path(__file__).parent / "fixtures" / "corpus"

# the tables of each excerpt, as rows of cells (x2's task table is printed one cell per line)
TABLES = {
    "x1": [
        [
            ["序号", "项目名称", "建设内容", "牵头单位", "完成时限"],
            ["1", "柳北线改造", "改造道路18公里", "县交通运输局", "2025年9月底前"],
            ["2", "河西桥改造", "改造危桥1座", "县交通运输局、河西镇", "2025年6月底前"],
        ]
    ],
    "x2": [
        [
            ["索 引 号", "11330000MB1234567X/2024-00031"],
            ["发布机构", "石湾镇人民政府"],
            ["成文日期", "2024年4月2日"],
        ],
        [
            ["序号", "重点任务", "责任单位", "完成时限"],
            ["1", "推广清洁取暖，全年减少CO₂排放1200吨。", "镇农业办\n镇环保所", "2024年12月底前"],
            ["2", "建成光伏发电项目3个。", "镇经发办", "2024年10月底前"],
            ["3", "改造燃煤锅炉5台。", "镇安监所", "2024年8月底前"],
        ],
    ],
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_corpus(CORPUS, tmp_path_factory.mktemp("corpus") / "sites")


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _page(built, name: str) -> tuple[str, str, str]:
    """(site, URL path, decoded HTML) of an excerpt's detail page."""
    for site, folder in built.sites.items():
        for path, n in corpus_pages(folder).items():
            if n == name:
                raw = (folder / "www" / path.lstrip("/")).read_bytes()
                return site, path, decode(raw, None).text
    raise KeyError(name)


def _plain_lines(name: str, text: str) -> list[str]:
    """The excerpt's lines outside its tables, as a reader sees them."""
    cells = {
        part for table in TABLES.get(name, []) for row in table for cell in row for part in cell.split("\n")
    }
    lines = [s for line in text.splitlines() if (s := line.strip(" \t\u3000"))]
    return [line for line in lines if "|" not in line and line not in cells]


def _cells(table) -> list[list[str]]:
    return [
        [c.text(deep=True, separator="\n", strip=True) for c in tr.css("td,th")] for tr in table.css("tr")
    ]


def test_builds_byte_identical_sites_alternating_platforms(built, tmp_path):
    again = build_corpus(CORPUS, tmp_path / "again")
    for name in (HANWEB, TRS):
        assert _files(built.sites[name]) == _files(again.sites[name])
    assert built.pages == again.pages
    assert sorted(built.pages.values()) == ["x1", "x2", "x3"]
    # name order alternates: x1, x3 on Hanweb, x2 on TRS
    assert sorted(corpus_pages(built.sites[HANWEB]).values()) == ["x1", "x3"]
    assert list(corpus_pages(built.sites[TRS]).values()) == ["x2"]


def test_pages_read_back_to_their_text_tables_included(built):
    for name in ("x1", "x2", "x3"):
        text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
        _site, path, html = _page(built, name)
        body = extract(html, "http://127.0.0.1" + path).body_text.splitlines()
        for line in _plain_lines(name, text):
            assert line in body, (name, line)
        tables = LexborHTMLParser(html).css("#zoom table")
        assert [_cells(t) for t in tables if len(t.css("tr")) > 1] == TABLES.get(name, [])


def test_trs_pages_are_gbk_with_references_for_what_gbk_lacks(built):
    _site, path, _html = _page(built, "x2")
    raw = (built.sites[TRS] / "www" / path.lstrip("/")).read_bytes()
    raw.decode("gbk")  # GBK bytes throughout
    assert b"CO&#8322;" in raw  # "₂" is not in GBK: a character reference, as GBK portals print it


def test_the_page_shows_the_fields_it_knows_and_no_others(built):
    def parsed(name: str) -> dict:
        _site, path, html = _page(built, name)
        url = "http://127.0.0.1" + path
        return build_tables([parse_document(html.encode(), source=url, url=url)])["documents"].row(
            0, named=True
        )

    x1 = parsed("x1")  # from gold/x1.json: its 文号 is printed nowhere in the text
    assert (x1["title"], x1["issuer"], x1["doc_number"], str(x1["publish_date"])[:10]) == (
        "柳川县人民政府办公室关于印发柳川县2025年农村道路提升工作方案的通知",
        "柳川县人民政府办公室",
        "柳政办发〔2025〕6号",
        "2025-03-18",
    )
    _site, _path, html = _page(built, "x2")  # no gold: the first line and the labelled lines
    assert "<strong>名称</strong>：石湾镇2024年减污降碳重点任务清单" in html
    assert "<strong>成文日期</strong>：2024-04-02" in html and "发布日期" not in html
    assert "11330000MB1234567X/2024-00031" in html.split('class="TRS_Editor"')[0]
    _site, _path, html = _page(built, "x3")  # nothing known: no block, no heading, no date
    tree = LexborHTMLParser(html)
    assert tree.css_first(".xxgk_table") is None and tree.css_first("h1") is None
    assert (
        tree.css_first('meta[name="PubDate"]') is None and tree.css_first("title").text() == "青岚县人民政府"
    )


def test_fields_and_blocks_of_a_text():
    assert text_fields(
        "标题：某县2024年工作要点\n发布日期：2024年3月5日\n| 发文字号: | 发布机构:某县政府 |"
    ) == {
        "title": "某县2024年工作要点",
        "page_date": "2024-03-05",
        "issuer": "某县政府",
    }
    # cells between "|" lines, a cell over two lines, a header-less table: rows at the serial numbers
    text = "1\n|\n修路。\n|\n甲局\n乙局\n|\n2\n|\n建桥。\n|\n丙局\n|\n说明文字"
    assert body_blocks(text) == [
        ("table", [["1", "修路。", "甲局\n乙局"], ["2", "建桥。", "丙局"]]),
        ("p", "说明文字"),
    ]
    # a text cut in a row (fewer cells than the row above): its last lines are the open cell
    cut = "1\n|\n修路。\n|\n甲局\n|\n2\n|\n建桥，年内"
    assert body_blocks(cut) == [("table", [["1", "修路。", "甲局"], ["2", "建桥，年内"]])]
    # without serial numbers the cells stay one per row; "br" keeps all lines in one block
    assert body_blocks("甲 |\n乙 |\n丙 |") == [("table", [["甲"], ["乙"], ["丙"]])]
    assert body_blocks("一、总则\n正文 |", mode="br") == [("br", ["一、总则", "正文 |"])]
    assert [e.name for e in load_excerpts(CORPUS)] == ["x1", "x2", "x3"]


def test_a_crawl_pages_both_lists_and_parses_every_page(tmp_path):
    """Fast check (no Prefect): 36 pages (the three excerpts twelve times), 18 a site, so the
    Hanweb list pages through dataproxy.jsp and the TRS list through index_1.html; every detail
    page is fetched, archived and parses to one document."""
    corpus = tmp_path / "corpus"
    (corpus / "gold").mkdir(parents=True)
    for i in range(12):
        for name in ("x1", "x2", "x3"):
            (corpus / f"{name}-{i:02d}.txt").write_bytes((CORPUS / f"{name}.txt").read_bytes())
        (corpus / "gold" / f"x1-{i:02d}.json").write_bytes((CORPUS / "gold" / "x1.json").read_bytes())
    built = build_corpus(corpus, tmp_path / "sites")
    archive, docs, asked = crawl_built(built, tmp_path)
    assert {"/module/web/jpage/dataproxy.jsp", "/zwgk/zcwj/index_1.html"} <= asked
    assert sorted(built.pages[urlsplit(d.url).path] for d in docs) == sorted(built.pages.values())
    assert len(docs) == 36
    parsed = [
        parse_document(archive.get(d.sha256), source=d.url, url=d.url, content_type=d.content_type_hint())
        for d in docs
    ]
    assert build_tables(parsed)["documents"].height == 36


@pytest.mark.prefect
@pytest.mark.slow
def test_the_nightly_flow_stores_every_page_and_alerts_the_plans(prefect_harness, built, tmp_path):
    from flows.nightly import nightly
    from flows.runner import run_flow
    from warehouse.store import Warehouse

    servers = {name: ReplayServer(folder).start() for name, folder in built.sites.items()}
    try:
        with WebhookReceiver() as hook:
            sources = tmp_path / "sources.toml"
            sources.write_text(
                sources_toml({n: s.base_url for n, s in servers.items()}, site_dirs=built.sites),
                encoding="utf-8",
            )
            settings = Settings.of(
                warehouse=str(tmp_path / "wh"),
                sources=str(sources),
                alert=[hook.apprise_url],
                min_interval_s=0.0,
                http_timeout_s=5.0,
                http_retries=0,
            )
            report = run_flow(nightly, settings)
            wh = Warehouse.open(settings.store)
            docs = wh.read("documents")
            plans = docs.filter(pl.col("is_plan"))
            # a source's first crawl sends one digest naming each of its plans; later plans one alert each
            assert report["alerts"]["failed"] == 0 and hook.wait_for(report["alerts"]["sent"])
            named = [
                u for m in hook.messages for u in re.findall(r"https?://127\.0\.0\.1:\d+/\S+", m["message"])
            ]
            alerted = set(named)
    finally:
        for srv in servers.values():
            srv.stop()
    assert all(s["status"] == "ok" for s in report["sources"])
    stored = {built.pages[urlsplit(url).path] for url in docs["source"].to_list()}
    assert stored == {"x1", "x2", "x3"} and docs.height == 3
    assert {"x1", "x2"} <= {built.pages[urlsplit(url).path] for url in plans["source"].to_list()}
    assert alerted == set(plans["source"].to_list())
    assert len(named) == len(alerted)  # each plan is named once, in one message
    assert wh.read("quarantine").height == 0
