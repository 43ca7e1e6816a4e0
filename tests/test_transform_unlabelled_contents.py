"""A table of contents printed without "目录", leaders or page numbers (issue 15, round 26C): a
run of numbered short headings at the page top, with two chapter-level entries and no sentence
between them, whose first entry the text repeats after the report's title, gives no items; a
review of the past under a later year's 政府工作报告 gives none either. Examples are invented."""

from __future__ import annotations

from transform.document import parse_document


def _tasks(text: str) -> list[tuple[list[str], str | None]]:
    return [(t["path"], t["title"]) for t in parse_document(text, source="x.txt", is_text=True).tasks]


_REPORT_CONTENTS = """一、2025年工作回顾
二、2026年主要任务
(一)做强特色农业
(二)做大新型工业
三、政府自身建设
"""

_REPORT_TOP = """2026年某县政府工作报告
各位代表:
现在,我代表县人民政府向大会报告工作,请予审议。
一、2025年工作回顾
2025年,全县经济稳中有进。
一是综合实力稳步提升。全年生产总值完成30亿元、增长5%。
二是特色农业提质增效。新建高标准农田2万亩。
"""

_REPORT_AHEAD = """二、2026年主要任务
(一)做强特色农业
1.建设高标准农田3万亩。
2.培育农业产业化龙头企业5家。
(二)做大新型工业
1.新建标准化厂房10万平方米。
三、政府自身建设
持续加强政府自身建设。
"""


def test_report_contents_at_the_top_give_no_tasks():
    tasks = _tasks(_REPORT_CONTENTS + _REPORT_TOP + _REPORT_AHEAD)
    assert (["二", "(一)", "1"], "建设高标准农田3万亩") in tasks
    assert all(path[:1] != ["一"] for path, _ in tasks)
    # each listed heading is read once, from the text
    assert sum(1 for path, _ in tasks if path[:2] == ["二", "(一)"]) == 2


def test_report_cut_after_its_review_gives_no_tasks():
    # the page stops inside the review: the contents and the review give nothing
    assert _tasks(_REPORT_CONTENTS + _REPORT_TOP) == []


def test_plan_contents_of_chapters_without_marker_words():
    contents = "第一章 总体要求\n第二章 重点任务\n第一节 推进产业升级\n第三章 保障措施\n"
    body = (
        "某市制造业高质量发展三年行动方案\n"
        "为推动制造业高质量发展，制定本方案。\n"
        "第一章 总体要求\n坚持创新驱动。\n"
        "第二章 重点任务\n第一节 推进产业升级\n1.实施技术改造项目50个。\n2.培育专精特新企业20家。\n"
        "第三章 保障措施\n加强组织领导。\n"
    )
    tasks = _tasks(contents + body)
    assert tasks == [
        (["第二章", "第一节", "1"], "实施技术改造项目50个"),
        (["第二章", "第一节", "2"], "培育专精特新企业20家"),
    ]


def test_traditional_contents():
    contents = "一、2025年工作回顧\n二、2026年重點工作\n三、保障措施\n"
    body = (
        "2026年某區政府工作報告\n各位代表：\n一、2025年工作回顧\n過去一年，全區生產總值增長6%。\n"
        "二、2026年重點工作\n1.新建污水處理廠1座。\n2.改造老舊小區20個。\n三、保障措施\n加強組織領導。\n"
    )
    tasks = _tasks(contents + body)
    assert [p for p, _ in tasks] == [["二", "1"], ["二", "2"]]


# near misses: headings without text between them that the text never repeats are sections of
# work (projects) and stay; a page whose review is the whole report stays as it was


def test_project_sections_not_repeated_stay():
    text = (
        "某县2026年民生实事项目\n"
        "一、城区道路改造工程\n二、农村饮水安全提升工程\n三、老旧小区改造工程\n"
        "以上项目由县住建局牵头实施。\n"
    )
    titles = [title for _, title in _tasks(text)]
    assert titles[:3] == ["城区道路改造工程", "农村饮水安全提升工程", "老旧小区改造工程"]


def test_two_listed_headings_are_not_contents():
    # only two entries: too few to be a contents list
    text = (
        "一、总体要求\n二、重点任务\n某县2026年工作要点\n一、总体要求\n坚持稳中求进。\n"
        "二、重点任务\n1.新建学校2所。\n"
    )
    assert _tasks(text)[-1] == (["二", "1"], "新建学校2所")


def test_review_under_a_report_of_the_same_year_keeps_its_items():
    # a report titled for the year it reviews announces no later year's work: a report of review
    # only, whose items are kept as before
    text = "2024年某县政府工作报告\n一、2024年工作回顾\n一是新建学校2所。\n二是改造道路10公里。\n"
    assert _tasks(text) == [(["一", "一是"], "新建学校2所"), (["一", "二是"], "改造道路10公里")]


def test_later_report_over_a_cut_review_gives_no_tasks():
    text = "2026年某县政府工作报告\n一、2025年工作回顾\n一是新建学校2所。\n二是改造道路10公里。\n"
    assert _tasks(text) == []


def test_outline_under_a_label_other_than_contents():
    # "提纲：" (an outline) over the sections, the report's title, then its text
    outline = "提纲：\n一、2025年工作回顾\n二、2026年工作安排\n（一）扩大有效投资\n（二）发展现代农业\n三、政府自身建设\n"
    body = (
        "2026年某市政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n"
        "一、2025年工作回顾\n过去一年，全市生产总值增长5%。\n"
        "二、2026年工作安排\n（一）扩大有效投资\n1.实施重点项目120个。\n（二）发展现代农业\n1.建设高标准农田5万亩。\n"
        "三、政府自身建设\n持续加强政府自身建设。\n"
    )
    tasks = _tasks(outline + body)
    paths = [path for path, _ in tasks]
    # each heading once, from the text: the outline's (一)/(二) are no tasks of their own
    assert [p for p in paths if p[0] == "二"] == [["二", "(一)", "1"], ["二", "(二)", "1"]]
    assert len(paths) == len({tuple(p) for p in paths})
