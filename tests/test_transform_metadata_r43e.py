"""Round 43e: portal HTML pages and metadata on templates nobody tuned to.

- a template's placeholder filled at run time ("文号：{{ info.wh }}") reads the value its key has in
  the page's script data (`data: {info: {wh: "…"}}`, `var info = {"wh": …}`): `html_held.filled_placeholders`;
- a page explaining a plan (…政策解读, 图解…, …政策问答) keeps no item that hands work to no unit and
  states no commitment, nor a reader's question ("1.问：…"): `document._restated_only`;
- a statistics release of a period ("2026年1-2月某县国民经济主要指标") is no plan (`plan_subject_notices`);
- news of a meeting named by its kind ("我县召开…工作部署会") is read as news of a meeting held
  (`plan_judging.meeting_held_news`): with no plan in it, it keeps no rows.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transform import html_held
from transform.document import parse_document
from transform.html_held import filled_at_run_time, filled_placeholders
from transform.plan_judging import meeting_held_news, non_plan

CHROME = (
    '<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div>'
    '<div class="footer"><p>主办单位：某县人民政府办公室　承办单位：某县大数据中心</p>'
    "<p>网站标识码：4300000001　ICP备案号：湘ICP备00000000号</p></div>"
)


def _page(inner: str, title: str, info: str = '<div class="info">发布时间：2026-03-02</div>') -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<h1 class="tit">{title}</h1>{info}<div class="article-content">{inner}</div>{CHROME}</body></html>'
    )


def _parse(page: str):
    return parse_document(page.encode("utf-8"), source="p.html", content_type="text/html; charset=utf-8")


# --- placeholders filled from the script's data

PLAN = (
    "<p>各乡镇人民政府，县政府各部门：</p><p>现将《某县2026年养老服务工作方案》印发给你们，请认真贯彻执行。</p>"
    "<p>某县人民政府办公室</p><p>2026年2月25日</p><p>某县2026年养老服务工作方案</p>"
    "<p>（一）建设养老服务中心。建成养老服务中心3个。（责任单位：县民政局）</p>"
    "<p>（二）发展助餐服务。新建老年助餐点15个。（责任单位：县民政局）</p>"
)
NOTICE = "某县人民政府办公室关于印发某县2026年养老服务工作方案的通知"


def _templated(block: str, data: str) -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{NOTICE}</title></head><body>'
        f'<div id="app">{block}<h1>{NOTICE}</h1><div class="article-content">{PLAN}</div></div>'
        f"<script>{data}</script>{CHROME}</body></html>"
    )


@pytest.mark.parametrize(
    ("block", "data", "number", "date"),
    [
        (  # a Vue instance's data object, keys unquoted
            "<p><label>文号：</label><span>{{ info.wh }}</span><label>发布日期：</label><span>{{ info.fbrq }}</span></p>",
            'new Vue({ el: "#app", data: { info: { wh: "某政办〔2026〕9号", fbrq: "2026-03-02" } } });',
            "某政办〔2026〕9号",
            "2026-03-02",
        ),
        (  # a JSON object in a variable, the placeholders bare
            '<div class="meta">文号：{{ wh }}　发布日期：{{ pubDate }}</div>',
            'var info = {"wh": "某政办发〔2026〕3号", "pubDate": "2026-04-10"}; new Vue({el:"#app", data: info});',
            "某政办发〔2026〕3号",
            "2026-04-10",
        ),
        (  # single quotes, no spaces inside the braces, a two-level path
            "<ul><li>发文字号：{{detail.doc.fwzh}}</li><li>发布时间：{{detail.doc.fbsj}}</li></ul>",
            "var vm = new Vue({data: {detail: {doc: {'fwzh': '某民发〔2026〕12号', 'fbsj': '2026-05-06 09:30'}}}});",
            "某民发〔2026〕12号",
            "2026-05-06",
        ),
    ],
    ids=["vue-data", "json-var", "single-quotes"],
)
def test_placeholders_read_from_script_data(block, data, number, date):
    r = _parse(_templated(block, data))
    assert r.document["doc_number"] == number
    assert str(r.document["publish_date"])[:10] == date
    assert [t["path"] for t in r.tasks] == [["(一)"], ["(二)"]]


def test_placeholder_without_a_quoted_value_stays():
    page = "<p>文号：{{ info.wh }}</p><script>new Vue({data: {info: window.INFO, wh: info.wh}});</script>"
    assert filled_placeholders(page) == page


def test_placeholder_value_with_markup_is_not_inserted():
    page = '<div>{{ content }}</div><script>var d = {content: "<p>正文</p>"};</script>'
    assert filled_placeholders(page) == page


def test_page_without_placeholders_is_the_same_object():
    page = "<p>文号：某政办〔2026〕9号</p><script>var cfg = {wh: '某政办〔2026〕1号'};</script>"
    assert filled_placeholders(page) is page


def test_loop_placeholders_beyond_the_cap_stay():
    items = "".join("<li>{{ item.name }}</li>" for _ in range(60))
    out = filled_placeholders(f'<ul>{items}</ul><script>var item = {{name: "栏目"}};</script>')
    assert out.count("<li>栏目</li>") == 40 and out.count("{{ item.name }}") == 20


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_placeholder_scale(n):
    # many placeholders and keys no script holds; a near miss ("{{ a.b" never closed)
    page = "<p>{{ x.k1 }}</p>" * n + "<p>{{ a.b " * n + "<script>var x = {k2: 1};</script>"
    assert filled_placeholders(page).count("{{ x.k1 }}") == n


# --- a page explaining a plan keeps no restated items


@pytest.mark.parametrize(
    ("title", "inner"),
    [
        (
            "《某县2026年文化旅游产业发展工作方案》政策解读",
            "<p>一、出台背景</p><p>为加快建设文化旅游强县，县文旅局起草了《方案》。</p><p>二、重点任务</p>"
            "<p>《方案》明确了四个方面的任务：一是提升景区品质，二是丰富文旅业态，三是加强宣传营销，四是优化旅游服务。</p>",
        ),
        (
            "【图解】一图读懂《某县2026年稳经济若干措施》",
            "<p>一、加大财政支持力度</p><p>二、强化金融支持</p><p>三、促进消费回暖</p><p>四、扩大有效投资</p>",
        ),
        (
            "《某县2026年稳岗就业十条措施》政策问答",
            "<p>1.问：哪些企业可以申请补贴？</p><p>答：招用登记失业人员的中小微企业。</p>"
            "<p>2.问：贷款额度是多少？</p><p>答：个人创业担保贷款最高额度为30万元。</p>"
            "<p>3.问：到哪里办理？</p><p>答：可到县就业服务窗口办理。</p>",
        ),
    ],
    ids=["jiedu-yishi", "tujie-headings", "wenda-questions"],
)
def test_explainer_keeps_no_restated_items(title, inner):
    r = _parse(_page(inner, title))
    assert r.tasks == []
    assert all(t["task_id"] is None for t in r.targets)


def test_explainer_items_with_commitments_stay():
    # a report's explainer whose headed items state the year's commitments: tasks, as before
    inner = (
        "<p>报告明确，2026年重点抓好三个方面工作：</p>"
        "<p>（一）坚持项目为王。全年实施重点项目300个。</p>"
        "<p>（二）壮大实体经济。新增规上工业企业100家。</p>"
        "<p>（三）建设宜居城市。改造城镇老旧小区150个。</p>"
    )
    r = _parse(_page(inner, "市政府工作报告解读：2026年我们要干这些事"))
    assert [t["path"] for t in r.tasks] == [["(一)"], ["(二)"], ["(三)"]]


def test_explainer_items_with_units_stay():
    inner = (
        "<p>一、提升景区品质。（责任单位：县文旅局）</p><p>二、丰富文旅业态。（责任单位：县农业农村局）</p>"
        "<p>三、加强宣传营销。（责任单位：县委宣传部）</p>"
    )
    r = _parse(_page(inner, "《某县2026年文旅工作方案》政策解读"))
    assert [t["lead_units"] for t in r.tasks] == [["县文旅局"], ["县农业农村局"], ["县委宣传部"]]


def test_plan_items_without_units_stay():
    inner = (
        "<p>一、提升景区品质。推动景区提档升级。</p><p>二、丰富文旅业态。发展乡村旅游。</p>"
        "<p>三、加强宣传营销。开展文旅推介活动。</p>"
    )
    r = _parse(_page(inner, "某县2026年文化旅游发展工作方案"))
    paths = [t["path"] for t in r.tasks]
    assert ["一"] in paths and ["二"] in paths


# --- a statistics release of a period


@pytest.mark.parametrize(
    "title",
    [
        "2026年1-2月某县国民经济主要指标",
        "一季度全县主要经济指标",
        "2026年1—5月份全市主要统计指标完成情况",
        "上半年某区主要经济指标",
    ],
)
def test_period_statistics_is_no_plan(title):
    assert non_plan(title)


@pytest.mark.parametrize(
    "title",
    [
        "某县2026年经济社会发展主要指标",
        "关于下达2026年1-6月主要经济指标目标任务的通知",
        "某市“十五五”规划纲要主要指标",
    ],
)
def test_plan_indicators_stay(title):
    assert not non_plan(title)


def test_period_statistics_page_keeps_no_rows():
    inner = (
        "<table border='1'><tr><td>指标名称</td><td>单位</td><td>1-2月</td></tr>"
        "<tr><td>社会消费品零售总额</td><td>亿元</td><td>41.3</td></tr></table>"
        "<p>注：1.规模以上工业增加值增速按可比价计算。2.部分指标因四舍五入，存在总计与分项合计不等的情况。</p>"
    )
    r = _parse(_page(inner, "2026年1-2月某县国民经济主要指标"))
    assert r.tasks == [] and not r.document["is_plan"]


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_period_statistics_scale(n):
    # (titles are capped far below this; the lexicon patterns stay linear on a near miss anyway)
    assert not non_plan("1-2月" + "经济" * n + "主要指标")
    assert not non_plan("1月份" * n)


# --- news of a meeting named by its kind


@pytest.mark.parametrize(
    "title",
    [
        "我县召开2026年城乡环境综合整治工作部署会",
        "某市召开一季度重点项目建设推进会",
        "全区召开防汛工作调度会",
    ],
)
def test_meeting_named_by_kind_is_news(title):
    assert meeting_held_news(title)
    inner = "<p>3月3日，会议部署了今年的工作。</p><p>会议要求，一要提高政治站位，二要压实工作责任，三要强化督查考核。</p>"
    r = _parse(_page(inner, title))
    assert r.tasks == [] and not r.document["is_plan"]


@pytest.mark.parametrize(
    "title", ["关于召开2026年城乡环境综合整治工作部署会的通知", "全县城乡环境综合整治工作部署会召开"]
)
def test_meeting_notice_or_reverse_order(title):
    assert not meeting_held_news(title)


def test_meeting_news_listing_work_keeps_it():
    inner = (
        "<p>会议明确了今年重点工作：</p>"
        "<p>一、开展村庄清洁行动。完成100个村庄环境整治。（牵头单位：县农业农村局）</p>"
        "<p>二、推进城市更新。新建城市公园3个。（牵头单位：县住房和城乡建设局）</p>"
        "<p>三、治理生活垃圾。城市生活垃圾无害化处理率保持100%。（牵头单位：县城市管理局）</p>"
    )
    r = _parse(_page(inner, "我县召开2026年城乡环境综合整治工作部署会"))
    assert [t["path"] for t in r.tasks] == [["一"], ["二"], ["三"]]


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_meeting_title_scale(n):
    assert not meeting_held_news("召开" * n)


# --- a 标题 field cut short by the CMS

CUT_NOTICE = "某县人民政府办公室关于印发某县2026年城乡公交一体化提升工作方案的通知"


def _cut_block(title_cell: str, date: str = "2026-03-02") -> str:
    return (
        '<table class="xxgk_table"><tr><td>索引号：</td><td>0000/2026-00033</td><td>发布机构：</td>'
        f"<td>某县人民政府办公室</td></tr><tr><td>标题：</td><td colspan='3'>{title_cell}</td></tr>"
        f"<tr><td>文号：</td><td>某政办字〔2026〕5号</td><td>发布日期：</td><td>{date}</td></tr></table>"
    )


_CUT_BODY = (
    "<p>各乡镇人民政府，县政府各部门：</p><p>现将《某县2026年城乡公交一体化提升工作方案》印发给你们。</p>"
    "<p>某县人民政府办公室</p><p>2026年2月28日</p><p>某县2026年城乡公交一体化提升工作方案</p>"
    "<p>一、优化公交线路。新开通城乡公交线路4条。（牵头单位：县交通运输局）</p>"
    "<p>二、更新公交车辆。更新新能源公交车30辆。（牵头单位：县交通运输局）</p>"
)


def _cut_page(cell: str, meta: str = "", h1: str = CUT_NOTICE) -> str:
    return (
        f'<html><head><meta charset="utf-8">{meta}<title>某县人民政府</title></head><body>'
        f'<div class="crumb">当前位置：首页 &gt; 信息公开</div>{_cut_block(cell)}<h1>{h1}</h1>'
        f'<div id="zoom">{_CUT_BODY}</div>{CHROME}</body></html>'
    )


@pytest.mark.parametrize(
    ("cell", "meta"),
    [
        (
            "某县人民政府办公室关于印发某县2026年城乡公交一体化...",
            f'<meta name="ArticleTitle" content="{CUT_NOTICE}">',
        ),
        ("某县人民政府办公室关于印发某县2026年城乡公交一体化…", ""),
        (
            "某县人民政府办公室关于印发某县2026年城乡公交...",
            '<meta name="PubDate" content="2026-03-02 11:20">',
        ),
    ],
    ids=["meta-article-title", "ellipsis-h1", "dots-h1"],
)
def test_cut_title_field_is_read_past(cell, meta):
    assert _parse(_cut_page(cell, meta)).document["title"] == CUT_NOTICE


def test_whole_title_field_stays_over_the_h1():
    page = _cut_page(CUT_NOTICE, h1="某县2026年城乡公交一体化提升工作方案")
    assert _parse(page).document["title"] == CUT_NOTICE


def test_whole_title_field_stays_over_a_cut_meta():
    meta = '<meta name="ArticleTitle" content="某县人民政府办公室关于印发某县2026年城乡公交...">'
    page = _cut_page(CUT_NOTICE, meta, h1="某县2026年城乡公交一体化提升工作方案")
    assert _parse(page).document["title"] == CUT_NOTICE


# --- an empty element a script writes a text into by its id

_DATED_ITEMS = (
    "<p>一、建设产业园区。新建孵化基地1个。（牵头单位：县发展和改革委员会）</p>"
    "<p>二、培育电商主体。培育直播电商企业50家。（牵头单位：县商务局）</p>"
)


def _written_page(info: str, script: str) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>某县2026年玉雕产业提质发展工作方案</title></head><body>'
        f'<div class="crumb">当前位置：首页 &gt; 部门文件</div><div class="detail"><h1>某县2026年玉雕产业提质发展工作方案</h1>'
        f'<div class="detail-info">{info}</div><script>{script}</script>'
        f'<div class="detail-content">{_DATED_ITEMS}</div></div>{CHROME}</body></html>'
    )


@pytest.mark.parametrize(
    ("info", "script"),
    [
        (
            '来源：某县发展和改革委员会　日期：<span id="artDate"></span>',
            'document.getElementById("artDate").innerHTML = "2026-03-02";',
        ),
        ("发布时间：<em id='fbrq'> </em>　来源：某县商务局", "$('#fbrq').text('2026-03-02');"),
        (
            '发布日期：<b id="pub-date"></b>',
            "var el = document.getElementById('pub-date').innerText = '2026年03月02日';",
        ),
    ],
    ids=["innerHTML", "jquery-text", "innerText-cn-date"],
)
def test_date_written_by_script_is_read(info, script):
    assert str(_parse(_written_page(info, script)).document["publish_date"])[:10] == "2026-03-02"


def test_written_text_needs_an_empty_element():
    page = '<span id="d">2026-01-05</span><script>document.getElementById("d").innerHTML = "2026-03-02";</script>'
    assert filled_at_run_time(page) == page


def test_written_markup_or_computed_text_is_not_read():
    page = (
        '<span id="d"></span><span id="e"></span><script>document.getElementById("d").innerHTML = "<b>x</b>";'
        'document.getElementById("e").innerHTML = new Date().toLocaleDateString();</script>'
    )
    assert filled_at_run_time(page) == page


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_written_text_scale(n):
    # many jQuery calls and ids that are never empty; a near miss (an unclosed call)
    page = '<p id="x">正文</p>' * n + "$('#x').text('2026-03-02');" * n + "$('#x').text('2026" * n
    assert filled_at_run_time(page) == page


# --- an element printing only an office's name and a date


def _office_page(byline: str, extra: str = "") -> str:
    return (
        '<html><head><meta charset="utf-8"><title>某县2024年全域旅游发展工作计划</title></head><body>'
        f'{byline}<div class="TRS_Editor"><p>某县2024年全域旅游发展工作计划</p>'
        "<p>一、打造精品景区。新创建4A级景区1家。（责任单位：县文旅局）</p>"
        "<p>二、扩大旅游消费。全年接待游客800万人次以上。（牵头单位：县文旅局）</p></div>"
        f"{extra}</body></html>"
    )


@pytest.mark.parametrize(
    "byline",
    [
        '<div class="info">某县文化和旅游局　2024-05-14</div>',
        '<p class="src">某县人民政府办公室 2024-5-14</p>',
        "<span>\n  某镇人民政府\u3000\u30002024-05-14\n</span>",
    ],
    ids=["div-fullwidth-space", "p-short-date", "span-newlines"],
)
def test_office_and_date_element_is_the_byline(byline):
    assert str(_parse(_office_page(byline)).document["publish_date"])[:10] == "2024-05-14"


def test_list_item_title_and_date_is_no_byline():
    extra = '<ul class="related"><li>关于开展春季造林绿化的通知 2024-05-20</li></ul>'
    assert _parse(_office_page("", extra)).document["publish_date"] is None


def test_named_time_element_comes_first():
    byline = (
        '<div class="pubtime">发布时间：2024-05-10</div><div class="info">某县文化和旅游局　2024-05-14</div>'
    )
    assert str(_parse(_office_page(byline)).document["publish_date"])[:10] == "2024-05-10"


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_office_dated_scale(n):
    from transform.html_parts import _office_dated

    near = "<p>某县文化和旅游局　2024-05-14 附件</p>" * n + ">" + "某" * n + "局 2024-05-14<"
    assert _office_dated(near) is None


# --- a <h1> printing the issuers over the 关于 line

_ABOUT = "关于印发某县2026年发制品产业发展行动方案的通知"


def _h1_page(h1: str) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>某县人民政府</title></head><body>'
        '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 县政府办文件</div>'
        f'<h1>{h1}</h1><div class="info">发布日期：2026-03-02　　发布机构：某县人民政府办公室</div>'
        '<div id="zoom"><p>各乡镇人民政府，县政府各部门：</p>'
        "<p>现将《某县2026年发制品产业发展行动方案》印发给你们，请认真贯彻落实。</p>"
        "<p>某县2026年发制品产业发展行动方案</p>"
        "<p>1.壮大龙头企业。培育龙头企业10家。责任单位：县工业和信息化局。</p>"
        f"<p>2.发展跨境电商。培育跨境电商企业20家。责任单位：县商务局。</p></div>{CHROME}</body></html>"
    )


@pytest.mark.parametrize(
    "issuers",
    ["某县人民政府办公室", "某县农业农村局", "某县人民政府　某县人民法院"],
    ids=["office", "bureau", "joint"],
)
def test_h1_issuers_over_the_about_line(issuers):
    title = _parse(_h1_page(f"{issuers}<br>{_ABOUT}")).document["title"]
    assert title == issuers.replace("\u3000", " ") + _ABOUT


@pytest.mark.parametrize(
    "h1", [_ABOUT, f"政策文件<br>{_ABOUT}", f"2026年第3期<br>{_ABOUT}"], ids=["none", "column", "issue"]
)
def test_h1_without_issuers_keeps_the_about_line(h1):
    assert _parse(_h1_page(h1)).document["title"] == _ABOUT


# --- an element named for the publish time by its tag


def _tag_page(span: str, meta: str = "") -> str:
    return (
        f'<html><head><meta charset="utf-8">{meta}<title>某县2026年方竹产业发展实施方案</title></head><body>'
        '<div class="xl-tit">某县2026年方竹产业发展实施方案</div>'
        f'<div class="xl-sx"><span>信息来源：某县林业局</span><span>{span}</span></div>'
        '<div class="TRS_Editor"><p>1.扩大方竹基地。新造方竹林2万亩。责任单位：县林业局。</p>'
        "<p>2.提升笋品加工。新建加工厂2个。责任单位：县工业和信息化局。</p></div></body></html>"
    )


@pytest.mark.parametrize(
    "span",
    [
        "<publishtime>2026年03月02日 10:21</publishtime>",
        "<pubdate>2026-03-02</pubdate>",
        "<publish_time>2026/03/02</publish_time>",
    ],
)
def test_time_tag_is_the_publish_time(span):
    assert str(_parse(_tag_page(span)).document["publish_date"])[:10] == "2026-03-02"


@pytest.mark.parametrize("span", ["<publishtime></publishtime>", "<pubtime>03-05</pubtime>"])
def test_time_tag_without_a_whole_date(span):
    assert _parse(_tag_page(span)).document["publish_date"] is None


def test_time_tag_after_the_meta_date():
    page = _tag_page(
        "<publishtime>2026-03-09</publishtime>", '<meta name="PubDate" content="2026-03-02 10:00">'
    )
    assert str(_parse(page).document["publish_date"])[:10] == "2026-03-02"


# --- the cheap gates of filled_at_run_time equal the plain substring tests they replace

_GATE_TEXT = st.lists(st.sampled_from(["{", "}", "$", "(", ")", "a", "中", " ", "\n", "{{", "$("]), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_GATE_TEXT)
def test_run_time_gates_equal_plain_substring_tests(s: str) -> None:
    assert (html_held._TWO_BRACES.search(s) is not None) == ("{{" in s)
    assert ("$" in s and html_held._JQUERY_CALL.search(s) is not None) == ("$(" in s)


@pytest.mark.parametrize("lead", ["", "中" * 5000, "{ a: 1 }" * 200, "$.ajax" * 100])
def test_run_time_gates_on_long_pages(lead: str) -> None:
    page = lead + '<span id="d"></span><script>$("#d").text("2026-03-02");</script>'
    assert "2026-03-02</span>" in filled_at_run_time(page)
    assert filled_at_run_time(lead + "文号：{ info.wh }") == lead + "文号：{ info.wh }"
