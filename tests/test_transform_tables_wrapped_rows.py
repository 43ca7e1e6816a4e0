"""Task table rows printed over two lines (a PDF's ruled table, a copied page): the second line
of a "|" row leaves the number column empty and each of its cells goes on in its column; a
whitespace-separated row goes on with the rest of its task cell before its unit, person and
deadline cells."""
from __future__ import annotations

from transform.document import parse_document


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="t.txt", is_text=True).tasks


def test_a_piped_row_wrapped_column_by_column_keeps_its_deadline_and_units():
    text = ("某县2024年重点工作任务分工表\n"
            "序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限\n"
            "1 | 加快园区基础设施建设，完成园区道路改造 | 县工信局 | 县住建局、 | 2024年12月\n"
            " | 8公里，新建标准化厂房5万平方米。 | | 县自然资源局 |\n"
            "2 | 新建乡镇供水站4处。 | 县水利局 | 各乡镇 | 2024年10月\n")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    first = tasks[0]
    assert first["deadline_text"] == "2024年12月"
    assert "道路改造8公里" in first["body"]
    assert "2024年12月8公里" not in first["body"]
    assert first["lead_units"] == ["县工信局"]
    assert first["participating_units"] == ["县住建局", "县自然资源局"]


def test_a_bordered_piped_row_wrapped_over_two_lines():
    text = ("某区2024年民生实事任务清单\n"
            "| 序号 | 实事项目 | 责任单位 | 完成时间 |\n"
            "| 1 | 改造老旧小区12个，惠及居民 | 区住建局 | 11月底前 |\n"
            "| | 3000户。 | 各街道 | |\n"
            "| 2 | 新增公办幼儿园学位600个。 | 区教体局 | 9月底前 |\n")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert tasks[0]["deadline_text"] == "11月底前"
    assert "惠及居民3000户" in tasks[0]["body"]
    assert tasks[0]["lead_units"] == ["区住建局", "各街道"]


def test_a_spaced_row_wrapped_inside_its_task_cell():
    text = ("某镇2024年重点工作任务清单\n"
            "序号 工作任务 责任领导 责任单位 完成时限\n"
            "1 完成农村人居环境整治提升，新建公厕5座，改造户厕\n"
            "  300户。 张三 镇农业办 2024年10月\n"
            "2 新建高标准农田2000亩。 李四 镇农业办 2024年12月\n"
            "3 开展森林防火宣传20场次。 王五 镇林业站 全年\n")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"], ["3"]]
    assert [t["lead_units"] for t in tasks] == [["镇农业办"], ["镇农业办"], ["镇林业站"]]
    assert "改造户厕300户" in tasks[0]["body"]
    assert tasks[0]["deadline_text"] == "2024年10月"


def test_a_spaced_row_wrapped_after_its_task_sentence():
    text = ("某街道2024年为民办实事项目表\n"
            "序号 项目内容 牵头单位 完成时限\n"
            "1 新建社区食堂3个，为辖区老年人提供助餐服务。\n"
            "街道民政办 2024年9月\n"
            "2 改造背街小巷8条。 街道城建办 2024年11月\n")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert tasks[0]["lead_units"] == ["街道民政办"]
    assert tasks[0]["deadline_text"] == "2024年9月"


def test_a_second_line_with_a_number_of_its_own_is_the_next_row():
    text = ("某县2024年重点工作任务分工表\n"
            "序号 | 工作任务 | 牵头单位 | 完成时限\n"
            "1 | 新建污水管网20公里。 | 县住建局 | 2024年12月\n"
            "2 | 新建村级卫生室6个。 | 县卫健局 | 2024年10月\n")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert [t["deadline_text"] for t in tasks] == ["2024年12月", "2024年10月"]


def test_a_br_broken_cell_still_joins_the_cell_it_breaks():
    # the rest of a cell broken by <br> opens the next line without an empty number cell
    text = ("某县2024年重点工作任务分工表\n"
            "序号 | 工作任务 | 牵头单位 | 完成时限\n"
            "1 | 新建污水管网20公里，\n"
            "改造雨水管网5公里。 | 县住建局 | 2024年12月\n"
            "2 | 新建村级卫生室6个。 | 县卫健局 | 2024年10月\n")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert tasks[0]["lead_units"] == ["县住建局"]
    assert "改造雨水管网5公里" in tasks[0]["body"]


def test_a_spaced_unit_list_left_open_goes_on_the_next_line():
    text = ("某县2024年重点工作任务分工表\n"
            "序号 工作任务 牵头单位 配合单位 完成时限\n"
            "1 新建污水管网20公里。 县住建局 县财政局、 2024年12月\n"
            "  县自然资源局\n"
            "2 新建村级卫生室6个。 县卫健局 各乡镇 2024年10月\n"
            "3 新增城镇就业2000人。 县人社局 各乡镇 2024年12月\n")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"], ["3"]]
    assert tasks[0]["participating_units"] == ["县财政局", "县自然资源局"]
    # the rows after the wrapped one keep their columns
    assert [t["lead_units"] for t in tasks[1:]] == [["县卫健局"], ["县人社局"]]
    assert [t["participating_units"] for t in tasks[1:]] == [["各乡镇"], ["各乡镇"]]


def test_the_end_of_a_spaced_task_cell_on_its_own_line_before_the_next_row():
    text = ("某街道2024年为民办实事项目表\n"
            "序号 项目内容 牵头单位 完成时限\n"
            "1 新建社区食堂3个，为辖区老年人 街道民政办 2024年9月\n"
            "提供助餐服务。\n"
            "2 改造背街小巷8条。 街道城建办 2024年11月\n")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert "为辖区老年人提供助餐服务" in tasks[0]["body"]
    assert [t["lead_units"] for t in tasks] == [["街道民政办"], ["街道城建办"]]


def test_a_paragraph_after_a_spaced_table_is_no_row_tail():
    text = ("某镇2024年重点工作任务清单\n"
            "序号 工作任务 责任单位 完成时限\n"
            "1 新建公厕5座。 镇建设办 2024年10月\n"
            "2 清理垃圾500吨。 镇环保办 全年\n"
            "各责任单位要高度重视，按时完成任务，每月底前报送工作进展情况。\n")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert "高度重视" not in tasks[1]["body"]


def test_a_wrapped_line_that_drops_the_empty_number_cell_under_a_full_row():
    text = ("某县2024年重点工作任务分工表\n"
            "序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限\n"
            "1 | 加快园区基础设施建设，完成园区道路改造 | 县工信局 | 县住建局、 | 2024年12月\n"
            "8公里，新建标准化厂房5万平方米。 | | 县自然资源局 |\n"
            "2 | 新建乡镇供水站4处。 | 县水利局 | 各乡镇 | 2024年10月\n")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert tasks[0]["deadline_text"] == "2024年12月"
    assert "道路改造8公里" in tasks[0]["body"]
    assert tasks[0]["participating_units"] == ["县住建局", "县自然资源局"]


def test_a_sub_row_with_its_own_deadline_is_no_wrapped_line():
    text = ("某县2016年民生实事目标任务分解表\n"
            "序号 | 民生实事 | 责任单位 | 完成时限\n"
            "5 | 开工建设县老年养护楼。 | 县民政局 | 5月底前动工\n"
            "开工建设老年大学。 | 12月底前\n"
            "6 | 迁建县政务服务中心。 | 县政务服务中心 | 12月底前\n")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["5"], ["6"]]
    assert tasks[0]["lead_units"] == ["县民政局"]
