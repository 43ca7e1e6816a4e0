"""Header rows printed over two lines: in a "|" table each column's head may be broken in two
("责任 | 完成" over "领导 | 时限"), read together per column; in a table of one cell per line an
unknown head longer than such a part (建设规模, 建设地点) is a column of its own, never the first
half of the head after it."""
from __future__ import annotations

from transform.document import parse_document
from transform.table_wraps import joined_header


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="t.txt", is_text=True).tasks


def test_a_piped_header_broken_over_two_lines_names_its_columns():
    text = ("某镇2024年重点工作任务清单\n"
            "序号 | 工作任务 | 责任 | 责任 | 完成\n"
            " | | 领导 | 单位 | 时限\n"
            "1 | 完成村级道路硬化12公里。 | 张三 | 镇建设办 | 2024年10月底\n"
            "2 | 新建村级养老服务站3个。 | 李四 | 镇民政办 | 2024年12月底\n")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert [t["lead_units"] for t in tasks] == [["镇建设办"], ["镇民政办"]]
    assert [t["deadline_text"] for t in tasks] == ["2024年10月底", "2024年12月底"]
    assert all("张三" not in t["lead_units"] for t in tasks)


def test_a_bordered_header_broken_over_two_lines():
    text = ("某区2024年重点项目推进表\n"
            "| 序号 | 项目名称 | 牵头 | 配合 | 完成 |\n"
            "| | | 单位 | 单位 | 时间 |\n"
            "| 1 | 新建城市书房5个。 | 区文旅局 | 各街道 | 2024年9月 |\n"
            "| 2 | 改造农贸市场2个。 | 区商务局 | 区市场监管局 | 2024年11月 |\n")
    tasks = _tasks(text)
    assert [t["lead_units"] for t in tasks] == [["区文旅局"], ["区商务局"]]
    assert [t["participating_units"] for t in tasks] == [["各街道"], ["区市场监管局"]]
    assert [t["deadline_text"] for t in tasks] == ["2024年9月", "2024年11月"]


def test_joined_header_reads_each_column_top_and_bottom():
    assert joined_header("序号 | 工作任务 | 责任 | 完成", " | | 单位 | 时限") == [
        "序号", "工作任务", "责任单位", "完成时限"]


def test_a_first_row_under_the_header_is_no_second_header_line():
    assert joined_header("序号 | 工作任务 | 责任 | 完成", "1 | 新建公厕5座。 | 县城管局 | 全年") is None
    assert joined_header("序号 | 工作任务 | 责任 | 完成", "说明：以下为2024年任务") is None


def test_a_long_unknown_head_in_a_one_cell_per_line_header_stands_alone():
    # 建设地点 is a column, not the first half of the head after it
    text = ("某县2024年民生实事项目表\n"
            "序号\n项目名称\n建设地点\n数量\n责任单位\n完成时限\n"
            "1\n城区公厕建设\n城关镇\n8座\n县城管局\n2024年10月底前\n"
            "2\n乡村学校改造\n各乡镇\n5所\n县教体局\n2024年8月底前\n")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert [t["lead_units"] for t in tasks] == [["县城管局"], ["县教体局"]]
    assert [t["deadline_text"] for t in tasks] == ["2024年10月底前", "2024年8月底前"]


def test_short_head_parts_one_per_line_still_join():
    text = ("某镇2024年重点工作计划\n"
            "序号\n重点工作\n责任\n领导\n责任\n科室\n完成\n时限\n"
            "1\n推进美丽城镇建设。\n王五\n乡村振兴办\n年底前\n"
            "2\n完成河道清淤5公里。\n赵六\n水利站\n10月底前\n")
    tasks = _tasks(text)
    assert [t["lead_units"] for t in tasks] == [["乡村振兴办"], ["水利站"]]
    assert [t["deadline_text"] for t in tasks] == ["年底前", "10月底前"]
