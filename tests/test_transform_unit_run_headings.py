"""A task list printed unit first: an unnumbered line naming a unit ("县发改局：", "县财政局（3项）")
heads each run of items restarting at 1, and its items take that unit as their lead unless they
name their own. Invented lists in the style of a county task breakdown, a department list in
traditional characters, and near misses (topic headings, a single run) that must not change."""

from __future__ import annotations

from transform.document import parse_document


def _units(text: str) -> list[tuple[tuple[str, ...], list[str], list[str]]]:
    r = parse_document(text, source="s.txt", is_text=True)
    return [(tuple(t["path"]), t["lead_units"], t["participating_units"]) for t in r.tasks]


def test_colon_unit_headings_over_restarting_runs():
    text = (
        "某县2024年政府工作报告重点任务分解\n"
        "县发改局：\n"
        "1.加快推进重大项目建设，全年完成固定资产投资40亿元。\n"
        "2.做好专项债券项目谋划储备。\n"
        "县财政局：\n"
        "1.加强预算绩效管理。\n"
        "2.盘活存量资金。（配合单位：县审计局）\n"
    )
    assert _units(text) == [
        (("1",), ["县发改局"], []),
        (("2",), ["县发改局"], []),
        (("1",), ["县财政局"], []),
        (("2",), ["县财政局"], ["县审计局"]),
    ]


def test_counted_unit_headings_and_own_units_kept():
    text = (
        "关于分解落实2025年重点工作的通知\n"
        "县教育和体育局（2项）\n"
        "1.新建幼儿园2所。\n"
        "2.推进集团化办学。（牵头单位：县委编办）\n"
        "县卫生健康局（1项）\n"
        "1.完成乡镇卫生院提标改造。\n"
    )
    assert _units(text) == [
        (("1",), ["县教育和体育局"], []),
        (("2",), ["县委编办"], []),
        (("1",), ["县卫生健康局"], []),
    ]


def test_traditional_unit_headings():
    text = (
        "市政府重點工作任務分解\n"
        "市發展和改革局：\n"
        "1.推進重大項目建設。\n"
        "2.優化營商環境。\n"
        "市財政局：\n"
        "1.加強預算管理。\n"
    )
    assert [u for _, u, _ in _units(text)] == [["市發展和改革局"], ["市發展和改革局"], ["市財政局"]]


def test_topic_headings_give_no_units():
    text = (
        "某县2024年工作要点\n"
        "经济发展：\n"
        "1.加快推进重大项目建设。\n"
        "2.做好项目谋划储备。\n"
        "社会事业：\n"
        "1.新建幼儿园2所。\n"
    )
    assert [u for _, u, _ in _units(text)] == [[], [], []]


def test_a_single_run_under_a_unit_line_is_left():
    text = "县发改局：\n1.加快推进重大项目建设。\n2.做好项目谋划储备。\n"
    assert [u for _, u, _ in _units(text)] == [[], []]


def test_numbered_unit_sections_unchanged():
    text = (
        "任务分解\n一、县发改局\n1.加快推进重大项目建设。\n2.做好项目谋划储备。\n"
        "二、县财政局\n1.加强预算绩效管理。\n"
    )
    assert [(p, u) for p, u, _ in _units(text)] == [
        (("一", "1"), ["县发改局"]),
        (("一", "2"), ["县发改局"]),
        (("二", "1"), ["县财政局"]),
    ]
