"""Round 46k: units in prose, third pass.

- A standing coordinating body (领导小组, 委员会, 指挥部, 联席会议) that 统筹 the work in running text
  ("加强组织领导。县…工作领导小组负责统筹协调，…") leads no task; its 办公室, a labelled body or a
  department beside it still does (lexicon units_coordinating_bodies; transform/unit_coordinators.py).
- A mechanism named by its roles ("形成县发改局牵头、县财政局配合的调度机制") names its units after the
  opening verb (形成, 构建, 建立, 建立健全, 健全: lexicon units_mechanism_openers); a generic body after it
  ("建立部门牵头、属地落实的机制") names none (lexicon units_generic_bodies).
"""

from __future__ import annotations

import pytest

from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return sorted(u.lead), sorted(u.participating)


# --- a coordinating body that 统筹 the work leads no task ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "加强组织领导。县农村人居环境整治工作领导小组负责统筹协调，研究解决整治中的重大问题。",
        "（一）加强组织领导。镇安全生产委员会负责统筹全镇安全生产工作。",
        "（一）加強組織領導。局食品安全工作領導小組負責統籌協調。",
        "强化统筹调度。区防汛抗旱指挥部统筹协调，定期召开会商会议。",
        "（一）强化组织保障。区委全面深化改革委员会负责统筹，研究部署年度改革任务。",
    ],
)
def test_coordinating_body_leads_nothing(text: str) -> None:
    assert _units(text) == ([], [])


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # its office leads
        ("加强组织领导。镇食品安全委员会办公室负责统筹协调日常工作。", ["镇食品安全委员会办公室"], []),
        # a labelled body leads
        ("做好汛期值守。（牵头单位：县防汛抗旱指挥部）", ["县防汛抗旱指挥部"], []),
        # a department that 统筹 leads (round 41e)
        ("由市民政局负责统筹协调，各区人民政府按职责分工推进。", ["市民政局"], ["各区人民政府"]),
        # a body that 统筹 beside a 配合 unit still leads the task
        ("做好防汛。县防汛抗旱指挥部负责统筹调度，县水利局配合。", ["县防汛抗旱指挥部"], ["县水利局"]),
        # a department named beside the 领导小组 leads
        (
            "加强组织领导。成立县高标准农田建设工作领导小组，县农业农村局负责具体工作。",
            ["县农业农村局"],
            [],
        ),
    ],
)
def test_coordinating_rule_keeps_others(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- a mechanism named by its roles -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "完善项目推进机制。形成县发改局牵头、县财政局配合的项目调度机制，每月召开推进会。",
            ["县发改局"],
            ["县财政局"],
        ),
        ("构建市商务局牵头、各区配合的工作格局。", ["市商务局"], ["各区"]),
        ("建立健全区住建局牵头、各街道配合的联动机制。", ["区住建局"], ["各街道"]),
        ("強化協調。形成縣文旅局牽頭、各鄉鎮配合的工作機制。", ["縣文旅局"], ["各鄉鎮"]),
        ("强化要素保障。建立部门牵头、属地落实的要素保障机制。", [], []),
        ("健全行业部门牵头、乡镇配合的监管机制。", [], []),
    ],
)
def test_mechanism_opener(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # the opener is a task of its own, the clause a sentence after it
        ("形成合力。县发改局牵头，县财政局配合。", ["县发改局"], ["县财政局"]),
        ("建立台账。由县统计局牵头。", ["县统计局"], []),
        # a name that only looks like one (建设局) keeps its first character
        ("建设局牵头推进。", ["建设局"], []),
    ],
)
def test_mechanism_opener_not_fired(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- a body that 统筹 its means for the lead's work takes part ----------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "做好森林火灾扑救。县林业局牵头组织扑救，县应急管理局统筹扑救力量，各乡镇配合做好群众转移。",
            ["县林业局"],
            ["县应急管理局", "各乡镇"],
        ),
        (
            "加强物资储备。县应急管理局牵头，县林业局统筹调配扑火物资，县财政局保障经费。",
            ["县应急管理局"],
            ["县林业局", "县财政局"],
        ),
        (
            "推进乡村振兴。由县农业农村局牵头制定方案，县乡村振兴局统筹整合涉农资金。",
            ["县农业农村局"],
            ["县乡村振兴局"],
        ),
        ("做好防汛。區水務局牽頭組織搶險，區應急管理局統籌救援隊伍。", ["區水務局"], ["區應急管理局"]),
    ],
)
def test_coordinating_share_takes_part(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # the body that 统筹 alone leads (units_roles.toml [verbs] lead)
        ("以上任务由区农业农村局统筹，各街道配合。", ["区农业农村局"], ["各街道"]),
        # 统筹 inside the lead's own work names no one else
        ("做好培训。县人社局牵头，统筹各类培训资源。", ["县人社局"], []),
        ("县卫健局牵头，统筹推进医联体建设。", ["县卫健局"], []),
    ],
)
def test_coordinating_share_not_fired(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))
