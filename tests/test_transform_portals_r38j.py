"""Round 38j: plan pages as portals serve them. A task table whose section number spans the rows
of its numbered items, a 信息公开 cell printing its label over its value, a print page's <title>,
a town's site name after a title, and 上一条/下一条 links under the body. Every page here is
invented, in the styles portals print."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.html import extract


def _parse(html: str):
    return parse_document(html, source="p.html")


def _page(body: str, title: str = "某县人民政府", head: str = "") -> str:
    return f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>{body}</body></html>"


# ------------------------------------------------------------------ a section number over its items

_HEAD = "<tr><td>序号</td><td>重点任务</td><td>工作目标</td><td>牵头单位</td><td>配合单位</td></tr>"


@pytest.mark.parametrize("rows", [
    # a colspan section row, the items below it in their own rows
    '<tr><td rowspan="2">一</td><td colspan="4">数字基础设施建设</td></tr>'
    "<tr><td>1.加快5G网络建设</td><td>新建5G基站800个</td><td>市工信局</td><td>各县区政府</td></tr>"
    '<tr><td rowspan="3">二</td><td colspan="4">数字产业化</td></tr>'
    '<tr><td>2.培育软件产业</td><td>软件业务收入增长15%</td><td rowspan="2">市发改委</td><td>市科技局</td></tr>'
    "<tr><td>3.建设数字经济产业园</td><td>引进企业30家以上</td><td>汉台区政府</td></tr>",
    # the section row's other cells printed empty; <p> inside the cells
    '<tr><td rowspan="2"><p>一</p></td><td><p>数字基础设施建设</p></td><td></td><td></td><td></td></tr>'
    "<tr><td><p>1.加快5G网络建设</p></td><td><p>新建5G基站800个</p></td><td><p>市工信局</p></td><td><p>各县区政府</p></td></tr>"
    '<tr><td rowspan="3"><p>二</p></td><td><p>数字产业化</p></td><td></td><td></td><td></td></tr>'
    '<tr><td><p>2.培育软件产业</p></td><td><p>软件业务收入增长15%</p></td><td rowspan="2"><p>市发改委</p></td>'
    "<td><p>市科技局</p></td></tr>"
    "<tr><td><p>3.建设数字经济产业园</p></td><td><p>引进企业30家以上</p></td><td><p>汉台区政府</p></td></tr>",
    # items numbered 1、 with （1） style sections
    '<tr><td rowspan="2">（一）</td><td colspan="4">数字基础设施建设</td></tr>'
    "<tr><td>1、加快5G网络建设</td><td>新建5G基站800个</td><td>市工信局</td><td>各县区政府</td></tr>"
    '<tr><td rowspan="3">（二）</td><td colspan="4">数字产业化</td></tr>'
    '<tr><td>2、培育软件产业</td><td>软件业务收入增长15%</td><td rowspan="2">市发改委</td><td>市科技局</td></tr>'
    "<tr><td>3、建设数字经济产业园</td><td>引进企业30家以上</td><td>汉台区政府</td></tr>",
])
def test_items_under_a_spanning_section_number_are_tasks_of_their_own(rows):
    html = _page(f'<div id="zoom"><p>2024年全市数字经济重点任务清单</p><table border="1">{_HEAD}{rows}</table></div>')
    tasks = {tuple(t["path"]): t for t in _parse(html).tasks}
    assert len(tasks) == 3
    third = next(t for p, t in tasks.items() if p[-1] == "3")
    assert third["title"] == "建设数字经济产业园"
    assert third["lead_units"] == ["市发改委"]
    assert third["participating_units"] == ["汉台区政府"]


def test_the_section_row_prints_once_and_each_item_keeps_its_line():
    html = _page(
        f'<div id="zoom"><table border="1">{_HEAD}'
        '<tr><td rowspan="3">一</td><td colspan="4">数字产业化</td></tr>'
        '<tr><td>1.培育软件产业</td><td>增长15%</td><td rowspan="2">市发改委</td><td>市科技局</td></tr>'
        "<tr><td>2.建设产业园</td><td>引进企业30家</td><td>汉台区政府</td></tr></table></div>"
    )
    lines = extract(html).body_text.split("\n")
    assert lines[1].startswith("一 | 数字产业化")
    assert lines[2].startswith("| 1.培育软件产业") and lines[3].startswith("| 2.建设产业园 | 引进企业30家 | 市发改委")


@pytest.mark.parametrize("rows", [
    # one item printed over rows under its number: its measures (1)(2) are one task's text
    '<tr><td rowspan="2">1</td><td rowspan="2">建设产业园</td><td>（1）完成土地收储</td><td rowspan="2">市发改委</td>'
    "<td>市自然资源局</td></tr><tr><td>（2）引进企业30家</td><td>汉台区政府</td></tr>",
    # the number's own row is a sentence of work, not a section heading
    '<tr><td rowspan="2">1</td><td>建设产业园，引进企业30家。</td><td></td><td>市发改委</td><td>市科技局</td></tr>'
    "<tr><td>（1）完成土地收储</td><td></td><td></td><td>汉台区政府</td></tr>",
])
def test_rows_of_one_item_under_its_number_stay_one_line(rows):
    html = _page(f'<div id="zoom"><table border="1">{_HEAD}{rows}</table></div>')
    lines = extract(html).body_text.split("\n")
    assert len(lines) == 2 and lines[1].startswith("1 | ")


# ------------------------------------------------------------------ a label over its value

_ZOOM = (
    '<div class="detail-content"><p>一、目标任务</p><p>全区秋冬种面积稳定在12万亩以上。</p><p>二、工作措施</p>'
    "<p>（一）抓好油菜扩种。（责任单位：区农业农村局）</p><p>（二）强化农资保障。（责任单位：区供销社）</p></div>"
)


@pytest.mark.parametrize("block", [
    "<table><tr><td><span>信息索引号</span><br><span>431102/2024-05512</span></td>"
    "<td><span>发布单位</span><br><span>冷水滩区农业农村局</span></td><td><span>生成日期</span><br><span>2024-09-02</span></td></tr>"
    '<tr><td colspan="2"><span>信息名称</span><br>冷水滩区2024年秋冬种生产工作方案</td>'
    "<td><span>文号</span><br><span>冷农发〔2024〕17号</span></td></tr></table>",
    '<ul class="meta"><li><p class="k">索引号：</p><p class="v">431102/2024-05512</p></li>'
    '<li><p class="k">发布机构：</p><p class="v">冷水滩区农业农村局</p></li>'
    '<li><p class="k">发布日期：</p><p class="v">2024-09-02</p></li>'
    '<li><p class="k">标题：</p><p class="v">冷水滩区2024年秋冬种生产工作方案</p></li>'
    '<li><p class="k">文号：</p><p class="v">冷农发〔2024〕17号</p></li></ul>',
    "<div><div>索引号</div><div>431102/2024-05512</div><div>发布机构</div><div>冷水滩区农业农村局</div>"
    "<div>发布日期</div><div>2024年09月02日</div><div>文号</div><div>冷农发〔2024〕17号</div>"
    "<div>标题</div><div>冷水滩区2024年秋冬种生产工作方案</div></div>",
])
def test_a_label_printed_over_its_value_is_read(block):
    doc = _parse(_page(block + _ZOOM, title="详情页")).document
    assert doc["issuer"] == "冷水滩区农业农村局"
    assert doc["doc_number"] == "冷农发〔2024〕17号"
    assert str(doc["publish_date"]) == "2024-09-02"
    assert doc["title"] == "冷水滩区2024年秋冬种生产工作方案"


def test_a_row_of_labels_over_a_row_of_values_is_not_joined():
    page = extract(_page(
        "<table><tr><td>索引号</td><td>发布机构</td><td>发布日期</td></tr>"
        "<tr><td>431102/2024-05512</td><td>冷水滩区农业农村局</td><td>2024-09-02</td></tr></table>" + _ZOOM
    ))
    lines = page.page_text.split("\n")
    i = lines.index("索引号 | 发布机构 | 发布日期")
    assert lines[i + 1] == "431102/2024-05512 | 冷水滩区农业农村局 | 2024-09-02"


@pytest.mark.parametrize("opening", ["各乡镇人民政府，县直各单位：", "为做好秋冬种工作，制定本方案。", "网站首页"])
def test_a_label_with_an_empty_value_takes_no_sentence_below_it(opening):
    page = extract(_page(f"<div>发布机构</div><div>{opening}</div>" + _ZOOM))
    assert "发布机构" in page.page_text.split("\n")


def test_a_label_before_another_label_takes_no_value():
    page = extract(_page("<div>发布机构：<br>发布日期：2024-09-02</div>" + _ZOOM))
    lines = page.page_text.split("\n")
    assert "发布机构：" in lines and "发布日期：2024-09-02" in lines


# ------------------------------------------------------------------ titles of print pages and town sites

_PLAN = (
    "<p>一、重点任务</p><p>1.健全网格化排查机制。全年矛盾纠纷化解率达到98%以上。（责任科室：综治中心）</p>"
    "<p>2.加强人民调解组织建设。（责任科室：司法所）</p>"
)


@pytest.mark.parametrize("tag", ["打印页面", "打印预览", "打印本页"])
def test_a_print_pages_title_tag_is_no_title(tag):
    html = _page(f'<h1>和平街道2024年平安建设工作要点</h1><div class="print-info">发布时间：2024年01月22日</div>'
                 f'<div id="print-content">{_PLAN}</div>', title=tag)
    assert _parse(html).document["title"] == "和平街道2024年平安建设工作要点"


@pytest.mark.parametrize("tag", [
    "永安镇2024年耕地保护工作方案-通知公告-福州市永安镇",
    "永安镇2024年耕地保护工作方案_城关街道",
    "永安镇2024年耕地保护工作方案 - 某县白石乡",
])
def test_a_towns_site_name_after_the_title_is_cut(tag):
    html = _page(f'<div class="article-info">发布时间：2024-06-03</div><div class="article-content">{_PLAN}</div>', title=tag)
    assert _parse(html).document["title"] == "永安镇2024年耕地保护工作方案"


def test_a_title_naming_a_town_without_a_separator_stays():
    tag = "关于印发永安镇2024年耕地保护工作方案的通知"
    html = _page(f'<div class="article-info">发布时间：2024-06-03</div><div class="article-content">{_PLAN}</div>', title=tag)
    assert _parse(html).document["title"] == tag


# ------------------------------------------------------------------ 上一条 / 下一条 under the body

@pytest.mark.parametrize("nav", [
    '<div class="bottom-links">上一条：<a>白河镇2024年森林防灭火工作方案</a>　下一条：<a>没有了</a></div>',
    "<p>上一条: <a>关于开展消防检查的通知</a></p><p>下一条: <a>没有了</a></p>",
    "<div>下一条：<a>白河镇2024年防汛工作方案</a></div>",
])
def test_previous_and_next_links_are_no_targets(nav):
    html = (
        "<html><head><title>白河镇2024年安全生产工作要点 - 白河镇人民政府</title></head><body>"
        '<div class="content-info"><span>发布日期：2024年02月20日</span></div><div class="WordSection1">'
        "<div>一、重点工作</div><div>（一）开展安全隐患大排查。排查整治企业60家次以上。（责任单位：镇安监站）</div>"
        f"<div>（二）加强消防安全宣传。开展消防培训8场次。（责任单位：镇安监站）</div></div>{nav}</body></html>"
    )
    assert sorted(t["value"] for t in _parse(html).targets) == [8, 60]


def test_a_sentence_opening_with_the_words_is_kept():
    html = _page('<div id="zoom"><p>一、重点工作</p><p>（一）完善制度。上一条规定的事项，新增试点10个。（责任单位：县司法局）</p></div>')
    assert [t["value"] for t in _parse(html).targets] == [10]


# ------------------------------------------------------------------ a news headline above the body

_NEWS_BODY = (
    "<p>一、教育提升工程</p><p>1.新建幼儿园3所。（责任单位：县教体局）</p>"
    "<p>2.改造提升乡村学校食堂15所。（责任单位：县教体局）</p>"
)


@pytest.mark.parametrize(("headline", "opening", "name"), [
    ("我县出台2024年民生实事项目实施方案", "近日，县政府办公室印发《东阳县2024年民生实事项目实施方案》，具体如下：",
     "东阳县2024年民生实事项目实施方案"),
    ("我市印发2024年稳就业工作方案", "日前，市人社局等五部门联合印发了《南州市2024年稳就业工作方案》。",
     "南州市2024年稳就业工作方案"),
    ("我区发布数字经济三年行动计划", "近日，区政府发布《鹿城区数字经济三年行动计划（2024—2026年）》。",
     "鹿城区数字经济三年行动计划（2024—2026年）"),
])
def test_a_headline_above_the_body_takes_the_full_name_its_report_gives(headline, opening, name):
    html = _page(
        f'<h1>{headline}</h1><div class="source">发布时间：2024年02月28日 来源：本站</div>'
        f'<div class="news_content"><p>{opening}</p>{_NEWS_BODY}</div>',
        title=f"{headline}_某县人民政府网",
    )
    doc = _parse(html).document
    assert doc["title"] == headline
    assert doc["plan_title"] == name


def test_a_report_naming_another_plan_leaves_the_headline():
    headline = "我县出台2024年民生实事项目实施方案"
    html = _page(
        f'<h1>{headline}</h1><div class="source">发布时间：2024年02月28日</div><div class="news_content">'
        f"<p>近日，县政府办公室印发《东阳县乡村振兴促进办法》，具体如下：</p>{_NEWS_BODY}</div>",
        title=headline,
    )
    assert _parse(html).document["plan_title"] == headline
