"""Round 47e: portal pages, metadata and is_plan, sixth batch.

- a date alone in brackets on the line under a plan's heading ("桃源县2025年教育工作要点" /
  "（2025年2月28日）") dates a page that shows no date field and no signature:
  `metadata_top.dated_heading`;
- a site's own words in titles are read in one place, `transform.site_titles` (same output):
  `page_words`, `home_title`, `without_site_tail`, `strip_site`;
- a notice's name after a link's label ("相关文件：某县…关于印发…的通知") is another page's, never the
  title of the page linking it: `notice_titles.linked_elsewhere` (lexicon `notice_link_labels`);
- a newspaper's "we" deploying work ("我县部署2026年森林防灭火工作") over a report that prints no work
  of its own is no plan: `plan_judging._plan_news` (lexicon `plan_news_work_verbs`);
- a column named for the plans it lists ("规划计划_某区人民政府") is no headline (`site_page_titles`);
- a <title> cut short by the CMS ("某县…工作方案…") gives way to the headline that opens with what it
  kept: `metadata_top.headline_in_tag`;
- a <title> that is only the site's body ("平阳县卫生健康局") is no headline, and a template's one
  <h2>/<h3> naming a plan or a notice is read as the headline where the page has no <h1>:
  `metadata._page_named`, `html_parts.lone_subheading`;
- the page's one element holding only a date in figures ("<span class="date">2026-06-12</span>"
  beside the breadcrumb) is its date: `html_stamps.lone_date`;
- the page's own address printed after a label ("本文链接：http://…/art/2026/4/9/…") dates it as
  <link rel="canonical"> does: `html_stamps.printed_address` (lexicon `site_address_labels`).
"""

from __future__ import annotations

from datetime import date

import pytest

from transform import html_parts, html_stamps
from transform.document import parse_document
from transform.headings import clean_title, notice_title, site_only
from transform.metadata_top import dated_heading, headline_in_tag
from transform.notice_titles import linked_elsewhere
from transform.plan_judging import looks_like_plan
from transform.site_titles import home_title, page_words, strip_site, without_site_tail

ITEMS = (
    "一、推进学前教育普惠发展。新增公办幼儿园学位600个。（责任股室：基础教育股）\n"
    "二、加强教师队伍建设。招聘新教师150名。（责任股室：人事股）\n"
)
HTML_ITEMS = (
    "<p>（一）开展汛前隐患排查。排查整治山洪灾害危险区86处。（责任单位：区水利局）</p>"
    "<p>（二）储备防汛物资。储备编织袋5万条。（责任单位：区应急管理局）</p>"
)


def _doc(page: str, name: str = "p.html") -> dict:
    if name.endswith(".txt"):
        return parse_document(page.encode("utf-8"), source=name, is_text=True).document
    return parse_document(page.encode("utf-8"), source=name, content_type="text/html; charset=utf-8").document


def _html(head: str, body: str) -> str:
    return f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


# --- a bracketed date under the heading


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("桃源县2025年教育工作要点\n（2025年2月28日）\n" + ITEMS, date(2025, 2, 28)),
        (
            "桃源县2025年教育工作要点\n(2025年2月28日)\n\n" + ITEMS,
            date(2025, 2, 28),
        ),  # half-width, blank line
        ("桃源縣2025年教育工作要點\n（2025年2月28日）\n" + ITEMS, date(2025, 2, 28)),  # traditional
        ("某镇2026年安全生产工作计划\n（2026年1月6日）\n" + ITEMS.replace("股室", "单位"), date(2026, 1, 6)),
    ],
)
def test_bracketed_date_under_heading_dates_the_page(page: str, expected: date) -> None:
    assert _doc(page, "p.txt")["publish_date"] == expected


def test_bracket_holding_more_than_the_date_gives_none() -> None:
    page = "桃源县2025年教育工作要点\n（2025年2月28日县教育局党组会议审议通过）\n" + ITEMS
    assert _doc(page, "p.txt")["publish_date"] is None


def test_signature_date_wins_over_the_bracketed_date() -> None:
    page = "桃源县2025年教育工作要点\n（2025年2月28日）\n" + ITEMS + "桃源县教育局\n2025年3月2日\n"
    assert _doc(page, "p.txt")["publish_date"] == date(2025, 3, 2)


def test_dated_heading_reads_only_the_line_right_under_the_title() -> None:
    top = ["桃源县2025年教育工作要点", "（2025年2月28日）", "一、…"]
    assert dated_heading(top, "桃源县2025年教育工作要点") == "2025年2月28日"
    lower = ["桃源县2025年教育工作要点", "为推进…，制定本要点。", "（2025年2月28日）"]
    assert dated_heading(lower, "桃源县2025年教育工作要点") is None
    assert dated_heading(top, None) is None


# --- the site's words, read in one place (the readings as before)


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("关于印发某县2026年工作要点的通知_某县人民政府", "关于印发某县2026年工作要点的通知"),
        ("某县2026年课后服务提质方案-某县教育局", "某县2026年课后服务提质方案"),
        ("某县2024年科技创新工作要点 某县人民政府", "某县2024年科技创新工作要点"),
        ("某县2026年农村公路养护工作方案(1)_某县人民政府", "某县2026年农村公路养护工作方案"),
        ("某县2026年工作方案 - 政府信息公开 - 某县人民政府", "某县2026年工作方案"),
    ],
)
def test_strip_site(tag: str, expected: str) -> None:
    assert strip_site(tag) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("关于…的通知_政策文件_某县人民政府网", "关于…的通知"),
        ("某县2026年工作要点 - 某县人民政府门户网站", "某县2026年工作要点"),
        ("某县2026年工作要点", "某县2026年工作要点"),
    ],
)
def test_without_site_tail(title: str, expected: str) -> None:
    assert without_site_tail(title) == expected
    assert clean_title(title) == expected


def test_home_title_and_page_words() -> None:
    assert home_title("首页-某县人力资源和社会保障局")
    assert home_title("网站首页 | 某镇人民政府")
    assert not home_title("首页建设工作方案")
    assert not home_title(None)
    assert {"首页", "正文", "详细信息", "规划计划"} <= page_words()


# --- a notice named after a link's label


@pytest.mark.parametrize(
    "line",
    [
        "相关文件：溪口县人民政府办公室关于印发溪口县2026年优化营商环境行动方案的通知",
        "原文链接：溪口县人民政府办公室关于印发溪口县2026年优化营商环境行动方案的通知",
        "政策原文: 溪口县人民政府办公室关于印发溪口县2026年优化营商环境行动方案的通知",
    ],
)
def test_notice_after_a_link_label_is_another_page(line: str) -> None:
    assert linked_elsewhere(line)
    assert notice_title(["一图读懂《溪口县2026年优化营商环境行动方案》", line]) is None


def test_notice_title_with_its_issuer_is_read_as_before() -> None:
    line = "溪口县人民政府办公室关于印发溪口县2026年优化营商环境行动方案的通知"
    assert not linked_elsewhere(line)
    assert notice_title([line]) == line


def test_explainer_page_linking_its_notice() -> None:
    page = _html(
        "<title>一图读懂《溪口县2026年优化营商环境行动方案》 - 政策解读 - 溪口县人民政府</title>",
        "<h1>一图读懂《溪口县2026年优化营商环境行动方案》</h1><div class='info'>发布时间：2026-03-21</div>"
        "<div class='con'><p><img src='/a.jpg'></p><p>相关文件：<a href='/a.html'>溪口县人民政府办公室关于印发"
        "溪口县2026年优化营商环境行动方案的通知</a></p></div>",
    )
    doc = _doc(page)
    assert doc["title"] == "一图读懂《溪口县2026年优化营商环境行动方案》"
    assert doc["is_plan"] is False


# --- news of work deployed


@pytest.mark.parametrize(
    "title",
    ["我县部署2026年森林防灭火工作", "我市安排部署2026年安全生产工作", "我区部署春季农业生产"],
)
def test_deployment_news_without_work_is_no_plan(title: str) -> None:
    body = "会议印发了《某县2026年森林防灭火工作方案》，对今年工作作出安排部署。"
    assert not looks_like_plan(title, "某县2026年森林防灭火工作方案", [], [], body)


def test_deployment_news_page() -> None:
    page = _html(
        "<title>我县部署2026年森林防灭火工作_长林县人民政府</title>",
        "<h1>我县部署2026年森林防灭火工作</h1><div class='info'>来源：长林县融媒体中心　发布时间：2026-02-26</div>"
        "<div class='content'><p>2月25日，全县森林防灭火工作会议召开。会议印发了《长林县2026年森林防灭火工作方案》，"
        "对今年森林防灭火工作作出安排部署。</p><p>会议强调，各乡镇要压实防火责任，严格火源管控。</p></div>",
    )
    assert _doc(page)["is_plan"] is False


def test_deployment_news_listing_its_work_is_judged_by_it() -> None:
    tasks = [{"lead_units": ["县交通运输局"]}, {"lead_units": []}, {"lead_units": []}]
    targets = [{}, {}, {}]
    assert looks_like_plan("我县部署2025年交通重点工作", "我县部署2025年交通重点工作", tasks, targets)


# --- a column named for plans as the <title>


@pytest.mark.parametrize(
    "tag", ["规划计划_临川区人民政府", "计划规划 - 某县人民政府", "计划总结_某镇人民政府"]
)
def test_plan_column_title_is_no_headline(tag: str) -> None:
    assert site_only(strip_site(tag))
    page = _html(
        f"<title>{tag}</title>",
        "<div class='detail'><div class='detail-title'>临川区2026年夏季防汛抗旱工作方案</div>"
        f"<div class='detail-con'>{HTML_ITEMS}</div></div>",
    )
    assert _doc(page)["title"] == "临川区2026年夏季防汛抗旱工作方案"


# --- a <title> cut short


@pytest.mark.parametrize("mark", ["…", "...", "。。。"])
def test_cut_title_gives_way_to_the_headline(mark: str) -> None:
    head = "白河县2026年农村公路养护工作方案（修订版）"
    assert headline_in_tag(f"白河县2026年农村公路养护工作方案{mark}", head) == head
    assert headline_in_tag("某市2026年其他工作方案…", head) == "某市2026年其他工作方案…"
    assert headline_in_tag("白河县…", head) == "白河县…"  # too little kept


def test_cut_title_page() -> None:
    page = _html(
        "<title>白河县2026年农村公路养护工作方案… - 政府信息公开 - 白河县人民政府</title>",
        "<h1 class='title'>白河县2026年农村公路养护工作方案（修订版）</h1>"
        f"<div class='sub'>发布时间：2026-04-02</div><div class='content'>{HTML_ITEMS}</div>",
    )
    assert _doc(page)["title"] == "白河县2026年农村公路养护工作方案（修订版）"


# --- the site's body as the <title>; a headline in the one <h2>/<h3>


@pytest.mark.parametrize("tag", ["h3", "h2"])
def test_body_title_and_lone_subheading(tag: str) -> None:
    page = _html(
        "<title>平阳县卫生健康局</title>",
        f"<div class='top'>平阳县卫生健康局欢迎您！</div><{tag}>平阳县2026年基本公共卫生服务项目工作计划</{tag}>"
        "<div class='tools'><span class='time'>2026-05-06</span> 字号：<a>大</a> <a>中</a> <a>小</a></div>"
        f"<div class='txt'>{HTML_ITEMS}</div>",
    )
    doc = _doc(page)
    assert doc["title"] == "平阳县2026年基本公共卫生服务项目工作计划"
    assert doc["publish_date"] == date(2026, 5, 6)


def test_lone_subheading_needs_a_kind() -> None:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(_html("", "<h3>相关网站链接导航</h3><ul><li><a>某县委办公室</a></li></ul>"))
    assert html_parts.lone_subheading(tree) is None
    tree = LexborHTMLParser(_html("", "<h3>一、总体要求</h3><h3>二、重点任务</h3>"))
    assert html_parts.lone_subheading(tree) is None
    tree = LexborHTMLParser(_html("", "<h3>关于召开全县安全生产工作会议的通知</h3>"))
    assert html_parts.lone_subheading(tree) is not None


# --- a lone date in figures


@pytest.mark.parametrize(
    "crumb",
    [
        "<div class='crumb'><span>首页 &gt; 政务公开 &gt; 规划计划</span><span class='date'>2026-06-12</span></div>",
        "<div class='crumb'><a href='/'>首页</a> &gt; <a href='/zwgk/'>政务公开</a></div><em>2026/06/12</em>",
        "<div class='crumb'>当前位置：首页 &gt; 规划计划</div><div class='d'> 2026.06.12 </div>",
    ],
)
def test_lone_date_element_dates_the_page(crumb: str) -> None:
    page = _html(
        "<title>规划计划_临川区人民政府</title>",
        f"{crumb}<div class='detail-title'>临川区2026年夏季防汛抗旱工作方案</div>"
        f"<div class='detail-con'>{HTML_ITEMS}</div>",
    )
    assert _doc(page)["publish_date"] == date(2026, 6, 12)


@pytest.mark.parametrize(
    "html",
    [
        "<ul><li><a href='/1.html'>某县2026年工作要点</a><span>2026-03-01</span></li></ul>",
        "<span>2026-03-01</span><span>2026-03-02</span>",
        "<table><tr><td><a href='/1.html'>某县2026年工作要点</a></td><td>2026-01-18</td></tr></table>",
        "<a href='/1.html'><span>2026-03-01</span></a>",
        "<p>2026年3月1日</p>",
    ],
)
def test_lone_date_is_none_in_lists_links_cells_or_words(html: str) -> None:
    assert html_stamps.lone_date(_html("", html)) is None


# --- the page's address as printed


@pytest.mark.parametrize(
    ("foot", "expected"),
    [
        ("本文链接：http://www.ls.gov.cn/art/2026/4/9/art_3321_887766.html", date(2026, 4, 9)),
        (
            "本页地址: <a href='#'>https://www.ls.gov.cn/zwgk/202604/t20260409_55123.html</a>",
            date(2026, 4, 9),
        ),
        ("文章地址：<span>http://www.ls.gov.cn/2026/0409/c1024a88121/page.htm</span>", date(2026, 4, 9)),
    ],
)
def test_printed_address_dates_the_page(foot: str, expected: date) -> None:
    page = _html(
        "<title>陵山县2026年消防安全专项整治工作方案--陵山县人民政府网</title>",
        "<div class='article-title'>陵山县2026年消防安全专项整治工作方案</div>"
        f"<div class='article-body'>{HTML_ITEMS}</div><div class='article-foot'>{foot}</div>",
    )
    assert _doc(page)["publish_date"] == expected


def test_printed_address_needs_its_label() -> None:
    assert html_stamps.printed_address("<p>http://www.ls.gov.cn/art/2026/4/9/art_1.html</p>") is None
    assert html_stamps.printed_address("<p>本文链接：暂无</p>") is None
    assert html_stamps.printed_address("本文链接：http://a.gov.cn/x.html") == "http://a.gov.cn/x.html"
