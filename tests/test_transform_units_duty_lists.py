"""A list of duties ("2. 业务主管部门：负责具体任务的落实，…") names who does what: the label word
at the end of the subject (主管部门, 责任单位) is no role label there, and the duty after the colon
(负责…, 承担…, 履行…) is no list of units. A label followed by unit names keeps them."""
from __future__ import annotations

import pytest

from transform.units import extract_units


@pytest.mark.parametrize("text", [
    "业务主管部门：负责具体任务的落实，及时向督查部门反馈进展情况。",
    "（三）行业主管部门：负责本行业安全隐患排查，督促企业落实主体责任，每月报送台账。",
    "属地责任单位：承担辖区内日常巡查，及时上报发现的问题。",
    "各实施单位：履行项目建设主体责任，按期完成建设任务。",
    "具体负责单位：负责资料收集整理，建立工作台账。",
])
def test_a_duty_after_a_label_word_names_no_unit(text):
    units = extract_units(text)
    assert (units.lead, units.participating) == ([], [])


@pytest.mark.parametrize("text, lead", [
    ("（主管部门：县住建局）", ["县住建局"]),
    ("责任单位：县农业农村局、各乡镇人民政府", ["县农业农村局", "各乡镇人民政府"]),
    ("牵头单位：市发展改革委；责任单位：市财政局", ["市发展改革委"]),
])
def test_a_label_followed_by_units_keeps_them(text, lead):
    assert extract_units(text).lead == lead
