"""Round 41b: structure in new genres.

- A 专栏 box over a table of indicators ("专栏1 “十五五”时期经济社会发展主要指标") is no task: its
  rows are the plan's goals (`transform.boxes.indicator_box`); "主要预期目标" is a goals topic.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _paths(text: str) -> list[tuple[str, ...]]:
    return [tuple(t["path"]) for t in _doc(text).tasks]


def _goal_values(text: str) -> list[float]:
    """Values of the targets outside any task."""
    return [t["value"] for t in _doc(text).targets if t["task_id"] is None]


# --- a box of indicators ---------------------------------------------------------------------------

_BOX_ALONE = """丰林县“十五五”规划纲要主要指标
专栏1 “十五五”时期经济社会发展主要指标
指标 单位 2025年 2030年 属性
地区生产总值 亿元 320 450 预期性
常住人口城镇化率 % 55 62 预期性
"""

_BOX_BEFORE_ITEMS = """石岭市“十五五”生态环境保护规划（摘要）
专栏2 “十五五”生态环境保护主要指标
序号 指标 2025年 2030年 属性
1 细颗粒物浓度（微克/立方米） 31 27 约束性
2 森林覆盖率（%） 60 62 约束性
专栏3 重点工程
1.实施污水处理提质增效工程，新建污水管网180公里。（牵头单位：市住建局）
2.实施土壤污染防治工程，完成受污染耕地安全利用8万亩。（牵头单位：市生态环境局）
"""

_BOX_UNDER_GOALS = """北川县2026年国民经济和社会发展计划
一、2026年主要预期目标
全县地区生产总值增长6%左右，一般公共预算收入增长5%。
专栏1 主要预期指标
指标 单位 2025年 2026年 属性
城镇新增就业 人 3000 3200 预期性
二、重点任务
（一）扩大有效投资。全年实施重点项目90个。（牵头单位：县发展改革局）
（二）壮大特色产业。新培育规模以上工业企业12家。（牵头单位：县工信局）
"""


@pytest.mark.parametrize(
    ("text", "paths", "goal"),
    [
        (_BOX_ALONE, [], 450),
        (_BOX_BEFORE_ITEMS, [("专栏3", "1"), ("专栏3", "2")], 27),
        (_BOX_UNDER_GOALS, [("二", "(一)"), ("二", "(二)")], 3200),
    ],
)
def test_indicator_box_is_no_task(text, paths, goal):
    assert _paths(text) == paths
    assert goal in _goal_values(text)


_PROJECT_BOX = """临江县“十五五”交通发展规划
第一章 重点任务
第一节 建设高速公路
推进高速公路建设，新增高速公路里程60公里。
专栏1 高速公路重点工程
新建临江至北山高速公路45公里。
第二节 提升农村公路
新改建农村公路500公里。
"""

_ASSESSED_BOX = """临江县2026年乡村振兴考核方案
专栏1 乡村振兴考核指标
新建高标准农田2万亩，农村卫生厕所普及率达到90%。（牵头单位：县农业农村局）
"""


def test_box_of_projects_stays_a_task():
    assert ("第一章", "第一节", "专栏1") in _paths(_PROJECT_BOX)


def test_box_of_assessed_indicators_stays_a_task():
    assert _paths(_ASSESSED_BOX) == [("专栏1",)]


# --- cards: 督办事项 names the work; a card printed on one line ------------------------------------

_DUBAN_CN = """县政府督查室关于2026年重点督办事项的通知
一、督办事项：新建乡镇污水处理站6座
承办单位：县住建局
办结时限：2026年11月底
二、督办事项：完成高标准农田建设2万亩
承办单位：县农业农村局
办结时限：2026年10月底
"""

_DUBAN_AR = """市政府督查室交办事项清单
1．交办事项：整治背街小巷20条
承办单位：市城管局
2．交办事项：新建口袋公园8个
承办单位：市园林局
"""

_ONE_LINE_CARDS = """城南镇2026年重点工作任务分解
1．任务名称：集镇雨污分流改造 牵头单位：镇村镇建设办 完成时限：2026年8月底
2．任务名称：新建农村产业路10公里 牵头单位：镇农业服务中心 完成时限：2026年10月底
"""

_ONE_LINE_CARDS_WIDE = """云峰县2026年民生实事
为切实办好群众关心关注的民生实事，经县政府常务会议研究，确定2026年民生实事项目如下：
（一）项目名称：新建城市书房4个　　责任单位：县文旅局　　完成时限：2026年12月
（二）项目名称：改造老旧小区15个　　责任单位：县住建局　　完成时限：2026年11月
"""


def _titles_units(text: str) -> list[tuple[str, list[str]]]:
    return [(t["title"], t["lead_units"]) for t in _doc(text).tasks]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_DUBAN_CN, [("新建乡镇污水处理站6座", ["县住建局"]), ("完成高标准农田建设2万亩", ["县农业农村局"])]),
        (_DUBAN_AR, [("整治背街小巷20条", ["市城管局"]), ("新建口袋公园8个", ["市园林局"])]),
        (_ONE_LINE_CARDS, [("集镇雨污分流改造", ["镇村镇建设办"]), ("新建农村产业路10公里", ["镇农业服务中心"])]),
        (_ONE_LINE_CARDS_WIDE, [("新建城市书房4个", ["县文旅局"]), ("改造老旧小区15个", ["县住建局"])]),
    ],
)
def test_cards_are_named_by_their_work(text, want):
    assert _titles_units(text) == want


_NOT_CARDS = """县政府督查室2026年工作要点
1．督办事项跟踪：建立督办台账，每月通报一次。（牵头单位：县督查室）
2．督办事项反馈：按季度向县政府报告。（牵头单位：县督查室）
"""

_LINE_WITH_A_LABEL_LATE = """县2026年重点工作要点
1．实施城区绿化提升。新增绿地5公顷 牵头单位：县城管局
2．推进背街小巷整治。整治小巷12条 牵头单位：县住建局
"""


def test_a_heading_about_duban_items_is_no_card():
    assert [t["title"] for t in _doc(_NOT_CARDS).tasks] == ["督办事项跟踪", "督办事项反馈"]


def test_an_item_with_a_late_label_is_left_alone():
    assert [t["title"] for t in _doc(_LINE_WITH_A_LABEL_LATE).tasks] == ["实施城区绿化提升", "推进背街小巷整治"]


_PIPED_WITH_A_NOTE_HEAD = """桐乡镇2026年重点工作任务清单
序号 | 工作任务 | 责任单位 | 完成时限 | 备注：按季度报送进展
1 | 新建村级文化广场6个 | 镇文化站 | 2026年10月 | 无
2 | 完成河道清淤12公里 | 镇水利站 | 2026年6月 | 无
"""


def test_piped_header_with_one_labelled_cell_stays_a_header():
    assert _titles_units(_PIPED_WITH_A_NOTE_HEAD) == [
        ("新建村级文化广场6个", ["镇文化站"]),
        ("完成河道清淤12公里", ["镇水利站"]),
    ]


# --- a year's planned investment column of a project table ----------------------------------------

_INVEST_PIPED = """阳江县2026年重点项目投资计划表
序号 | 项目名称 | 建设内容 | 总投资（亿元） | 2026年计划投资（亿元） | 责任单位
1 | 城东污水处理厂 | 新增日处理能力1万吨 | 2.4 | 1.1 | 县住建局
2 | 乡村旅游示范带 | 新建游步道6公里 | 1.8 | 0.9 | 县文旅局
"""

_INVEST_SPACED = """北塘县2026年民生项目计划
序号 项目名称 建设内容 2026年投资（万元） 责任单位
1 城北农贸市场 新建农贸市场1处 3000 县商务局
2 社区养老中心 建设社区养老中心4个 1200 县民政局
"""

_INVEST_TABS = """南岭镇2026年重点项目计划
序号\t项目名称\t建设内容\t2026年度投资计划（万元）\t责任单位
1\t集镇供水改造\t改造供水管网8公里\t600\t镇村建办
2\t产业路建设\t新建产业路5公里\t450\t镇农业服务中心
"""


def _row_targets(text: str) -> list[tuple[str, float, str, int | None]]:
    d = _doc(text)
    paths = {t["task_id"]: tuple(t["path"]) for t in d.tasks}
    return [(paths.get(t["task_id"], ("",))[0], t["value"], t["unit"], t["year"]) for t in d.targets]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_INVEST_PIPED, [("1", 1.1, "亿元", 2026), ("2", 0.9, "亿元", 2026)]),
        (_INVEST_SPACED, [("1", 3000, "万元", 2026), ("2", 1200, "万元", 2026)]),
        (_INVEST_TABS, [("1", 600, "万元", 2026), ("2", 450, "万元", 2026)]),
    ],
)
def test_year_investment_cell_is_read_with_its_head(text, want):
    got = _row_targets(text)
    for w in want:
        assert w in got


def test_total_investment_cell_stays_no_target():
    assert all(v not in (2.4, 1.8) for _p, v, _u, _y in _row_targets(_INVEST_PIPED))


_INVEST_TEXT_CELL = """临川县2026年重点项目计划
序号 | 项目名称 | 建设内容 | 2026年计划投资 | 责任单位
1 | 城南学校 | 新建教学楼1栋 | 完成主体工程 | 县教育局
2 | 体育公园 | 新建全民健身步道3公里 | 完成前期工作 | 县文体局
"""


def test_year_investment_text_cell_stays_text():
    d = _doc(_INVEST_TEXT_CELL)
    assert [t["title"] for t in d.tasks] == ["城南学校", "体育公园"]
    assert sorted(t["value"] for t in d.targets) == [1, 3]


# --- a markdown heading's hashes are no part of the title -----------------------------------------

_MD_BODY = """| 序号 | 工作任务 | 牵头单位 | 完成时限 |
| --- | --- | --- | --- |
| 1 | 新建村级文化广场6个 | 县文旅局 | 2026年10月 |
| 2 | 完成河道清淤12公里 | 县水利局 | 2026年6月 |
"""


@pytest.mark.parametrize(
    "head",
    ["# 平川县2026年重点任务分工表", "## 平川县2026年重点任务分工表", "###　平川县2026年重点任务分工表"],
)
def test_markdown_heading_marks_leave_the_title(head):
    assert _doc(f"{head}\n{_MD_BODY}").document["title"] == "平川县2026年重点任务分工表"


@pytest.mark.parametrize(
    "head",
    ["#乡村振兴#平川县2026年重点任务分工表", "平川县2026年重点任务分工表#"],
)
def test_hash_without_a_space_stays(head):
    assert _doc(f"{head}\n{_MD_BODY}").document["title"] == head


# --- a glued table of two rows ---------------------------------------------------------------------

_GLUED_TWO_TOWN = """石门镇2026年河湖长制重点任务
为推进河湖长制工作落实落地，现将2026年重点任务分解如下：
序号工作任务责任单位完成时限
1完成河道清淤疏浚8公里镇水利站2026年5月底
2新建生态护岸3公里镇农业服务中心2026年10月底
"""

_GLUED_TWO_COUNTY = """青山县2026年农村人居环境整治重点任务
为持续改善农村人居环境，现将2026年重点任务分解如下：
序号重点任务完成时限责任单位
1完成农村户厕改造500户2026年9月底县农业农村局
2新建垃圾中转站2座2026年11月底县城管局
"""

_GLUED_TWO_CITY = """东江市2026年城市更新重点任务
为加快推进城市更新，现将2026年重点任务分解如下：
序号工作任务牵头单位完成时限
1改造老旧小区30个市住建局2026年11月底
2新建口袋公园12个市园林局2026年9月底
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_GLUED_TWO_TOWN, [("完成河道清淤疏浚8公里", ["镇水利站"]), ("新建生态护岸3公里", ["镇农业服务中心"])]),
        (_GLUED_TWO_COUNTY, [("完成农村户厕改造500户", ["县农业农村局"]), ("新建垃圾中转站2座", ["县城管局"])]),
        (_GLUED_TWO_CITY, [("改造老旧小区30个", ["市住建局"]), ("新建口袋公园12个", ["市园林局"])]),
    ],
)
def test_glued_table_of_two_rows_is_read(text, want):
    assert _titles_units(text) == want


_TWO_GLUED_LINES_NO_HEADER = """青山县2026年重点工作
为推进重点工作落实，现安排如下：
1完成农村户厕改造500户，县农业农村局负责。
2新建垃圾中转站2座，县城管局负责。
"""

_GLUED_HEADER_THEN_PROSE = """青山县2026年重点工作
序号工作任务责任单位完成时限
2026年全县共安排重点任务二项，具体如下。
一、完成农村户厕改造500户。（责任单位：县农业农村局）
二、新建垃圾中转站2座。（责任单位：县城管局）
"""


def test_two_glued_numbers_without_a_glued_header_stay_text():
    assert _paths(_TWO_GLUED_LINES_NO_HEADER) == []


def test_prose_under_a_glued_header_is_no_row():
    assert _paths(_GLUED_HEADER_THEN_PROSE) == [("一",), ("二",)]


# --- the last signer after a unit line under any role label ---------------------------------------


def _signed(label: str) -> str:
    return f"""青溪县2026年城乡建设重点工作安排
为加快推进城乡建设，现将2026年重点工作安排如下：
1.新建城市公园3个。
牵头单位：县城管局
2.改造农村公路50公里。
{label}：县交通运输局
青溪县人民政府办公室
"""


@pytest.mark.parametrize("label", ["主责单位", "承办单位", "协同单位", "牵头科室"])
def test_signer_after_any_role_label_line_is_no_unit(label):
    last = _doc(_signed(label)).tasks[-1]
    assert "青溪县人民政府办公室" not in last["lead_units"] + last["participating_units"]


def test_signer_after_a_list_cut_at_its_comma_stays():
    # the label line ends in a 、: the name below goes on with the list
    text = _signed("责任单位").replace("县交通运输局\n", "县交通运输局、\n")
    last = _doc(text).tasks[-1]
    assert "青溪县人民政府办公室" in last["lead_units"]


def test_label_word_in_prose_line_is_no_label_line():
    from transform.tree import _UNIT_LABEL_LINE

    assert _UNIT_LABEL_LINE.match("牵头推进：全县道路改造") is None
    assert _UNIT_LABEL_LINE.match("主责单位：县住建局") is not None


# --- dashed row numbers (1-1, 1-2) in a table's number column ---------------------------------------

_DASHED_PIPED = """新港区2026年优化营商环境重点任务清单
序号 | 重点任务 | 责任单位 | 完成时限
1-1 | 企业开办时间压缩至1个工作日 | 区市场监管局 | 2026年3月
1-2 | 新增“一件事一次办”事项20项 | 区政务服务中心 | 2026年6月
2-1 | 新增惠企政策“免申即享”事项15项 | 区发展改革局 | 2026年9月
"""

_DASHED_TABS = """北湖县2026年重点民生任务清单
序号\t工作任务\t牵头单位\t完成时限
1－1\t新建城市书房5个\t县文旅局\t2026年10月
1－2\t改造老旧小区12个\t县住建局\t2026年11月
2－1\t新增托位300个\t县卫生健康局\t2026年12月
"""

_DASHED_SPACED = """石岭镇2026年重点工作任务清单
序号  工作任务  责任单位  完成时限
1-1  新建村级文化广场4个  镇文化站  2026年9月
1-2  完成河道清淤6公里  镇水利站  2026年6月
2-1  新增就业岗位200个  镇社会事务办  2026年12月
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_DASHED_PIPED, [("1-1",), ("1-2",), ("2-1",)]),
        (_DASHED_TABS, [("1-1",), ("1-2",), ("2-1",)]),
        (_DASHED_SPACED, [("1-1",), ("1-2",), ("2-1",)]),
    ],
)
def test_dashed_row_numbers_are_paths(text, want):
    assert _paths(text) == want


def test_dashed_number_outside_a_table_is_no_marker():
    from transform.numbering import decimal_marker

    assert decimal_marker("1-1 新增就业岗位200个") is None
    assert decimal_marker("1-2月完成河道清淤6公里", row=True) is None


def test_dashed_range_in_prose_stays_prose():
    text = """石岭镇2026年重点工作
一、推进河道治理。1-2月完成河道清淤6公里。（责任单位：镇水利站）
二、扩大就业。新增就业岗位200个。（责任单位：镇社会事务办）
"""
    assert _paths(text) == [("一",), ("二",)]


# --- a CSV export's comma-separated table -----------------------------------------------------------

_CSV_COUNTY = """西河县2026年为民办实事项目清单
序号,项目名称,建设内容,牵头单位,完成时限
1,城区停车场建设,新建公共停车位600个,县住建局,2026年11月
2,农村饮水提质,新建集中供水工程5处,县水利局,2026年10月
"""

_CSV_TOWN_THOUSANDS = """东岭镇2026年重点工作任务表
序号,工作任务,责任单位,完成时限
1,新发展特色种植1,200亩,镇农业服务中心,2026年6月
2,新建村级文化广场3个,镇文化站,2026年9月
"""

_CSV_CITY_PART = """南江市2026年数字政府建设任务清单
序号,工作任务,牵头单位,配合单位,完成时限
1,新增“一网通办”事项100项,市政务服务局,市大数据局,2026年12月
2,建成城市运行管理平台,市大数据局,市城管局,2026年10月
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_CSV_COUNTY, [("城区停车场建设", ["县住建局"]), ("农村饮水提质", ["县水利局"])]),
        (_CSV_TOWN_THOUSANDS, [("新发展特色种植1,200亩", ["镇农业服务中心"]), ("新建村级文化广场3个", ["镇文化站"])]),
        (_CSV_CITY_PART, [("新增“一网通办”事项100项", ["市政务服务局"]), ("建成城市运行管理平台", ["市大数据局"])]),
    ],
)
def test_csv_table_rows_are_tasks(text, want):
    assert _titles_units(text) == want


def test_prose_with_ascii_commas_is_no_table():
    text = """北岭县2026年重点工作
一、扩大有效投资。全年实施重点项目80个,完成投资100亿元。（牵头单位：县发展改革局）
二、稳定就业。新增城镇就业2,500人,失业率控制在5%以内。（牵头单位：县人社局）
"""
    assert [t["title"] for t in _doc(text).tasks] == ["扩大有效投资", "稳定就业"]


def test_comma_list_under_no_task_header_stays():
    text = """北岭县2026年重点企业名单
序号,企业名称,所在乡镇
1,北岭化工有限公司,城关镇
2,北岭食品有限公司,河口镇
"""
    assert _paths(text) == []


def test_prose_cut_at_ascii_commas_is_no_csv_header():
    text = """北岭县2026年重点项目服务工作方案
一、优化项目服务
1.坚持服务跟着项目走,优化项目管家工作机制,落实牵头单位包联制度,全力服务重大项目落地。（牵头单位：县发展改革局）
2.新开工亿元以上项目20个。（牵头单位：县投资促进中心）
"""
    titles = [t["title"] for t in _doc(text).tasks]
    assert titles[0].startswith("坚持服务跟着项目走,优化项目管家工作机制") and "|" not in titles[0]


# --- named items in square brackets or with an arabic numeral -----------------------------------------

_BRACKET_NAMED = """南城区2026年城市管理重点任务
【任务一】推进垃圾分类。新增垃圾分类示范小区20个。（牵头单位：区城管局）
【任务二】整治违规广告。拆除违规户外广告300处。（牵头单位：区城管局）
【任务三】提升道路保洁。主次干道机械化清扫率达到95%。（牵头单位：区环卫中心）
"""

_ARABIC_NAMED = """东岭县2026年重点项目推进安排
项目1：城北污水处理厂扩建。新增日处理能力2万吨。（责任单位：县住建局）
项目2：县医院新院区建设。完成主体工程。（责任单位：县卫生健康局）
"""

_ARABIC_PROBLEMS = """北山镇环保督察反馈问题整改方案
问题1：集镇生活污水收集率低。新建污水管网6公里。（责任单位：镇村镇建设办）
问题2：畜禽养殖粪污处理不规范。开展养殖场专项整治。（责任单位：镇畜牧站）
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_BRACKET_NAMED, [("任务一",), ("任务二",), ("任务三",)]),
        (_ARABIC_NAMED, [("项目1",), ("项目2",)]),
        (_ARABIC_PROBLEMS, [("问题1",), ("问题2",)]),
    ],
)
def test_named_items_in_brackets_or_arabic(text, want):
    assert _paths(text) == want


def test_named_word_before_a_count_is_no_marker():
    from transform.numbering import match_marker

    assert match_marker("项目2个全部开工建设") is None
    assert match_marker("任务1、2由县住建局负责") is None


def test_numbered_question_stays_no_item():
    from transform.numbering import match_marker

    assert match_marker("问题1：为什么要出台若干措施？") is None
