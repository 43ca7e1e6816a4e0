"""The replay portal over real HTTP: static files, conditional GET, robots, Hanweb dataproxy paging, GBK."""
from __future__ import annotations

import re
from html import unescape

import pytest
import requests

from testbed import sites
from testbed.replay import ReplayServer
from testbed.sites import render

CHENGWU = "hanweb_chengwu"


@pytest.fixture(scope="module")
def hanweb():
    with ReplayServer(sites.site_path(CHENGWU)) as srv:
        yield srv


@pytest.fixture(scope="module")
def trs():
    with ReplayServer(sites.site_path("trs_zhangxi")) as srv:
        yield srv


def _form(site_dir, columnid: int, **over) -> dict:
    cfg = sites.site_config(site_dir)
    col = next(c for c in cfg["hanweb"]["column"] if c["columnid"] == columnid)
    form = {"col": 1, "appid": 1, "webid": cfg["hanweb"]["webid"], "path": "/", "columnid": columnid,
            "sourceContentType": 1, "unitid": col["unitid"], "webname": cfg["hanweb"]["webname"],
            "permissiontype": 0}
    form.update(over)
    return form


def _hrefs(xml_or_html: str) -> list[str]:
    return re.findall(r'<li[^>]*>\s*<a [^>]*?href="([^"]+)"', xml_or_html)


def test_base_url_and_request_log(hanweb):
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", hanweb.base_url)
    hanweb.reset_log()
    r = requests.get(hanweb.base_url + "/col/col39876/index.html?x=1", timeout=5)
    assert r.status_code == 200 and "text/html" in r.headers["Content-Type"]
    r404 = requests.get(hanweb.base_url + "/nope.html", timeout=5)
    assert r404.status_code == 404
    log = hanweb.requests
    assert [(e.method, e.path, e.query, e.status, e.fault) for e in log] == [
        ("GET", "/col/col39876/index.html", "x=1", 200, None), ("GET", "/nope.html", "", 404, None)]
    assert log[0].bytes == len(r.content)
    hanweb.reset_log()
    assert hanweb.requests == []


def test_path_traversal_is_refused(hanweb):
    r = requests.get(hanweb.base_url + "/../site.toml", timeout=5)
    assert r.status_code == 404
    r = requests.get(hanweb.base_url + "/%2e%2e/site.toml", timeout=5)
    assert r.status_code == 404


def test_conditional_get_etag_and_last_modified(hanweb):
    url = hanweb.base_url + "/art/2023/7/31/art_39880_10276002.html"
    first = requests.get(url, timeout=5)
    etag, lm = first.headers["ETag"], first.headers["Last-Modified"]
    assert first.status_code == 200 and etag and lm
    by_etag = requests.get(url, headers={"If-None-Match": etag}, timeout=5)
    assert by_etag.status_code == 304 and by_etag.content == b""
    assert by_etag.headers["ETag"] == etag
    by_date = requests.get(url, headers={"If-Modified-Since": lm}, timeout=5)
    assert by_date.status_code == 304
    stale = requests.get(url, headers={"If-None-Match": '"other"'}, timeout=5)
    assert stale.status_code == 200 and stale.content == first.content
    old = requests.get(url, headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"}, timeout=5)
    assert old.status_code == 200


def test_robots_txt(hanweb):
    r = requests.get(hanweb.base_url + "/robots.txt", timeout=5)
    assert r.status_code == 200 and "User-agent: *" in r.text and "Disallow: /manage/" in r.text
    assert "dataproxy" not in r.text  # paging must stay allowed


def test_column_page_embeds_first_page_consistent_with_records(hanweb):
    site = sites.site_path(CHENGWU)
    records = render.load_records(site / "data" / "col39876.json")
    page = requests.get(hanweb.base_url + "/col/col39876/index.html", timeout=5).text
    store = re.search(r'<script type="text/xml">(.*?)</script>', page, re.S).group(1)
    assert "<datastore>" in store and "unitid=65432" in store
    assert [unescape(h) for h in _hrefs(store)] == [r["path"] for r in records[:15]]
    titles = re.findall(r'<li><a href="[^"]+" title="([^"]+)"', store)
    assert [unescape(t) for t in titles] == [r["title"] for r in records[:15]]
    assert f"totalRecord:{len(records)}" in page


@pytest.mark.parametrize("perpage,group", [(15, 1), (15, 3), (10, 2)])
def test_dataproxy_paging_returns_every_record_once(hanweb, perpage, group):
    site = sites.site_path(CHENGWU)
    records = render.load_records(site / "data" / "col39876.json")
    seen, start = [], 1
    while True:
        end = start + perpage * group - 1
        r = requests.post(hanweb.base_url + f"/module/web/jpage/dataproxy.jsp?startrecord={start}"
                          f"&endrecord={end}&perpage={perpage}", data=_form(site, 39876), timeout=5)
        assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/xml")
        assert f"<totalrecord>{len(records)}</totalrecord>" in r.text
        assert f"<totalpage>{-(-len(records) // perpage)}</totalpage>" in r.text
        got = [unescape(h) for h in _hrefs(r.text)]
        if not got:
            break
        seen += got
        start = end + 1
    assert seen == [r["path"] for r in records]
    assert len(set(seen)) == len(seen) >= 31


def test_dataproxy_checks_column_unit_and_web(hanweb):
    site = sites.site_path(CHENGWU)
    url = hanweb.base_url + "/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=45&perpage=15"
    ok = requests.post(url, data=_form(site, 39876), timeout=5)
    assert len(_hrefs(ok.text)) == len(render.load_records(site / "data" / "col39876.json"))
    wrong_unit = requests.post(url, data=_form(site, 39876, unitid=65437), timeout=5)
    assert wrong_unit.status_code == 200 and _hrefs(wrong_unit.text) == []
    assert "<totalrecord>0</totalrecord>" in wrong_unit.text
    wrong_web = requests.post(url, data=_form(site, 39876, webid=99), timeout=5)
    assert _hrefs(wrong_web.text) == []
    unknown = requests.post(url, data={**_form(site, 39876), "columnid": 11111}, timeout=5)
    assert unknown.status_code == 400
    missing = requests.post(url, data={"unitid": 65432}, timeout=5)
    assert missing.status_code == 400


def test_old_dataproxy_path_on_juancheng():
    site = sites.site_path("hanweb_juancheng")
    records = render.load_records(site / "data" / "col5817.json")
    with ReplayServer(site) as srv:
        r = requests.post(srv.base_url + "/module/jslib/jquery/jpage/dataproxy.jsp?startrecord=16"
                          "&endrecord=30&perpage=15", data=_form(site, 5817), timeout=5)
    assert [unescape(h) for h in _hrefs(r.text)] == [x["path"] for x in records[15:30]]
    assert '<li class="clearfix">' in r.text and "<b>" in r.text  # portal_samples/05 item shape


def test_downfile_attachment(hanweb):
    page = requests.get(hanweb.base_url + "/col/col39876/index.html", timeout=5).text
    assert page
    site = sites.site_path(CHENGWU)
    hrefs = []
    for path in sites.expected_documents(site):
        html = (site / "www" / path.lstrip("/")).read_text(encoding="utf-8")
        hrefs += [unescape(h) for h in re.findall(r'href="(/module/download/downfile\.jsp[^"]+)"', html)]
    assert hrefs, "some Hanweb notices carry attachments"
    r = requests.get(hanweb.base_url + hrefs[0], timeout=5)
    assert r.status_code == 200 and r.headers["Content-Type"] == "application/pdf"
    assert r.content.startswith(b"%PDF") and "attachment" in r.headers["Content-Disposition"]


def test_gbk_site_bytes_decode_as_gbk(trs):
    r = requests.get(trs.base_url + "/zwgk/tzgg/index.html", timeout=5)
    assert r.status_code == 200
    assert "charset" not in r.headers["Content-Type"]  # like many GBK county servers
    with pytest.raises(UnicodeDecodeError):
        r.content.decode("utf-8")
    text = r.content.decode("gbk")
    assert "通知公告" in text and 'createPageHTML(3, 0, "index", "html")' in text
    links = re.findall(r'href="(\./\d{6}/t\d{8}_\d+\.html)"', text)
    first_page = render.load_records(sites.site_path("trs_zhangxi") / "data" / "tzgg.json")[:10]
    assert ["/zwgk/tzgg/" + h[2:] for h in links] == [r["path"] for r in first_page
                                                     if r["path"].startswith("/")]
    assert "http://www.yichun.gov.cn/" in text  # a cross-host row, as on real county lists
    detail = requests.get(trs.base_url + "/zwgk/tzgg/" + links[0][2:], timeout=5)
    body = detail.content.decode("gbk")
    assert 'class="TRS_Editor"' in body and '<meta name="contentid"' in body


def test_trs_pages_and_meta_charset_variants(trs):
    site = sites.site_path("trs_zhangxi")
    metas = set()
    for path in sites.expected_documents(site):
        raw = (site / "www" / path.lstrip("/")).read_bytes()
        raw.decode("gbk")  # every detail page is GBK
        m = re.search(rb"charset=([\w-]+)", raw[:600])
        metas.add(m.group(1).decode().lower() if m else None)
    assert {"gb2312", None, "utf-8"} <= metas  # declared, absent, and one that lies
    last = requests.get(trs.base_url + "/zwgk/tzgg/index_2.html", timeout=5).content.decode("gbk")
    assert 'createPageHTML(3, 2, "index", "html")' in last


def test_gzip_site_compresses_for_clients_that_ask():
    site = sites.site_path("hanweb_juancheng")
    path = sites.expected_documents(site)[0]
    raw = (site / "www" / path.lstrip("/")).read_bytes()
    with ReplayServer(site) as srv:
        with requests.get(srv.base_url + path, stream=True, timeout=5) as r:  # requests asks for gzip
            wire = r.raw.read(decode_content=False)
            assert r.headers["Content-Encoding"] == "gzip" and r.headers["ETag"].startswith('W/"')
            etag = r.headers["ETag"]
        import gzip
        assert gzip.decompress(wire) == raw and len(wire) < len(raw) // 2
        plain = requests.get(srv.base_url + path, headers={"Accept-Encoding": "identity"}, timeout=5)
        assert "Content-Encoding" not in plain.headers and plain.content == raw
        assert requests.get(srv.base_url + path, headers={"If-None-Match": etag},
                            timeout=5).status_code == 304


def test_broken_records_file_answers_500_and_server_survives(tmp_path):
    site = sites.copy_site(CHENGWU, tmp_path / "s")
    (site / "data" / "col39876.json").write_text("{not json", encoding="utf-8")
    with ReplayServer(site) as srv:
        r = requests.post(srv.base_url + "/module/web/jpage/dataproxy.jsp", data=_form(site, 39876), timeout=5)
        assert r.status_code == 500
        assert requests.get(srv.base_url + "/robots.txt", timeout=5).status_code == 200
        assert requests.get(srv.base_url + "/a%00b.html", timeout=5).status_code == 404
        assert [e.status for e in srv.requests] == [500, 200, 404]


def test_concurrent_clients_are_all_answered_and_logged(hanweb):
    from concurrent.futures import ThreadPoolExecutor

    site = sites.site_path(CHENGWU)
    paths = sites.expected_documents(site)[:10]
    hanweb.reset_log()

    def worker(i: int) -> list[int]:
        with requests.Session() as s:
            codes = [s.get(hanweb.base_url + p, timeout=10).status_code for p in paths]
            codes.append(s.post(hanweb.base_url + "/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=15",
                                data=_form(site, 39876), timeout=10).status_code)
            return codes

    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(worker, range(6)))
    assert all(code == 200 for codes in results for code in codes)
    log = hanweb.requests
    assert len(log) == 6 * 11 and sum(e.path.endswith("dataproxy.jsp") for e in log) == 6
