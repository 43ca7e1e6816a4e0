"""Round 43h: units the first wave of round 43 named (labels, names and prose together).

- A 会同 sentence may open after a comma, its subject a body printed with its level
  (transform/unit_joint.py): "会议原则同意《…》，市住建局会同市自然资源局抓紧修改完善" -> lead 市住建局,
  市自然资源局 takes part; prose after a comma ("…，要会同有关部门…") names none.
"""

from __future__ import annotations

import pytest

from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return sorted(u.lead), sorted(u.participating)


# --- a 会同 sentence after a comma -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "二、修订停车管理办法。会议原则同意《城区停车管理办法（修订稿）》，县住房和城乡建设局会同县公安局交通管理大队抓紧修改完善后按程序印发。",
            ["县住房和城乡建设局"],
            ["县公安局交通管理大队"],
        ),
        (
            "（三）老旧小区加装电梯。经研究，区住建局会同区财政局制定补助细则，年底前出台。",
            ["区住建局"],
            ["区财政局"],
        ),
        (
            "3.推进智慧农贸市场改造。为方便群众，市商务局要会同市市场监管局做好改造方案编制。",
            ["市商务局"],
            ["市市场监管局"],
        ),
        (
            "四、规范校外培训。會議同意《實施方案》，縣教育局會同縣市場監管局開展專項檢查。",
            ["縣教育局"],
            ["縣市場監管局"],
        ),
    ],
)
def test_joint_sentence_after_comma(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        # prose after a comma: no body printed with its level before 会同
        "五、加强协同。会议同意该方案，要会同有关部门抓紧完善。",
        "六、强化监管。对发现的问题，各乡镇要会同相关单位及时整改。",
    ],
)
def test_joint_sentence_after_comma_names_no_prose(text: str) -> None:
    assert _units(text) == ([], [])
