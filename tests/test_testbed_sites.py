"""The bundled sample sites and their helpers: consistency, add_notices, sources_toml, copy_site."""
from __future__ import annotations

import re
import tomllib
from html import unescape
from pathlib import Path

import pytest
import requests

from testbed import sites
from testbed.replay import ReplayServer
from testbed.sites import render


def _page_one_paths(srv: ReplayServer, site_dir) -> list[str]:
    """Detail paths on the first list page of the site's first start path, in order."""
    start = sites.list_paths(site_dir)[0]
    raw = requests.get(srv.base_url + start, timeout=5).content
    cfg = sites.site_config(site_dir)
    if cfg["platform"] == "generic":  # jcms1 showJsContent.do: HTML inside JS strings
        js = raw.decode("utf-8").replace('\\"', '"')
        return [unescape(h) for h in re.findall(r'<li><a href="(/[^"]+)"', js)]
    if cfg["platform"] == "hanweb":
        store = re.search(r'<script type="text/xml">(.*?)</script>', raw.decode("utf-8"), re.S).group(1)
        return [unescape(h) for h in re.findall(r'<li[^>]*>\s*<a [^>]*?href="(/[^"]+)"', store)]
    base = cfg["trs"]["channel"][0]["path"]
    return [base + h[2:] for h in re.findall(r'href="(\./\d{6}/t\d{8}_\d+\.html)"', raw.decode("gbk"))]


def test_sites_listed_and_shaped():
    assert set(sites.SITES) == {"hanweb_chengwu", "hanweb_juancheng", "trs_zhangxi", "jact_heze"}
    for name in sites.SITES:
        cfg = sites.site_config(sites.site_path(name))
        assert cfg["platform"] in ("hanweb", "trs", "generic") and cfg["county"] and cfg["start_paths"]
    with pytest.raises(KeyError):
        sites.site_path("nowhere")


@pytest.mark.parametrize("name", sites.SITES)
def test_every_listed_document_is_served(name):
    site = sites.site_path(name)
    docs = sites.expected_documents(site)
    with ReplayServer(site) as srv:
        for path in docs:
            assert requests.head(srv.base_url + path, timeout=5).status_code == 200, path
        for start in sites.list_paths(site):
            assert requests.get(srv.base_url + start, timeout=5).status_code == 200


def test_site_sizes_match_the_brief():
    chengwu = sites.site_path("hanweb_chengwu")
    docs = sites.expected_documents(chengwu)
    assert len(docs) >= 2 + 20
    notices = render.load_records(chengwu / "data" / "col39876.json")
    assert len(notices) >= 31  # three list pages of 15
    assert any(not r["path"].startswith("/") for r in notices)  # an off-host link
    for path in docs:
        assert re.fullmatch(r"/art/\d{4}/[1-9]\d?/[1-9]\d?/art_\d+_\d+\.html", path)
        size = (chengwu / "www" / path.lstrip("/")).stat().st_size
        assert 60_000 <= size <= 100_000, (path, size)
    trs = sites.site_path("trs_zhangxi")
    tzgg = render.load_records(trs / "data" / "tzgg.json")
    assert len(tzgg) >= 21 and (trs / "www/zwgk/tzgg/index_2.html").is_file()
    plans = [r for f in ("tzgg", "zcwj") for r in render.load_records(trs / "data" / f"{f}.json")
             if r["kind"] == "plan"]
    assert len(plans) >= 2


def test_seed_plans_are_on_the_hanweb_sites():
    chengwu = sites.site_path("hanweb_chengwu") / "www/art/2023/7/31/art_39880_10276002.html"
    page = chengwu.read_text(encoding="utf-8")
    assert '<meta name="ArticleTitle" content="成武县人民政府办公室关于印发成武县建设绿色低碳高质量发展先行区2023年重点工作任务的通知">' in page
    assert "成政办字〔2023〕9号" in page and "113717230044875813/2023-07021" in page
    body = page.split("<!--ZJEG_RSS.content.begin-->")[1].split("<!--ZJEG_RSS.content.end-->")[0]
    assert "<p" in body and "政办字20239" in body and "81.强化督导检查" in body
    juancheng = render.load_records(sites.site_path("hanweb_juancheng") / "data" / "col5817.json")
    assert any("鄄城县深化新旧动能转换" in r["title"] for r in juancheng)


def test_copy_site_is_independent(tmp_path):
    copy = sites.copy_site("trs_zhangxi", tmp_path / "s")
    assert copy == tmp_path / "s" and (copy / "site.toml").is_file()
    inside = sites.copy_site("trs_zhangxi", tmp_path)
    assert inside == tmp_path / "trs_zhangxi"
    assert sites.expected_documents(copy) == sites.expected_documents(sites.site_path("trs_zhangxi"))


@pytest.mark.parametrize("name", ["hanweb_chengwu", "trs_zhangxi", "jact_heze"])
def test_add_notices_puts_new_ones_first(tmp_path, name):
    site = sites.copy_site(name, tmp_path / "site")
    before = sites.expected_documents(site)
    with ReplayServer(site) as srv:
        start = srv.base_url + sites.list_paths(site)[0]
        old = requests.get(start, timeout=5)
        new = sites.add_notices(site, 3, seed=5, plans=1)
        assert len(new) == 3 and not set(new) & set(before)
        assert sorted(sites.expected_documents(site)) == sorted(before + new)
        assert _page_one_paths(srv, site)[:3] == new
        for path in new:
            assert requests.get(srv.base_url + path, timeout=5).status_code == 200
        # the list changed: conditional GETs with the old validators get the new page
        for hdrs in ({"If-None-Match": old.headers.get("ETag", '"none"')},
                     {"If-Modified-Since": old.headers.get("Last-Modified", "Mon, 01 Jan 2001 00:00:00 GMT")}):
            assert requests.get(start, headers=hdrs, timeout=5).status_code == 200
        # an untouched detail page is still 304
        r = requests.get(srv.base_url + before[0], timeout=5)
        assert requests.get(srv.base_url + before[0], timeout=5,
                            headers={"If-None-Match": r.headers["ETag"]}).status_code == 304
    # the new plan is a plan
    cfg = sites.site_config(site)
    group = cfg.get("hanweb", {}).get("column") or cfg.get("trs", {}).get("channel") or cfg["jact"]["list"]
    recs = render.load_records(site / group[0]["records"])
    assert sum(r["kind"] == "plan" for r in recs[:3]) == 1


def test_add_notices_dataproxy_sees_them(tmp_path):
    site = sites.copy_site("hanweb_chengwu", tmp_path / "site")
    total = len(render.load_records(site / "data" / "col39876.json"))
    with ReplayServer(site) as srv:
        new = sites.add_notices(site, 4, seed=1, plans=0)
        form = {"col": 1, "appid": 1, "webid": 1, "path": "/", "columnid": 39876, "sourceContentType": 1,
                "unitid": 65432, "webname": "成武县人民政府", "permissiontype": 0}
        r = requests.post(srv.base_url + "/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=60"
                          "&perpage=15", data=form, timeout=5)
    assert f"<totalrecord>{total + 4}</totalrecord>" in r.text
    hrefs = [unescape(h) for h in re.findall(r'<li><a href="([^"]+)"', r.text)]
    assert hrefs[:4] == new and len(hrefs) == len(set(hrefs)) == total + 4


def test_add_notices_twice_never_repeats(tmp_path):
    site = sites.copy_site("trs_zhangxi", tmp_path / "site")
    first = sites.add_notices(site, 6, seed=0)
    second = sites.add_notices(site, 6, seed=0)
    assert not set(first) & set(second)
    recs = render.load_records(site / "data" / "tzgg.json")
    assert len({r["title"] for r in recs}) == len(recs)
    assert (site / "www/zwgk/tzgg/index_3.html").is_file()  # 34 records, 10 per page


def test_sources_toml_points_at_the_servers(tmp_path):
    copy = sites.copy_site("trs_zhangxi", tmp_path / "t")
    with ReplayServer(sites.site_path("hanweb_chengwu")) as a, ReplayServer(copy) as b:
        text = sites.sources_toml({"hanweb_chengwu": a.base_url, "zx": b.base_url},
                                  site_dirs={"zx": copy}, ids={"zx": "zhangxi_copy"})
        data = tomllib.loads(text)["source"]
        assert [s["id"] for s in data] == ["chengwu", "zhangxi_copy"]
        assert [s["platform"] for s in data] == ["hanweb", "trs"]
        assert data[0]["county"] == "成武县" and data[1]["county"] == "樟溪县"
        assert data[1]["allowed_hosts"] == [f"127.0.0.1:{b.port}"]
        assert all(s["allow_loopback"] is True and s["min_interval_s"] == 0 for s in data)
        for s in data:
            for url in s["start_urls"]:
                assert requests.get(url, timeout=5).status_code == 200


def test_sample_sites_are_built_on_demand_and_deterministic(tmp_path, monkeypatch):
    """Nothing generated is committed: the sites are built on first use into a cache folder
    keyed by the generator's hash, and two builds are byte-identical."""
    from testbed.sites import build

    monkeypatch.setenv(sites.CACHE_ENV, str(tmp_path / "cache"))
    root = sites.built_root()
    assert root.parent == tmp_path / "cache" and root.name.startswith("planwatch-sites-")
    assert sites.site_path("trs_zhangxi") == root / "trs_zhangxi"
    assert sites.built_root() == root  # the second use finds the build
    build.build_all(tmp_path / "again")
    for name in sites.SITES:
        first = sorted(p.relative_to(root / name) for p in (root / name).rglob("*") if p.is_file())
        second = sorted(p.relative_to(tmp_path / "again" / name)
                        for p in (tmp_path / "again" / name).rglob("*") if p.is_file())
        assert first == second and first, name
        for rel in first:
            assert (root / name / rel).read_bytes() == (tmp_path / "again" / name / rel).read_bytes(), rel
    assert not any(p.is_dir() and (p / "site.toml").exists() for p in Path(sites.HERE).iterdir())


def test_one_document_listed_twice_is_expected_once():
    site = sites.site_path("hanweb_chengwu")
    lists = [render.load_records(site / "data" / f) for f in ("col39876.json", "col39880.json")]
    shared = {r["path"] for r in lists[0]} & {r["path"] for r in lists[1]}
    assert shared and sites.expected_documents(site).count(next(iter(shared))) == 1


def test_add_notices_to_a_second_list_with_its_own_pager(tmp_path):
    site = sites.copy_site("trs_zhangxi", tmp_path / "site")
    new = sites.add_notices(site, 4, seed=2, plans=0, list_index=1)
    assert all(p.startswith("/zwgk/zcwj/") for p in new)
    with ReplayServer(site) as srv:
        page = requests.get(srv.base_url + "/zwgk/zcwj/index.html", timeout=5).content.decode("gbk")
    hrefs = ["/zwgk/zcwj/" + h[2:] for h in re.findall(r'href="(\./\d{6}/t\d{8}_\d+\.html)"', page)]
    assert hrefs == new  # 4 per page on this channel
    assert "var countPage=4" in page  # 13 records, 4 per page


def test_jact_shell_and_js_list_pages():
    site = sites.site_path("jact_heze")
    records = render.load_records(site / "data" / "col36246.json")
    with ReplayServer(site) as srv:
        shell = requests.get(srv.base_url + "/col/col36246/index.html", timeout=5)
        assert shell.status_code == 200 and len(shell.content) < 6000 and "/art/" not in shell.text
        assert "showJsContent.do?iid=2761" in shell.text
        seen, page = [], 1
        while True:
            r = requests.get(srv.base_url + f"/jact/front/datacall/showJsContent.do?iid=2761&page={page}",
                             timeout=5)
            assert r.status_code == 200 and "javascript" in r.headers["Content-Type"]
            js = r.text.replace('\\"', '"')
            got = re.findall(r'<li><a href="(/[^"]+)"', js)
            seen += got
            if "下一页" not in js:
                break
            assert f"page={page + 1}" in js
            page += 1
        assert seen == [x["path"] for x in records] and page == 3
        assert requests.get(srv.base_url + "/jact/front/datacall/showJsContent.do?iid=9", timeout=5).status_code == 400
    # the county site links across hosts to a notice that lives here
    chengwu = render.load_records(sites.site_path("hanweb_chengwu") / "data" / "col39876.json")
    offhost = [r["path"] for r in chengwu if r["path"].startswith("http://www.heze.gov.cn")]
    assert offhost and offhost[0].removeprefix("http://www.heze.gov.cn") in sites.expected_documents(site)


def test_sources_toml_carries_generic_config():
    with ReplayServer("jact_heze") as srv:
        (entry,) = tomllib.loads(sites.sources_toml({"jact_heze": srv.base_url}))["source"]
    assert entry["platform"] == "generic" and entry["start_urls"][0].endswith("showJsContent.do?iid=2761&page=1")
    assert re.search(entry["link_pattern"], "http://x/art/2023/9/8/art_36246_10412345.html")
    assert re.search(entry["date_pattern"], "2023-09-08").group("y") == "2023"


def test_add_notices_while_serving_never_serves_a_broken_page(tmp_path):
    import threading

    site = sites.copy_site("trs_zhangxi", tmp_path / "site")
    statuses: list[int] = []
    stop = threading.Event()
    with ReplayServer(site) as srv:
        def hammer() -> None:
            with requests.Session() as s:
                while not stop.is_set():
                    for page in ("index.html", "index_1.html", "index_2.html"):
                        r = s.get(srv.base_url + "/zwgk/tzgg/" + page, timeout=5)
                        whole = r.content.rstrip().endswith(b"</html>")
                        statuses.append(r.status_code if whole else -1)
        t = threading.Thread(target=hammer)
        t.start()
        try:
            for i in range(5):
                sites.add_notices(site, 2, seed=i, plans=0)
        finally:
            stop.set()
            t.join()
    assert statuses and set(statuses) == {200}
