"""Plans on pages rendered from markdown: heading hashes ("## 一、…"), bold around the numbered
heading of an item ("**1.加强…。** …"), and "- " list bullets before an item's number are markup, not
text; without them the items are read as in any other plan (transform/markup.py)."""

from __future__ import annotations

from transform.document import parse_document
from transform.lines import normalise_lines


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="t.txt", is_text=True).tasks


def _rows(tasks: list[dict]) -> list[tuple]:
    return [(t["path"], t["title"], t["lead_units"], t["participating_units"]) for t in tasks]


def test_hash_headings_and_bold_items():
    text = (
        "# 某区2026年安全生产工作要点\n\n"
        "## 一、压实安全责任\n\n"
        "**1.健全责任体系。** 修订安全生产责任清单。（牵头单位：区应急局；配合单位：区直各部门）\n\n"
        "**2.开展专项整治。** 排查整治隐患500处以上。（牵头单位：区应急局）\n\n"
        "## 二、提升应急能力\n\n"
        "**3.建设应急物资库。** 新建区级物资库1个。（牵头单位：区发改局；配合单位：区财政局）\n"
    )
    assert _rows(_tasks(text)) == [
        (["一", "1"], "健全责任体系", ["区应急局"], ["区直各部门"]),
        (["一", "2"], "开展专项整治", ["区应急局"], []),
        (["二", "3"], "建设应急物资库", ["区发改局"], ["区财政局"]),
    ]


def test_sub_headings_in_bold_and_items_as_list_bullets():
    text = (
        "某县“十五五”文旅融合发展行动方案\n"
        "### 二、重点任务\n"
        "**（一）打造精品线路**\n"
        "- 1.推出红色旅游线路3条。（责任单位：县文旅局）\n"
        "- 2.建设旅游驿站5个。（责任单位：县文旅局、县交通局）\n"
        "**（二）培育文旅业态**\n"
        "* 3.培育民宿集群2个。（责任单位：县文旅局）\n"
    )
    assert _rows(_tasks(text)) == [
        (["二", "(一)", "1"], "推出红色旅游线路3条", ["县文旅局"], []),
        (["二", "(一)", "2"], "建设旅游驿站5个", ["县文旅局", "县交通局"], []),
        (["二", "(二)", "3"], "培育民宿集群2个", ["县文旅局"], []),
    ]


def test_asterisks_standing_for_a_figure_stay():
    lines = normalise_lines("某县工作报告\n全年实现地区生产总值**亿元。\n- 这是一句说明")
    assert "全年实现地区生产总值**亿元。" in lines
    assert "- 这是一句说明" in lines


def test_bold_after_a_number_and_bold_labels_behind_bullets():
    lines = normalise_lines(
        "某市2026年工作要点摘要\n### 一、主要目标\n- **地区生产总值增长**：5%左右\n"
        "### 二、重点任务\n1. **培育新质生产力**：新增专精特新企业30家。\n"
    )
    assert "地区生产总值增长：5%左右" in lines
    assert "1. 培育新质生产力：新增专精特新企业30家。" in lines
    assert "一、主要目标" in lines


def test_a_numbered_heading_after_hashes_opens_its_section():
    text = (
        "某县2026年农业农村工作要点\n"
        "## 一、粮食生产\n### 1. 稳定播种面积\n全年粮食播种面积稳定在50万亩。（责任单位：县农业农村局）\n"
        "### 2. 建设高标准农田\n新建高标准农田2万亩。（责任单位：县农业农村局、县财政局）\n"
    )
    assert _rows(_tasks(text)) == [
        (["一", "1"], "稳定播种面积", ["县农业农村局"], []),
        (["一", "2"], "建设高标准农田", ["县农业农村局", "县财政局"], []),
    ]


def test_hashes_inside_a_flattened_line_before_a_heading_number_go():
    lines = normalise_lines(
        "某市规划解读\n## 一、意义 规划很重要。 ## 二、发展目标 ### (一)整体目标 到2030年建成体系。"
    )
    assert not any("#" in ln for ln in lines)


def test_bold_cells_of_a_markdown_table():
    text = (
        "某县2026年民生实事项目\n| 序号 | 项目 | 牵头单位 |\n| :---: | :--- | :---: |\n"
        "| 1 | **新建城乡公交站亭40个** | 县交通运输局 |\n| 2 | **改造农贸市场2个** | **县商务局** |\n"
    )
    assert _rows(_tasks(text)) == [
        (["1"], "新建城乡公交站亭40个", ["县交通运输局"], []),
        (["2"], "改造农贸市场2个", ["县商务局"], []),
    ]


def test_quoted_items_of_a_markdown_page():
    text = (
        "某镇2026年平安建设工作要点\n> 一、矛盾纠纷化解\n"
        "> 1.开展矛盾纠纷排查。每月排查1次。（责任单位：镇综治办）\n"
        ">> 2.建设调解室12个。（责任单位：镇司法所）\n"
    )
    assert _rows(_tasks(text)) == [
        (["一", "1"], "开展矛盾纠纷排查", ["镇综治办"], []),
        (["一", "2"], "建设调解室12个", ["镇司法所"], []),
    ]


def test_a_comparator_before_a_figure_is_no_quote_mark():
    lines = normalise_lines("某市生态指标\n| 指标 | 目标值 |\n>70\n> 85\n")
    assert ">70" in lines and "> 85" in lines


def test_a_number_sign_before_a_number_stays():
    lines = normalise_lines("某电厂2026年检修计划\n#1机组完成A级检修。\n## 二、安全管理\n")
    assert "#1机组完成A级检修。" in lines and "二、安全管理" in lines
