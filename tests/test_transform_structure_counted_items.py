"""Items numbered 1、 whose text opens with a count ("1、800户农村户厕完成改造") are items; lists of
numbers, months and decimals at a line start are not (transform/numbering._counted_item)."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.numbering import match_marker


@pytest.mark.parametrize(
    "line",
    [
        "1、800户农村户厕完成改造，县农业农村局牵头。",
        "2、12.5万亩高标准农田建成投用",
        "3、80%以上行政村实现垃圾分类",
        "4、3000吨冷链仓储项目年底前投产",
        "12、6所中小学校舍改造完成",
    ],
)
def test_an_item_opening_with_a_count_is_numbered(line):
    mk = match_marker(line)
    assert mk is not None and mk.kind == "ar" and str(mk.number) == line.split("、", 1)[0]


@pytest.mark.parametrize(
    "line",
    [
        "5、10、15个百分点的增幅依次递减",  # a list of numbers
        "3、4月份集中开展排查",  # months
        "1、2号楼主体完工",  # the next number of a sequence
        "2、3个乡镇先行试点",
        "1.5亿元用于道路建设",  # a decimal
        "7.8万亩耕地轮作",
    ],
)
def test_numbers_lists_months_and_decimals_are_not_markers(line):
    assert match_marker(line) is None


def _tasks(text: str, **kw) -> dict[tuple, dict]:
    doc = parse_document(text, source=kw.pop("source", "t.txt"), is_text=kw.pop("is_text", True), **kw)
    return {tuple(t["path"]): t for t in doc.tasks}


def test_counted_items_in_a_text_plan_keep_their_tasks_and_targets():
    text = (
        "某县2025年农村人居环境整治实施方案\n"
        "一、重点任务\n"
        "1、800户农村户厕完成改造。牵头单位：县农业农村局\n"
        "2、新建污水处理站5座。牵头单位：县住建局\n"
        "3、1200盏路灯完成节能改造。牵头单位：县城管局\n"
    )
    tasks = _tasks(text)
    assert set(tasks) >= {("一", "1"), ("一", "2"), ("一", "3")}
    assert tasks[("一", "1")]["lead_units"] == ["县农业农村局"]
    assert tasks[("一", "3")]["lead_units"] == ["县城管局"]
    doc = parse_document(text, source="t.txt", is_text=True)
    by_task = {(t["task_id"] or "").rsplit("/", 2)[-1]: t for t in doc.targets}
    assert by_task["1"]["value"] == 800 and by_task["1"]["unit"] == "户"
    assert by_task["3"]["value"] == 1200


def test_counted_items_in_an_html_page():
    page = (
        "<html><head><title>某镇2025年民生实事项目</title></head><body><div id='zoom'>"
        "<p>某镇2025年民生实事项目</p>"
        "<p>1、600套老旧小区住房完成改造（责任单位：镇建设办）</p>"
        "<p>2、2所幼儿园建成开园（责任单位：镇教育办）</p>"
        "<p>3、新增就业岗位300个（责任单位：镇社保所）</p>"
        "</div></body></html>"
    )
    tasks = _tasks(page, source="p.html", is_text=False)
    assert [p[-1] for p in sorted(tasks, key=lambda p: int(p[-1]))] == ["1", "2", "3"]
    assert tasks[("1",)]["lead_units"] == ["镇建设办"]


def test_a_month_list_at_a_line_start_stays_in_its_item():
    text = (
        "某县2025年防汛工作要点\n"
        "1、开展汛前隐患排查。\n"
        "3、4月份集中整治河道堵点，县水利局牵头。\n"
        "2、完善应急预案。\n"
    )
    tasks = _tasks(text)
    assert ("3",) not in tasks
    assert "4月份集中整治" in tasks[("1",)]["body"]


# ---- counted items after a dot ("1.800户"): the list around the line decides (transform/tree._dot_counts)


def _targets(text: str, **kw) -> list[dict]:
    doc = parse_document(text, source=kw.pop("source", "t.txt"), is_text=kw.pop("is_text", True), **kw)
    return doc.targets


def test_dot_counted_items_in_a_run_are_numbered():
    text = (
        "某区2025年为民办实事项目\n"
        "一、住有所居\n"
        "1.650户城镇老旧小区住户完成加装电梯。牵头单位：区住建局\n"
        "2.1500套保障性住房开工建设。牵头单位：区房管局\n"
        "3.新建口袋公园12个。牵头单位：区园林局\n"
    )
    tasks = _tasks(text)
    assert {("一", "1"), ("一", "2"), ("一", "3")} <= set(tasks)
    assert tasks[("一", "2")]["title"] == "1500套保障性住房开工建设"
    assert tasks[("一", "1")]["lead_units"] == ["区住建局"]
    values = sorted((t["value"], t["unit"]) for t in _targets(text))
    assert values == [(12, "个"), (650, "户"), (1500, "套")]


def test_a_fullwidth_dot_and_a_list_that_runs_on_across_sections():
    text = (
        "某镇2024年民生实事清单\n"
        "一、教育卫生\n"
        "1．新建村卫生室4所，镇卫生院负责。\n"
        "2．3所村小完成校舍维修，镇中心校负责。\n"
        "二、交通出行\n"
        "3．25公里村道完成硬化，镇建设办负责。\n"
        "4．安装太阳能路灯300盏，镇建设办负责。\n"
    )
    tasks = _tasks(text)
    assert {("一", "1"), ("一", "2"), ("二", "3"), ("二", "4")} <= set(tasks)
    assert tasks[("二", "3")]["title"].startswith("25公里村道完成硬化")
    values = sorted(t["value"] for t in _targets(text))
    assert values == [3, 4, 25, 300]


def test_a_decimal_after_the_marker_and_the_first_item_of_a_list():
    text = (
        "某县2025年农业重点任务\n"
        "1.2.5万亩高标准农田建成。牵头单位：县农业农村局\n"
        "2.新增设施蔬菜基地800亩。牵头单位：县农业农村局\n"
        "3.1.2万户农户完成卫生厕所改造。牵头单位：县农业农村局\n"
    )
    tasks = _tasks(text)
    assert {("1",), ("2",), ("3",)} <= set(tasks)
    got = {t["task_id"].rsplit("/", 1)[-1]: (t["value"], t["unit"]) for t in _targets(text)}
    assert got == {"1": (2.5, "万亩"), "2": (800, "亩"), "3": (1.2, "万户")}


def test_dot_counted_items_in_an_html_page():
    page = (
        "<html><head><title>某市2025年十件民生实事</title></head><body><div id='zoom'>"
        "<p>某市2025年十件民生实事</p>"
        "<p>1.2000名困难群众获得免费体检（责任单位：市卫健委）</p>"
        "<p>2.30个城市社区建成嵌入式养老服务站（责任单位：市民政局）</p>"
        "<p>3.改造提升农贸市场6个（责任单位：市商务局）</p>"
        "</div></body></html>"
    )
    tasks = _tasks(page, source="p.html", is_text=False)
    assert {("1",), ("2",), ("3",)} <= set(tasks)
    assert tasks[("2",)]["lead_units"] == ["市民政局"]
    values = sorted(t["value"] for t in _targets(page, source="p.html", is_text=False))
    assert values == [6, 30, 2000]


def test_a_decimal_opening_a_line_inside_an_item_stays_a_decimal():
    text = (
        "某县2025年林业工作要点\n"
        "1.推进国土绿化。完成造林任务如下：\n"
        "1.5万亩人工造林于年底前完成。\n"
        "2.加强森林防火。县林业局牵头。\n"
    )
    tasks = _tasks(text)
    assert set(tasks) == {("1",), ("2",)}
    assert any(t["value"] == 1.5 and t["unit"] == "万亩" for t in _targets(text))


def test_a_lone_decimal_line_without_a_list_is_no_item():
    text = (
        "某县2025年水利工作安排\n"
        "一、农田水利\n"
        "全年计划新增灌溉面积，其中：\n"
        "2.3万亩由县水利局组织实施。\n"
        "二、防汛抗旱\n"
        "完善应急预案，县应急局牵头。\n"
    )
    tasks = _tasks(text)
    assert ("一", "2") not in tasks and ("2",) not in tasks
    assert any(t["value"] == 2.3 for t in _targets(text))


@pytest.mark.parametrize(
    "text",
    [
        # one cell a line
        "某县2025年民生实事项目\n序号\n项目内容\n牵头单位\n1\n新建公办幼儿园4所。\n县教育局\n"
        "2\n3000名老年人免费体检。\n县卫健局\n3\n改造农村公路60公里。\n县交通局\n",
        # "|" rows
        "某县2025年民生实事项目\n序号 | 项目内容 | 牵头单位\n1 | 新建公办幼儿园4所。 | 县教育局\n"
        "2 | 3000名老年人免费体检。 | 县卫健局\n3 | 改造农村公路60公里。 | 县交通局\n",
        # a row number with its dot
        "某县2025年民生实事项目\n序号 | 项目内容 | 牵头单位\n1. | 新建公办幼儿园4所。 | 县教育局\n"
        "2. | 3000名老年人免费体检。 | 县卫健局\n3. | 改造农村公路60公里。 | 县交通局\n",
    ],
)
def test_a_table_row_whose_task_opens_with_a_count(text):
    tasks = _tasks(text)
    assert set(tasks) == {("1",), ("2",), ("3",)}
    assert tasks[("2",)]["lead_units"] == ["县卫健局"]
    assert tasks[("2",)]["title"] == "3000名老年人免费体检"
    got = {t["task_id"].rsplit("/", 1)[-1]: (t["value"], t["indicator"]) for t in _targets(text)}
    assert got["2"][0] == 3000 and not got["2"][1].startswith("2")


def test_dot_counted_items_inline_in_one_paragraph():
    text = (
        "某镇2025年民生实事\n"
        "今年重点办好以下实事：1.800户农村危房完成改造；2.1200套保障性住房建成；3.新建公厕12座。\n"
    )
    tasks = _tasks(text)
    assert {("1",), ("2",), ("3",)} <= set(tasks)
    assert sorted(t["value"] for t in _targets(text)) == [12, 800, 1200]


def test_decimals_after_a_semicolon_in_prose_are_no_items():
    text = (
        "某县2025年农业工作要点\n"
        "一、粮食生产\n"
        "全年建成高标准农田3.2万亩；1.5万亩用于示范推广，县农业农村局牵头。\n"
    )
    assert sorted(t["value"] for t in _targets(text)) == [1.5, 3.2]


@pytest.mark.parametrize(
    "text",
    [
        "一、重点工作\n1.推进老旧小区改造（含加装电梯）2.0版试点，完成改造40个。（市住建局牵头）",
        "序号 | 项目名称 | 总投资\n1 | 城南污水处理厂：2.5亿元 | 县城投公司\n",
    ],
)
def test_a_decimal_after_a_bracket_or_a_colon_is_no_inline_item(text):
    assert ("2",) not in _tasks(text) and ("一", "2") not in _tasks(text)


# ---- decimal outline numbers ("1.1政策背景", "2.1.1产业结构") are headings of a report's
# outline, not items 1. 2. whose text opens with a count: no count without a measure word after it


@pytest.mark.parametrize("outline", [
    "一、背景与意义\n1.1国家政策背景\n1.1.1政策演进历程\n1.2区域发展背景\n二、现状分析\n2.1经济发展现状\n2.1.1产业结构\n2.2社会发展现状\n",
    "一、背景分析\n1.1 政策背景\n1.2 社会背景\n二、问题定义\n2.1 治理机制协同不足\n2.2 服务供给精准度偏低\n",
])
def test_a_decimal_outline_is_no_counted_list(outline):
    from transform.structure import parse_structure

    paths = [t.path for t in parse_structure("某镇工作方案\n" + outline).tasks]
    assert not any(len(p) == 2 and p[1] in ("1", "2") for p in paths)


def test_counted_items_with_a_remainder_word_stay_items():
    text = (
        "某县2025年惠民实事\n"
        "1.100余家企业完成技术改造。牵头单位：县工信局\n"
        "2.3000多名老年人免费体检。牵头单位：县卫健局\n"
        "3.新建城市书房5个。牵头单位：县文旅局\n"
    )
    assert set(_tasks(text)) == {("1",), ("2",), ("3",)}
