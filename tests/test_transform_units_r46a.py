"""Round 46a: units of whole plans in new genres (银发经济, 地质灾害, 禁毒, 双拥, 档案, 节水 …).

- An implementing label (落实单位, 落实部门, 落实主体) beside another responsible label (负责单位, 责任单位,
  责任部门 …) names the units that carry the work out under the responsible ones: they take part
  ("负责单位：镇食安办\\n落实单位：各村（社区）"). Alone, or beside a lead label, it reads as before.
- A company's legal form wrapped onto its own line or after a space in a table cell ("市水务集团 有限公司",
  "县城投\\n有限责任公司") belongs to the name before it (lexicon units_bare_organs; transform/unit_rejoin.py).
"""

from __future__ import annotations

import pytest

from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return sorted(u.lead), sorted(u.participating)


# --- an implementing label beside a responsible one takes part ------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "1.建立包保工作机制。包保覆盖率达到100%。\n负责单位：镇食品安全委员会办公室\n落实单位：各村（社区）",
            ["镇食品安全委员会办公室"],
            ["各村（社区）"],
        ),
        (
            "（二）推进改厕。完成户厕改造300户。（责任单位：县农业农村局；落实单位：各乡镇人民政府）",
            ["县农业农村局"],
            ["各乡镇人民政府"],
        ),
        (
            "3.整治河道。清理河道20公里。\n责任部门：区水务局、区城管局\n落实主体：各街道办事处",
            ["区水务局", "区城管局"],
            ["各街道办事处"],
        ),
        (
            "5.整治農藥殘留。速測2000批次。\n負責單位：鎮農業綜合服務中心\n落實單位：青山派出所",
            ["鎮農業綜合服務中心"],
            ["青山派出所"],
        ),
        (
            "6、开展培训。培训300人次。主管部门：市人社局 落实部门：各县（市、区）人社局",
            ["市人社局"],
            ["各县（市、区）人社局"],
        ),
    ],
)
def test_implementing_label_beside_responsible_takes_part(
    text: str, lead: list[str], part: list[str]
) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # alone: the implementing units are responsible, so they lead
        ("2.推进改厕。完成改厕300户。落实单位：各乡镇人民政府", ["各乡镇人民政府"], []),
        ("4.清理河道。落实主体：县工信局；配合单位：县财政局", ["县工信局"], ["县财政局"]),
        # beside a lead label: every responsible unit takes part, as before
        (
            "1.开展抽检。完成抽检120批次。牵头单位：县市场监管局；落实单位：各乡镇人民政府",
            ["县市场监管局"],
            ["各乡镇人民政府"],
        ),
        # two responsible labels, neither implementing: both lead, as before
        (
            "3.加强监管。责任单位：县卫健局\n责任主体：县人民医院",
            ["县卫健局", "县人民医院"],
            [],
        ),
    ],
)
def test_implementing_label_otherwise_as_before(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- a company's legal form wrapped off its name ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "3.加强城镇节水降损。改造供水管网300公里（牵头单位：市住房和城乡建设局；责任单位：市城市管理局、市水务集团 有限公司）",
            ["市住房和城乡建设局"],
            ["市城市管理局", "市水务集团有限公司"],
        ),
        (
            "2.建设充电站。新建充电站30座。\n牵头单位：县交通运输局\n配合单位：县城市投资建设\n有限责任公司",
            ["县交通运输局"],
            ["县城市投资建设有限责任公司"],
        ),
        (
            "4.改造燃气管道。改造100公里。牵头单位：市城市管理局 配合单位：华润燃气（东江）\n有限公司、市住建局",
            ["市城市管理局"],
            ["华润燃气（东江）有限公司", "市住建局"],
        ),
    ],
)
def test_wrapped_legal_form_joins_the_name(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # two whole names, one per line: still two
        (
            "1.保障供电。牵头单位：县发改局\n配合单位：国网东江县供电公司\n县城投有限公司",
            ["县发改局"],
            ["国网东江县供电公司", "县城投有限公司"],
        ),
        # a whole name after a space: still two
        (
            "5.推进建设。责任单位：县住建局 县水务有限公司",
            ["县住建局", "县水务有限公司"],
            [],
        ),
    ],
)
def test_whole_company_names_stay_apart(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- one label for the lead and the other units, joined by 及/和 ------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "3.发展跨境电商。新增跨境电商企业50家。\n牵头单位及配合单位：县商务局（牵头），县工业和信息化局、县邮政分公司",
            ["县商务局"],
            ["县工业和信息化局", "县邮政分公司"],
        ),
        (
            "（四）建设海外仓。新建海外仓3个。（牵头和配合部门：市商务局、市财政局、中国银行东海支行）",
            ["市商务局"],
            ["市财政局", "中国银行东海支行"],
        ),
        (
            "5.整治市場秩序。開展檢查4次。\n牽頭單位及配合單位：縣市場監督管理局，縣公安局、縣商務局",
            ["縣市場監督管理局"],
            ["縣公安局", "縣商務局"],
        ),
        (
            "2、推进改造。改造管网30公里。牵头及配合单位：区住建局（区人防办）、区水务局\n3、加强管理。",
            ["区住建局（区人防办）"],
            ["区水务局"],
        ),
    ],
)
def test_lead_and_part_label_first_unit_leads(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # one unit only: it leads
        ("4.建设海外仓。新建海外仓3个。牵头单位及配合单位：县商务局", ["县商务局"], []),
        # a plain lead label: every unit leads, as before
        ("1.培育企业。培育企业30家。牵头单位：县商务局、县财政局", ["县商务局", "县财政局"], []),
        # the words in prose, no label
        (
            "6.优化服务。各牵头单位及配合单位要加强协作。责任单位：县商务局；配合单位：东海海关",
            ["县商务局"],
            ["东海海关"],
        ),
    ],
)
def test_lead_and_part_label_otherwise_as_before(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))
