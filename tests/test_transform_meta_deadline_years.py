"""Plan years of a page whose title names none and whose text names only deadlines with a month
("2024年6月底前完成", "2024年9月前", "2024年11月30日前", a 完成时限 column of "2024年12月底"): the
year of those deadlines; deadlines over several years span the plan from the first to the last.
A date that dates something (2024年5月印发, 2023年3月15日) is no deadline."""
from __future__ import annotations

import pytest

from transform.planyears import plan_years_of

_TITLE = ("某县优化营商环境工作方案",)


@pytest.mark.parametrize("text,issued,years", [
    ("（一）深化审批改革。2024年6月底前完成。\n（二）推进一网通办。2024年12月底前完成。\n", None, (2024, 2024)),
    ("1 | 建设智慧停车平台 | 县住建局 | 2025年9月前\n2 | 新增泊位800个 | 县交通局 | 2025年11月30日前\n", None,
     (2025, 2025)),
    ("1.完成规划编制，2024年10月底前完成。\n2.完成主体工程，2025年6月底前完成。\n3.全面建成，2026年12月底前完成。",
     None, (2024, 2026)),
    ("各项工作于2023年8月中旬前启动。\n全部任务2023年11月底前完成。", 2023, (2023, 2023)),
])
def test_month_deadlines_give_the_plan_years(text, issued, years):
    assert plan_years_of(_TITLE, text, issued) == years


@pytest.mark.parametrize("text,issued,years", [
    ("县政府于2023年5月印发实施意见，现就有关事项通知如下。", None, (None, None)),
    ("2024年3月15日，县政府召开常务会议。", None, (None, None)),
    # a plain year still wins over deadlines
    ("2024年重点任务如下。\n1.新建学校2所，2024年9月底前完成。", None, (2024, 2024)),
])
def test_dates_that_date_something_give_no_plan_years(text, issued, years):
    assert plan_years_of(_TITLE, text, issued) == years


@pytest.mark.parametrize("text,issued,years", [
    # "2030年前" is a horizon ("by 2030"), not the plan's year: a plan with phases to 2025 and 2030
    ("到2025年，单位生产总值能耗比2020年下降14%。\n到2030年，非化石能源比重达到25%，确保2030年前实现碳达峰。",
     2022, (2022, 2030)),
    ("力争2027年前建成区域医疗中心。\n到2025年，新增床位500张。", 2024, (2024, 2027)),
])
def test_a_year_before_which_something_holds_is_a_horizon(text, issued, years):
    assert plan_years_of(("某市碳达峰实施方案",), text, issued) == years
