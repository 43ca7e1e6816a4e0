"""Round 39k: units, the tail left open by 39h (short pass).

- a unit label that holds none of the role words (包抓单位, 包联部门, 包保单位, 会办单位, 相关部门)
  is read even when no other role word is in the text: "（包抓领导：王军，包抓单位：区住建局）" (a comma
  after the leader's name) names 区住建局.
- 负责组织实施 (具体组织实施, 负责组织落实) is an implementing verb: "，由县卫生健康局负责组织实施。" leads.
- "县水利局要加强…，各乡镇要配合做好…": the 配合 piece after a body's own modal duty takes part though
  no clause leads; the body names no role and is no unit.
- 交/交由 before a unit is dropped ("交市教育局牵头办理" -> 市教育局); a bare 交 only before a level.
- "县中医院－县域医共体牵头医院": a group role after a dash, printed with its area, is no second body.
"""

from __future__ import annotations

import pytest

from transform.units import _unit_label_only, extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return list(u.lead), list(u.participating)


# --- a unit label without a role word -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("推进老旧小区改造。完成管网更新。（包抓领导：王军，包抓单位：区住建局）", ["区住建局"], []),
        ("提升园区承载能力。（包抓领导：何明，包抓部门：区开发区管委会）", ["区开发区管委会"], []),
        ("清理河道垃圾。全面清理沿河垃圾。（包抓領導：王軍，包抓單位：區水利局）", ["區水利局"], []),
        (
            "建设冷链物流中心。包联县级领导：孙丽，包联部门：县商务局、县交通运输局",
            ["县商务局", "县交通运输局"],
            [],
        ),
        ("整治校园周边环境。（包保领导：李强, 包保单位:县教育局）", ["县教育局"], []),
    ],
)
def test_unit_label_without_role_word_is_read(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "推进老旧小区改造。（包抓领导：王军）",  # a leader only: no unit
        "完善社区养老服务设施。新建一批日间照料中心。",  # no label at all
        "做好宣传引导。联系人：张三，联系电话：12345678",  # person fields only
    ],
)
def test_no_unit_label_no_units(text: str) -> None:
    assert not _unit_label_only(text)
    assert _units(text) == ([], [])


def test_label_only_text_runs_no_clause_rule() -> None:
    # the label is read; the text's other phrasing is not taken for a unit clause
    lead, part = _units("县城管局要加大巡查力度。（包抓领导：王军，包抓单位：区住建局）")
    assert lead == ["区住建局"]
    assert part == []


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_label_scan_at_scale(n: int) -> None:
    hit = "（包抓领导：王军，包抓单位：区住建局）" * n
    miss = "（联系人：王军，电话：区住建局）" * n
    assert _unit_label_only(hit)
    assert not _unit_label_only(miss)


# --- 负责组织实施 as an implementing verb -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "实施小型供水工程改造。对老旧设施进行更新改造，由各乡镇人民政府负责组织实施。",
            ["各乡镇人民政府"],
            [],
        ),
        ("开展水质检测。按季度开展检测，由县卫生健康局负责组织实施。", ["县卫生健康局"], []),
        (
            "落实工程运行管护。建立经费保障机制，由县水利局负责组织实施，县财政局配合。",
            ["县水利局"],
            ["县财政局"],
        ),
        (
            "做好统防统治。组织服务组织开展统防统治，由县农业农村局具体组织实施，各乡镇人民政府配合。",
            ["县农业农村局"],
            ["各乡镇人民政府"],
        ),
        ("推進農業保險擴面。擴大覆蓋面，由縣財政局負責組織落實。", ["縣財政局"], []),
    ],
)
def test_organise_and_implement_clause(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # beside a 牵头 clause the implementing body takes part, as 负责落实 does
        ("建设智慧水务平台。县水利局牵头，各乡镇人民政府负责组织实施。", ["县水利局"], ["各乡镇人民政府"]),
        # a work phrase, no body before it: no unit
        ("完善工作机制。按照统一部署负责组织实施。", [], []),
    ],
)
def test_organise_and_implement_not_a_lead(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- "X要加强…，Y要配合做好…": a 配合 piece with no lead clause takes part ------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("加固病险水库。县水利局要加强排查加固，各乡镇要配合做好群众转移预案。", [], ["各乡镇"]),
        (
            "规范户外广告。市城管局要加强审批监管，各区政府要积极配合开展集中整治。",
            [],
            ["各区政府"],
        ),
        (
            "推进农村改厕。镇社会事务办要加强质量监管；镇财政所要配合做好资金拨付。",
            [],
            ["镇财政所"],
        ),
        ("推進垃圾分類。市城管局要完善收運體系，市商務局要協同做好回收。", [], ["市商務局"]),
    ],
)
def test_helper_after_modal_duty(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # no 配合 piece after it: the modal subject alone is left open
        ("加固病险水库。县水利局要加强排查加固。", [], []),
        # a subject that is no body printed with its level
        ("开展清洁行动。群众要积极参与清理，各村委会要配合做好组织。", [], []),
        # a 牵头 piece already leads: the modal subject is not added
        (
            "开展清洁行动。镇农业服务中心要牵头组织清洁行动，各村委会要配合落实。",
            ["镇农业服务中心"],
            ["各村委会"],
        ),
        # the pieces are different sentences
        ("治理占道经营。县城管局要加大巡查力度。县公安局要配合做好执法保障。", [], []),
    ],
)
def test_modal_subject_not_taken(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_modal_subject_at_scale(n: int) -> None:
    text = "做好工作。" + "县水利局要加强排查，各乡镇要配合做好转移，" * n + "。"
    lead, part = _units(text)
    assert lead == []
    assert part == ["各乡镇"]


# --- 交 / 交由 before a unit (会议纪要, 交办单) -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "食堂食品安全。会议要求开展全覆盖检查，交市教育局牵头办理，市市场监管局配合。",
            ["市教育局"],
            ["市市场监管局"],
        ),
        ("校园周边交通安全。会议要求加强疏导，交市公安局牵头办理。", ["市公安局"], []),
        (
            "城区内涝治理。会议要求汛前完成清淤，交由县住建局牵头，县水利局、县城管局配合。",
            ["县住建局"],
            ["县水利局", "县城管局"],
        ),
        ("背街小巷照明。会议要求年内补装路灯，交區城管局牽頭辦理。", ["區城管局"], []),
    ],
)
def test_handed_to_a_unit(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("做好交通保障。交警大队牵头，县交通局配合。", ["交警大队"], ["县交通局"]),  # 交 is the name's own
        ("提升通行效率。交通运输局牵头，公安局配合。", ["交通运输局"], ["公安局"]),
        ("开展交叉检查。县城管局牵头，县市场监管局配合。", ["县城管局"], ["县市场监管局"]),
    ],
)
def test_jiao_kept_in_a_name(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_handed_to_at_scale(n: int) -> None:
    lead, _part = _units("做好工作。" + "会议要求加强交叉检查，" * n + "交市公安局牵头办理。")
    assert lead == ["市公安局"]


# --- a group role after a dash, printed with its area ----------------------------------------


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "推进人员统筹。（牵头单位：县卫健局；责任单位：县人民医院－县域医共体牵头医院、县中医院－县域医共体牵头医院）",
            ["县人民医院－县域医共体牵头医院", "县中医院－县域医共体牵头医院"],
        ),
        (
            "统一药品目录。（牵头单位：县医保局；责任单位：县中医院-县域医共体牵头医院）",
            ["县中医院-县域医共体牵头医院"],
        ),
        (
            "建设会诊中心。（牵头单位：市卫健委；责任单位：市第一人民医院—市域医疗集团总院）",
            ["市第一人民医院—市域医疗集团总院"],
        ),
        (
            "推進集團辦學。（牽頭單位：縣教育局；責任單位：縣第一中學－縣域教育集團總校）",
            ["縣第一中學－縣域教育集團總校"],
        ),
    ],
)
def test_group_role_after_dash_stays(text: str, part: list[str]) -> None:
    assert _units(text)[1] == part


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("加强协作。（牵头单位：县发改局—县财政局）", ["县发改局", "县财政局"]),
        # a department before the dash: its office is a second body
        (
            "建设远程会诊。（牵头单位：县卫健局—县域医共体管理委员会办公室）",
            ["县卫健局", "县域医共体管理委员会办公室"],
        ),
        ("推进分级诊疗。（牵头单位：县人民医院—县卫健局）", ["县人民医院", "县卫健局"]),
    ],
)
def test_two_bodies_at_a_dash_split(text: str, lead: list[str]) -> None:
    assert _units(text)[0] == lead
