"""More clause wordings of who leads and who takes part: "X负总责，Y具体落实", "X主抓，Y配合",
"X牵头，会同A、B推进" (the units after 会同 take part), "由X牵头并会同A、B组织实施". The lead units
lead and the others take part (EXTRACTION.md: when both 牵头 and 配合/协同… units are named, the 牵头
units lead; units that 负责落实 beside a 牵头 unit take part)."""
from __future__ import annotations

import pytest

from transform.units import extract_units


@pytest.mark.parametrize("text, lead, part", [
    ("新建标准厂房10万平方米。（市发改委负总责，各县区具体落实）", ["市发改委"], ["各县区"]),
    ("推进老旧小区改造。(县住建局主抓,县财政局、各镇配合)", ["县住建局"], ["县财政局", "各镇"]),
    ("完善养老服务体系。（区民政局牵头，会同区卫健委、区医保局推进）", ["区民政局"], ["区卫健委", "区医保局"]),
    ("开展河道清淤。（由县水利局牵头，并会同县农业农村局、各乡镇组织实施）",
     ["县水利局"], ["县农业农村局", "各乡镇"]),
    ("建设数字乡村。（旗农牧局牵头抓总，会同旗工信局、旗财政局共同推进）", ["旗农牧局"], ["旗工信局", "旗财政局"]),
])
def test_lead_verbs_and_joint_clauses(text, lead, part):
    u = extract_units(text)
    assert (u.lead, u.participating) == (lead, part)


@pytest.mark.parametrize("text, lead, part", [
    # 会同 inside one clause already worked and still does
    ("新建厂房。（市发改委会同市财政局、市自然资源局负责）", ["市发改委"], ["市财政局", "市自然资源局"]),
    # 会同 without a lead clause before it names no unit
    ("会同有关方面研究制定实施细则。", [], []),
])
def test_joint_clauses_that_stay(text, lead, part):
    u = extract_units(text)
    assert (u.lead, u.participating) == (lead, part)
