"""Round 47g: units, second pass (a division line under 责任分工, a rule between the modal and the verb, a helper
beside a body's plain work).

- A line that opens with a division label of no role (责任分工：, 职责分工：, 任务分工： …) reads as the next sentence
  of the line above it (`transform.unit_division`): "责任分工：X负责，Y配合。" -> X leads, Y takes part;
  "职责分工：A负责…；B负责…" -> both lead.
- The rule a share is done by, between the modal and the verb ("区直有关部门要按照“管行业必须管安全”的要求履行监管
  职责"), is no part of the names; 履行 is a share verb (`unit_objects._manner_start`).
- A 配合 piece after a body's plain work with no modal ("县行政审批局开辟绿色通道，县住建局配合做好…") names the
  helper, as after 要 (round 39k); the body is no unit (`unit_objects._bare_subject`).
"""

from __future__ import annotations

import pytest

from transform.unit_division import division_lines
from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return sorted(u.lead), sorted(u.participating)


# --- a division line under a label of no role ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # portal text: 负责 then 配合 after the label
        (
            "提升景区服务质量。推动A级景区完成智慧化改造。\n责任分工：县文化广电和旅游局负责，各景区所在乡镇配合。",
            ["县文化广电和旅游局"],
            ["各景区所在乡镇"],
        ),
        # bodies that each take their share with 负责, split by semicolons
        (
            "开展病媒生物防制。城区鼠密度控制在国家标准以内。\n职责分工：县卫生健康局负责技术培训和效果评估；"
            "县城市管理局负责城区公共区域消杀；各乡镇负责辖区内环境清理。",
            ["县卫生健康局", "县城市管理局", "各乡镇"],
            [],
        ),
        # traditional, a half-width colon and a bracketed label
        (
            "推進適老化改造。完成改造300戶。\n【任務分工】:縣民政局負責，縣殘聯配合。",
            ["縣民政局"],
            ["縣殘聯"],
        ),
        # a news-like line with spaces before the label, the line above ends with no full stop
        (
            "加强农技指导服务\n  分工：县农业技术推广中心负责，各乡镇农业综合服务中心配合。",
            ["县农业技术推广中心"],
            ["各乡镇农业综合服务中心"],
        ),
    ],
)
def test_division_line_reads_as_a_sentence(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


def test_division_line_copy_keeps_its_length() -> None:
    view = "提升服务。\n责任分工：县民政局负责。"
    out = division_lines(view)
    assert len(out) == len(view)
    assert "责任分工" not in out
    assert out.startswith("提升服务。 ")


def test_division_label_inside_a_sentence_is_untouched() -> None:
    view = "方案明确了各项指标的责任分工：县发改局负责。"
    assert division_lines(view) == view


# --- a rule between the modal and the verb -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # portal text
        (
            "落实行业监管责任。区应急管理局牵头，区直有关部门要按照“管行业必须管安全”的要求履行监管职责。",
            ["区应急管理局"],
            ["区直有关部门"],
        ),
        # 依照 … 原则, county level
        (
            "落实监管责任。县市场监管局牵头，县直有关部门要依照“谁主管谁负责”的原则履行行业监管职责。",
            ["县市场监管局"],
            ["县直有关部门"],
        ),
        # traditional
        (
            "落實監管責任。縣應急管理局牽頭，縣直相關部門要按照「三個必須」的要求履行監管職責。",
            ["縣應急管理局"],
            ["縣直相關部門"],
        ),
    ],
)
def test_rule_between_modal_and_verb(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


def test_a_plain_duty_of_everyone_still_names_none() -> None:
    # everyone unqualified (各部门) beside the lead: no unit of its own, as before
    assert _units("区应急管理局牵头，各部门要按照“管行业必须管安全”的要求履行监管职责。") == (
        ["区应急管理局"],
        [],
    )


# --- a helper beside a body's plain work, no modal ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # news
        ("二是加快项目审批。县行政审批局开辟绿色通道，县住建局配合做好项目前期工作。", ["县住建局"]),
        # a share verb in the body's work (加强)
        ("加快审批。县行政审批局加强审批服务，县住建局配合做好项目前期工作。", ["县住建局"]),
        # traditional
        ("加快審批。縣行政審批局開闢綠色通道，縣住建局配合做好項目前期工作。", ["縣住建局"]),
        # a town office
        ("整治村容。镇村建办组织集中清理，镇综合执法队配合做好执法保障。", ["镇综合执法队"]),
    ],
)
def test_helper_beside_plain_work(text: str, part: list[str]) -> None:
    assert _units(text) == ([], sorted(part))


def test_helper_beside_everyone_names_none() -> None:
    # the work of every town is no body's: the helper beside it names none (round 39k: 各乡镇要… as before)
    assert _units("加快审批。各乡镇开辟绿色通道，县住建局配合做好项目前期工作。") == ([], [])


# --- a town's 属地 share as a note after its name in a list ------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a labelled list with a （牵头） mark
        (
            "整治撂荒地。复耕撂荒地3000亩以上。\n责任单位：县农业农村局（牵头）、各乡镇人民政府（按属地负责）",
            ["县农业农村局"],
            ["各乡镇人民政府"],
        ),
        # a 配合 list, 按照属地
        (
            "整治违建。\n牵头单位：县城市管理局\n配合单位：各街道办事处（按照属地负责）、县公安局",
            ["县城市管理局"],
            ["县公安局", "各街道办事处"],
        ),
        # traditional
        (
            "整治撂荒地。\n責任單位：縣農業農村局（牽頭）、各鄉鎮人民政府（屬地負責）",
            ["縣農業農村局"],
            ["各鄉鎮人民政府"],
        ),
    ],
)
def test_local_share_note_is_cut_from_the_name(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))
