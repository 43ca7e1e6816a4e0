"""HTML tables as a reader reads them: layout tables keep their paragraphs, data tables are one
"|" line per row (a cell's paragraphs and <br> breaks stay in the cell), merged cells expanded
(a spanning unit or deadline cell applies to each row, a category is printed once, rows under one
spanning number are one item, a two-row header is one), headerless task tables, ragged rows, and
①② items inside a row's task cell. Every page here is invented, in the styles portals print."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from transform.document import parse_document
from transform.html import extract, render


def _parse(html: str):
    return parse_document(html, source="p.html")


def _tasks(html: str) -> dict[tuple[str, ...], dict]:
    return {tuple(t["path"]): t for t in _parse(html).tasks}


def _page(body: str, title: str = "某县人民政府", head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


# ------------------------------------------------------------------ layout tables

def test_a_short_body_in_a_layout_cell_keeps_its_paragraphs():
    # TRS: the page is a frame table, the body a <td id="zoom"> holding a few paragraphs
    html = _page(
        '<table width="1000"><tr><td>网站导航</td></tr>'
        '<tr><td align="center"><h2>青禾县2024年春耕备耕工作方案</h2></td></tr>'
        '<tr><td id="zoom"><div class="TRS_Editor">'
        "<p>为做好春耕备耕，制定本方案。</p><p><b>一、重点任务</b></p>"
        "<p>（一）稳定播种面积。粮食播种面积稳定在36万亩以上。（牵头单位：县农业农村局）</p>"
        "<p>（二）建设高标准农田。新建高标准农田2万亩。（牵头单位：县农业农村局；配合单位：县财政局）</p>"
        "</div></td></tr></table>"
    )
    assert extract(html).body_text.split("\n")[:2] == ["为做好春耕备耕，制定本方案。", "一、重点任务"]
    tasks = _tasks(html)
    assert set(tasks) == {("一", "(一)"), ("一", "(二)")}
    assert tasks[("一", "(二)")]["participating_units"] == ["县财政局"]


def test_a_document_wrapped_in_a_one_column_table_reads_as_paragraphs():
    # Word/WPS pages sometimes wrap the whole text in one big table cell
    text = render(
        "<table class=MsoNormalTable><tr><td><p class=MsoNormal>一、总体要求</p>"
        "<p class=MsoNormal>1.新建村级服务站8个。</p><p class=MsoNormal>2.培训农民1200人次。</p></td></tr></table>"
    )
    assert text.split("\n") == ["一、总体要求", "1.新建村级服务站8个。", "2.培训农民1200人次。"]


def test_a_task_table_nested_in_a_layout_table_keeps_its_rows():
    html = _page(
        '<div class="article-content"><table><tr><td><p>东坪镇2024年重点工作清单</p>'
        "<table border=1><tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>完成时限</td></tr>"
        "<tr><td>1</td><td>新建农村公路6公里。</td><td>镇建设办</td><td>10月底</td></tr>"
        "<tr><td>2</td><td>改造危房30户。</td><td>镇民政办</td><td>12月底</td></tr></table>"
        "</td><td><ul><li><a href='/a'>相关链接</a></li></ul></td></tr></table></div>"
    )
    lines = extract(html).body_text.split("\n")
    assert "1 | 新建农村公路6公里。 | 镇建设办 | 10月底" in lines
    tasks = _tasks(html)
    assert tasks[("2",)]["lead_units"] == ["镇民政办"]


_BODY_CELL = (
    "<td><p>为推进秸秆综合利用，制定本方案。</p><p>一、工作目标</p>"
    "<p>1.秸秆综合利用率稳定在92%以上。（牵头单位：县农业农村局）</p>"
    "<p>2.新建秸秆收储中心3个。（牵头单位：县农业农村局；配合单位：县财政局）</p></td>"
)


def test_a_body_beside_a_sidebar_of_links_keeps_its_paragraphs():
    for sidebar in ("<td><ul><li><a href='/a'>政策文件</a></li><li><a href='/b'>通知公告</a></li></ul></td>",
                    "<td><a href='/a'>政策文件</a><br><a href='/b'>通知公告</a></td>"):
        html = _page(f'<div id="content"><div class="content"><table><tr>{sidebar}{_BODY_CELL}</tr></table></div></div>')
        tasks = _tasks(html)
        assert set(tasks) == {("一", "1"), ("一", "2")}, sidebar
        assert tasks[("一", "2")]["participating_units"] == ["县财政局"]


def test_a_task_table_with_lists_in_its_cells_is_no_frame():
    # an editor's list inside a task cell: the header names the columns, so the rows stay rows
    html = _page(
        '<div class="view TRS_UEDITOR"><table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>'
        "<tr><td>1</td><td><ul><li>改造老旧小区6个；</li><li>加装电梯20部。</li></ul></td><td>区住建局</td><td>11月底</td></tr>"
        "<tr><td>2</td><td>新建口袋公园3个。</td><td>区城管局</td><td>10月底</td></tr></table></div>"
    )
    tasks = _tasks(html)
    assert tasks[("1",)]["lead_units"] == ["区住建局"] and "加装电梯20部" in tasks[("1",)]["body"]
    assert tasks[("2",)]["deadline_text"] == "10月底"


def test_a_two_column_table_of_short_cells_stays_one_line_per_row():
    assert render("<table><tr><td>某县人民政府办公室</td><td>2024年3月1日</td></tr></table>") == (
        "某县人民政府办公室 | 2024年3月1日"
    )


# ------------------------------------------------------------------ cells

def test_br_and_paragraphs_inside_a_cell_stay_in_the_row():
    text = render(
        "<table><tr><td>1</td><td>实施供水管网改造，<br>改造管网15公里。</td><td><p>县水务局</p><p>县住建局</p></td>"
        "<td>张伟<br/>刘芳</td><td>2024年<br>11月底前</td></tr></table>"
    )
    assert text == "1 | 实施供水管网改造， 改造管网15公里。 | 县水务局 县住建局 | 张伟 刘芳 | 2024年 11月底前"


def test_word_exported_cells_with_span_runs_and_nbsp():
    text = render(
        "<table class=MsoNormalTable><tr><td><p class=MsoNormal><span>序号</span></p></td>"
        "<td><p class=MsoNormal><span>工作</span><span>任务</span></p></td>"
        "<td><p class=MsoNormal><span>牵头</span><span>单位</span></p></td>"
        "<td><p class=MsoNormal><span>完成时限</span></p></td></tr>"
        "<tr><td><p class=MsoNormal><span>1</span></p></td><td><p class=MsoNormal><span>新增</span><span>就业</span>"
        "<span>2000</span><span>人。</span></p></td><td><p class=MsoNormal>&nbsp;</p></td>"
        "<td><p class=MsoNormal><span>2024</span><span>年底</span></p></td></tr></table>"
    )
    assert text.split("\n") == ["序号 | 工作任务 | 牵头单位 | 完成时限", "1 | 新增就业2000人。 | | 2024年底"]


# ------------------------------------------------------------------ merged cells

_SPANNED = (
    "<p>白河乡2024年民生实事项目清单</p><table border=1>"
    "<tr><th>类别</th><th>序号</th><th>项目名称</th><th>建设内容</th><th>责任单位</th><th>完成时间</th></tr>"
    "<tr><td rowspan=3>一、教育卫生</td><td>1</td><td>乡中心幼儿园扩建</td><td>新增学位120个。</td>"
    "<td rowspan=3>乡社会事务办</td><td>2024年8月</td></tr>"
    "<tr><td rowspan=2>2</td><td rowspan=2>村卫生室提升</td><td>改造村卫生室5个；</td><td>2024年10月</td></tr>"
    "<tr><td>配备健康一体机5台。</td><td>2024年11月</td></tr>"
    "<tr><td>二、交通出行</td><td>3</td><td>农村公路硬化</td><td>硬化道路9公里。</td>"
    "<td>乡建设办<br>乡财政所</td><td>2024年12月</td></tr></table>"
)


def test_rowspan_unit_cells_apply_to_each_row_and_a_category_is_printed_once():
    lines = render(_SPANNED).split("\n")
    assert lines[2] == "一、教育卫生 | 1 | 乡中心幼儿园扩建 | 新增学位120个。 | 乡社会事务办 | 2024年8月"
    assert lines[3].startswith("| 2 | 村卫生室提升 |") and "乡社会事务办" in lines[3]
    assert lines.count("一、教育卫生") == 0 and sum("一、教育卫生" in ln for ln in lines) == 1


def test_rows_under_one_spanning_number_are_one_item():
    tasks = _tasks(_page(f'<div id="zoom">{_SPANNED}</div>'))
    assert set(tasks) == {("一", "1"), ("一", "2"), ("二", "3")}
    two = tasks[("一", "2")]
    assert two["title"] == "村卫生室提升" and two["lead_units"] == ["乡社会事务办"]
    assert "配备健康一体机5台" in two["body"]
    assert tasks[("二", "3")]["lead_units"] == ["乡建设办", "乡财政所"]


def test_a_header_printed_over_two_rows_is_one_header():
    html = _page(
        '<div class="TRS_Editor"><table border=1>'
        "<tr><td rowspan=2>序号</td><td rowspan=2>工作任务</td><td colspan=2>责任单位</td><td rowspan=2>完成时限</td></tr>"
        "<tr><td>牵头单位</td><td>配合单位</td></tr>"
        "<tr><td>1</td><td>网上可办率达到98%以上。</td><td rowspan=2>县政务服务中心</td><td>县直各部门</td>"
        "<td rowspan=2>2024年12月底</td></tr>"
        "<tr><td>2</td><td>新建便民服务站5个。</td><td>各乡镇人民政府</td></tr>"
        "</table></div>"
    )
    lines = extract(html).body_text.split("\n")
    assert lines[0] == "序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限"
    tasks = _tasks(html)
    assert tasks[("2",)]["lead_units"] == ["县政务服务中心"]
    assert tasks[("2",)]["participating_units"] == ["各乡镇人民政府"]
    assert tasks[("2",)]["deadline_text"] == "2024年12月底"


def test_a_section_row_spanning_the_table_stays_inside_the_table():
    # a section row (colspan) restarts 一、 inside the table: it nests under the heading above
    html = _page(
        '<div id="zoom"><p>一、区政府重点工作</p><table border=1>'
        "<tr><th>序号</th><th>目标与任务</th><th>牵头单位</th><th>责任单位</th></tr>"
        "<tr><td colspan=4>一、主要预期目标</td></tr>"
        "<tr><td>(1)</td><td>地区生产总值增长6%左右。</td><td>区发展改革委</td><td>各街道</td></tr>"
        "<tr><td>(2)</td><td>城镇新增就业5000人。</td><td>区人社局</td><td>各街道</td></tr>"
        "<tr><td colspan=4>二、重点工作</td></tr>"
        "<tr><td>(3)</td><td>新建口袋公园8个。</td><td>区城管局</td><td>各街道</td></tr></table></div>"
    )
    assert "一、主要预期目标 | | |" in extract(html).body_text.split("\n")
    assert set(_tasks(html)) == {("一", "一", "(1)"), ("一", "一", "(2)"), ("一", "二", "(3)")}


def test_ragged_rows_keep_their_cells_in_the_header_columns():
    html = _page(
        '<div class="article-content"><table>'
        "<tr><td>序号</td><td>重点工作</td><td>牵头单位</td><td>配合单位</td><td>责任领导</td><td>完成时限</td><td>备注</td></tr>"
        "<tr><td>1</td><td>完成老旧小区改造20个。</td><td>区住建局</td><td>各街道办事处</td><td>王强</td><td>2025年10月</td></tr>"
        "<tr><td>2</td><td>推进农村改厕。</td><td>区农业农村局</td></tr></table></div>"
    )
    tasks = _tasks(html)
    assert tasks[("1",)]["participating_units"] == ["各街道办事处"]
    assert tasks[("1",)]["deadline_text"] == "2025年10月"
    assert tasks[("2",)]["lead_units"] == ["区农业农村局"]


# ------------------------------------------------------------------ indicator tables

_INDICATORS = (
    "<tr><td rowspan=2>经济发展</td><td>地区生产总值</td><td>亿元</td><td>300</td><td>360</td><td>预期性</td></tr>"
    "<tr><td>固定资产投资增速</td><td>%</td><td>6</td><td>7</td><td>预期性</td></tr>"
    "<tr><td>民生福祉</td><td>城镇新增就业</td><td>万人</td><td>1.2</td><td>1.5</td><td>预期性</td></tr>"
)


def _targets(html: str) -> list[tuple]:
    return [(t["indicator"], t["value"], t["unit"], t["year"]) for t in _parse(html).targets]


def test_an_indicator_table_with_a_category_spanning_rows_keeps_its_columns():
    html = _page(
        '<div id="zoom"><p>丰宁县“十四五”经济发展规划</p><p>一、主要指标</p><table border=1>'
        "<tr><td>类别</td><td>指标名称</td><td>单位</td><td>2020年</td><td>2025年</td><td>属性</td></tr>"
        + _INDICATORS + "</table></div>"
    )
    assert "| 固定资产投资增速 | % | 6 | 7 | 预期性" in extract(html).body_text.split("\n")
    assert _targets(html) == [("地区生产总值", 360.0, "亿元", 2025), ("固定资产投资增速", 7.0, "%", 2025),
                              ("城镇新增就业", 1.5, "万人", 2025)]


def test_an_indicator_table_with_numbered_rows_names_the_indicator_by_its_column():
    rows = "".join(
        f"<tr><td>{i}</td>{row}" for i, row in enumerate(_INDICATORS.split("<tr>")[1:], 1)
    )
    html = _page(
        '<div id="zoom"><p>丰宁县“十四五”经济发展规划</p><p>一、主要指标</p><table border=1>'
        "<tr><td>序号</td><td>类别</td><td>指标名称</td><td>单位</td><td>2020年</td><td>2025年</td><td>属性</td></tr>"
        + rows + "</table></div>"
    )
    assert [t[0] for t in _targets(html)] == ["地区生产总值", "固定资产投资增速", "城镇新增就业"]


def test_rows_of_a_table_in_a_text_are_never_joined_as_wrapped_lines():
    text = (
        "某县“十四五”规划\n一、主要指标\n指标名称 | 单位 | 2020年 | 2025年 | 属性\n"
        "地区生产总值 | 亿元 | 300 | 360 | 预期性\n城镇新增就业人数 | 万人 | 1.2 | 1.5 | 预期性\n"
        "森林覆盖率达到水平 | % | 40 | 42 | 约束性\n"
    )
    targets = parse_document(text, source="t.txt", is_text=True).targets
    assert [(t["indicator"], t["value"]) for t in targets] == [
        ("地区生产总值", 360.0), ("城镇新增就业人数", 1.5), ("森林覆盖率达到水平", 42.0)]


# ------------------------------------------------------------------ tables without a header

_HEADERLESS_HTML = (
    '<div id="zoom"><p>北坡县2024年为民办实事项目</p><table border="1">'
    "<tr><td>1</td><td>一、民生保障</td><td>改造城区供水管网15公里。</td><td>县水务局<br>县住建局</td>"
    "<td>张伟<br>刘芳</td><td>2024年11月底前</td></tr>"
    "<tr><td>2</td><td>新建公办幼儿园3所。</td><td>县教育局</td><td>赵军</td><td>2024年9月</td></tr>"
    "<tr><td>3</td><td>二、城市更新</td><td>改造老旧小区10个。</td><td>县住建局</td><td>王磊</td><td>2024年底</td></tr>"
    "</table></div>"
)


def test_a_task_table_without_a_header_row_keeps_its_rows():
    tasks = _tasks(_page(_HEADERLESS_HTML))
    assert set(tasks) == {("一", "1"), ("一", "2"), ("二", "3")}
    assert tasks[("一", "1")]["lead_units"] == ["县水务局", "县住建局"]
    assert tasks[("一", "2")]["lead_units"] == ["县教育局"]
    assert not any("张伟" in u or "赵军" in u for t in tasks.values() for u in t["lead_units"])


def test_headerless_piped_rows_in_a_text_rendering():
    text = (
        "某镇2024年重点工作\n"
        "1 | 新建文化广场1个。 | 镇文化站 | 李华 | 2024年6月底 |\n"
        "2 | 硬化村组道路8公里。 | 镇建设办 | 周明 | 2024年10月底 |\n"
    )
    tasks = {tuple(t["path"]): t for t in parse_document(text, source="t.txt", is_text=True).tasks}
    assert tasks[("1",)]["lead_units"] == ["镇文化站"] and tasks[("2",)]["lead_units"] == ["镇建设办"]


def test_a_list_under_a_header_naming_no_task_columns_is_no_task_table():
    # a list of projects by town: numbered rows with a place name, under its own header
    text = ("某县2024年项目名单\n序号 | 项目名称 | 所在镇街\n1 | 新建农贸市场 | 城关镇\n"
            "2 | 改造污水管网 | 河东街道\n")
    assert parse_document(text, source="t.txt", is_text=True).tasks == []


def test_numbered_rows_of_another_table_are_no_headerless_task_table():
    # a list of names with numbers (no sentence beside a unit, person or deadline)
    text = "获奖名单\n1 | 张三 | 李四\n2 | 王五 | 赵六\n"
    assert parse_document(text, source="t.txt", is_text=True).tasks == []


# ------------------------------------------------------------------ ①② items in a task cell

def test_circled_items_in_a_task_cell_each_get_the_row_units():
    html = _page(
        '<div id="zoom"><table border=1><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>'
        "<tr><td>1</td><td>新建幼儿园2所。</td><td>县教体局</td><td>2024年9月</td></tr>"
        "<tr><td>2</td><td><p>①改造农贸市场2个；</p><p>②新增停车泊位600个。</p></td><td>县商务局</td><td>2024年底</td></tr>"
        "</table></div>"
    )
    tasks = _tasks(html)
    assert set(tasks) == {("1",), ("2", "①"), ("2", "②")}
    assert tasks[("1",)]["lead_units"] == ["县教体局"]
    assert tasks[("2", "①")]["lead_units"] == tasks[("2", "②")]["lead_units"] == ["县商务局"]
    assert tasks[("2", "①")]["deadline_text"] == tasks[("2", "②")]["deadline_text"] == "2024年底"  # the row's


def test_circled_items_opening_a_row_in_a_text_rendering():
    text = (
        "某县2024年重点工作任务分解方案\n序号 | 工作任务 | 牵头单位 | 完成时限 |\n"
        "1 | 新建幼儿园2所。 | 县教体局 | 2024年9月 |\n"
        "2 | ①改造农贸市场2个；②新增停车泊位600个。 | 县商务局 | 2024年底 |\n"
    )
    tasks = {tuple(t["path"]): t for t in parse_document(text, source="t.txt", is_text=True).tasks}
    assert set(tasks) == {("1",), ("2", "①"), ("2", "②")}
    assert tasks[("2", "②")]["lead_units"] == ["县商务局"] and tasks[("1",)]["lead_units"] == ["县教体局"]
    assert tasks[("2", "②")]["deadline_text"] == "2024年底" and tasks[("1",)]["deadline_text"] == "2024年9月"


def test_an_item_that_opens_with_its_circled_items_in_prose():
    text = (
        "某县2024年工作要点\n一、重点任务\n1. ①改造农贸市场2个；②新增停车泊位600个。（牵头单位：县商务局）\n"
        "2. 新建幼儿园2所。（牵头单位：县教体局）\n"
    )
    tasks = {tuple(t["path"]): t for t in parse_document(text, source="t.txt", is_text=True).tasks}
    assert set(tasks) == {("一", "1", "①"), ("一", "1", "②"), ("一", "2")}
    assert tasks[("一", "1", "①")]["lead_units"] == ["县商务局"]


# ------------------------------------------------------------------ text of "|" as printed

def test_pipes_printed_in_the_text_stay_as_printed():
    # a table pasted as text lines inside one paragraph (<br> breaks)
    html = _page(
        '<div id="zoom"><p>一、重点任务<br>序号 | 工作任务 | 牵头单位 | 配合单位 |<br>'
        "一、主要目标 | |||<br>(1) | 新增市场主体800户。 | 县市场监管局 | 各乡镇 |<br>"
        "(2) | 引进项目12个。 | 县商务局 | 各乡镇 |</p></div>"
    )
    assert "一、主要目标 | |||" in extract(html).body_text.split("\n")
    assert set(_tasks(html)) == {("一", "一", "(1)"), ("一", "一", "(2)")}


# ------------------------------------------------------------------ any table renders

def test_spans_beyond_any_real_table_are_read_without_them():
    rows = "".join(f'<tr><td rowspan="0" colspan="60">{i}</td><td>县农业局</td></tr>' for i in range(3000))
    text = render(f"<table>{rows}</table>")
    assert text.count("县农业局") == 3000


_CELL = st.sampled_from(["", "1", "2", "县农业局", "新建公园2个。", "一、总体", "张三", "2024年底", "序号", "牵头单位"])


@st.composite
def _tables(draw):
    rows = []
    for _ in range(draw(st.integers(1, 5))):
        cells = []
        for _ in range(draw(st.integers(0, 4))):
            rs, cs = draw(st.integers(0, 3)), draw(st.integers(1, 3))
            cells.append(f'<td rowspan="{rs}" colspan="{cs}">{draw(_CELL)}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return "<table>" + "".join(rows) + "</table>"


@settings(max_examples=200, deadline=None)
@given(_tables())
@example(
    '<table><tr><td colspan="3">县农业局</td><td rowspan="3">2</td><td>县农业局</td></tr>'
    '<tr><td colspan="2">2024年底</td><td rowspan="3" colspan="3">序号</td><td rowspan="3" colspan="2">牵头单位</td></tr>'
    '<tr><td>序号</td><td rowspan="3">牵头单位</td><td>县农业局</td></tr>'
    '<tr><td rowspan="2">县农业局</td><td rowspan="3" colspan="2">1</td><td colspan="2">1</td></tr></table>'
)
def test_any_table_renders_every_cell_text(table):
    text = render(table)
    for cell in ("县农业局", "新建公园2个。", "张三", "2024年底"):
        assert (cell in table) == (cell in text)


def test_a_unit_in_the_upper_header_row_keeps_its_text():
    """Found by the property above: a header row holding a unit over a column whose lower row
    has a label of its own lost the unit."""
    table = ('<table><tr><td>县农业局</td><td rowspan="0">序号</td><td rowspan="0">牵头单位</td></tr>'
             "<tr><td>序号</td></tr><tr></tr></table>")
    assert "县农业局" in render(table)


@pytest.mark.parametrize(
    ("upper", "kept"),
    [
        ('<td colspan="2">2024年底</td>', "2024年底"),
        ('<td colspan="2">县农业局</td>', "县农业局"),
        ('<td colspan="2">张三</td>', "张三"),
    ],
)
def test_a_cell_over_two_lower_labels_that_names_no_column_keeps_its_text(upper, kept):
    """Found by the property above: a header row's text over two columns whose lower row holds
    labels of their own (序号 | 牵头单位) was replaced by those labels and lost."""
    table = ('<table><tr><td rowspan="2">序号</td><td rowspan="2">工作任务</td>'
             f'{upper}<td rowspan="2">完成时限</td><td rowspan="2">责任领导</td></tr>'
             "<tr><td>牵头单位</td><td>配合单位</td></tr>"
             "<tr><td>1</td><td>新建公园2个。</td><td>县住建局</td><td>县财政局</td><td>6月底</td><td>李四</td></tr></table>")
    text = render(table)
    assert kept in text
    assert "新建公园2个。 | 县住建局 | 县财政局" in text


def test_a_group_label_over_two_columns_still_gives_the_labels_below_it():
    table = ('<table><tr><td rowspan="2">序号</td><td rowspan="2">工作任务</td><td colspan="2">责任分工</td></tr>'
             "<tr><td>牵头单位</td><td>配合单位</td></tr>"
             "<tr><td>1</td><td>新建公园2个。</td><td>县住建局</td><td>县财政局</td></tr></table>")
    lines = render(table).strip().split("\n")
    assert lines[-2:] == ["序号 | 工作任务 | 牵头单位 | 配合单位", "1 | 新建公园2个。 | 县住建局 | 县财政局"]
