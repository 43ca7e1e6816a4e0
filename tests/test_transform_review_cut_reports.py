"""A 政府工作报告 whose review of the past year sits under an unnumbered heading line
("2024年工作回顾", a few paragraphs of prose, then （一）…) and whose page stops inside the review
(issue 15, round 26C): the reviewed items report work done, no tasks and no targets. Pages that
announce no work ahead keep their items. Examples are invented."""

from __future__ import annotations

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text, source="x.txt", is_text=True)


def _tasks(text: str) -> list[tuple[list[str], str | None]]:
    return [(t["path"], t["title"]) for t in _parse(text).tasks]


_CONGRESS_TOP = """政府工作报告
——2025年1月8日在某县第十八届人民代表大会第五次会议上
县长 某某
各位代表:
现在,我代表县人民政府向大会报告工作,请予审议。
"""

_REVIEW = """2024年工作回顾
2024年,全县经济社会发展主要目标任务圆满完成。
预计完成地区生产总值90亿元,增长8%。
一年来,我们笃行实干,实现了经济发展的量增质优。
(一)全力以赴兴产业,发展基础更加牢固。
一是现代农业提质增效。新增耕地6000亩,改造提升高标准农田1.7万亩。
(二)全力以赴抓项目,发展后劲持续增强。
一是重点项目加快建设。实施重点项目50个,完成投资34亿元。
"""


def test_congress_report_cut_inside_its_review_gives_no_tasks_or_targets():
    doc = _parse(_CONGRESS_TOP + _REVIEW)
    assert doc.tasks == []
    assert doc.targets == []


def test_review_heading_right_above_the_items():
    review = "2024年工作回顾\n(一)产业发展积蓄增强。建设高标准农田2万亩。\n(二)城乡面貌持续改善。改造老旧小区12个。\n"
    assert _tasks(_CONGRESS_TOP + review) == []


def test_traditional_report_cut_inside_its_review():
    text = (
        "政府工作報告\n——2025年1月15日在某旗第十八屆人民代表大會第四次會議上\n各位代表:\n"
        "現在,我代表旗人民政府向大會報告工作,請予審議。\n2024年工作回顧\n"
        "過去的一年,全旗經濟社會發展邁出了堅實步伐。\n"
        "(一)產業發展積蓄增強。建設高標準農田26萬畝。\n(二)城鄉建設提質增效。新建道路12公里。\n"
    )
    assert _tasks(text) == []


def test_review_before_work_ahead_read_from_a_heading_above_prose():
    # the review heading stands above a paragraph; the work ahead follows under its own heading
    text = (
        _CONGRESS_TOP + "2024年工作回顾\n一年来,我们攻坚克难,较好完成了各项目标任务。\n"
        "1.新建学校2所。\n2.改造道路10公里。\n"
        "2025年工作安排\n1.新建幼儿园3所。\n2.改造农村公路20公里。\n"
    )
    tasks = _tasks(text)
    assert [title for _, title in tasks] == ["新建幼儿园3所", "改造农村公路20公里"]


# near misses: no congress and no later year announced (a summary of its own year), a heading of
# work ahead, a progress report: the items stay as before


def test_report_of_its_own_year_keeps_its_items():
    # no meeting line and no later year announced: a report of review only, read as before
    text = (
        "2024年某县政府工作报告\n2024年工作回顾\n一年来,我们扎实推进各项工作。\n"
        "(一)新建污水管网12公里。\n(二)改造老旧小区20个。\n"
    )
    titles = [title for _, title in _tasks(text)]
    assert titles == ["新建污水管网12公里", "改造老旧小区20个"]


def test_work_ahead_heading_keeps_its_tasks():
    text = (
        _CONGRESS_TOP + "2025年主要工作\n2025年是“十四五”规划收官之年。\n"
        "(一)持续扩大有效投资。实施重点项目16个,完成投资60亿元以上。\n"
        "(二)加快产业转型升级。新增规上工业企业10家。\n"
    )
    assert [path for path, _ in _tasks(text)] == [["(一)"], ["(二)"]]


def test_progress_report_keeps_its_items():
    text = (
        _CONGRESS_TOP + "2024年重点工作完成情况\n全年各项工作进展顺利。\n"
        "(一)新建学校2所,已完成。\n(二)改造道路10公里,已完成。\n"
    )
    assert len(_tasks(text)) == 2
