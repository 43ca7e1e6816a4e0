"""Round 38b: shapes of whole plans (a red-header notice, its plan, tables and annexes) that the
2 KB excerpts of the dev corpus never showed.

- A decimal figure wrapped onto the start of a line ("…新建雨污分流管网" / "2.5公里以上。…") is no
  section number 2.5, whatever measure word follows it (公里, 平方米, 立方米, 个工作日, 美元 …).
- A 主要指标 table printed with spaces whose year columns are headed with a word ("2020年基数",
  "2025年目标值") is read as a table: its targets hold, its base-year figures are none.
- A bare page number ("2" alone on a line) followed by the running head each page of a PDF
  conversion repeats is no item number: the number and the head go, the text reads on over them.
- In a plan in chapters, a 专栏 box after an item numbered like a heading ("二、发展乡村旅游。培育…"
  under 第二节) belongs to the section, as after a "1." item: the item stays a task.
- In a table printed one cell a line, a content cell cut inside its sentence at the margin
  ("…稳定在52万" / "亩以上，…。") is one cell again where the row holds more cells than columns.
- The notice's list of attachments ("附件：1.…分解表" / "2.…主要指标") names documents whose names
  end with 指标, 规划, 指南, 台账, 项目 or 任务 too: no item.
- A task table laid out in columns by spaces (a PDF's text) whose cut cell goes on in a line of
  its own under its column ("       技术改造项目30个以上。") reads that line as the rest of the row.
- A bare figure under a year's head in a task table (2024年目标 | 30, the task "…项目(个)") is that
  year's target ("2024年30个").
- The rule under a markdown table's header ("| --- | --- |") does not end the table: a category row
  right under it ("| 一、扩大有效投资 | | |") heads the rows below it, as the later ones do.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.numbering import decimal_marker
from transform.page_marks import bare_page_numbers
from transform.table_cells import Column
from transform.table_rows import Row
from transform.table_wraps import join_broken_sentence


def _tasks(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    return [(tuple(t["path"]), t["title"]) for t in parse_document(text, source="p.txt", is_text=True).tasks]


# --- a decimal figure wrapped onto a line's start -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "2.5公里以上。责任单位:县住房城乡建设局。",
        "12.5平方米。责任单位:县自然资源局。",
        "3.2平方公里,建成区绿化覆盖率达到40%。",
        "1.5立方米/秒。",
        "4.5个工作日以内。",
        "1.2美元。",
        "2.5公顷。",
        "3.6千瓦时。",
    ],
)
def test_a_wrapped_decimal_before_a_measure_word_is_no_section_number(line):
    assert decimal_marker(line) is None


@pytest.mark.parametrize(
    "line, label",
    [
        ("2.1 公共服务能力提升", "2.1"),
        ("2.1公共服务能力提升", "2.1"),
        ("3.4 平安建设", "3.4"),
        ("1.1.1新建学校", "1.1.1"),
        ("4.2 标准化建设", "4.2"),
    ],
)
def test_a_decimal_section_number_before_a_heading_stays(line, label):
    mk = decimal_marker(line)
    assert mk is not None and mk.label == label


RUN_ON = (
    "某县县城品质提升行动方案(2024—2025年)\n"
    "一、重点行动\n"
    "1.实施道路畅通行动。新建改造县城主次干道15公里,打通断头路8条。责任单位:县住房城乡建设局。\n"
    "2.实施管网改造行动。改造老旧供水管网30公里、燃气管网20公里,新建雨污分流管网\n"
    "{wrap}以上。责任单位:县住房城乡建设局。\n"
    "3.实施公园绿地建设行动。新建口袋公园10个。责任单位:县自然资源局。\n"
    "二、保障措施\n"
    "4.加强组织保障。成立工作领导小组。责任单位:县政府办公室。\n"
)


@pytest.mark.parametrize("wrap", ["2.5公里", "1.5平方公里", "0.8立方米/日"])
def test_a_wrapped_figure_does_not_open_a_task(wrap):
    paths = [p for p, _ in _tasks(RUN_ON.format(wrap=wrap))]
    assert paths == [("一", "1"), ("一", "2"), ("一", "3"), ("二", "4")]


def test_a_wrapped_figure_is_a_target_of_its_task():
    doc = parse_document(RUN_ON.format(wrap="2.5公里"), source="p.txt", is_text=True)
    task2 = next(t for t in doc.tasks if tuple(t["path"]) == ("一", "2"))
    values = sorted(x["value"] for x in doc.targets if x["task_id"] == task2["task_id"])
    assert 2.5 in values


# --- a markdown rule under a table's header ---------------------------------------------------------

HEAD = "某区2024年稳经济重点工作任务清单\n| 序号 | 工作任务 | 具体内容 | 牵头单位 | 配合单位 | 完成时限 |\n"
RULE = "| --- | --- | --- | --- | --- | --- |\n"
ROWS = (
    "| 一、扩大有效投资 | | | | | |\n"
    "| 1 | 加快重点项目建设 | 实施区重点项目120个 | 区发展改革局 | 各街道 | 2024年12月底 |\n"
    "| 2 | 推进城市更新 | 完成老旧小区改造15个 | 区住房城乡建设局 | 各街道 | 2024年12月底 |\n"
    "| 二、提振消费需求 | | | | | |\n"
    "| 3 | 开展促消费活动 | 举办促消费活动50场以上 | 区商务局 | 各街道 | 全年 |\n"
    "| 4 | 培育夜间经济 | 新培育夜间经济集聚区2个 | 区商务局 | 区城管局 | 2024年10月底 |\n"
)
WANT = [
    (("一", "1"), "加快重点项目建设"),
    (("一", "2"), "推进城市更新"),
    (("二", "3"), "开展促消费活动"),
    (("二", "4"), "培育夜间经济"),
]


@pytest.mark.parametrize(
    "rule", [RULE, "| :--- | :---: | --- | ---: | --- | --- |\n", "|---|---|---|---|---|---|\n"]
)
def test_a_category_row_under_the_markdown_rule_heads_its_rows(rule):
    assert _tasks(HEAD + rule + ROWS) == WANT


def test_the_same_table_without_the_rule_reads_the_same():
    assert _tasks(HEAD + ROWS) == WANT


def test_a_rule_under_the_header_of_rows_without_categories_changes_nothing():
    rows = "".join(line + "\n" for line in ROWS.splitlines() if "、" not in line.split("|")[1])
    assert [p for p, _ in _tasks(HEAD + RULE + rows)] == [("1",), ("2",), ("3",), ("4",)]


def test_a_rule_of_dashes_in_a_cell_with_text_is_a_row():
    text = HEAD + RULE + "| 1 | 加快重点项目建设 | --- 实施区重点项目120个 | 区发展改革局 | 各街道 | 全年 |\n"
    assert _tasks(text) == [(("1",), "加快重点项目建设")]


# --- a 主要指标 table printed with spaces, its year columns headed with a word ----------------------

PLAN = (
    "某市“十四五”生态环境保护规划\n"
    "一、总体要求\n"
    "(一)主要目标\n"
    "到2025年,全市生态环境质量持续改善。\n"
    "表1  某市“十四五”生态环境保护主要指标\n"
    "序号  指标名称                        {base}  {goal}  属性\n"
    "1     空气质量优良天数比率(%)            82.5        86          约束性\n"
    "2     地表水国控断面优良水体比例(%)        80          85          约束性\n"
    "3     森林覆盖率(%)                      41.2        42.5        预期性\n"
    "二、主要任务\n"
    "(一)深入打好蓝天保卫战\n"
    "1.推进重点行业深度治理。到2025年完成超低排放改造企业12家。\n"
    "2.加强移动源污染防治。累计淘汰老旧柴油货车3000辆以上。\n"
)


def _targets(text: str) -> list[tuple[float, str, int | None, str | None]]:
    doc = parse_document(text, source="p.txt", is_text=True)
    return sorted((x["value"], x["unit"], x["year"], x["task_id"]) for x in doc.targets)


@pytest.mark.parametrize(
    "base, goal",
    [
        ("2020年基数", "2025年目标"),
        ("2020年现状值", "2025年目标值"),
        ("2020年(基期)", "2025年(目标)"),
    ],
)
def test_a_spaced_indicator_table_with_worded_year_heads_states_targets(base, goal):
    got = [(v, u, y) for v, u, y, task in _targets(PLAN.format(base=base, goal=goal)) if task is None]
    assert (86.0, "%", 2025) in got and (85.0, "%", 2025) in got and (42.5, "%", 2025) in got
    assert not any(v in (82.5, 80.0, 41.2) for v, _, _ in got)  # the base year's figures are none


def test_the_table_rows_are_no_tasks():
    doc = parse_document(PLAN.format(base="2020年基数", goal="2025年目标"), source="p.txt", is_text=True)
    assert [tuple(t["path"]) for t in doc.tasks] == [("二", "(一)", "1"), ("二", "(一)", "2")]


def test_prose_with_a_spaced_year_gives_no_table():
    text = (
        "某县2024年重点工作方案\n一、重点任务\n"
        "1.推进道路建设。2024年底前  完成滨河路改造。新建农村公路30公里。\n"
        "2.改造老旧小区。改造小区12个。\n"
    )
    assert sorted(v for v, *_ in _targets(text)) == [12.0, 30.0]


# --- bare page numbers with a running head ----------------------------------------------------------


def _paged(head: str, number=lambda n: str(n)) -> str:
    """A plan printed page by page: the page's number alone on a line at its foot, then `head` at
    the top of the next page; a task and a unit bracket cut by the page breaks."""
    pages = [
        "某区城市更新三年行动方案(2024—2026年)\n一、总体要求\n(一)工作目标\n"
        + "为推动城市高质量发展,有序实施城市更新,结合我区实际,制定本方案。\n" * 12
        + "到2026年,全区完成城镇老旧小区改造120个,改造城中村8个。\n",
        "二、重点任务\n(一)实施老旧小区改造行动\n"
        "1.全面推进老旧小区改造。对老旧小区实施综合改造,三年累计加装电梯300部。(牵头单位:\n"
        "区住房和城乡建设局;责任单位:各街道办事处)\n"
        + "统筹推进社区服务设施建设,完善社区治理体系,提升居民生活品质。\n" * 10
        + "2.建设完整社区。补齐社区养老、托育服务设施短板,建成完整社区20个。(牵头单位:\n",
        "区民政局)\n(二)实施城市功能提升行动\n"
        "3.完善城市停车设施。新增公共停车泊位8000个。(牵头单位:区住房和城乡建设局)\n"
        + "各街道和区直各部门要按照职责分工,细化工作措施,确保各项任务落到实处。\n" * 10
        + "三、保障措施\n4.加强组织领导。成立区城市更新工作领导小组。(牵头单位:区住房和城乡建设局)\n",
    ]
    text = ""
    for n, page in enumerate(pages, 1):
        text += page + number(n) + "\n"
        if n < len(pages):
            text += head + "\n"
    return text + "抄送:区委各部门,区人大常委会办公室。\n"


@pytest.mark.parametrize(
    "head", ["某区人民政府办公室行政规范性文件", "某区城市更新三年行动方案", "某区人民政府公报 2024年第3期"]
)
def test_bare_page_numbers_before_a_running_head_are_no_items(head):
    doc = parse_document(_paged(head), source="p.txt", is_text=True)
    got = [(tuple(t["path"]), t["title"], t["lead_units"]) for t in doc.tasks]
    assert got == [
        (("二", "(一)", "1"), "全面推进老旧小区改造", ["区住房和城乡建设局"]),
        (("二", "(一)", "2"), "建设完整社区", ["区民政局"]),
        (("二", "(二)", "3"), "完善城市停车设施", ["区住房和城乡建设局"]),
        (("三", "4"), "加强组织领导", ["区住房和城乡建设局"]),
    ]


def test_the_page_numbers_and_heads_are_found():
    lines = _paged("某区人民政府办公室行政规范性文件").split("\n")
    found = bare_page_numbers(lines)
    assert [lines[i] for i in found] == ["1", "2", "3"]


def test_a_table_printed_one_cell_a_line_keeps_its_numbers():
    lines = []
    for n in range(1, 7):
        lines += [
            str(n),
            "|",
            f"推进第{n}项重点工作任务落实。",
            "|",
            "县农业农村局",
            "|",
            "2024年底前",
            "|",
        ] * 1
    assert bare_page_numbers(lines) == []


def test_a_repeated_cell_after_the_numbers_is_no_running_head():
    lines = []
    for n in range(1, 5):
        lines += [str(n), "县农业农村局", f"油菜面积{n}万亩"] + ["县农业农村局", "市农业农村局"] * 6
    assert bare_page_numbers(lines) == []


def test_numbers_that_do_not_count_up_are_no_pages():
    lines = []
    for n in (3, 1, 2):
        lines += [str(n), "某区人民政府办公室行政规范性文件"] + ["推进重点工作,确保任务落实。"] * 14
    assert bare_page_numbers(lines) == []


def _headless(breaks: list[str]) -> str:
    """A plan whose pages end with a bare number and no running head; `breaks[k]` is printed
    right before page k+1's number."""
    filler = "统筹推进社区服务设施建设,完善社区治理体系,提升居民生活品质。\n" * 12
    return (
        "某区城市更新三年行动方案(2024—2026年)\n一、重点任务\n"
        "1.全面推进老旧小区改造。对老旧小区实施综合改造,三年累计加装电梯300部。\n"
        + "牵头单位:区住房和城乡建设局\n"
        + filler
        + breaks[0]
        + "\n1\n"
        + "2.建设完整社区。补齐社区养老、托育服务设施短板,建成完整社区20个。\n"
        + filler
        + breaks[1]
        + "\n2\n"
        + "牵头单位:区民政局\n3.完善城市停车设施。新增公共停车泊位8000个。\n"
        + "牵头单位:区住房和城乡建设局\n"
    )


def test_bare_page_numbers_without_a_head_inside_a_sentence_are_dropped():
    text = _headless(
        ["新增城市公园绿地面积50万平方米,城市更新项目完成投", "各街道要按照职责分工,细化工作措施"]
    )
    text = text.replace("\n1\n2.建设", "\n1\n资150亿元以上。\n2.建设")
    doc = parse_document(text, source="p.txt", is_text=True)
    got = [(tuple(t["path"]), t["lead_units"]) for t in doc.tasks]
    assert got == [
        (("一", "1"), ["区住房和城乡建设局"]),
        (("一", "2"), ["区民政局"]),
        (("一", "3"), ["区住房和城乡建设局"]),
    ]
    lines = text.split("\n")
    assert [lines[i] for i in bare_page_numbers(lines)] == ["1", "2"]


def test_bare_numbers_after_whole_sentences_only_are_kept():
    lines = _headless(["各街道要按照职责分工,细化工作措施。", "确保各项任务落到实处。"]).split("\n")
    assert bare_page_numbers(lines) == []


def test_bare_numbers_a_few_lines_apart_are_kept():
    lines = ["某县重点工作任务分解表", "序号", "工作任务", "牵头单位"]
    for n in range(1, 5):
        lines += [str(n), "推进重点项目建设,完成投", "资20亿元。", "县发改局"]
    assert bare_page_numbers(lines) == []


# --- a 专栏 box after an item numbered like a heading, in a plan in chapters --------------------------

CHAPTERS = (
    "某县“十四五”文化和旅游发展规划\n"
    "第三章 主要任务\n"
    "第二节 推进全域旅游发展\n"
    "{first}打造精品景区。推动景区提档升级,新创建国家AAAA级旅游景区2个。\n"
    "{second}发展乡村旅游。培育省级乡村旅游重点村5个,发展精品民宿100家。\n"
    "专栏2 旅游重点项目\n"
    "1.山地旅游综合提升项目。建设游客服务中心、智慧旅游系统等。\n"
    "2.古道文化旅游项目。修复古道遗址30公里。\n"
    "第三节 推动文化产业发展\n"
    "{first}培育文化市场主体。培育规模以上文化企业10家。\n"
)


@pytest.mark.parametrize(
    "first, second, a, b", [("一、", "二、", "一", "二"), ("(一)", "(二)", "(一)", "(二)")]
)
def test_a_box_after_a_heading_numbered_item_in_a_chapter_belongs_to_the_section(first, second, a, b):
    doc = parse_document(CHAPTERS.format(first=first, second=second), source="p.txt", is_text=True)
    assert [(tuple(t["path"]), t["title"]) for t in doc.tasks] == [
        (("第三章", "第二节", a), "打造精品景区"),
        (("第三章", "第二节", b), "发展乡村旅游"),
        (("第三章", "第二节", "专栏2", "1"), "山地旅游综合提升项目"),
        (("第三章", "第二节", "专栏2", "2"), "古道文化旅游项目"),
        (("第三章", "第三节", a), "培育文化市场主体"),
    ]
    second_task = doc.tasks[1]["task_id"]
    assert sorted(x["value"] for x in doc.targets if x["task_id"] == second_task) == [5.0, 100.0]


def test_a_box_after_a_bare_section_heading_stays_under_it():
    text = (
        "某市生态环境保护规划\n第三章 主要任务\n第一节 深入打好蓝天保卫战\n"
        "一、推进重点行业深度治理\n持续推进钢铁、水泥行业超低排放改造。\n"
        "专栏1 大气污染防治重点工程\n(1)工业深度治理工程。实施超低排放改造项目20个。\n"
    )
    doc = parse_document(text, source="p.txt", is_text=True)
    assert [tuple(t["path"]) for t in doc.tasks] == [
        ("第三章", "第一节", "一"),  # (its own text is a task beside the box: transform.boxes)
        ("第三章", "第一节", "一", "专栏1", "(1)"),
    ]


def test_a_box_after_a_one_item_without_chapters_is_unchanged():
    text = (
        "某县文化和旅游发展实施方案\n一、重点任务\n(一)发展乡村旅游。培育省级乡村旅游重点村5个。\n"
        "专栏1 旅游重点项目\n1.古道文化旅游项目。修复古道遗址30公里。\n"
        "(二)培育文化市场主体。培育规模以上文化企业10家。\n"
    )
    doc = parse_document(text, source="p.txt", is_text=True)
    paths = [tuple(t["path"]) for t in doc.tasks]
    assert ("一", "(一)", "专栏1", "1") in paths and ("一", "(二)") in paths


# --- a content cell cut at the margin in a table of one cell per line --------------------------------

FLAT = (
    "某县2024年乡村振兴重点工作任务分解表\n序号\n重点任务\n具体措施\n牵头单位\n责任单位\n完成时限\n"
    "1\n稳定粮食生产\n{first}\n{second}\n县农业农村局\n各乡镇人民政府\n2024年10月\n"
    "2\n建设高标准农田\n新建高标准农田3万亩。\n县农业农村局\n县财政局\n2024年12月\n"
)


def _rows(text: str) -> list[tuple[str | None, list[str]]]:
    doc = parse_document(text, source="p.txt", is_text=True)
    return [(t["title"], t["lead_units"]) for t in doc.tasks]


@pytest.mark.parametrize(
    "first, second, value, unit",
    [
        ("全年粮食播种面积稳定在52万", "亩以上,粮食产量达到22万吨。", 52.0, "万亩"),
        ("新改建农村公路100公里,改造", "危桥10座。", 10.0, "座"),
        ("推进城乡供水一体化,建设供水管", "网50公里,惠及农村人口3万人。", 50.0, "公里"),
    ],
)
def test_a_content_cell_cut_inside_its_sentence_is_one_cell(first, second, value, unit):
    text = FLAT.format(first=first, second=second)
    doc = parse_document(text, source="p.txt", is_text=True)
    assert [(t["title"], t["lead_units"], t["participating_units"]) for t in doc.tasks] == [
        ("稳定粮食生产", ["县农业农村局"], ["各乡镇人民政府"]),
        ("建设高标准农田", ["县农业农村局"], ["县财政局"]),
    ]
    first_task = doc.tasks[0]["task_id"]
    assert (value, unit) in [(x["value"], x["unit"]) for x in doc.targets if x["task_id"] == first_task]


def test_a_row_with_one_cell_a_column_is_left_as_it_is():
    text = FLAT.replace("{first}\n{second}\n", "全年粮食播种面积稳定在52万亩以上。\n")
    assert _rows(text) == [("稳定粮食生产", ["县农业农村局"]), ("建设高标准农田", ["县农业农村局"])]


# the columns of a task table with two content columns (序号 | 重点任务 | 具体措施 | 牵头 | 责任 | 时限)
_TASK_COLUMNS = [
    Column("no", "序号"),
    Column("content", "重点任务"),
    Column("content", "具体措施"),
    Column("lead", "牵头单位"),
    Column("resp", "责任单位"),
    Column("deadline", "完成时限"),
]


def test_a_cell_ending_its_sentence_is_not_joined_with_the_next():
    row = Row(
        1,
        "1",
        cells=[
            "稳定粮食生产",
            "全年粮食播种面积稳定在52万亩以上。",
            "粮食产量达到22万吨。",
            "县农业农村局",
            "各乡镇",
            "2024年10月",
        ],
    )
    join_broken_sentence(row, _TASK_COLUMNS)
    assert len(row.cells) == 6


def test_a_unit_cell_is_never_joined_to_a_cut_sentence():
    row = Row(
        1,
        "1",
        cells=[
            "稳定粮食生产",
            "全年粮食播种面积稳定在52万",
            "县农业农村局",
            "各乡镇人民政府",
            "县财政局",
            "2024年10月",
        ],
    )
    join_broken_sentence(row, _TASK_COLUMNS)
    assert len(row.cells) == 6


# --- the notice's list of attachments ------------------------------------------------------------------

NOTICE = (
    "关于印发《某县2024年乡村振兴重点工作实施方案》的通知\n各乡镇人民政府,县直各单位:\n"
    "现将《某县2024年乡村振兴重点工作实施方案》印发给你们,请认真贯彻落实。\n"
    "附件:1.某县2024年乡村振兴重点工作任务分解表\n2.{second}\n"
    "某县人民政府办公室\n2024年3月22日\n"
    "某县2024年乡村振兴重点工作实施方案\n一、重点任务\n"
    "(一)确保粮食安全。全年粮食播种面积稳定在52万亩以上。\n(二)推进乡村建设。完成农村户厕改造3000户。\n"
)


@pytest.mark.parametrize(
    "second", ["某县2024年乡村振兴主要指标", "某县2024年重点项目", "某县乡村振兴工作台账"]
)
def test_a_listed_attachment_is_no_task(second):
    doc = parse_document(NOTICE.format(second=second), source="p.txt", is_text=True)
    assert [tuple(t["path"]) for t in doc.tasks] == [("一", "(一)"), ("一", "(二)")]


def test_a_numbered_item_after_the_list_that_states_work_stays():
    text = NOTICE.format(second="某县2024年乡村振兴主要指标").replace(
        "某县人民政府办公室\n", "3.加强组织领导。成立工作专班,统筹推进各项工作。\n某县人民政府办公室\n"
    )
    paths = [tuple(t["path"]) for t in parse_document(text, source="p.txt", is_text=True).tasks]
    assert ("3",) in paths


# --- a closing section that says when the plan takes effect ------------------------------------------

CLOSING = (
    "某县促进消费三年行动方案(2024—2026年)\n一、重点任务\n"
    "(一)促进汽车消费。开展促消费活动10场。\n(二)扩大家电消费。推动以旧换新1万台。\n"
    "二、保障措施\n(一)加强组织领导。成立工作专班。\n"
    "{tail}"
)


@pytest.mark.parametrize(
    "tail",
    [
        "三、实施时间\n本方案自印发之日起实施,有效期3年。\n",
        "三、施行日期\n本方案自2024年5月1日起施行。\n",
        "三、有效期\n本方案有效期至2026年12月31日。\n",
    ],
)
def test_a_section_naming_when_the_plan_takes_effect_is_no_task(tail):
    doc = parse_document(CLOSING.format(tail=tail), source="p.txt", is_text=True)
    assert [tuple(t["path"]) for t in doc.tasks] == [("一", "(一)"), ("一", "(二)"), ("二", "(一)")]


def test_a_section_of_work_after_the_tasks_stays_a_task():
    tail = "三、实施乡村建设行动\n新改建农村公路100公里。\n"
    doc = parse_document(CLOSING.format(tail=tail), source="p.txt", is_text=True)
    assert ("三",) in [tuple(t["path"]) for t in doc.tasks]


def test_a_notice_page_with_few_lines_of_text_counts_too():
    lines = (
        [
            "关于印发某区城市更新三年行动方案的通知",
            "各街道办事处:",
            "现将方案印发给你们,请认真组织实施,确保各项任务落",
            "1",
        ]
        + [
            "实。",
            "",
            "某区人民政府办公室",
            "",
            "2024年7月9日",
            "",
            "(此件公开发布)",
            "某区城市更新三年行动方案",
            "为推动城市高质量发展,有序实施城市更新,制定本方案。",
            "一、重点任务",
            "2",
        ]
        + ["推进重点项目建设,确保各项任务落到实处,完成城市更新项目投"] * 14
        + ["3", "资150亿元以上。"]
        + ["统筹推进社区服务设施建设,完善社区治理体系。"] * 14
        + ["4"]
    )
    assert [lines[i] for i in bare_page_numbers(lines)] == ["1", "2", "3", "4"]


def test_a_table_with_blank_lines_between_its_cells_keeps_its_numbers():
    lines = []
    for n in range(1, 6):
        for cell in (
            str(n),
            "推进重点项目建设,完成投资",
            "县发展和改革局",
            "各乡镇人民政府",
            "2024年底前",
            "持续推进",
        ):
            lines += [cell, ""]
    assert bare_page_numbers(lines) == []


# --- yearly targets in a task table's year columns --------------------------------------------------

YEARLY_HEAD = ("序号", "重点任务", "2024年目标", "2025年目标", "2026年目标", "牵头单位")
YEARLY_ROWS = (
    ("1", "实施智能化技术改造项目(个)", "30", "35", "40", "县工业和信息化局"),
    ("2", "新增上云企业(家)", "100", "100", "100", "县工业和信息化局"),
)


def _yearly(text: str) -> list[tuple[float, str, int | None]]:
    doc = parse_document(text, source="p.txt", is_text=True)
    return [(x["value"], x["unit"], x["year"]) for x in doc.targets]


WANT_YEARLY = [
    (30.0, "个", 2024),
    (35.0, "个", 2025),
    (40.0, "个", 2026),
    (100.0, "家", 2024),
    (100.0, "家", 2025),
    (100.0, "家", 2026),
]


@pytest.mark.parametrize(
    "render",
    [
        lambda cells: "| " + " | ".join(cells) + " |",
        lambda cells: "\t".join(cells),
        lambda cells: "\n".join(cells),
    ],
)
def test_figures_under_year_heads_are_targets_of_those_years(render):
    text = (
        "某县三年行动计划(2024—2026年)任务分解表\n"
        + "\n".join(render(r) for r in (YEARLY_HEAD, *YEARLY_ROWS))
        + "\n"
    )
    assert _yearly(text) == WANT_YEARLY


def test_a_unit_in_the_year_head_serves_too():
    text = (
        "某县三年行动计划(2024—2026年)任务分解表\n| 序号 | 重点任务 | 2024年(%) | 2025年(%) | 牵头单位 |\n"
        "| 1 | 规模以上工业企业数字化改造覆盖率 | 60 | 80 | 县工业和信息化局 |\n"
    )
    assert _yearly(text) == [(60.0, "%", 2024), (80.0, "%", 2025)]


def test_figures_without_a_unit_stay_as_they_are():
    text = (
        "某县三年行动计划(2024—2026年)任务分解表\n| 序号 | 重点任务 | 2024年目标 | 2025年目标 | 牵头单位 |\n"
        "| 1 | 建设示范车间 | 2 | 3 | 县工业和信息化局 |\n| 2 | 推进试点(试点) | 1 | 2 | 县工业和信息化局 |\n"
    )
    assert _yearly(text) == []


@pytest.mark.parametrize(
    "head, pieces, task, want",
    [
        ("2024年目标", ["30"], ["实施技术改造项目（个）"], "2024年30个"),
        ("2025年目标值", ["1.5"], ["完成投资(亿元)"], "2025年1.5亿元"),
        ("2026 年", ["≥90"], ["覆盖率（%）"], "2026年≥90%"),
        ("2024年目标", ["完成30家"], ["实施技术改造项目（家）"], None),
        ("完成时限", ["30"], ["实施技术改造项目（个）"], None),
    ],
)
def test_year_figure(head, pieces, task, want):
    from transform.table_rows import year_figure

    assert year_figure(head, pieces, task) == want


def test_an_indicator_table_with_a_unit_column_is_read_once():
    text = (
        "某区2024年优化营商环境主要指标\n| 序号 | 指标名称 | 2023年完成值 | 2024年目标值 | 责任单位 |\n"
        "| 1 | 政务服务事项“一网通办”率(%) | 95 | 98 | 区政务服务数据管理局 |\n"
        "| 2 | 企业开办时间(个工作日) | 2 | 1 | 区市场监督管理局 |\n"
    )
    assert sorted(_yearly(text)) == [(1.0, "个工作日", 2024), (98.0, "%", 2024)]


# --- a task table laid out in columns by spaces, a long cell going on under its column -----------------

LAID_OUT = (
    "某县制造业数字化转型重点任务分解表\n"
    "序号   重点任务                          牵头单位          配合单位          完成时限\n"
    "1      推进重点企业智能化改造,每年实施   县工业和信息化局  县发展和改革局    2024年12月\n"
    "       技术改造项目30个以上。\n"
    "2      建设智能工厂,累计创建省级智能    县工业和信息化局  县科技局、        2025年12月\n"
    "       工厂5家。                                           县市场监管局\n"
    "3      新增上云企业300家以上。           县工业和信息化局  县大数据中心      2026年12月\n"
)
WANT_LAID_OUT = [
    ("推进重点企业智能化改造,每年实施技术改造项目30个以上", ["县工业和信息化局"], ["县发展和改革局"]),
    ("建设智能工厂,累计创建省级智能工厂5家", ["县工业和信息化局"], ["县科技局", "县市场监管局"]),
    ("新增上云企业300家以上", ["县工业和信息化局"], ["县大数据中心"]),
]


def _laid_out(text: str) -> list[tuple[str | None, list[str], list[str]]]:
    doc = parse_document(text, source="p.txt", is_text=True)
    return [(t["title"], t["lead_units"], t["participating_units"]) for t in doc.tasks]


def test_a_cut_cell_goes_on_under_its_column():
    assert _laid_out(LAID_OUT) == WANT_LAID_OUT


def test_the_rows_as_the_page_keeps_their_indentation():
    from transform.texttables import piped_space_rows

    lines = piped_space_rows(LAID_OUT.split("\n"))
    assert lines[3] == " | 技术改造项目30个以上。 |  |  | "
    assert lines[5] == " | 工厂5家。 |  | 县市场监管局 | "


def test_a_cell_cut_twice_goes_on_twice():
    text = LAID_OUT.replace(
        "       技术改造项目30个以上。\n",
        "       技术改造项目30个以上,到2026年全县\n       技改投资年均增长10%。\n",
    )
    assert (
        _laid_out(text)[0][0]
        == "推进重点企业智能化改造,每年实施技术改造项目30个以上,到2026年全县技改投资年均增长10%"
    )


def test_text_after_a_whole_row_is_no_part_of_it():
    text = LAID_OUT + "各牵头单位要会同配合单位细化工作措施\n"
    assert _laid_out(text) == WANT_LAID_OUT
    text = LAID_OUT.replace("2026年12月\n", "2026年12月\n") + "注:完成时限为最迟完成时间\n"
    assert _laid_out(text) == WANT_LAID_OUT


def test_a_project_name_over_its_content_cell_is_not_joined_to_it():
    text = (
        "某区2024年民生实事项目分解表\n序号\n实事类别\n项目名称\n建设内容\n牵头单位\n协同单位\n"
        "1\n打造区域教育高地\n新(改、扩)建一批中小学校\n实施新(改、扩)建中小学校5家。\n区教体局\n东城街道\n西城街道\n区发改局\n"
        "2\n“医”心为民工程\n医疗卫生机构迁(扩)建\n实施卫生院迁(扩)建1家。\n区卫健局\n各乡镇(街道)\n区财政局\n"
    )
    titles = [t["title"] for t in parse_document(text, source="p.txt", is_text=True).tasks]
    assert titles == ["新(改、扩)建一批中小学校", "医疗卫生机构迁(扩)建"]
