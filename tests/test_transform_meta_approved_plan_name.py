"""plan_title of a notice printed without the plan's own heading:

- a title "关于印发X的通知" over a bare "现印发给你们": X, not the whole notice title;
- a title that shortens the plan's name ("2021年县政府重点工作任务(某政发〔2021〕2号)") over
  "《2021年县政府重点工作任务分解》已经县人民政府同意，现印发给你们": the full name in 《》, where it
  begins with the title's (a different plan named there, or a nested 《》 name, is left alone).
Invented pages: a portal's notice, a traditional-character mirror, a policy database listing."""

from __future__ import annotations

import pytest

from transform.metadata import extract_metadata


def _plan_title(page: str) -> str | None:
    return extract_metadata(page, {}, page, page_has_body=True)["plan_title"]


def test_shortened_title_takes_the_approved_name():
    page = (
        "2022年县政府重点工作任务(青政发〔2022〕3号)\n来源:青禾县政府 2022-03-02\n\n各乡镇人民政府、县直各单位:\n\n"
        "《2022年县政府重点工作任务分解》已经县人民政府同意,现印发给你们,请认真抓好贯彻落实。\n\n"
        "一、强化责任落实。各责任单位要牵头负责。\n二、严格督查考核。\n"
    )
    assert _plan_title(page) == "2022年县政府重点工作任务分解"


def test_notice_title_without_plan_heading_names_its_plan():
    page = (
        "青禾市人民政府办公厅关于印发2023年市〈政府工作报告〉目标任务责任分解方案的通知\n"
        "青政办〔2023〕1号\n各区人民政府,市人民政府各部门:\n"
        "《2023年市〈政府工作报告〉目标任务责任分解方案》已经市人民政府同意,现印发给你们,请认真贯彻执行。\n"
        "青禾市人民政府办公厅\n2023年1月10日\n"
    )
    assert _plan_title(page) == "2023年市〈政府工作报告〉目标任务责任分解方案"


def test_traditional_mirror():
    page = (
        "2021年縣政府重點工作任務(青政發〔2021〕2號)\n\n各鄉鎮人民政府、縣直各單位:\n\n"
        "《2021年縣政府重點工作任務分解》已經縣人民政府同意,現印發給你們,請認真抓好貫徹落實。\n\n"
        "一、強化責任落實。\n"
    )
    assert _plan_title(page) == "2021年縣政府重點工作任務分解"


@pytest.mark.parametrize("page,expected", [
    # a different plan named in the opening: the title's stays
    ("2022年县政府重点工作任务(青政发〔2022〕3号)\n各乡镇:\n"
     "《青禾县乡村振兴三年行动方案》已经县人民政府同意,现印发给你们。\n", "2022年县政府重点工作任务"),
    # a nested 《》 name in the title: kept whole
    ("某省人民政府办公厅关于印发某省贯彻落实《促进中部地区崛起规划》工作方案的通知\n各市人民政府:\n"
     "《某省贯彻落实〈促进中部地区崛起规划〉工作方案》已经省人民政府同意,现印发给你们。\n",
     "某省贯彻落实《促进中部地区崛起规划》工作方案"),
])
def test_near_misses(page, expected):
    assert _plan_title(page) == expected
