"""计划 commits to figures as a verb ("今年计划新建幼儿园5所"), not as the noun of a plan's name: a
model-text site's "小编整理的中学年度工作计划5篇" makes no line of goals (audit round 31B;
gap37c/034). 年度计划 stays a cue ("年度计划完成投资…"). Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _targets(text: str) -> list[tuple[float, str]]:
    doc = parse_document(text.encode("utf-8"), source="n.txt", is_text=True)
    return [(t["value"], t["unit"]) for t in doc.targets]


_PLAN = (
    "中学年度工作计划\n时间:2022-08-24\n"
    "{line}\n"
    "一、加强领导，建立健全组织机构，明确分工，责任到人。\n"
    "二、提高认识，进一步增强做好语言文字工作的自觉性\n"
    "1.结合我校实际，把语言文字工作列入目标考核。\n2.把语言文字工作列入学校各类工作计划之中。\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "下面是小编帮大家整理的中学年度工作计划5篇，仅供参考，欢迎大家阅读。",
        "小编为您带来了2024年工作计划8篇，希望对您有所帮助。",
        "本站收录学校行动计划范文12篇，欢迎下载。",
    ],
)
def test_a_sites_count_of_model_plans_is_no_target(line: str) -> None:
    got = _targets(_PLAN.format(line=line))
    assert not any(unit == "篇" for _, unit in got), got


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # the verb commits, whatever comes before it
        ("今年我县计划新建公办幼儿园5所，改造老旧小区20个。", 5.0),
        ("2024年，全区计划完成投资12亿元，新开工项目35个。", 12.0),
        ("今年该县计划投资3亿元实施城市更新，新增绿地10公顷。", 3.0),
        ("今年该县年度计划完成投资12亿元，新开工项目35个。", 12.0),
    ],
)
def test_the_verb_still_commits(line: str, value: float) -> None:
    text = f"某县民生工作有序推进\n发布时间:2024-03-01\n{line}\n"
    assert value in [v for v, _ in _targets(text)]
