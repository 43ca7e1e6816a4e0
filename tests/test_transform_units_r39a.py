"""Round 39a: units where prose states them (clauses and positions).

- a role verb with its work inside a sentence ("…，县水利局要牵头做好管网建设，县财政局配合做好资金
  保障。", "…，区城管局负责组织清雪队伍，各街道配合做好人员保障。"): the 牵头/负责 body leads, the
  配合 one takes part; prose and everyone ("各乡镇要牵头…", "部门牵头、属地落实的机制") name none;
- a 配合 clause with its work beside a lead clause ("由镇农业服务中心负责实施，各村委会配合做好入户动员")
  takes part;
- a closing line after a section's items with a count or 由 and the names before its verb
  ("以上两项工作由区住建局牵头，区交通运输局配合", "以上任务由区农业农村局统筹，各街道配合") gives every item
  of the section its units.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.units import extract_units


def _tasks(text: str) -> dict[tuple[str, ...], dict]:
    doc = parse_document(text, source="t.txt", is_text=True)
    return {tuple(t["path"]): t for t in doc.tasks}


@pytest.mark.parametrize(
    ("text", "lead", "participating"),
    [
        ("提升供水能力。新建供水管网8公里，县水利局要牵头做好管网建设和水质监测工作。", ["县水利局"], []),
        (
            "加强停车设施建设。新增泊位600个，县城管局要牵头抓好规划建设，县公安局交警大队配合做好秩序管理。",
            ["县城管局"],
            ["县公安局交警大队"],
        ),
        ("垃圾治理。配齐保洁员120名，镇环卫所要牵头做好垃圾清运，各村配合落实。", ["镇环卫所"], ["各村"]),
        (
            "主干道清雪。降雪停止后及时清理，区城管局负责组织环卫作业队伍，各街道配合做好人员保障。",
            ["区城管局"],
            ["各街道"],
        ),
        (
            "改造老旧小区。完成改造30个，区住房城乡建委要牵头抓好组织实施，各街道办事处负责属地推进。",
            ["区住房城乡建委"],
            ["各街道办事处"],
        ),
        (
            "开展排污口整治。县生态环境分局应牵头做好排查溯源，县水利局配合。",
            ["县生态环境分局"],
            ["县水利局"],
        ),
        ("推进医养结合。市卫健委、市民政局要牵头研究出台支持政策。", ["市卫健委", "市民政局"], []),
        ("健全推进机制。建立“周调度、月通报”制度，区城市更新办负责日常协调。", ["区城市更新办"], []),
        (
            "開展排汙口整治。縣生態環境分局要牽頭做好排查溯源，縣水利局配合。",
            ["縣生態環境分局"],
            ["縣水利局"],
        ),
    ],
)
def test_a_role_verb_with_its_work_inside_a_sentence(
    text: str, lead: list[str], participating: list[str]
) -> None:
    units = extract_units(text)
    assert units.lead == lead
    assert units.participating == participating


@pytest.mark.parametrize(
    "text",
    [
        "整治背街小巷。实行县级领导包抓、部门牵头、乡镇落实的工作机制，逐巷制定整治方案。",
        "加强领导。各乡镇要牵头做好排查，县直部门配合做好指导。",
        "加强领导。县直有关部门要牵头做好排查。",
        "加強領導。縣直有關部門要牽頭做好排查。",  # the same in traditional characters
        "加强领导。县级领导牵头抓好督导。",
        "加强领导。县委书记负责统筹推进。",
        "强化交通安全。县公安局交警大队大队长王五表示，将加强路面管控。",
        "完善机制。建立健全项目负责人制度，明确责任。",
        # 负责 after 由, or a whole role verb: work, left to the clause rules
        "由县发改局负责统筹，县教体局负责落实，确保按期完成。",
        "由县发改局负责组织实施，各镇街抓好落实。",
    ],
)
def test_prose_and_everyone_name_no_unit(text: str) -> None:
    units = extract_units(text)
    assert units.lead == []
    assert units.participating == []


def test_a_participating_clause_with_its_work_beside_a_lead_clause() -> None:
    units = extract_units("厕所革命。完成改厕300户，由镇农业服务中心负责实施，各村委会配合做好入户动员。")
    assert units.lead == ["镇农业服务中心"]
    assert units.participating == ["各村委会"]


def test_the_work_of_a_clause_keeps_its_targets() -> None:
    tasks = _tasks(
        "某县2025年城建工作方案\n"
        "一、重点任务\n"
        "1.完善路网。县交通运输局要牵头新建农村公路30公里，县财政局配合做好资金保障。\n"
        "2.建设公园。新建口袋公园5个。\n"
    )
    task = tasks[("一", "1")]
    assert task["lead_units"] == ["县交通运输局"]
    assert task["participating_units"] == ["县财政局"]
    doc = parse_document(
        "某县2025年城建工作方案\n一、重点任务\n1.完善路网。县交通运输局要牵头新建农村公路30公里，县财政局配合做好资金保障。\n",
        source="t.txt",
        is_text=True,
    )
    assert [t["value"] for t in doc.targets] == [30]


@pytest.mark.parametrize(
    ("statement", "lead", "participating"),
    [
        ("以上两项工作由区住建局牵头，区交通运输局配合。", ["区住建局"], ["区交通运输局"]),
        ("以上任务由区农业农村局统筹，各街道配合。", ["区农业农村局"], ["各街道"]),
        (
            "上述工作由县乡村振兴局牵头，县教育局、县卫健局按职责配合。",
            ["县乡村振兴局"],
            ["县教育局", "县卫健局"],
        ),
        ("以上任务由县农业农村局、县人社局分别牵头。", ["县农业农村局", "县人社局"], []),
        ("（以上三项任务由市商务局负责）", ["市商务局"], []),
    ],
)
def test_a_closing_statement_gives_every_item_its_units(
    statement: str, lead: list[str], participating: list[str]
) -> None:
    tasks = _tasks(
        "某区2025年重点工作安排\n"
        "一、稳定生产\n"
        "（一）落实播种面积。稳定在35万亩以上。\n"
        "（二）推进农田建设。新建高标准农田2万亩。\n"
        "（三）加强防灾减灾。做好统防统治。\n"
        f"{statement}\n"
        "二、发展产业\n"
        "（一）壮大蔬菜产业。（区商务局负责）\n"
    )
    for key in (("一", "(一)"), ("一", "(二)"), ("一", "(三)")):
        assert tasks[key]["lead_units"] == lead
        assert tasks[key]["participating_units"] == participating
    assert tasks[("二", "(一)")]["lead_units"] == ["区商务局"]


@pytest.mark.parametrize(
    "closing",
    [
        "以上任务完成后，由区政府组织验收。",
        "以上工作要求各街道高度重视，确保按期完成。",
        "以上两项工作纳入年度考核，由区督查室负责督查。",
    ],
)
def test_a_closing_line_without_units_gives_none(closing: str) -> None:
    tasks = _tasks(
        "某区2025年重点工作安排\n"
        "一、稳定生产\n"
        "（一）落实播种面积。稳定在35万亩以上。\n"
        "（二）推进农田建设。新建高标准农田2万亩。\n"
        f"{closing}\n"
        "二、发展产业\n"
        "（一）壮大蔬菜产业。（区商务局负责）\n"
    )
    assert tasks[("一", "(一)")]["lead_units"] == []
    assert tasks[("一", "(一)")]["participating_units"] == []


@pytest.mark.parametrize(
    ("text", "lead", "participating"),
    [
        ("县民政局：新建农村幸福院10所，提升特困供养服务机构照护能力。", ["县民政局"], []),
        ("县人社局、县财政局：落实城乡居民基本养老保险待遇调整政策。", ["县人社局", "县财政局"], []),
        ("各乡镇人民政府：做好困难群众排查救助工作，县民政局配合。", ["各乡镇人民政府"], ["县民政局"]),
        ("县残联：开展残疾人康复服务，为800名残疾儿童提供康复救助。", ["县残联"], []),
        ("區文旅局：開展群眾文化活動。", ["區文旅局"], []),
    ],
)
def test_a_unit_leading_into_its_work(text: str, lead: list[str], participating: list[str]) -> None:
    units = extract_units(text)
    assert units.lead == lead
    assert units.participating == participating


@pytest.mark.parametrize(
    "text",
    [
        "经济发展：新建产业园2个。",
        "县城：新建公园2个。",
        "全县各部门：做好排查。",
        "各成员单位：做好排查。",
        "县发改局：县财政局",
        "县住建局：2处",
    ],
)
def test_a_topic_or_everyone_before_a_colon_names_no_unit(text: str) -> None:
    units = extract_units(text)
    assert units.lead == []
    assert units.participating == []


def test_unit_lead_ins_in_a_work_division() -> None:
    tasks = _tasks(
        "某县2025年民政重点工作任务分工\n"
        "1.县民政局：新建农村幸福院10所。\n"
        "2.县卫健局：新增医养结合床位200张。\n"
        "3.各乡镇人民政府：做好困难群众排查救助工作，县民政局配合。\n"
    )
    assert tasks[("1",)]["lead_units"] == ["县民政局"]
    assert tasks[("2",)]["lead_units"] == ["县卫健局"]
    assert tasks[("3",)]["lead_units"] == ["各乡镇人民政府"]
    assert tasks[("3",)]["participating_units"] == ["县民政局"]


@pytest.mark.parametrize(
    ("statement", "lead", "participating"),
    [
        ("（以上各项由区行政审批局负责）", ["区行政审批局"], []),
        ("以上事项，由区市场监管局牵头落实，区司法局配合。", ["区市场监管局"], ["区司法局"]),
        ("上述任务，由区工信局、区发改局分别牵头，各街道配合。", ["区工信局", "区发改局"], ["各街道"]),
    ],
)
def test_closing_statements_printed_other_ways(
    statement: str, lead: list[str], participating: list[str]
) -> None:
    tasks = _tasks(
        "某区2025年营商环境工作要点\n"
        "一、提升政务服务\n"
        "1.推进一窗通办。\n"
        "2.推行告知承诺制。\n"
        f"{statement}\n"
        "二、强化监管\n"
        "3.规范涉企检查。（区司法局负责）\n"
    )
    for key in (("一", "1"), ("一", "2")):
        assert tasks[key]["lead_units"] == lead
        assert tasks[key]["participating_units"] == participating
    assert tasks[("二", "3")]["lead_units"] == ["区司法局"]


@pytest.mark.parametrize(
    ("statement", "lead"),
    [
        ("以下任务均由县交通运输局负责：", ["县交通运输局"]),
        ("以下工作都由县交通运输局负责：", ["县交通运输局"]),
        ("下列事项由县交通运输局负责：", ["县交通运输局"]),
    ],
)
def test_an_opening_statement_ending_with_a_colon(statement: str, lead: list[str]) -> None:
    tasks = _tasks(
        "某县2025年商贸流通工作计划\n"
        "一、繁荣消费\n"
        "（一）开展促消费活动。（县商务局负责）\n"
        "二、完善物流体系\n"
        f"{statement}\n"
        "（一）建设县级物流配送中心。\n"
        "（二）完善村级物流服务站点。\n"
    )
    assert tasks[("二", "(一)")]["lead_units"] == lead
    assert tasks[("二", "(二)")]["lead_units"] == lead
    assert tasks[("一", "(一)")]["lead_units"] == ["县商务局"]


@pytest.mark.parametrize(
    "line",
    [
        "以下任务要求各乡镇高度重视：",
        "以下工作务必于年底前完成：",
    ],
)
def test_an_opening_line_without_units_gives_none(line: str) -> None:
    tasks = _tasks(
        "某县2025年商贸流通工作计划\n"
        "一、完善物流体系\n"
        f"{line}\n"
        "（一）建设县级物流配送中心。\n"
        "（二）完善村级物流服务站点。\n"
    )
    assert tasks[("一", "(一)")]["lead_units"] == []


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("生态环保——县生态环境分局牵头", ["县生态环境分局"]),
        ("产业发展—县发改局、县工信局牵头", ["县发改局", "县工信局"]),
        ("乡村振兴－－县农业农村局负责。", ["县农业农村局"]),
        ("社區治理——區民政局牽頭", ["區民政局"]),
    ],
)
def test_a_topic_and_a_dash_before_the_units_of_a_clause(text: str, lead: list[str]) -> None:
    assert extract_units(text).lead == lead


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("中国—东盟博览会秘书处牵头", ["中国—东盟博览会秘书处"]),  # no level after the dash
        ("完成改造。县住建局—县水务集团负责。", ["县住建局", "县水务集团"]),  # units on both sides
    ],
)
def test_a_dash_inside_names_stays(text: str, lead: list[str]) -> None:
    assert extract_units(text).lead == lead


def test_a_heading_with_a_topic_a_dash_and_its_lead() -> None:
    tasks = _tasks(
        "某县2025年民生实事工作方案\n三、生态环保——县生态环境分局牵头\n1.整治黑臭水体3条。\n2.推进垃圾分类。\n"
    )
    assert tasks[("三", "1")]["lead_units"] == ["县生态环境分局"]
    assert tasks[("三", "2")]["lead_units"] == ["县生态环境分局"]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("县应急管理局——统筹全县安全生产综合监管，组织开展安全生产大检查。", ["县应急管理局"]),
        ("县住建局、县城管局——加强建筑施工和城镇燃气安全监管。", ["县住建局", "县城管局"]),
        ("镇农业服务中心——做好春耕生产服务。", ["镇农业服务中心"]),
    ],
)
def test_a_unit_leading_into_its_work_with_a_dash(text: str, lead: list[str]) -> None:
    assert extract_units(text).lead == lead


@pytest.mark.parametrize("text", ["产业发展——新建产业园2个。", "城区——新建公园2个。"])
def test_a_topic_leading_in_with_a_dash_names_no_unit(text: str) -> None:
    assert extract_units(text).lead == []


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("开展农村住房安全排查。（镇村建办、各村委会；责任领导：陈东）", ["镇村建办", "各村委会"]),
        ("开展排查。（镇规划建设办、各村委会）", ["镇规划建设办", "各村委会"]),
        ("建设便民服务站。（街道社区事务办、各社区居委会）", ["街道社区事务办", "各社区居委会"]),
    ],
)
def test_a_bracket_of_a_towns_offices(text: str, lead: list[str]) -> None:
    assert extract_units(text).lead == lead


@pytest.mark.parametrize("text", ["开展排查。（镇区）", "开展排查。（各村、各社区）"])
def test_a_bracket_of_areas_names_no_unit(text: str) -> None:
    assert extract_units(text).lead == []


@pytest.mark.parametrize(
    ("text", "lead", "participating"),
    [
        (
            "道路交通整治。开展酒驾专项整治，县公安局负责；加强农村道路隐患治理，县交通运输局负责，各乡镇配合。",
            ["县公安局", "县交通运输局"],
            ["各乡镇"],
        ),
        (
            "整治。新建幼儿园3所，县教体局负责。改造学校5所，县住建局负责，年底前完成。",
            ["县教体局", "县住建局"],
            [],
        ),
        (
            "隐患排查。排查水库隐患，市水利局负责；排查地灾隐患点，市自然资源局负责，各区县配合。",
            ["市水利局", "市自然资源局"],
            ["各区县"],
        ),
    ],
)
def test_a_duty_clause_in_each_sentence_of_a_task(
    text: str, lead: list[str], participating: list[str]
) -> None:
    units = extract_units(text)
    assert units.lead == lead
    assert units.participating == participating


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # a 落实 clause in one sentence and a 负责 clause in another: the first stays alone
        ("整治。新建幼儿园3所，县教体局负责落实。改造学校5所，县住建局负责，年底前完成。", ["县教体局"]),
        # the second sentence names no unit
        ("整治。开展整治，县公安局负责；加强隐患治理，确保安全。", ["县公安局"]),
    ],
)
def test_a_second_sentence_without_its_own_duty_clause(text: str, lead: list[str]) -> None:
    units = extract_units(text)
    assert units.lead == lead
    assert units.participating == []


def test_the_work_between_two_sentences_clauses_keeps_its_targets() -> None:
    doc = parse_document(
        "某县2025年交通工作方案\n一、重点任务\n"
        "1.道路整治。开展专项整治，县公安局负责；新建农村公路30公里，县交通运输局负责，各乡镇配合。\n",
        source="t.txt",
        is_text=True,
    )
    assert doc.tasks[0]["lead_units"] == ["县公安局", "县交通运输局"]
    assert [t["value"] for t in doc.targets] == [30]
