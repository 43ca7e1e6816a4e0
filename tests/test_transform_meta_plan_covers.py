"""The cover of a whole plan printed as PDF text (issue 15, round 7C): the plan's name wrapped
over lines ("某县国民经济和社会发展 / 第十四个五年规划和2035 年 / 远景目标纲要"), the issuer and
the date under it, then the people's congress resolution that approved it ("关于…纲要的决议" over
two lines, "( 2021 年 1 月 13 日…会议通过)"). A title joined over lines stops where it ends
(…的决议), and a dated note in brackets under it is never part of a title. Examples are
invented."""

from __future__ import annotations

from transform import headings as H
from transform.document import parse_document

_COVER = """某县国民经济和社会发展
第十四个五年规划和2035 年
远景目标纲要
某县人民政府
2021 年 4 月
某县第十八届人民代表大会第六次会议
关于某县国民经济和社会发展第十四个五
年规划和2035 年远景目标纲要的决议
( 2021 年 2 月 3 日某县第十八届人民代表大会第六次会议通过
某县第十八届人民代表大会第六次会议审查了县人民政府提出的纲要草案，决定批准这个纲要。
第一章 发展基础
“十三五”时期，全县经济实力显著增强。
第二章 建设现代产业体系
第一节 做强先进制造业
推动装备制造产业集群发展，产值突破200亿元。
"""


def test_a_title_joined_over_lines_stops_at_its_kind():
    lines = [ln for ln in _COVER.split("\n") if ln]
    title = H.notice_title(lines)
    assert title is not None and title.endswith("远景目标纲要的决议"), title


def test_a_dated_note_in_brackets_is_no_part_of_a_heading():
    lines = ["( 2021 年 2 月 3 日某县第十八届人民代表大会第六次会议通过", "某县乡村振兴规划", "一、发展目标"]
    assert not (H.plan_heading(lines) or "").startswith("(")


def test_the_plan_of_a_cover_and_its_resolution():
    lines = [ln for ln in _COVER.split("\n") if ln]
    assert H.plan_heading(lines) == "某县国民经济和社会发展第十四个五年规划和2035 年远景目标纲要"
    doc = parse_document(_COVER, source="x.txt", is_text=True).document
    assert "(" not in doc["plan_title"] and not doc["plan_title"].startswith("年")
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2021, 2025)


def test_the_plan_title_is_the_plan_not_the_resolution_approving_it():
    """"关于《…纲要》的决议" names the plan as a 印发 notice does: the plan_title is the 纲要."""
    for cover in (_COVER, _COVER.replace("2035 年", "2035年")):
        doc = parse_document(cover, source="x.txt", is_text=True).document
        assert doc["title"].endswith("纲要的决议")
        assert doc["plan_title"].startswith("某县国民经济和社会发展第十四个五")
        assert doc["plan_title"].endswith("远景目标纲要")
