"""Which items are tasks: sections without numbered items that name work, topic and closing
headings, the notice around a plan, attachment lists, annex labels."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.structure import parse_structure


def _paths(text: str, units: bool = False) -> list[list[str]]:
    has_units = (lambda n: "牵头单位" in n.own_text or "责任单位" in n.own_text) if units else (lambda n: False)
    return [t.path for t in parse_structure(text, has_units).tasks]


def test_sections_without_items_that_name_work_or_a_project_are_tasks():
    text = ("2024年为民办实事项目\n一、启动城东片区棚户区改造。改造房屋1200户。\n"
            "二、城区道路改造工程\n改造道路8条，新建人行道12公里。\n三、完善社区养老服务。新建养老服务站6个。")
    assert _paths(text) == [["一"], ["二"], ["三"]]


def test_sections_without_items_beside_sections_with_items_are_tasks():
    text = ("一、道路畅通工程\n1.完成国道改线8公里。\n2.新建农村公路20公里。\n二、水浸点治理\n完成低洼片区排涝改造。\n"
            "三、食品安全保障提升\n每季度抽检食品不少于2000批次。")
    assert _paths(text) == [["一", "1"], ["一", "2"], ["二"], ["三"]]


def test_a_section_among_sections_that_name_work_is_work_too():
    text = ("一、全力确保粮食安全。粮食面积稳定在50万亩。\n二、坚决守住防止返贫底线。监测帮扶对象全覆盖。\n"
            "三、扎实推进人居环境整治。完成改厕2000户。\n四、切实加强耕地保护。")
    assert _paths(text) == [["一"], ["二"], ["三"], ["四"]]


def test_topic_and_closing_sections_are_not_tasks():
    text = ("一、总体要求\n坚持稳中求进，到2025年产值达到100亿元。\n二、推进乡村建设。完成改厕1000户。\n"
            "三、实施农业提升行动。新建农田5万亩。\n四、保障措施\n各部门要加强协调。\n五、加强组织领导。压实责任。\n"
            "六、严格督查考核。纳入年度考核。")
    assert _paths(text) == [["二"], ["三"]]


def test_topic_headings_in_traditional_characters():
    text = ("一、總體目標\n到2025年，個體工商戶達到5萬戶。\n二、構建梯次培育體系\n（一）激發創業活力\n"
            "1.構建創業服務體系。建設服務站10個。\n2.豐富經營場所供給。新建市場3個。")
    assert _paths(text) == [["二", "(一)", "1"], ["二", "(一)", "2"]]


def test_a_topic_heading_that_names_a_unit_is_work_given_to_it():
    text = ("一、落实总体要求和预期目标\n（一）总体要求：坚持稳中求进。（牵头单位：省发展改革委）\n"
            "（二）发展目标：经济增长6%左右。\n二、重点任务\n（一）扩大有效投资。（牵头单位：省发展改革委）")
    assert _paths(text, units=True) == [["一", "(一)"], ["二", "(一)"]]


def test_a_numbered_item_in_a_work_section_is_a_task_whatever_it_is_called():
    text = ("一、总体要求\n坚持人民至上。\n二、主要任务\n（一）实施健康促进行动\n1.主要目标指标。人均预期寿命达到80岁。\n"
            "2.重点工作举措。建设健康小屋100个。")
    assert _paths(text) == [["二", "(一)", "1"], ["二", "(一)", "2"]]


def test_table_category_rows_without_rows_are_no_tasks():
    text = ("序号\n重点工作任务\n主要责任单位\n协同配合单位\n一、发展目标\n3\n固定资产投资增长7%左右。\n区发改委\n区财政局\n"
            "二、扩大有效投资\n三、建设现代产业体系\n四、保障改善民生\n45\n新建幼儿园2所。\n区教育局\n区住建局")
    assert _paths(text) == [["一", "3"], ["四", "45"]]


def test_notice_requirements_before_a_signed_plan_are_not_tasks():
    text = ("各乡镇人民政府，区直各部门：\n现将2023年主要目标任务责任分解方案印发给你们，并提出如下要求：\n"
            "一、各责任单位要高度重视，制订工作方案。\n二、区绩效办要纳入考核。\n三、每季度末报送进展情况。\n"
            "某区人民政府办公室\n2023年1月3日\n2023年主要目标任务责任分解方案\n一、主要预期目标\n"
            "（一）地区生产总值增长7%以上\n责任单位：区发展和改革局\n（二）固定资产投资增长10%以上\n责任单位：区发展和改革局")
    assert _paths(text, units=True) == [["一", "(一)"], ["一", "(二)"]]


def test_notice_requirements_before_an_annexed_plan_are_not_tasks():
    text = ("各单位：\n现将任务清单印发给你们。\n一、责任到人，闭环管理。明确牵头单位和协同单位。\n"
            "二、节点管控，动态调度。每月报送进度。\n附件：1.2025年政府工作报告任务清单\n2.2025年民生实事任务分解\n"
            "某县人民政府办公室\n附件1\n2025年政府工作报告任务清单\n一、示范区牵头工作\n"
            "1.投资3000万元建设养殖基地。\n2.打造食用菌生产基地。")
    paths = _paths(text)
    assert paths in ([["一", "1"], ["一", "2"]], [["附件1", "一", "1"], ["附件1", "一", "2"]])


def test_attachment_lists_are_not_items():
    text = ("现将有关文件印发给你们。\n附件：1. 2019年政府工作报告目标任务分解表\n2. 2019年民生实事项目目标任务分解表\n"
            "某区人民政府办公室\n附件1\n一、经济指标\n1.地区生产总值增长6%。（牵头单位：区发改局）")
    assert _paths(text, units=True) == [["一", "1"]]


def test_tasks_in_numbered_annexes_start_their_path_with_the_annex_label():
    text = ("一、重点任务\n1.新建道路10公里。\n附件1\n重点项目清单\n一、交通项目\n1.改建桥梁2座。\n"
            "附件2\n民生实事清单\n一、教育\n1.新建学校1所。")
    assert _paths(text) == [["一", "1"], ["附件1", "一", "1"], ["附件2", "一", "1"]]


def test_a_plan_whose_only_text_is_a_news_report_keeps_its_first_sentence_titles():
    text = "本报讯 今年我市将办好十件实事。一是新建公办幼儿园10所，新增学位3000个。二是改造老旧小区50个。"
    tasks = parse_document(text, source="t.txt", is_text=True).tasks
    assert [t["title"] for t in tasks] == ["新建公办幼儿园10所，新增学位3000个", "改造老旧小区50个"]


def test_a_plan_in_the_main_text_keeps_its_sections_beside_an_annexed_table():
    text = ("一、启动城东棚户区改造。改造房屋1200户。\n二、新建城市公园3个。\n三、改造老旧小区20个。\n"
            "四、新建停车场5处。\n五、实施河道整治工程。\n六、完善社区养老服务。\n某县人民政府\n2024年2月1日\n"
            "附件\n重点项目表\n序号 | 项目名称 | 牵头单位\n1 | 城东棚改 | 县住建局\n2 | 城市公园 | 县城管局")
    assert _paths(text) == [["一"], ["二"], ["三"], ["四"], ["五"], ["六"], ["附件", "1"], ["附件", "2"]]


def test_work_sections_under_a_heading_that_names_goals_and_tasks_are_work():
    # 二、目标任务 holds sub-sections with numbered projects: they are tasks; goal items stay goals
    text = ("一、总体要求\n坚持项目为王，推动全镇经济高质量发展。\n二、目标任务\n"
            "到2025年，全镇规上工业产值达到50亿元。\n"
            "（一）工业项目\n1.新材料产业园项目，新建标准厂房5万平方米。\n2.食品加工项目，新增生产线3条。\n"
            "（二）农业项目\n1.高标准农田建设项目，建设高标准农田2000亩。\n"
            "三、保障措施\n加强组织领导。")
    parsed = parse_document(text, source="t.txt", is_text=True)
    assert [t["path"] for t in parsed.tasks] == [["二", "(一)", "1"], ["二", "(一)", "2"], ["二", "(二)", "1"]]
    assert any(g["task_id"] is None and g["value"] == 50 for g in parsed.targets)


def test_goal_items_under_a_goals_and_tasks_heading_are_no_tasks():
    text = ("一、目标任务\n1.到2025年，全县森林覆盖率达到65%。\n2.到2025年，新增造林面积2万亩。\n"
            "二、重点工作\n（一）实施国土绿化行动。全年完成造林5000亩。\n（二）加强森林防火。建设防火通道20公里。")
    parsed = parse_document(text, source="t.txt", is_text=True)
    assert [t["path"] for t in parsed.tasks] == [["二", "(一)"], ["二", "(二)"]]


@pytest.mark.parametrize(
    "closing",
    [
        "现予公告。\n某市某区第六届人民代表大会\n2025年3月21日",
        "特此通知。\n某县人民政府办公室\n2025年3月1日",
        "某镇人民政府\n2024年12月30日",
    ],
)
def test_the_closing_formula_and_signature_after_the_last_item_are_not_its_text(closing):
    text = (
        "某区2025年民生实事项目\n"
        "1.城区道路改造工程\n"
        "2.第一小学扩建工程\n"
        "3.耕地质量提升示范项目\n"
        f"{closing}\n"
    )
    doc = parse_document(text, source="t.txt", is_text=True)
    last = doc.tasks[-1]
    assert last["body"] == "耕地质量提升示范项目"


def test_a_unit_line_above_a_date_stays_with_the_last_item():
    text = "某县2025年重点工作\n1.新建公厕12座。\n2.改造农村公路30公里。\n牵头单位：县交通运输局\n2025年3月1日\n"
    doc = parse_document(text, source="t.txt", is_text=True)
    assert doc.tasks[-1]["lead_units"] == ["县交通运输局"]


def test_a_heading_naming_a_topic_after_de_is_a_topic_heading():
    # "一、深化预算管理制度改革的总体要求": its 1.指导思想 2.目标任务 are no tasks
    text = ("某省关于深化预算管理制度改革的实施意见\n一、深化预算管理制度改革的总体要求\n1.指导思想。贯彻落实有关精神。\n"
            "2.目标任务。2026年基本完成改革任务。\n二、完善政府预算体系\n3.健全政府预算体系。加快建立全口径预算体系。\n"
            "4.加强政府性基金预算管理。规范基金项目设立。\n")
    assert _paths(text) == [["二", "3"], ["二", "4"]]


@pytest.mark.parametrize("topic", ["部门概况", "单位概况", "项目概况", "基本概况"])
def test_an_overview_section_holds_no_tasks(topic):
    # "一、部门概况 1、组织机构… 2、部门职能…" describes the body: no work, even numbered
    text = (f"某局2025年度工作计划\n一、{topic}\n1、组织机构：内设办公室等5个股室。\n2、主要职能：负责全县城乡建设管理。\n"
            "二、2025年重点工作\n1、新建城区道路3条。\n2、改造老旧小区8个。\n")
    assert _paths(text) == [["二", "1"], ["二", "2"]]
