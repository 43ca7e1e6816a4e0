"""Round 39g: pages as portals serve them, second pass. A 信息公开 row whose spans glue each label
to the value before it, a block of label lines printed without colons, a portal's generic <title>
(详细信息) and a site name after the title behind a plain space. Every page here is invented, in
the styles portals print."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.metadata import label_pairs
from transform.site_titles import strip_site


def _doc(html: str) -> dict:
    return parse_document(html, source="p.html").document


def _page(body: str, title: str = "某县人民政府", head: str = "") -> str:
    return f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>{body}</body></html>"


_PLAN = (
    "<div class='zoom'><p>一、重点任务</p><p>1.实施道路改造。改造道路12条。（责任单位：县住建局）</p>"
    "<p>2.建设停车场。新增车位300个。（责任单位：县城管局）</p></div>"
)

# ------------------------------------------------------------ labels glued to the value before them


@pytest.mark.parametrize("line, field, value", [
    ("索引号：009876/2025-00102发布机构：江口县人民政府办公室文号：江府办发〔2025〕7号发布日期：2025-03-20",
     "doc_number", "江府办发〔2025〕7号"),
    ("索引号：009876/2025-00102发布机构：江口县人民政府办公室文号：江府办发〔2025〕7号发布日期：2025-03-20",
     "issuer", "江口县人民政府办公室"),
    ("发文机关：某市林业局主题分类：林业发文字号：某林发〔2024〕3号", "category", "林业"),
    ("发文机关：某市林业局主题分类：林业发文字号：某林发〔2024〕3号", "doc_number", "某林发〔2024〕3号"),
    ("發布機構：某縣人民政府辦公室文號：某政辦〔2024〕5號", "issuer", "某縣人民政府辦公室"),
    ("发布机构：某区教育局有效性：有效", "validity", "有效"),
])
def test_a_label_glued_to_the_value_before_it_opens_its_own_field(line, field, value):
    assert label_pairs(line).get(field) == value


@pytest.mark.parametrize("line, field, value", [
    # a body line that opens with no label: a word before a colon is no field of the block
    ("会议时间：3月5日，会议来源：县委办通知", "issuer", None),
    # a note of the original headline in a repost stays out of the title field
    ("来源：某某日报原标题：某县出台新举措", "title", None),
    ("标题：某县2024年工作计划的解读发布机构有变", "issuer", None),
])
def test_a_glued_label_is_read_only_in_a_row_of_the_block(line, field, value):
    assert label_pairs(line).get(field) == value


def test_a_page_with_spans_for_labels_gives_its_doc_number():
    body = (
        "<div class='xxgk'><span class='l'>索引号：</span><span class='r'>0098/2025-00102</span>"
        "<span class='l'>发布机构：</span><span class='r'>某县人民政府办公室</span>"
        "<span class='l'>文号：</span><span class='r'>某府办发〔2025〕7号</span>"
        "<span class='l'>发布日期：</span><span class='r'>2025-03-20</span></div>" + _PLAN
    )
    doc = _doc(_page(body, title="某县2025年城市建设工作计划"))
    assert doc["doc_number"] == "某府办发〔2025〕7号"
    assert doc["issuer"] == "某县人民政府办公室"


@pytest.mark.parametrize("line, field, value", [
    ("信息来源：某县科技局发布日期：2024-03-19", "issuer", "某县科技局"),
    ("主题分类：农业文号：某农发〔2024〕1号", "category", "农业"),
])
def test_a_long_label_is_not_cut_at_the_shorter_label_it_ends_with(line, field, value):
    assert label_pairs(line).get(field) == value


# ------------------------------------------------------- a block of label lines printed without colons

_EM_BLOCK = [
    # <em> labels, values as text nodes
    "<div class='gkxx'><p><em>发文机关</em>某市城市管理局</p><p><em>成文日期</em>2024-02-20</p>"
    "<p><em>文号</em>某城管发〔2024〕4号</p><p><em>主题分类</em>城乡建设</p></div>",
    # <b> labels in list items
    "<ul class='meta'><li><b>发布机构</b>某市城市管理局</li><li><b>文号</b>某城管发〔2024〕4号</li>"
    "<li><b>主题分类</b>城乡建设</li></ul>",
    # label images' alt texts dropped, labels as <i> in a <div> a line
    "<div><div><i>索引号</i>0012/2024-00031</div><div><i>发文机关</i>某市城市管理局</div>"
    "<div><i>发文字号</i>某城管发〔2024〕4号</div></div>",
]


@pytest.mark.parametrize("block", _EM_BLOCK)
def test_label_lines_without_colons_give_their_fields(block):
    doc = _doc(_page(block + _PLAN, title="某市2024年城市管理重点工作安排"))
    assert doc["doc_number"] == "某城管发〔2024〕4号"
    assert doc["title"] == "某市2024年城市管理重点工作安排"


@pytest.mark.parametrize("text", [
    # two lines only: no block
    "发文机关某市城市管理局\n某市2024年城市管理重点工作安排\n文号是这样写的\n一、总体要求",
    # body lines that open with a label's word, with colons between
    "标题：某市2024年城市管理重点工作安排\n发布机构：某市城市管理局\n一、总体要求",
])
def test_lines_that_are_no_glued_block_are_not_read_as_one(text):
    assert "doc_number" not in label_pairs(text)


@pytest.mark.parametrize("field", [
    "主题分类城乡建设、环境保护", "组配分类计划总结", "信息分类农业、水利", "主题分类综合政务", "体裁分类方案、计划", "文号某城管发〔2024〕4号", "发布机构：某市城市管理局",
])
def test_a_field_line_above_the_headline_is_no_part_of_it(field):
    block = (
        "<div class='gkxx'><p><em>发文机关</em>某市城市管理局</p><p><em>成文日期</em>2024-02-20</p>"
        f"<p><em>发布日期</em>2024-02-22</p><p>{field}</p></div>"
    )
    body = f"{block}<div class='zwnr'><h2>某市2024年城市管理重点工作安排</h2>{_PLAN[17:]}"
    doc = _doc(_page(body, title="某市2024年城市管理重点工作安排"))
    assert doc["title"] == "某市2024年城市管理重点工作安排"
    assert doc["plan_title"] == "某市2024年城市管理重点工作安排"


def test_a_headline_wrapped_over_two_lines_is_still_joined():
    body = (
        "<div class='art'><p>发布日期：2024-02-22</p><p>某市2024年城市管理</p><p>重点工作安排</p>"
        + _PLAN[17:]
    )
    doc = _doc(_page(body, title="重点工作安排"))
    assert doc["title"] == "某市2024年城市管理重点工作安排"


# ---------------------------------------------------------------- a detail template's generic <title>

_HEADED = (
    "<div class='xl'><h2>某镇2025年人居环境整治提升行动方案</h2><div>时间：2025-04-10　来源：某镇人民政府</div>"
    "<div class='xl-con'><p>一、垃圾治理</p><p>1.完善收运体系。新增收集点30个。（责任单位：镇环卫所）</p></div></div>"
)


@pytest.mark.parametrize("tag", ["详细信息", "内容详情", "详细内容", "文章内容"])
def test_a_generic_detail_title_gives_way_to_the_headline(tag):
    doc = _doc(_page(_HEADED, title=tag))
    assert doc["title"] == "某镇2025年人居环境整治提升行动方案"


@pytest.mark.parametrize("tag", ["关于公布2025年重点项目详细信息的通知", "某镇2025年人居环境整治提升行动方案"])
def test_a_title_that_only_holds_such_words_is_kept(tag):
    doc = _doc(_page(_HEADED.replace("某镇2025年人居环境整治提升行动方案", tag), title=tag))
    assert doc["title"] == tag


# ------------------------------------------------------- a site's name after the title behind a space

_BODY = "<div id='zoom'><p>一、培育创新主体</p><p>1.壮大高新技术企业。新认定高新技术企业15家。（责任单位：县科技局）</p></div>"


@pytest.mark.parametrize("tag", [
    "某县2024年科技创新工作要点 某县人民政府",
    "某县2024年科技创新工作要点　某县人民政府门户网站",
    "某县2024年科技创新工作要点  某某市政务服务网",
])
def test_a_site_name_after_a_space_is_cut_from_the_title(tag):
    assert _doc(_page(_BODY, title=tag))["title"] == "某县2024年科技创新工作要点"


@pytest.mark.parametrize("tag", [
    "某县人民政府 关于印发某县2024年科技创新工作要点的通知",
    "某县2024年科技创新工作要点 （征求意见稿）",
    "关于印发 2024年某某工作方案的通知",
])
def test_a_title_with_a_space_and_no_site_name_after_it_is_kept(tag):
    assert strip_site(tag) == tag


# --------------------------------------------------------- a table dividing the work names a plan

_TABLE = (
    "<div id='Zoom'><table border='1'><tr><td>序号</td><td>项目名称</td><td>年度目标</td><td>牵头单位</td></tr>"
    "<tr><td>1</td><td>新建幼儿园</td><td>新建公办幼儿园2所</td><td>区教育局</td></tr>"
    "<tr><td>2</td><td>社区医院建设</td><td>建成社区医院3家</td><td>区卫健委</td></tr></table></div>"
)


@pytest.mark.parametrize("title", [
    "2024年某区民生实事项目责任分解表",
    "某县2025年重点工作目标分解表",
    "某市2024年重点项目建设分工表",
])
def test_a_breakdown_table_is_its_own_plan(title):
    assert _doc(_page(_TABLE, title=title))["plan_title"] == title


@pytest.mark.parametrize("title", ["某区领导班子成员工作分工", "某县2023年民生实事完成情况统计表"])
def test_other_tables_name_no_plan(title):
    assert _doc(_page(_TABLE, title=title))["plan_title"] is None


# ------------------------------------------- a headline in an element named for a title, outside the body

_CON = (
    "<div class='detail-con'><p>一、主要任务</p><p>1.推进义务教育优质均衡。新建改扩建中小学校6所。（责任单位：县教育局）</p>"
    "<p>2.扩大学前教育资源。普惠性幼儿园覆盖率达到92%以上。（责任单位：县教育局）</p></div>"
)


@pytest.mark.parametrize("head", [
    "<div class='detail-title'>某县2024年学校建设工作计划<span class='share'>分享到：<a>微信</a></span></div>",
    "<p id='artTitle'>某县2024年学校建设工作计划</p>",
    "<div class='hd'><span class='article-title'>某县2024年学校建设工作计划</span></div>",
])
def test_a_titled_element_outside_the_body_gives_the_headline_and_its_date(head):
    body = f"<div class='detail'>{head}<div class='info'>2024-03-11 09:12:43　来源：某县教育局</div>{_CON}</div>"
    doc = _doc(_page(body, title="新闻中心"))
    assert doc["title"] == "某县2024年学校建设工作计划"
    assert str(doc["publish_date"]) == "2024-03-11"


@pytest.mark.parametrize("head", [
    # other articles' titles in a list of links
    "<ul><li><a class='title'>某县2023年学校建设工作总结</a></li><li><a class='title'>某县教育局召开会议</a></li></ul>",
    # two titled elements with different texts
    "<div class='box-title'>某县教育局政务公开专栏</div><div class='news-title'>某县2024年学校建设工作计划</div>",
])
def test_titled_elements_that_are_no_single_headline_give_none(head):
    body = f"<div class='detail'>{head}{_CON}</div>"
    doc = _doc(_page(body, title="新闻中心"))
    assert doc["title"] != "某县2024年学校建设工作计划"
    assert doc["title"] != "某县2023年学校建设工作总结"


@pytest.mark.parametrize("tag, title", [
    ("某县2024年工作要点  -  某县人民政府", "某县2024年工作要点"),
    ("某县2024年工作要点 _ 某县政府网", "某县2024年工作要点"),
    ("某县" + " " * 20000 + "x", "某县" + " " * 20000 + "x"),  # a run of spaces: read in linear time
])
def test_the_site_name_separators_keep_their_reading(tag, title):
    assert strip_site(tag) == title
