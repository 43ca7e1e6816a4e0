"""Plan years from a text whose years are printed with spaces ("到 2020 年", "比 2020 年"): the word
before a year reads the same across the space, so a spaced horizon is a horizon (from the year the
page was issued to it) and a spaced baseline is no plan year (transform/planyears.years_in_text)."""

from __future__ import annotations

from transform.document import parse_document
from transform.planyears import years_in_text


def test_a_spaced_horizon_runs_from_the_year_of_issue():
    text = "结合我市实际，现提出如下实施意见。到 2020 年，全市政务公开工作总体水平迈上新台阶。"
    assert years_in_text(text, 2017) == (2017, 2020)
    assert years_in_text(text.replace("到 2020 年", "到2020年"), 2017) == (2017, 2020)


def test_a_spaced_horizon_with_a_full_width_space_and_a_baseline():
    text = "到\u30002027 年，全县森林覆盖率达到 65%，比 2022 年提高 3 个百分点。"
    assert years_in_text(text, 2024) == (2024, 2027)


def test_a_spaced_year_of_work_stays_the_plan_year():
    text = "2024 年，全区新建改建农村公路 50 公里。2024 年底前完成危桥改造 6 座。"
    assert years_in_text(text, 2024) == (2024, 2024)


def test_a_notice_page_with_a_spaced_horizon():
    text = (
        "某市人民政府办公室关于印发《关于全面推进数字政府建设的实施意见》的通知\n"
        "来源：某市人民政府网 日期：2022-03-08 10:20\n"
        "各县（市、区）人民政府，市直各单位：\n"
        "《关于全面推进数字政府建设的实施意见》已经市政府同意，现印发给你们，请认真贯彻执行。\n"
        "某市人民政府办公室\n2022年3月1日\n"
        "关于全面推进数字政府建设的实施意见\n"
        "一、工作目标\n"
        "到 2025 年，政务服务事项全程网办率达到 90% 以上。\n"
    )
    doc = parse_document(text, source="page.txt", is_text=True).document
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2022, 2025)
