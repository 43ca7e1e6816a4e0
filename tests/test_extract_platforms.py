"""List-page adapters on real portal captures (../shared/spec/portal_samples) and small pages."""
from __future__ import annotations

from datetime import date

import pytest

from extract.platforms import ListRequest, find_date, get_lister, url_date
from extract.platforms.hanweb import records
from extract.sources import Source

SAMPLES = "spec/portal_samples/"


def src(platform: str, url: str, **kw) -> Source:
    return Source(id="t", county="t", platform=platform, start_urls=[url], **kw)


def test_hanweb_datastore_sample(shared_dir):
    text = (shared_dir / SAMPLES / "05_hanweb_jpage_datastore_dingxi_zwgk_col12377.xml").read_text("utf-8")
    url = "http://zwgk.dingxi.gov.cn/col/col12377/index.html"
    lister = get_lister(src("hanweb", url), url)
    page = lister.parse(lister.first(), text, url)
    assert len(page.links) == 45 == len(records(text))
    by_url = {link.url: link for link in page.links}
    cut = by_url["http://zwgk.dingxi.gov.cn/art/2022/1/19/art_12377_1486583.html"]
    assert cut.title == "定西市工信局关于对省级第二轮环保督察反馈第四项第十三项问题整改完成情况的公示"  # @title, not "…"
    assert cut.list_date == date(2022, 1, 19)
    assert "http://zwgk.dingxi.gov.cn/art/2021/11/4/art_12480_1461862.html" in by_url   # cross-column link kept
    assert all("..." not in link.title for link in page.links)
    nxt = page.next
    assert nxt is not None and nxt.method == "POST" and "dataproxy.jsp" in nxt.url
    assert "startrecord=46" in nxt.url and "perpage=15" in nxt.url
    form = dict(nxt.data)
    assert form["unitid"] == "38486" and form["webid"] == "110" and form["columnid"] == "12377"


def test_hanweb_record_xml_is_never_expanded():
    evil = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
            '<datastore><recordset><record><![CDATA[<li><a href="/art/2023/7/31/art_1_2.html" '
            'title="&b;">t</a><span>2023-07-31</span></li>]]></record></recordset></datastore>')
    url = "http://x.gov.cn/col/col1/index.html"
    lister = get_lister(src("hanweb", url), url)
    page = lister.parse(lister.first(), evil, url)
    assert [link.url for link in page.links] == ["http://x.gov.cn/art/2023/7/31/art_1_2.html"]
    assert "AAAA" not in page.links[0].title


def test_trs_county_list_sample(shared_dir):
    text = (shared_dir / SAMPLES / "06_trs_wcm_county_list_zhangshu_gov_cn_EXCERPT.html").read_text("utf-8")
    url = "http://www.zhangshu.gov.cn/zwgk/zhxx/index.html"
    lister = get_lister(src("trs", url), url)
    page = lister.parse(lister.first(), text, url)
    assert [link.url.rsplit("/", 1)[1] for link in page.links] == [
        "t20171019_398276.html", "t20171019_398275.html", "t20171016_398067.html",
        "t20170922_395692.html", "t20170925_396059.html"]            # footer 联系我们 link dropped
    assert page.links[0].list_date == date(2017, 10, 19)               # MM-DD + year from the URL
    assert page.links[-1].title == "樟树市对省环保督察组交办信访件16-10处理情况"
    assert page.links[-1].list_date == date(2017, 9, 25)               # 16-10 in the title is not a date
    assert page.total_pages == 21
    assert page.next == ListRequest("http://www.zhangshu.gov.cn/zwgk/zhxx/index_1.html", "GET", None, 2)
    page2 = lister.parse(page.next, text, page.next.url)
    assert page2.next.url.endswith("/index_2.html")


def test_trs_xxgk_list_sample(shared_dir):
    text = (shared_dir / SAMPLES / "01_trs_xxgk_list_handan_hdzfxxgk_savedpage.jsp.html").read_text("utf-8")
    url = "http://hdzfxxgk.hd.gov.cn/zfwj/jinqixxgk/"
    lister = get_lister(src("trs", url), url)
    page = lister.parse(lister.first(), text, url)
    first = page.links[0]
    assert first.url == "http://hdzfxxgk.hd.gov.cn/gszbm/auto23716/202008/t20200805_1353179.html"
    assert first.title.startswith("邯郸市教育局关于印发《邯郸市学校安全工作目标管理考核办法》")
    assert first.list_date == date(2020, 8, 5)                        # not the 索引号 …/2020-35428
    assert page.total_pages == 56 and page.next.url.endswith("/zfwj/jinqixxgk/index_1.html")


def test_generic_adapter_uses_configured_patterns():
    html = """<ul>
      <li><a href="/OpennessContent/show/1111.html">关于印发《某县三年行动计划》的通知</a><em>发布：2024年3月5日</em></li>
      <li><a href="/OpennessContent/show/2222.html" title="完整标题">截断…</a><em>发布：2024年3月1日</em></li>
      <li><a href="/about.html">关于我们</a></li>
    </ul><a href="?page=2">下一页</a>"""
    url = "http://www.example.gov.cn/OpennessContent/showList/1/1.html"
    source = src("generic", url, link_pattern=r"/OpennessContent/show/\d+\.html$",
                 date_pattern=r"发布：(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
    lister = get_lister(source, url)
    page = lister.parse(lister.first(), html, url)
    assert [link.url.rsplit("/", 1)[1] for link in page.links] == ["1111.html", "2222.html"]
    assert page.links[0].list_date == date(2024, 3, 5) and page.links[1].title == "完整标题"
    assert page.next.url == url + "?page=2"


@pytest.mark.parametrize("text,url,expected", [
    ("2023-07-31", None, date(2023, 7, 31)),
    ("2023年07月31日", None, date(2023, 7, 31)),
    ("2023/7/31", None, date(2023, 7, 31)),
    ("07-31", "http://x/202307/t20230731_1.html", date(2023, 7, 31)),
    ("01-02", "http://x/202312/t20231230_1.html", date(2024, 1, 2)),
    ("113717230044875813/2023-07021", None, None),                  # 索引号, not a date
    ("2026-02-00018", None, None),
])
def test_find_date(text, url, expected):
    assert find_date(text, url) == expected


def test_url_date():
    assert url_date("http://x/art/2023/7/31/art_1_2.html") == date(2023, 7, 31)
    assert url_date("http://x/a/202008/t20200805_1353179.html") == date(2020, 8, 5)
    assert url_date("http://x/a/b.html") is None


def test_hanweb_column_page_with_side_box_datastores_reads_its_own_column():
    def store(col: int, unit: int, art: int) -> str:
        return (f'<script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/'
                f'dataproxy.jsp?page=1&webid=1&path=/&columnid={col}&unitid={unit}&webname=x&permissiontype=0">'
                f'</a>]]></nextgroup><recordset><record><![CDATA[<li><a href="/art/2023/7/1/art_{col}_{art}.html" '
                f'title="t{art}">t</a><span>2023-07-01</span></li>]]></record></recordset></datastore></script>')
    page = "<html>" + store(999, 1, 1) + store(123, 77, 2) + "<script>perPage:10,totalRecord:30</script></html>"
    url = "http://x.gov.cn/col/col123/index.html"
    lister = get_lister(src("hanweb", url), url)
    result = lister.parse(lister.first(), page, url)
    assert [link.url for link in result.links] == ["http://x.gov.cn/art/2023/7/1/art_123_2.html"]
    form = dict(result.next.data)
    assert form["unitid"] == "77" and form["columnid"] == "123"
    assert "startrecord=2" in result.next.url and "perpage=10" in result.next.url


def test_generic_adapter_reads_html_inside_a_js_string():
    js = 'document.write("<li><a href=\\"/art/2024/1/2/art_5_9.html\\" title=\\"标题\\">标…</a>2024-01-02</li>");'
    url = "http://www.heze.gov.cn/jact/front/datacall/showJsContent.do?iid=1"
    lister = get_lister(src("generic", url, link_pattern=r"/art/\d{4}/"), url)
    page = lister.parse(lister.first(), js, url)
    assert [(link.url, link.title, link.list_date) for link in page.links] == [
        ("http://www.heze.gov.cn/art/2024/1/2/art_5_9.html", "标题", date(2024, 1, 2))]


@pytest.mark.parametrize("script,url,expected", [
    ("<script>createPageHTML('page_div', 7, 0, 'index', 'shtml', 130);</script>", "http://x/a/index.shtml",
     ("http://x/a/index_1.shtml", 7)),
    ("<script>new Pager({size:5, current:0, prefix:'index',suffix:'htm'});</script>", "http://x/a/",
     ("http://x/a/index_1.htm", 5)),
    ("<script>var countPage = 3//共多少页</script>", "http://x/a/index.shtml", ("http://x/a/index_1.shtml", 3)),
])
def test_trs_pager_variants(script, url, expected):
    page = script + '<a href="./202307/t20230731_1.html">标题</a><span>07-31</span>'
    lister = get_lister(src("trs", url), url)
    result = lister.parse(lister.first(), page, url)
    assert (result.next.url, result.total_pages) == expected
    assert result.links[0].list_date == date(2023, 7, 31)


def test_trs_without_pager_script_follows_the_next_link():
    url = "http://x/a/index.html"
    page = ('<a href="./202307/t20230731_1.html">标题</a> 2023-07-31'
            '<a href="index_1.html">下一页</a><a href="index.html">首页</a>')
    lister = get_lister(src("trs", url), url)
    result = lister.parse(lister.first(), page, url)
    assert result.total_pages is None and result.next.url == "http://x/a/index_1.html"
    last = lister.parse(result.next, page.replace("index_1.html", "index.html"), result.next.url)
    assert last.next is None                                           # no loop back to page 1


def test_hanweb_shell_column_page_goes_to_dataproxy_from_record_one():
    shell = ("<html><div id='4087'></div><script>$('#4087').jpage({proxyUrl:'/module/web/jpage/dataproxy.jsp',"
             "perPage:20,groupSize:1,ajaxParam:{col:1,appid:1,webid:3,path:'/',columnid:555,"
             "sourceContentType:1,unitid:9876,webname:'x',permissiontype:0}});</script></html>")
    url = "http://x.gov.cn/col/col555/index.html"
    lister = get_lister(src("hanweb", url), url)
    first = lister.parse(lister.first(), shell, url)
    assert first.links == []
    assert "startrecord=1&endrecord=20&perpage=20" in first.next.url
    form = dict(first.next.data)
    assert form["unitid"] == "9876" and form["webid"] == "3" and form["columnid"] == "555"
    answer = ('<datastore><totalrecord>1</totalrecord><recordset><record><![CDATA[<li><a href="/art/2024/5/6/'
              'art_555_1.html" title="通知">通知</a><span>2024-05-06</span></li>]]></record></recordset></datastore>')
    second = lister.parse(first.next, answer, first.next.url)
    assert [link.url for link in second.links] == ["http://x.gov.cn/art/2024/5/6/art_555_1.html"]
    assert second.next is None


def test_hanweb_dataproxy_answering_no_records_early_is_an_error_not_the_end():
    page = ('<datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?webid=1&columnid=7&unitid=8">'
            '</a>]]></nextgroup><recordset><record><![CDATA[<li><a href="/art/2024/1/1/art_7_1.html" title="a">a'
            '</a></li>]]></record></recordset></datastore><script>perPage:1,totalRecord:3</script>')
    url = "http://x.gov.cn/col/col7/index.html"
    lister = get_lister(src("hanweb", url), url)
    first = lister.parse(lister.first(), page, url)
    assert first.next is not None and first.error is None
    empty = lister.parse(first.next, "<datastore><totalrecord>0</totalrecord><recordset></recordset></datastore>",
                         first.next.url)
    assert empty.error and "no records" in empty.error and empty.next is None
