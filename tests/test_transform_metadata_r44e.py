"""Round 44e: portal pages, metadata and is_plan on templates nobody tuned to.

- a byline a script writes where it stands (`<script>document.write("发布日期：" +
  getPubDate("2026-01-15 16:32:05"));</script>`) is read as the page shows it:
  `html_held.document_written`;
- a page's one <h1> printing the plan's period on a second line ("…实施方案<br>（2024—2026年）")
  gives the title and the plan's name with it: `metadata_top.with_period_of`;
- an English-labelled page: a <title> in English only is not the headline, and "Release date:"
  opens the 信息公开 block where no Chinese label does (`html_parts.first_label`);
- an event's name opening with its year, no 年 after it ("2026青溪半程马拉松赛事服务保障方案"),
  dates the plan to that year: `planyears._event_year`.
"""

from __future__ import annotations

import pytest

from transform import headings as H
from transform import html, html_parts
from transform.document import parse_document
from transform.html_held import document_written, filled_at_run_time
from transform.metadata_top import info_line_body, with_period_of
from transform.planyears import _event_year, plan_years

BODY = (
    "<p>一、推进道路改造。完成背街小巷改造12条。（责任单位：县住房和城乡建设局）</p>"
    "<p>二、加强垃圾分类。新增垃圾分类示范小区8个。（责任单位：县城市管理局）</p>"
)
FOOT = '<div class="footer">主办单位：某县人民政府办公室　网站标识码：4300000001</div>'


def _parse(page: str):
    return parse_document(page.encode("utf-8"), source="p.html", content_type="text/html; charset=utf-8")


def _doc(page: str) -> dict:
    return _parse(page).document


# --- a date a script writes where it stands


def _written_page(script: str, sign: str = "2026年1月12日") -> str:
    return (
        '<html><head><meta charset="utf-8"><title>某街道2026年城市管理工作计划</title>'
        "<script>function getPubDate(s){return s.substring(0,10);}</script></head><body>"
        '<div class="nav"><a href="/">首页</a> &gt; <a href="./">工作计划</a></div>'
        '<h1 class="con_title">某街道2026年城市管理工作计划</h1>'
        f'<div class="con_info"><script type="text/javascript">{script}</script>'
        "　<span>信息来源：某街道办事处</span></div>"
        f'<div class="TRS_Editor">{BODY}<p>某街道办事处</p><p>{sign}</p></div>{FOOT}</body></html>'
    )


@pytest.mark.parametrize(
    ("script", "date"),
    [
        ('document.write("发布日期：" + getPubDate("2026-01-15 16:32:05"));', "2026-01-15"),
        ("document.write('<span class=\"date\">发布时间：2026-01-16</span>');", "2026-01-16"),
        ('document.writeln("发布日期：2026年01月17日");', "2026-01-17"),
        ("var s='x';document.write('更新时间：'+'2026/01/18'+' 09:30')", "2026-01-18"),
    ],
)
def test_written_date_is_the_publish_date(script, date):
    assert str(_doc(_written_page(script))["publish_date"])[:10] == date


@pytest.mark.parametrize(
    "script",
    [
        "document.write(clicknum);",  # a variable: what it holds is not on the page
        'document.write("浏览次数：" + hits);',  # no date written
        'document.write("<ul>" + "<li>2025-12-01 关于做好冬季安全生产工作的通知的通知与其他事项的长标题一二三四五六七八九十</li>'
        '<li>2025-12-02 另一篇文章的标题也很长一二三四五六七八九十一二三四五六七八九十</li></ul>");',  # a list
    ],
)
def test_writes_that_print_no_dated_line_change_nothing(script):
    page = f"<div><script>{script}</script></div><p>正文</p>"
    assert document_written(page) is page
    assert str(_doc(_written_page(script))["publish_date"])[:10] == "2026-01-12"  # the signature's


def test_page_without_writes_is_the_same_object():
    page = "<p>发布日期：2026-01-15</p><script>var a = 1;</script>"
    assert document_written(page) is page and filled_at_run_time(page) is page


def test_written_line_stands_after_its_script():
    page = '<div class="info"><script>document.write("发布日期：2026-01-15");</script><span>来源：某局</span></div>'
    out = document_written(page)
    assert "</script><span>发布日期：2026-01-15</span><span>来源：某局</span>" in out


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_document_write_scale(n):
    # many writes (past the cap), literals, and a near miss (a write never closed by a script's end)
    page = '<script>document.write("发布日期：2026-01-15");</script>' * n + 'document.write("2026-01-1' * n
    assert document_written(page).count("<span>发布日期：2026-01-15</span>") == 20


# --- the plan's period on the <h1>'s second line


def _h1_page(h1: str, title: str) -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}_某县人民政府</title></head><body>'
        '<nav class="breadcrumb"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></nav>'
        f'<article><h1 class="detail-title">{h1}</h1><div class="detail-sub"><span>发布日期：2024-07-02</span>'
        f'<span>来源：某县发展和改革局</span></div><div class="detail-body">{BODY}</div></article>{FOOT}</body></html>'
    )


@pytest.mark.parametrize(
    ("h1", "title", "years"),
    [
        (
            "某县推进县城城镇化补短板实施方案<br>（2024—2026年）",
            "某县推进县城城镇化补短板实施方案",
            (2024, 2026),
        ),
        ("某县数字乡村建设行动计划<br/>(2025-2027年)", "某县数字乡村建设行动计划", (2025, 2027)),
        (
            "某县文化旅游融合发展三年行动方案<br>（2024年—2026年）",
            "某县文化旅游融合发展三年行动方案",
            (2024, 2026),
        ),
    ],
)
def test_h1_period_line_joins_the_title(h1, title, years):
    d = _doc(_h1_page(h1, title))
    whole = h1.replace("<br/>", "").replace("<br>", "")
    assert d["title"] == whole and d["plan_title"] == whole
    assert (d["plan_start_year"], d["plan_end_year"]) == years


@pytest.mark.parametrize(
    ("name", "full"),
    [
        ("某县推进县城城镇化补短板实施方案", "某县推进县城城镇化补短板实施方案（试行）"),  # no period
        ("某县2026年春耕生产工作方案", "某县2026年春耕生产工作方案（2026年）"),  # one year, no span
        ("某县…实施方案（2024—2026年）", "某县…实施方案（2024—2026年）（2024—2026年）"),  # has one already
        ("某县交通强县实施方案", "某县交通强国建设实施方案（2024—2026年）"),  # another name
        (None, "某县交通强国建设实施方案（2024—2026年）"),
    ],
)
def test_other_h1_lines_leave_the_name(name, full):
    assert with_period_of(name, full) == name


def test_h1_with_a_trial_mark_keeps_the_tag_title():
    d = _doc(_h1_page("某县推进县城城镇化补短板实施方案<br>（试行）", "某县推进县城城镇化补短板实施方案"))
    assert d["title"] == "某县推进县城城镇化补短板实施方案"


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_period_of_scale(n):
    name = "某县实施方案" * n
    assert with_period_of(name, name + "（2024—2026年）") == name + "（2024—2026年）"
    assert with_period_of(name, name + "（2024—" * n + "）") == name  # a near miss


# --- an English-labelled page


def _english_page(info: str, title: str = "Lanshan District 2026 Work Plan | 某区人民政府") -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        '<div class="lang"><a href="/cn/">中文</a> | English</div><div class="crumb">Home &gt; Plans</div>'
        f'<div class="article"><h2>某区2026年外贸稳规模优结构工作方案</h2><div class="art-info">{info}</div>'
        f'<div class="art-con">{BODY}</div></div>{FOOT}</body></html>'
    )


@pytest.mark.parametrize(
    ("info", "date"),
    [
        ("<span>Release date: 2026-03-16</span> <span>Source: 某区商务局</span>", "2026-03-16"),
        ("<span>Publish Date：2026-03-17</span>", "2026-03-17"),
        ("<p>Release Date: 2026/03/18</p><p>Views: 231</p>", "2026-03-18"),
    ],
)
def test_english_labelled_page(info, date):
    d = _doc(_english_page(info))
    assert str(d["publish_date"])[:10] == date
    assert d["title"] == "某区2026年外贸稳规模优结构工作方案"
    assert (d["plan_start_year"], d["plan_end_year"]) == (2026, 2026)


def test_chinese_label_wins_over_english():
    page = _english_page("<span>发布日期：2026-03-20</span> <span>Release date: 2026-03-16</span>")
    assert str(_doc(page)["publish_date"])[:10] == "2026-03-20"


def test_title_tag_with_chinese_stays():
    page = _english_page(
        "<span>发布日期：2026-03-20</span>", title="某区2026年外贸稳规模优结构工作方案（GDP篇）_某区人民政府"
    )
    assert _doc(page)["title"] == "某区2026年外贸稳规模优结构工作方案（GDP篇）"


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_english_label_scale(n):
    # "Release" and "Publish" many times, never a label (a near miss: no colon after "date")
    page = "<p>Release notes Publish date soon</p>" * n + "<p>Release date: 2026-03-16</p>"
    assert html_parts.first_label(page) == page.index("Release date:")


# --- an event's name opening with its year


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("2026青溪半程马拉松赛事服务保障方案", 2026),
        ("2026云岭国际自行车邀请赛安全保障工作方案", 2026),
        ("关于做好2027中国·临川龙舟节安全保障工作的通知", 2027),
        ("2025“山水杯”足球邀请赛组织工作方案", 2025),
    ],
)
def test_event_year(title, year):
    assert plan_years(title) == (year, year)


@pytest.mark.parametrize(
    "title",
    [
        "2035远景目标纲要实施方案",  # a horizon
        "某县半程马拉松2026赛事服务保障方案",  # the year inside the name
        "20260301号文件落实方案",  # a number, not a year
        "关于印发某县全民健身实施方案的通知",
    ],
)
def test_no_event_year(title):
    assert _event_year(title) is None


def test_event_page_years():
    page = (
        "2026云岭国际自行车邀请赛安全保障工作方案\n发布时间：2026-09-02　来源：某县文化体育和旅游局\n"
        "一、交通安全保障。县公安局负责比赛线路交通管制，设置临时停车场6处。\n"
        "二、医疗卫生保障。县卫生健康局负责沿线设置医疗救护点10个。\n某县文化体育和旅游局\n2026年9月1日\n"
    )
    r = parse_document(page.encode("utf-8"), source="p.txt", is_text=True)
    assert (r.document["plan_start_year"], r.document["plan_end_year"]) == (2026, 2026)
    assert [t["year"] for t in r.targets] == [2026, 2026]


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_event_year_scale(n):
    assert _event_year("2026" + "青溪马拉松" * n) == 2026
    assert _event_year("关于" + "2026" * n) is None  # a near miss: digits on


# --- a write of a variable the same script declares just before


@pytest.mark.parametrize(
    ("script", "date"),
    [
        (
            'var str_pub = "发布时间：2026-05-11 15:20:00";document.write(str_pub.substring(0,15));',
            "2026-05-11",
        ),
        ("let d = '发布日期：2026年05月12日'; document.write(d);", "2026-05-12"),
        ('const pub="发布时间：2026-05-13";\ndocument.write(pub)', "2026-05-13"),
    ],
)
def test_written_variable_is_the_publish_date(script, date):
    assert str(_doc(_written_page(script))["publish_date"])[:10] == date


@pytest.mark.parametrize(
    "script",
    [
        'var pub = getDate("x"); document.write(pub);',  # the value is no literal
        'var other = "2026-05-14"; document.write(pub);',  # another variable
    ],
)
def test_written_variable_without_a_dated_literal_changes_nothing(script):
    assert str(_doc(_written_page(script))["publish_date"])[:10] == "2026-01-12"


# --- two 信息公开 blocks: a linked 解读's above the page's own


def _two_blocks(first: str, second: str, meta_title: str) -> str:
    def block(index: str, rows: str) -> str:
        return f'<table class="xxgk_table"><tr><td>索引号</td><td>{index}</td></tr>{rows}</table>'

    return (
        f'<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="{meta_title}">'
        f"<title>{meta_title}_某县人民政府</title></head><body>"
        '<div class="crumb">首页 &gt; 信息公开 &gt; 部门文件</div>'
        f'<div class="side">{block("1145/2026-00077", first)}</div>'
        f'<div class="main">{block("1145/2026-00071", second)}<div id="zoom">'
        "<p>现将《某县2026年学前教育工作方案》印发给你们，请认真抓好落实。</p>"
        f"<p>某县2026年学前教育工作方案</p>{BODY}</div></div>{FOOT}</body></html>"
    )


NOTICE = "关于印发《某县2026年学前教育工作方案》的通知"


@pytest.mark.parametrize(
    "first",
    [
        "<tr><td>发布日期</td><td>2026-04-02</td></tr><tr><td>标题</td><td>《某县2026年学前教育工作方案》解读</td></tr>",
        "<tr><td>名称：</td><td>一图读懂《某县2026年学前教育工作方案》</td></tr><tr><td>发布日期：</td><td>2026-04-03</td></tr>",
        "<tr><td>發布日期</td><td>2026-04-04</td></tr><tr><td>標題</td><td>某县学前教育工作答记者问</td></tr>",
    ],
)
def test_own_block_below_a_linked_one(first):
    second = (
        "<tr><td>发布日期</td><td>2026-03-31</td><td>文号</td><td>某教发〔2026〕8号</td></tr>"
        f"<tr><td>标题</td><td>{NOTICE}</td></tr>"
    )
    d = _doc(_two_blocks(first, second, NOTICE))
    assert d["title"] == NOTICE and str(d["publish_date"])[:10] == "2026-03-31"
    assert d["doc_number"] == "某教发〔2026〕8号"


def test_own_block_first_stays():
    first = f"<tr><td>发布日期</td><td>2026-03-31</td></tr><tr><td>标题</td><td>{NOTICE}</td></tr>"
    second = "<tr><td>发布日期</td><td>2026-04-10</td></tr><tr><td>标题</td><td>《某县2026年学前教育工作方案》解读</td></tr>"
    assert str(_doc(_two_blocks(first, second, NOTICE))["publish_date"])[:10] == "2026-03-31"


def test_blocks_naming_no_page_title_stay():
    # neither block's 标题 is the page's title: the first one's fields are read, as before
    first = "<tr><td>发布日期</td><td>2026-04-02</td></tr><tr><td>标题</td><td>某县其他文件</td></tr>"
    second = "<tr><td>发布日期</td><td>2026-03-31</td></tr><tr><td>标题</td><td>某县另一个文件</td></tr>"
    text = html.extract(_two_blocks(first, second, NOTICE)).page_text
    assert html_parts.own_block(text, NOTICE) == text and "2026-04-02" in text


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_own_block_scale(n):
    # the 解读's block, the page's, then many near misses (the page's title, its last character
    # another): only the first blocks are compared
    own = "索引号 | 2\n标题 | 关于印发某县方案的通知\n"
    text = "索引号 | 1\n标题 | 《某县方案》解读\n" + own + "索引号 | 3\n标题 | 关于印发某县方案的通报\n" * n
    assert html_parts.own_block(text, "关于印发某县方案的通知") == own
    assert html_parts.own_block(text.replace("通知\n", "通告\n", 1), "关于印发某县方案的通知").startswith(
        "索引号 | 1"
    )


# --- a year's list of 民生实事 names itself


@pytest.mark.parametrize(
    "title",
    ["宁河县2026年十件民生实事", "凤台县2026年重点民生实事项目表", "某区2026年为民办实事项目清单"],
)
def test_minsheng_list_is_its_own_plan(title):
    page = (
        f'<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="{title}"><title>{title}</title>'
        f'</head><body><div class="tit">{title}</div><div class="fbxx">发布时间：2026-02-11</div>'
        '<div id="zoom"><p>1.新建城区停车泊位2000个。（责任单位：县住房和城乡建设局）</p>'
        "<p>2.改造农村公路80公里。（责任单位：县交通运输局）</p></div></body></html>"
    )
    assert _doc(page)["plan_title"] == title


@pytest.mark.parametrize(
    "title",
    ["某县2026年民生实事项目一季度进展情况", "某县2025年民生实事完成情况的报告"],
)
def test_minsheng_report_names_no_plan(title):
    page = (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body><h1>{title}</h1>'
        '<div class="info">发布时间：2026-04-11</div><div id="zoom"><p>截至3月底，已完成投资3.6亿元。</p></div>'
        "</body></html>"
    )
    assert _doc(page)["plan_title"] is None


def test_first_block_without_a_title_stays():
    # a block whose 标题 is cut off (a damaged page repeating its block): its fields stay the page's
    text = "索引号 | 1\n分类 | 通知公告\n成文日期 | 2023-06-18\n索引号 | 1\n标题 | 关于2023年度优秀农民工拟推荐名单的公示\n"
    assert html_parts.own_block(text, "关于2023年度优秀农民工拟推荐名单的公示") == text


# --- a reads field glued to the source before it


@pytest.mark.parametrize(
    ("value", "cut"),
    [
        ("某县发展和改革局阅读：0", "某县发展和改革局"),
        ("某镇人民政府阅读:125", "某镇人民政府"),
        ("某县农业农村局阅读：125次", "某县农业农村局"),
    ],
)
def test_glued_reads_field_ends_the_source(value, cut):
    assert H.cut_byline(value) == cut


@pytest.mark.parametrize("value", ["某县全民阅读促进会", "某县阅读推广中心：读书月"])
def test_reading_in_a_name_stays(value):
    assert H.cut_byline(value) == value


def test_glued_reads_field_on_a_page():
    page = _h1_page("某县数字乡村建设行动计划", "某县数字乡村建设行动计划").replace(
        "<span>来源：某县发展和改革局</span>",
        '<span>来源：某县发展和改革局</span><span>阅读：<em id="hits">0</em></span>',
    )
    assert _doc(page)["issuer"] == "某县发展和改革局"


# --- an info line under the headline naming its source by a 来源 label


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("2026-04-21 08:50 来源：某县人民政府办公室 【字号： 大 中 小 】", "某县人民政府办公室"),
        ("2026-04-21　信息来源：某县农业农村局", "某县农业农村局"),
        ("2026年04月21日 来源:某镇人民政府 阅读 56次", "某镇人民政府"),
    ],
)
def test_info_line_source_label(line, body):
    assert info_line_body(line) == body


@pytest.mark.parametrize(
    "line",
    [
        "2026-04-21 08:50 来源：新华网 【字号： 大 中 小 】",  # a news site, no body's name
        "2026-04-21 来源：某县人民政府办公室 责任编辑：王五",  # more fields after it
        "来源：某县人民政府办公室 2026-04-21",  # the date after: another shape
    ],
)
def test_info_line_without_a_dated_source_body(line):
    assert info_line_body(line) is None


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_info_line_scale(n):
    assert info_line_body("2026-04-21 来源：" + "某" * n + "局") is None  # a name past 30 characters
    assert info_line_body("2026-04-21 来源：某县局 【" + "字" * n + "】") is None


# --- a 标题 cell wrapped onto a second line, the whole printed atop the body


def _field_page(cell: str, heading: str) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>某县人民政府</title></head><body>'
        '<div class="nav">首页 &gt; 信息公开</div><table class="xxgk_table">'
        "<tr><td>索引号</td><td>1134/2026-00301</td><td>发布机构</td><td>某县数据资源管理局</td></tr>"
        f'<tr><td>标题</td><td colspan="3">{cell}</td></tr>'
        "<tr><td>成文日期</td><td>2026-05-12</td><td>发布日期</td><td>2026-05-19</td></tr></table>"
        f'<div id="zoom"><p style="text-align:center">{heading}</p>{BODY}</div>{FOOT}</body></html>'
    )


@pytest.mark.parametrize(
    ("cell", "whole"),
    [
        ("某县数字乡村发展行动计划<br>（2026—2028年）", "某县数字乡村发展行动计划（2026—2028年）"),
        (
            "某县人民政府办公室关于印发某县数字乡村<br>发展行动计划的通知",
            "某县人民政府办公室关于印发某县数字乡村发展行动计划的通知",
        ),
        ("某县2026年城乡环境整治<br>重点任务清单", "某县2026年城乡环境整治重点任务清单"),
    ],
)
def test_wrapped_field_title_printed_atop_the_body(cell, whole):
    assert _doc(_field_page(cell, whole))["title"] == whole


@pytest.mark.parametrize(
    ("cell", "heading"),
    [
        (
            "某县数字乡村发展行动计划<br>（2026—2028年）",
            "某县数字乡村发展行动计划",
        ),  # the body prints no whole
        ("某县数字乡村发展行动计划<br>某县数据资源管理局", "某县数字乡村发展行动计划"),
    ],
)
def test_field_title_stays_where_the_body_prints_no_whole(cell, heading):
    assert _doc(_field_page(cell, heading))["title"] == "某县数字乡村发展行动计划"
