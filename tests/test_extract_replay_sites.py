"""The bundled sample sites and their helpers: consistency, add_notices, sources_toml, copy_site."""
from __future__ import annotations

import re
import tomllib
from html import unescape

import pytest
import requests

from extract import sites
from extract.replay import ReplayServer
from extract.sites import render


def _page_one_paths(srv: ReplayServer, site_dir) -> list[str]:
    """Detail paths on the first list page of the site's first start path, in order."""
    start = sites.list_paths(site_dir)[0]
    raw = requests.get(srv.base_url + start, timeout=5).content
    cfg = sites.site_config(site_dir)
    if cfg["platform"] == "hanweb":
        store = re.search(r'<script type="text/xml">(.*?)</script>', raw.decode("utf-8"), re.S).group(1)
        return [unescape(h) for h in re.findall(r'<li><a href="(/[^"]+)"', store)]
    base = cfg["trs"]["channel"][0]["path"]
    return [base + h[2:] for h in re.findall(r'href="(\./\d{6}/t\d{8}_\d+\.html)"', raw.decode("gbk"))]


def test_sites_listed_and_shaped():
    assert set(sites.SITES) == {"hanweb_chengwu", "hanweb_juancheng", "trs_zhangxi"}
    for name in sites.SITES:
        cfg = sites.site_config(sites.site_path(name))
        assert cfg["platform"] in ("hanweb", "trs") and cfg["county"] and cfg["start_paths"]
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


@pytest.mark.parametrize("name", ["hanweb_chengwu", "trs_zhangxi"])
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
        for hdrs in ({"If-None-Match": old.headers["ETag"]},
                     {"If-Modified-Since": old.headers["Last-Modified"]}):
            assert requests.get(start, headers=hdrs, timeout=5).status_code == 200
        # an untouched detail page is still 304
        r = requests.get(srv.base_url + before[0], timeout=5)
        assert requests.get(srv.base_url + before[0], timeout=5,
                            headers={"If-None-Match": r.headers["ETag"]}).status_code == 304
    # the new plan is a plan
    group = sites.site_config(site).get("hanweb", {}).get("column") or sites.site_config(site)["trs"]["channel"]
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
