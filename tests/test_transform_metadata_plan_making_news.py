"""A news headline reporting that a plan was made (…等三部门联合印发…, 某省出台方案…) is no
plan's title: the plan title is the one the report names in 《》, or none (invented pages)."""

from __future__ import annotations

from transform.metadata import extract_metadata


def _plan_title(page: str) -> str | None:
    return extract_metadata(page, {}, page, page_has_body=True)["plan_title"]


def test_joint_departments_headline_gives_the_plan_named_in_the_report():
    page = (
        "交通运输部等三部门联合开展农村公路安全提升专项行动\n"
        "近日,交通运输部会同公安部、应急管理部印发《关于开展农村公路安全提升专项行动的通知》,"
        "力争到2026年底,完成危旧桥梁改造5000座。\n"
    )
    assert _plan_title(page) == "关于开展农村公路安全提升专项行动的通知"


def test_headline_printing_the_bare_kind_gives_no_plan_title():
    page = (
        "青川省八部门联合印发方案 到2027年城乡供水一体化率达到85%\n"
        "《方案》提出,全省加快推进城乡供水一体化建设,到2027年城乡供水一体化率达到85%。\n"
    )
    assert _plan_title(page) is None


def test_headline_chutai_fangan_with_figures_gives_no_plan_title():
    page = "南岭市出台方案推动养老服务提质 到2025年新增床位3000张\n据悉,到2025年全市新增养老床位3000张。\n"
    assert _plan_title(page) is None


def test_a_plan_page_keeps_its_own_title():
    page = "东湖区2024年城市更新行动方案\n一、主要目标\n到2024年底,完成老旧小区改造20个。\n"
    assert _plan_title(page) == "东湖区2024年城市更新行动方案"


def test_a_notice_that_issues_a_plan_keeps_its_name():
    page = (
        "某市人民政府办公室关于印发《某市2025年民生实事项目实施方案》的通知\n"
        "各县区人民政府:\n现将《某市2025年民生实事项目实施方案》印发给你们。\n"
    )
    assert _plan_title(page) == "某市2025年民生实事项目实施方案"
