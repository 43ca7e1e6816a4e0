"""Round 39h: units, fifth pass (clauses and names).

- a helper clause with a light verb before its role ("县交通运输局、县农业农村局给予配合", "…予以配合",
  "…给予支持") takes part beside the lead;
- 包联单位/包保单位/包抓单位 (a 包联 list: the department that takes charge of a project beside its leader)
  are responsible labels: lead when no 牵头 unit is named;
- "县委、县政府督查室": an office of a level's committee and government is one name;
- "县人民医院-医共体总院": the role a body holds in a group it heads is no second body;
- "X牵头，会同A、B开展专项行动": the 会同 names end at the first work verb, not only at the clause end.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.unit_clauses import _first_tail
from transform.unit_shared import _joint_office
from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return list(u.lead), list(u.participating)


# --- 给予配合 / 予以配合 / 给予支持 --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "打造乡村旅游线路。由县文旅局牵头负责，县交通运输局、县农业农村局给予配合。",
            ["县文旅局"],
            ["县交通运输局", "县农业农村局"],
        ),
        ("完善停车设施。县住建局负责，县城管局、县文旅局给予支持。", ["县住建局"], ["县城管局", "县文旅局"]),
        ("加强景区安全。县应急管理局牵头，县消防救援大队予以配合。", ["县应急管理局"], ["县消防救援大队"]),
        ("推进数据共享。市大数据局牵头，市公安局予以协助。", ["市大数据局"], ["市公安局"]),
        ("加強景區安全。縣應急管理局牽頭，縣消防救援大隊予以配合。", ["縣應急管理局"], ["縣消防救援大隊"]),
        ("开展联合执法。（区城管局牵头，区公安分局、区市场监管局给予协助）", ["区城管局"], ["区公安分局", "区市场监管局"]),
    ],
)
def test_a_light_verb_before_the_helper_role(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "强化服务保障。对困难群众给予支持，帮助解决实际困难。",
        "加强宣传引导。引导企业和群众给予配合，形成工作合力。",
        "做好征收工作。被征收户应当予以配合。",
    ],
)
def test_a_light_verb_with_no_units_names_none(text: str) -> None:
    assert _units(text) == ([], [])


# --- 包联单位 / 包保单位 -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "新能源电池产业园项目。包联领导：张伟；包联单位：县发展改革局；配合单位：县自然资源局。",
            ["县发展改革局"],
            ["县自然资源局"],
        ),
        ("冷链物流中心项目。包保领导：李娜；包保单位：县商务局。", ["县商务局"], []),
        ("污水处理厂扩建项目。（包抓领导：王军；包抓单位：区住建局）", ["区住建局"], []),
        ("集中供热管网项目。包联部门：县城管局；协办单位：县热力公司。", ["县城管局"], ["县热力公司"]),
        ("集中供熱管網項目。包聯單位：縣城管局；協辦單位：縣熱力公司。", ["縣城管局"], ["縣熱力公司"]),
    ],
)
def test_a_baolian_unit_is_responsible(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a 牵头 unit named: the 包联 unit takes part
        ("园区道路项目。牵头单位：县交通运输局；包联单位：县工信局。", ["县交通运输局"], ["县工信局"]),
        # a 包联 leader is a person, never a unit
        ("园区道路项目。包联领导：赵磊。", [], []),
    ],
)
def test_a_baolian_unit_beside_a_lead_or_a_leader(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- 县委、县政府督查室 ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("（责任单位：县委、县政府督查室，县营商环境服务中心）", ["县委、县政府督查室", "县营商环境服务中心"]),
        ("（责任单位：县纪委监委机关、县委、县政府督查室）", ["县纪委监委机关", "县委、县政府督查室"]),
        ("牵头单位：市委、市人民政府信访局。", ["市委、市人民政府信访局"]),
        ("（牵头单位：区委、区政府督查考评办）", ["区委、区政府督查考评办"]),
        ("（牽頭單位：縣委、縣政府督查室）", ["縣委、縣政府督查室"]),
    ],
)
def test_a_joint_office_of_committee_and_government_is_one_name(text: str, lead: list[str]) -> None:
    assert _units(text)[0] == lead


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("（责任单位：县委、县政府）", ["县委", "县政府"]),
        ("（责任单位：县委、市政府督查室）", ["县委", "市政府督查室"]),
        ("（责任单位：县委办、县政府办）", ["县委办", "县政府办"]),
        ("（责任单位：县委组织部、县政府办公室）", ["县委组织部", "县政府办公室"]),
    ],
)
def test_two_bodies_stay_two(text: str, lead: list[str]) -> None:
    assert _units(text)[0] == lead


def test_joint_office_shape() -> None:
    assert _joint_office("县委", "县政府督查室")
    assert _joint_office("中共县委", "县人民政府督查室") is True
    assert not _joint_office("县委", "县政府")
    assert not _joint_office("县委宣传部", "县政府办")


# --- 县人民医院-医共体总院 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "统一管理。牵头单位：县卫生健康局；责任单位：县人民医院-医共体总院、县中医院-医共体总院。",
            ["县卫生健康局"],
            ["县人民医院-医共体总院", "县中医院-医共体总院"],
        ),
        ("建设检验中心。牵头单位：县人民医院-医共体总院；配合单位：各乡镇卫生院。", ["县人民医院-医共体总院"], ["各乡镇卫生院"]),
        ("推进集团化办学。（牵头单位：市第一中学—教育集团总校）", ["市第一中学—教育集团总校"], []),
        ("建设医联体。（牵头单位：市中心医院－城市医联体牵头医院）", ["市中心医院－城市医联体牵头医院"], []),
    ],
)
def test_a_group_role_after_a_dash_stays_with_its_body(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("（牵头单位：市水利局-黄河河务局）", ["市水利局", "黄河河务局"]),
        ("（牵头单位：县交通运输局—公路养护中心）", ["县交通运输局", "公路养护中心"]),
        ("（牵头单位：县卫生健康局—县人民医院）", ["县卫生健康局", "县人民医院"]),
    ],
)
def test_two_bodies_across_a_dash_stay_two(text: str, lead: list[str]) -> None:
    assert _units(text)[0] == lead


# --- 会同A、B开展专项行动 ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "整治违法占地。县自然资源局牵头，会同县农业农村局、县公安局开展专项行动。",
            ["县自然资源局"],
            ["县农业农村局", "县公安局"],
        ),
        ("推进河道整治。由市水利局牵头，会同市生态环境局做好排污口排查。", ["市水利局"], ["市生态环境局"]),
        ("加强平台监管。區市場監管局牽頭，會同區商務局推動平台企業落實主體責任。", ["區市場監管局"], ["區商務局"]),
        ("开展联合检查。镇综治中心牵头，并会同镇派出所、镇司法所开展矛盾排查。", ["镇综治中心"], ["镇派出所", "镇司法所"]),
    ],
)
def test_joint_names_end_at_the_first_work_verb(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "开展联合检查。县市场监管局牵头，会同相关行业开展联合检查。",
        "做好应急演练。县应急管理局牵头，会同企业做好应急演练。",
        "做好应急演练。各乡镇要会同驻地企业开展应急演练。",
    ],
)
def test_joint_prose_names_no_unit(text: str) -> None:
    lead, part = _units(text)
    assert part == []


def test_joint_units_in_a_task() -> None:
    text = "东坪县2025年耕地保护工作要点\n一、严格耕地用途管制\n1.整治违法占用耕地。县自然资源局牵头，会同县农业农村局、县公安局开展专项行动。\n"
    doc = parse_document(text, source="t.txt", is_text=True)
    (task,) = doc.tasks
    assert task["lead_units"] == ["县自然资源局"]
    assert task["participating_units"] == ["县农业农村局", "县公安局"]


# --- hostile scale (a hang guard, no timing assertion) ----------------------------------------

_BIG = 100_000


@pytest.mark.timeout(30)
@pytest.mark.parametrize("tail", ["开展", ""])
def test_first_tail_reads_a_long_clause_once(tail: str) -> None:
    view = "会同" + "县财政局、" * _BIG + tail
    assert _first_tail(view, 2, len(view)) == (len(view) - 2 if tail else len(view))


@pytest.mark.timeout(30)
def test_long_lists_of_committees_and_dashes() -> None:
    text = "（责任单位：" + "县委、县政府督查室、" * 2000 + "县人民医院-医共体总院" + "）"
    lead, _part = _units(text)
    assert lead[0] == "县委、县政府督查室"
    u = extract_units("会同" + "县财政局、" * _BIG + "开展")
    assert list(u.lead) == []


# --- 主办 / 会办 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "关于发展低空经济的提案。主办：市发展改革委；会办：市交通运输局、市工信局。",
            ["市发展改革委"],
            ["市交通运输局", "市工信局"],
        ),
        ("关于支持融资的提案。主办单位：市金融办；会办单位：人民银行市分行。", ["市金融办"], ["人民银行市分行"]),
        ("關於支持融資的提案。（主辦單位：市金融辦，會辦單位：市財政局）", ["市金融辦"], ["市財政局"]),
        ("关于托育服务的建议。（主办部门：区卫健委；会办部门：区教育局）", ["区卫健委"], ["区教育局"]),
    ],
)
def test_huiban_units_take_part(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize("text", ["请相关部门会办。", "会办事项较多，要加快办理。"])
def test_huiban_in_prose_names_none(text: str) -> None:
    assert _units(text) == ([], [])


# --- 同上 in a unit label ---------------------------------------------------------------------


def _doc_units(text: str) -> dict[tuple[str, ...], tuple[list[str], list[str]]]:
    doc = parse_document(text, source="t.txt", is_text=True)
    return {tuple(t["path"]): (t["lead_units"], t["participating_units"]) for t in doc.tasks}


_HEAD = "平阳县2025年农村人居环境整治工作要点\n一、农村厕所革命\n"


@pytest.mark.parametrize(
    ("items", "second"),
    [
        (
            "1.推进户厕改造。（责任单位：县农业农村局，县卫生健康局）\n2.加强公厕管护。（责任单位：同上）\n",
            (["县农业农村局", "县卫生健康局"], []),
        ),
        (
            "1.推进户厕改造。牵头单位：县农业农村局。\n2.加强公厕管护。牵头单位：同上；配合单位：各乡镇人民政府。\n",
            (["县农业农村局"], ["各乡镇人民政府"]),
        ),
        (
            "1.推進戶廁改造。（責任單位：縣農業農村局）\n2.加強公廁管護。（責任單位：同上）\n",
            (["縣農業農村局"], []),
        ),
        (
            "1.推进户厕改造。（牵头单位：县农业农村局）\n2.加强公厕管护。（牵头单位：同上）\n3.建立长效机制。（牵头单位：同上）\n",
            (["县农业农村局"], []),
        ),
    ],
)
def test_a_ditto_label_repeats_the_item_above(items: str, second: tuple[list[str], list[str]]) -> None:
    got = _doc_units(_HEAD + items)
    assert got[("一", "2")] == second
    if ("一", "3") in got:
        assert got[("一", "3")] == second


@pytest.mark.parametrize(
    "items",
    [
        # the first item has nothing above it
        "1.推进户厕改造。（责任单位：同上）\n2.加强公厕管护。（责任单位：县卫生健康局）\n",
        # a deadline that says 同上 repeats no unit
        "1.推进户厕改造。（责任单位：县农业农村局）\n2.加强公厕管护。（完成时限：同上）\n",
    ],
)
def test_no_ditto_units_without_a_unit_above(items: str) -> None:
    got = _doc_units(_HEAD + items)
    assert got[("一", "1")][0] != ["县农业农村局"] or got[("一", "2")] == ([], [])


def test_says_ditto_shape() -> None:
    from transform.unit_runs import says_ditto

    assert says_ditto("加强管护。（责任单位：同上）")
    assert says_ditto("加强管护。牵头单位：同上；配合单位：县财政局。")
    assert not says_ditto("加强管护。（完成时限：同上）")
    assert not says_ditto("加强管护。（责任单位：同上级部门对接）")


# --- "，由各街道办事处负责落实。" closing the item's sentence ---------------------------------


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("1.配齐专职保安和安防设施，由各学校负责落实。", ["各学校"]),
        ("1.推进背街小巷整治，由各街道办事处负责落实。", ["各街道办事处"]),
        ("1.开展防溺水专题教育，由县教育局负责落实。", ["县教育局"]),
        ("1.推進背街小巷整治，由各街道辦事處負責落實。", ["各街道辦事處"]),
    ],
)
def test_a_by_clause_closing_the_sentence_leads(text: str, lead: list[str]) -> None:
    assert _units(text) == (lead, [])


@pytest.mark.parametrize(
    "text",
    ["1.加强宣传，由此带动群众参与落实。", "1.完善村级公共服务，由各乡镇人民政府负责组织实施，年底前完成。"],
)
def test_no_by_clause_units_in_prose(text: str) -> None:
    assert _units(text) == ([], [])


# --- a title without the unit clauses that close its sentence ---------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("配齐专职保安和安防设施，由各学校负责落实。", "配齐专职保安和安防设施"),
        ("开展校园周边治安巡逻，由县公安局负责，各派出所具体落实。", "开展校园周边治安巡逻"),
        ("完善社区养老托育设施，市民政局、市卫健委分别牵头，市住建局配合。", "完善社区养老托育设施"),
        ("加快地下管网更新，由市水务局牵头，市燃气集团、市供电公司参与。", "加快地下管网更新"),
    ],
)
def test_a_title_stops_before_its_unit_clauses(text: str, title: str) -> None:
    from transform.titles import task_title

    assert task_title(text) == title


@pytest.mark.parametrize(
    "text",
    [
        "加快建设，县住建局负责，年底前完成。",
        "开展培训，由县人社局负责组织，全年培训500人次。",
        "加强宣传，县委宣传部牵头开展专题报道。",
    ],
)
def test_a_title_keeps_clauses_that_go_on(text: str) -> None:
    from transform.titles import task_title

    assert task_title(text) == text.rstrip("。")


@pytest.mark.timeout(30)
def test_title_with_many_commas_is_read_once_per_comma() -> None:
    from transform.titles import task_title

    text = "推进整治" + "，县住建局" * 20_000 + "负责。"
    assert task_title(text).startswith("推进整治")
    assert says_ditto_long()


def says_ditto_long() -> bool:
    from transform.unit_runs import says_ditto

    return not says_ditto("（完成时限：同上）" * 20_000)


# --- 具体由 / 此项工作由 open a sentence ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("储备防汛物资。具体由镇农业服务中心负责。", ["镇农业服务中心"], []),
        ("开展隐患排查。此项工作由镇应急办牵头，各村委会配合。", ["镇应急办"], ["各村委会"]),
        ("开展普法宣传。该项工作由县司法局负责。", ["县司法局"], []),
        ("開展普法宣傳。具體由縣司法局負責。", ["縣司法局"], []),
    ],
)
def test_a_by_opener_opens_the_sentence(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    ["开展隐患排查。具体由谁负责要明确。", "开展隐患排查。此项工作由来已久，要持续推进。"],
)
def test_a_by_opener_without_units(text: str) -> None:
    assert _units(text) == ([], [])


# --- a modal before the role verb ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "加强扬尘管控。县住建局牵头，县城管局、县交通运输局要积极配合，落实工地管控。",
            ["县住建局"],
            ["县城管局", "县交通运输局"],
        ),
        ("强化执法检查。县生态环境分局牵头，县公安局要全力配合。", ["县生态环境分局"], ["县公安局"]),
        ("强化执法检查。县生态环境分局牵头，县公安局应当配合。", ["县生态环境分局"], ["县公安局"]),
        ("強化執法檢查。縣生態環境分局牽頭，縣公安局要配合。", ["縣生態環境分局"], ["縣公安局"]),
    ],
)
def test_a_modal_before_the_verb_is_no_part_of_a_name(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize("text", ["各地要配合做好工作。", "企业要积极配合检查。", "群众须配合。"])
def test_a_modal_after_no_unit_names_none(text: str) -> None:
    assert _units(text) == ([], [])


# --- 按照各自职责 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("整治占道经营。区城管局、区市场监管局按照各自职责抓好落实。", ["区城管局", "区市场监管局"]),
        ("清理楼道杂物。各街道办事处、区消防救援大队按照各自职责负责。", ["各街道办事处", "区消防救援大队"]),
        ("规范停车秩序。（县公安局交警大队、县城管局按各自职责落实）", ["县公安局交警大队", "县城管局"]),
    ],
)
def test_each_in_its_own_field_leads(text: str, lead: list[str]) -> None:
    assert _units(text) == (lead, [])


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # beside a 牵头 clause, bodies that 落实 in their own fields take part
        ("规范停车秩序。县公安局牵头，县城管局、各街道按照各自职责抓好落实。", ["县公安局"], ["县城管局", "各街道"]),
        ("各有关单位要按照各自职责抓好落实。", [], []),
    ],
)
def test_each_in_its_own_field_beside_a_lead_or_as_prose(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.timeout(30)
def test_modal_and_openers_on_long_runs() -> None:
    u = extract_units("具体由" + "县财政局、" * 20_000 + "要配合。")
    assert list(u.lead) == [] or len(u.lead) <= 20_000
    u = extract_units("加强监管。" + "县财政局要，" * 20_000 + "县公安局要全力配合。")
    assert "县公安局" in u.participating or u.participating == []


# --- "。由X负责落实，Y配合。" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("做好转移安置。由镇民政办负责落实，镇派出所配合。", ["镇民政办"], ["镇派出所"]),
        ("做好转移安置。具体由各村委会负责落实，镇派出所配合。", ["各村委会"], ["镇派出所"]),
        ("做好转移安置。县民政局具体落实，各乡镇配合。", ["县民政局"], ["各乡镇"]),
        ("做好轉移安置。由鎮民政辦負責落實，鎮派出所配合。", ["鎮民政辦"], ["鎮派出所"]),
    ],
)
def test_an_implementing_sentence_with_helpers(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    ["做好转移安置。各部门要抓好落实，各单位配合。", "做好转移安置。各地抓好落实，群众积极配合。"],
)
def test_an_implementing_formula_for_everyone_names_none(text: str) -> None:
    assert _units(text) == ([], [])


# --- "X为第一责任单位，Y为配合单位" --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "落实企业主体责任。县应急管理局为第一责任单位，县市场监管局、县住建局为配合单位。",
            ["县应急管理局"],
            ["县市场监管局", "县住建局"],
        ),
        ("开展燃气安全整治。县住建局为第一责任单位，县市场监管局为配合单位。", ["县住建局"], ["县市场监管局"]),
        ("开展燃气安全整治。县住建局为主责部门。", ["县住建局"], []),
        ("開展燃氣安全整治。縣住建局為第一責任單位，縣市場監管局為配合單位。", ["縣住建局"], ["縣市場監管局"]),
    ],
)
def test_a_first_responsible_copula_leads(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text", ["县住建局为第一责任单位的任务要抓紧。", "要明确谁为第一责任单位。"]
)
def test_a_first_responsible_copula_in_prose(text: str) -> None:
    assert _units(text) == ([], [])


# --- 整改牵头单位 / 整改责任单位 ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "理论学习走过场。整改措施：完善学习制度。整改牵头单位：县委办公室；整改责任单位：县直各单位。",
            ["县委办公室"],
            ["县直各单位"],
        ),
        ("意识形态责任落实不力。整改牵头单位：县委宣传部。", ["县委宣传部"], []),
        ("督查过多。整改责任单位：县委、县政府督查室；整改时限：长期坚持。", ["县委、县政府督查室"], []),
        ("督查过多。整改牵头部门：县委办；整改责任部门：县政府办、各乡镇。", ["县委办"], ["县政府办", "各乡镇"]),
        ("督查過多。整改牽頭單位：縣委辦；整改責任單位：各鄉鎮。", ["縣委辦"], ["各鄉鎮"]),
    ],
)
def test_rectification_labels(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text", ["督查过多。整改措施：精简督查检查。整改时限：年底前。", "督查过多。整改责任要压实，整改主体要明确。"]
)
def test_rectification_fields_without_units(text: str) -> None:
    assert _units(text) == ([], [])


# --- 负总责 alone is a unit word ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("严控秸秆焚烧。各乡镇人民政府负总责。", ["各乡镇人民政府"]),
        ("严控秸秆焚烧。各乡镇人民政府负总责，县农业农村局做好指导。", ["各乡镇人民政府"]),
        ("嚴控秸稈焚燒。各鄉鎮人民政府負總責。", ["各鄉鎮人民政府"]),
    ],
)
def test_fu_zong_ze_alone_leads(text: str, lead: list[str]) -> None:
    assert _units(text) == (lead, [])


@pytest.mark.parametrize("text", ["各级党委政府对本地区工作负总责。", "主要负责同志要负总责。"])
def test_fu_zong_ze_in_prose(text: str) -> None:
    assert _units(text) == ([], [])


# --- "市场监管、税务、人社等部门": bodies named by their fields ---------------------------------------


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("市场监管、税务、人社等部门", ("市场监管", "税务", "人社")),
        ("市公安、卫健、市场监管等部门", ("市公安", "卫健", "市场监管")),
        ("發改、財政、稅務等單位", ("發改", "財政", "稅務")),
    ],
)
def test_a_list_of_fields_keeps_each_as_printed(value: str, names: tuple[str, ...]) -> None:
    from transform.unit_names import split_value

    assert split_value(value)[0] == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("各乡、镇人民政府等单位", ("各乡、镇人民政府",)),
        ("县商务局、县发展改革", ("县商务局", "县发展改革局")),
        ("县财政局、县住房和城乡建设局等部门", ("县财政局", "县住房和城乡建设局")),
    ],
)
def test_other_lists_are_read_as_before(value: str, names: tuple[str, ...]) -> None:
    from transform.unit_names import split_value

    assert split_value(value)[0] == names


def test_fields_in_a_task() -> None:
    text = "（牵头单位：市农业农村局；配合单位：市场监管、公安等部门）"
    assert _units(text) == (["市农业农村局"], ["市场监管", "公安"])


@pytest.mark.timeout(30)
def test_field_list_on_a_long_value() -> None:
    from transform.unit_names import split_value

    names, _note = split_value("税务、" * 100_000 + "人社等部门")
    assert len(names) <= 100_001


@pytest.mark.parametrize("text", ["各单位要积极配合", "牵头单位：县公安局。各乡镇要全力配合。"])
def test_a_modal_after_everyone_is_prose(text: str) -> None:
    assert _units(text)[1] == []


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "落实耕地进出平衡。县自然资源局会同县农业农村局组织实施，各乡镇人民政府具体落实。",
            ["县自然资源局"],
            ["县农业农村局", "各乡镇人民政府"],
        ),
        ("做好转移安置。由镇民政办负责落实，镇派出所配合，各村具体落实。", ["镇民政办"], ["镇派出所", "各村"]),
        ("做好轉移安置。由鎮民政辦負責落實，鎮派出所配合，各村具體落實。", ["鎮民政辦"], ["鎮派出所", "各村"]),
    ],
)
def test_a_later_implementing_clause_takes_part(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)
