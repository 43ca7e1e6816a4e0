"""News of a call for ideas for a report or plan still to be written ("某市邀您“执笔”写2026年政府
工作报告", "开门写报告，我来建一言", "开门编规划") asks the public for ideas and states no work: no plan
and no plan title, even though its headline ends with a plan's name. A news report of a meeting whose
headline ends with the meeting held ("…专题协商座谈会举行") names no plan of its own either. A
headline that names the year's work ("某市开门办实事 2026年十件民生实事出炉") still is one. Examples
are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="n.txt", is_text=True).document


_CALL_BODY = (
    "来源: 某某网\n2025-12-21 16:27:17\n"
    "某某网讯(记者 张某)为更好地倾听民声、汇聚民智，起草好2026年某市政府工作报告，某市自12月20日起开展"
    "“开门写报告，我来建一言”活动，面向全体市民广泛征集意见建议。\n"
    "市民可围绕经济发展、民生改善、城乡建设等方面建言，字数建议在200字以内。\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "某市邀您“执笔”写2026年政府工作报告",
        "开门写报告 某县邀你共绘2026年政府工作报告",
        "某區邀您執筆寫2026年政府工作報告",
    ],
)
def test_a_call_to_write_the_report_is_no_plan(headline) -> None:
    doc = _doc(f"{headline}\n{_CALL_BODY}")
    assert doc["is_plan"] is False
    assert doc["plan_title"] is None


def test_a_meeting_held_names_no_plan() -> None:
    text = (
        "《政府工作报告》及《“十五五”规划纲要》专题协商座谈会举行\n"
        "时间:2026-01-16 来源:市融媒体中心\n"
        "1月15日，市长主持召开专题协商座谈会，听取各民主党派代表对2026年《政府工作报告（征求意见稿）》"
        "的意见建议。代表们围绕做强特色产业等方面提出了意见建议。\n"
    )
    doc = _doc(text)
    assert doc["plan_title"] != "《政府工作报告》及《“十五五”规划纲要》专题协商座谈会举行"
    assert doc["is_plan"] is False


def test_a_headline_naming_the_years_work_stays_a_plan() -> None:
    text = (
        "某市开门办实事 2026年十件民生实事出炉\n来源: 某某网\n"
        "1.新建公办幼儿园5所，新增学位2000个。\n2.改造老旧小区12个，惠及居民3000户。\n"
        "3.新增公共停车位800个。\n"
    )
    assert _doc(text)["is_plan"] is True
