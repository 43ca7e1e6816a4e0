"""The Party committee's proposal for a five-year plan (中共某县委关于制定…第十五个五年规划和二〇三五年
远景目标的建议, 中共中央关于制定…第十五个五年规划的建议) is the plan's first text: a plan even where the
page (an excerpt, a news copy) ends in its review of the last period and shows no task. A deputy's or
a CPPCC member's 建议 on a topic, or the answer to one, is no plan."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_REVIEW = ("一、全面开启现代化建设新征程\n"
           "1.“十四五”时期发展取得重大成就。“十四五”时期，面对复杂严峻的形势，全县经济总量迈上新台阶，"
           "城乡面貌发生深刻变化，人民生活水平显著提高。\n")


def _is_plan(text: str) -> bool:
    return bool(parse_document(text, source="p.txt", is_text=True).document["is_plan"])


@pytest.mark.parametrize("title", [
    "中共某县委关于制定某县国民经济和社会发展第十五个五年规划和二〇三五年远景目标的建议",
    "中共某市委关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议",
    "中共中央关于制定国民经济和社会发展第十五个五年规划的建议",
    "中共某区委关于制定某区国民经济和社会发展第十五个五年规划的建议",
], ids=["county-2035", "city-2035", "national-15th", "district-15th"])
def test_a_proposal_for_a_five_year_plan_is_a_plan_without_tasks(title):
    opening = "中国共产党某地委员会全体会议就制定国民经济和社会发展五年规划提出如下建议：\n"
    assert _is_plan(f"{title}\n{opening}{_REVIEW}")


@pytest.mark.parametrize("title", [
    "关于加强城市规划管理的建议",
    "关于对区人大代表第12号建议的答复",
    "关于编制乡村旅游发展规划的建议（第58号提案）",
], ids=["deputy-topic", "answer", "cppcc"])
def test_another_proposal_is_no_plan(title):
    body = ("近年来，我区城市建设发展较快，但仍存在规划执行不严等问题。"
            "建议有关部门进一步加强统筹，提高规划的科学性。\n")
    assert not _is_plan(f"{title}\n{body}")
