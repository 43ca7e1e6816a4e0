"""A table of one cell per line with a category column whose merged cells are printed once,
before the first row of their group (类别 | 序号 | 工作任务 | …): each such cell after a full row
opens the next group; it is neither a column of the header nor a cell of the row above."""
from __future__ import annotations

from transform.document import parse_document


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="t.txt", is_text=True).tasks


_TABLE = ("某县2024年重点工作任务分工表\n"
          "类别\n序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"
          "经济发展\n"
          "1\n新建标准化厂房10万平方米。\n县工信局\n县自然资源局\n2024年12月底前\n"
          "2\n培育规模以上工业企业5家。\n县工信局\n县统计局\n2024年12月底前\n"
          "民生保障\n"
          "3\n新增城镇就业2000人。\n县人社局\n各乡镇\n2024年12月底前\n"
          "4\n改造农村公路30公里。\n县交通局\n县财政局\n2024年10月底前\n")


def test_each_category_cell_opens_its_group():
    tasks = _tasks(_TABLE)
    assert [t["path"] for t in tasks] == [["1"], ["2"], ["3"], ["4"]]
    assert [t["section"] for t in tasks] == ["经济发展", "经济发展", "民生保障", "民生保障"]


def test_the_next_category_stays_out_of_the_row_above():
    tasks = _tasks(_TABLE)
    assert "民生保障" not in tasks[1]["body"]
    assert tasks[1]["participating_units"] == ["县统计局"]
    assert tasks[1]["deadline_text"] == "2024年12月底前"


def test_categories_under_a_notice_with_a_leader_column():
    text = ("某镇人民政府关于印发2024年重点工作任务清单的通知\n"
            "各村（社区）、镇直各单位：\n现将任务清单印发给你们，请认真落实。\n"
            "某镇人民政府\n2024年2月20日\n"
            "附件\n2024年重点工作任务清单\n"
            "类别\n序号\n重点任务\n责任领导\n责任单位\n"
            "乡村振兴\n"
            "1\n新建高标准农田1500亩。\n张明\n镇农业站\n"
            "2\n发展特色种植基地3个。\n张明\n镇农业站\n"
            "社会治理\n"
            "3\n创建平安村5个。\n李华\n镇综治办\n")
    tasks = _tasks(text)
    assert [t["section"] for t in tasks] == ["乡村振兴", "乡村振兴", "社会治理"]
    assert [t["lead_units"] for t in tasks] == [["镇农业站"], ["镇农业站"], ["镇综治办"]]


def test_a_second_unit_line_after_a_full_row_is_no_category():
    # units one per line: the row's last column goes on, no group opens
    text = ("某县2024年民生实事分解表\n"
            "序号\n民生实事\n责任单位\n完成时限\n"
            "1\n新建人行天桥2座。\n县住建局\n9月底前\n"
            "2\n启动县图书馆建设。\n县文旅局\n县代建中心\n12月底前\n")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert tasks[1]["lead_units"] == ["县文旅局", "县代建中心"]
