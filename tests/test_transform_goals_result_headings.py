"""A speech's review heading may name no review word but end on the results it reports, after
clauses of its own: "一、顶住压力、实干攻坚，县域发展交出坚实答卷", "回顾过往，砥砺奋进，“十四五”时期
发展取得显著成效". Such a short heading reviews the past (its figures are achievements, its items no
tasks beside a section of work ahead), unless a word of the work ahead comes before its ending:
"确保民生实事取得显著成效" and "奋力交出高质量发展新答卷" head work still to do."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets.goals import is_review_heading


@pytest.mark.parametrize(
    "heading",
    [
        "顶住压力、实干攻坚，县域发展交出坚实答卷",
        "顶住压力、实干攻坚,县域发展交出坚实答卷",
        "回顾过往，砥砺奋进，“十四五”时期发展取得显著成效",
        "各项改革取得明显成效",
        "稳中求进、改革创新，民生事业成效显著",
        "攻堅克難，全縣發展交出滿意答卷",  # traditional
    ],
)
def test_a_heading_ending_on_results_reviews(heading):
    assert is_review_heading(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "确保民生实事取得显著成效",
        "奋力交出高质量发展新答卷",
        "全力推动乡村振兴取得明显成效",
        "经济发展取得新成效",
        "巩固拓展脱贫攻坚成果",
        "聚焦重点领域，着力提升发展成效",
        # a sentence inside is prose, not a heading
        "生态治理成效显著。2025年全县造林1万亩，新建公园3个，取得显著成效",
    ],
)
def test_work_ahead_and_prose_stay_work(heading):
    assert not is_review_heading(heading)


_SPEECH = """在2026年县政府全体会议上的讲话
同志们：
下面，我讲两个方面的意见。
一、顶住压力、实干攻坚，县域发展交出坚实答卷
（一）经济运行稳中有进。全年地区生产总值增长5.2%，新建项目30个。
（二）民生福祉持续改善。新增城镇就业3000人。
二、锚定目标、真抓实干，全力做好2026年各项工作
（一）全力抓好项目建设。全年新开工项目40个以上。
（二）持续增进民生福祉。新增城镇就业3200人。
"""


def test_a_speech_review_beside_the_work_ahead_holds_no_tasks():
    p = parse_document(_SPEECH, source="s.txt", is_text=True)
    paths = [t["path"] for t in p.tasks]
    assert all(path[0] == "二" for path in paths) and len(paths) >= 2
    values = sorted(t["value"] for t in p.targets)
    assert 5.2 not in values and 30 not in values and 40 in values


def test_a_speech_with_a_heading_of_work_ahead_ending_on_results_keeps_it():
    text = _SPEECH.replace("一、顶住压力、实干攻坚，县域发展交出坚实答卷", "一、确保重点项目建设取得显著成效")
    p = parse_document(text, source="s.txt", is_text=True)
    assert any(t["path"][0] == "一" for t in p.tasks)
