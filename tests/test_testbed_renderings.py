"""The corpus harness's rendering modes (`testbed.sites.renderings`): every mode builds the same
bytes twice; each page, parsed as the crawler's archive hands it over, gives the tasks and
targets of its text; the attachment modes put the text in a file the notice links, the linked
mode on a page no list shows, which a crawl reaches from the notice. The excerpts in
tests/fixtures/corpus/ were written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.archive import RawArchive
from extract.crawl import crawl_source
from extract.http import HttpClient
from extract.sources import load_sources
from extract.state import CrawlState
from planwatch.records import AttachedFile
from testbed.replay import ReplayServer
from testbed.sites import sources_toml
from testbed.sites.corpus import SPECS, build_corpus
from testbed.sites.renderings import ALL, RENDERINGS, body_html
from tests.corpus_support import crawl_built
from transform.document import parse_document

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
ON_PAGE = [m for m, r in RENDERINGS.items() if not r.attachment and not r.linked]


def _counts(doc) -> tuple[int, int]:
    return len(doc.tasks), len(doc.targets)


@pytest.fixture(scope="module")
def texts(tmp_path_factory):
    """Tasks and targets of each excerpt's page in the default mode (x2's table printed one cell
    a line reads better from the page, whose rows the harness rebuilt, than from its text)."""
    built = build_corpus(CORPUS, tmp_path_factory.mktemp("lines"), mode="lines")
    return {name: _counts(_parse(site, path, name, raw)) for site, _f, path, name, raw in _pages(built)}


def _parse(site: str, path: str, name: str, raw: bytes, attachments=()):
    ctype = "text/html; charset=utf-8" if SPECS[site]["header_charset"] else None
    return parse_document(
        raw, source=f"{name}.html", url=f"http://x{path}", content_type=ctype, attachments=attachments
    )


def _pages(built):
    for path, name in built.pages.items():
        for site, folder in built.sites.items():
            page = folder / "www" / path.lstrip("/")
            if page.is_file():
                yield site, folder, path, name, page.read_bytes()


@pytest.fixture(scope="module")
def raw_texts():
    """Tasks and targets of each excerpt's text (what modes printing the lines as they stand give)."""
    return {
        f.stem: _counts(parse_document(f.read_bytes(), source=f.name, is_text=True))
        for f in CORPUS.glob("*.txt")
    }


@pytest.mark.parametrize("mode", ON_PAGE)
def test_every_mode_prints_the_text_the_parser_reads_back(mode, texts, raw_texts, tmp_path):
    want = raw_texts if RENDERINGS[mode].blocks in ("br", "raw") else texts
    built = build_corpus(CORPUS, tmp_path / "a", mode=mode)
    again = build_corpus(CORPUS, tmp_path / "b", mode=mode)
    for site, _folder, path, name, raw in _pages(built):
        assert (again.sites[site] / "www" / path.lstrip("/")).read_bytes() == raw
        doc = _parse(site, path, name, raw)
        assert _counts(doc) == want[name], (mode, name)
        assert doc.document["is_plan"]


def test_modes_print_what_they_say():
    blocks = [
        ("c", "示例县2025年重点任务清单"),
        ("p", "重点任务清单"),
        ("table", [["序号", "任务", "牵头单位"], ["1", "修路", "县交通局"], ["2", "建桥", "县交通局"]]),
    ]
    assert "<caption>重点任务清单</caption><thead><tr><th>序号</th>" in body_html(blocks, "thead")
    spanned = body_html(blocks, "rowspan")
    assert '<td rowspan="2">县交通局</td>' in spanned and 'colspan="3"' in spanned
    assert "class=MsoNormal" in body_html(blocks, "word") and "<o:p>" in body_html(blocks, "word")
    assert "<pre>" in body_html([("raw", ["一、目标", "1 | 修路 | 县交通局"])], "pre")
    assert len(ALL) == len(set(ALL)) >= 20


@pytest.mark.parametrize("mode", ["attach-docx", "attach-xlsx"])
def test_attachment_modes_put_the_text_in_a_linked_file(mode, texts, tmp_path):
    built = build_corpus(CORPUS, tmp_path / "s", mode=mode)
    for site, folder, path, name, raw in _pages(built):
        html = raw.decode("utf-8" if SPECS[site]["header_charset"] else "gbk")
        assert "印发给你们" in html
        fn = re.search(r"filename=(\w+\.\w+)|href=\"\./(P0\d+\.pdf)\"", html)
        assert fn, (mode, name)
        stored = folder / "attachments" / (fn[1] or "") if fn[1] else folder / "www" / path.lstrip("/")
        data = stored.read_bytes() if fn[1] else stored.parent.joinpath(fn[2]).read_bytes()
        doc = _parse(site, path, name, raw, [AttachedFile(fn[1] or fn[2], data)])
        assert len(doc.tasks) == texts[name][0], (mode, name)


def test_a_crawl_reaches_the_plan_a_notice_links_to(tmp_path, texts):
    """linked: the lists show only the notices; every plan page is fetched from its notice."""
    built = build_corpus(CORPUS, tmp_path / "sites", mode="linked")
    archive, docs, _ = crawl_built(built, tmp_path)
    by_path = {re.sub(r"^https?://[^/]+", "", d.url): d for d in docs}
    assert set(built.pages) <= set(by_path)  # every plan page, though no list links it
    assert len(docs) == 2 * len(built.pages)  # and every notice
    for path, name in built.pages.items():
        d = by_path[path]
        doc = parse_document(
            archive.get(d.sha256), source=d.url, url=d.url, content_type=d.content_type_hint()
        )
        assert _counts(doc) == texts[name]


def test_plan_pages_past_the_cap_wait_for_the_next_run(tmp_path):
    """max_new_links counts a notice's plan page like any detail page: the first run fetches the
    notice, the next run (same state) the plan page left waiting."""
    built = build_corpus(CORPUS, tmp_path / "sites", mode="linked")
    archive, state = RawArchive(tmp_path / "wh"), CrawlState()
    server = ReplayServer(built.sites["corpus_trs"]).start()
    try:
        (tmp_path / "sources.toml").write_text(
            sources_toml(
                {"corpus_trs": server.base_url}, site_dirs={"corpus_trs": built.sites["corpus_trs"]}
            ),
            encoding="utf-8",
        )
        client = HttpClient(timeout_s=5.0, retries=0, min_interval_s=0.0)
        (source,) = load_sources(tmp_path / "sources.toml")
        urls = []
        for run in ("r1", "r2"):
            crawl = crawl_source(
                source, client=client, archive=archive, state=state, run_id=run, max_new_links=1
            )
            assert crawl.ok, crawl.error
            urls.append([re.sub(r"^https?://[^/]+", "", d.url) for d in crawl.documents])
            state.update(crawl.pages)  # what the flow does with the run's pages rows
    finally:
        server.stop()
    plan = next(p for p in built.pages if p.startswith("/zwgk/"))
    assert len(urls[0]) == 1 and plan not in urls[0]
    assert urls[1] == [plan]
