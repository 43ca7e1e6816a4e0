"""Task tables that name the work but no unit, person or deadline (序号 | 项目名称 | 建设内容,
序号 | 实事项目 | 目标任务, 序号 | 工作任务 | 具体内容): each numbered row is a task. A list of
entities (序号 | 企业名称 | 所在镇街, 序号 | 姓名 | 单位, 序号 | 村名 | 户数) stays no task table."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.table_cells import header


def _parse(text: str):
    return parse_document(text, source="t.txt", is_text=True)


def _tasks(text: str) -> list[dict]:
    return _parse(text).tasks


@pytest.mark.parametrize("cells", [
    ["序号", "项目名称", "建设内容"],
    ["序号", "实事项目", "目标任务"],
    ["序号", "工作任务", "具体内容"],
    ["序号", "工程名称", "主要建设内容", "总投资（万元）"],
    ["序 号", "重点举措", "工作目标"],
    ["编号", "民生事项", "实施内容", "进展情况"],
])
def test_a_header_naming_the_work_heads_a_task_table_without_unit_columns(cells):
    assert header(cells) is not None


@pytest.mark.parametrize("cells", [
    ["序号", "企业名称", "所在镇街"],
    ["序号", "姓名", "单位"],
    ["序号", "村名", "户数"],
    ["序号", "学校名称", "地址"],
    ["序号", "企业名称", "项目名称", "补助金额"],     # a list of who got what: entities again
    ["序号", "项目名称", "申报主体", "联系电话"],
    ["序号", "项目名称", "所在镇街"],                 # a list of projects by place
    ["序号", "事项名称", "事项类型", "设定依据"],      # a 权责清单: powers, not work
    ["序号", "事项名称", "办理地点", "咨询电话"],
    ["项目名称", "建设内容", "总投资"],               # no row numbers: nothing says rows are tasks
    ["序号", "指标名称", "2025年目标值"],             # an indicator table names no work
])
def test_a_header_naming_entities_or_no_work_heads_no_task_table(cells):
    assert header(cells) is None


def test_piped_rows_of_projects_and_their_contents():
    text = ("某县2025年民生实事项目清单\n"
            "序号 | 项目名称 | 建设内容\n"
            "1 | 城区道路提升工程 | 改造城区道路6条，新建人行道4公里。同步完善排水设施。\n"
            "2 | 农村饮水安全巩固 | 新建供水站2座，惠及群众1.2万人。\n"
            "3 | 社区养老服务站 | 新建社区养老服务站5个。")
    parsed = _parse(text)
    tasks = parsed.tasks
    assert [t["path"] for t in tasks] == [["1"], ["2"], ["3"]]
    assert [t["title"] for t in tasks] == ["城区道路提升工程", "农村饮水安全巩固", "社区养老服务站"]
    assert "改造城区道路6条" in tasks[0]["body"]
    assert all(not t["lead_units"] and not t["participating_units"] for t in tasks)
    assert parsed.document["is_plan"] is True


def test_one_cell_a_line_with_work_and_content_and_progress_left_out():
    text = ("某区2024年重点工作推进情况\n序号\n工作任务\n具体内容\n进展情况\n"
            "1\n老旧小区改造\n完成老旧小区改造12个。\n已开工9个，完成投资60%。\n"
            "2\n背街小巷整治\n整治背街小巷30条。\n已完成18条。")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert tasks[0]["title"] == "老旧小区改造"
    assert "已开工" not in tasks[0]["body"] and "60%" not in tasks[0]["body"]


def test_space_separated_rows_of_work():
    text = ("某镇2024年为民办实事\n"
            "序号 实事项目 目标任务\n"
            "1 乡村道路硬化 硬化村组道路15公里。\n"
            "2 卫生室标准化 建成标准化村卫生室4个。")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert tasks[1]["title"] == "卫生室标准化"


def test_a_single_work_cell_gives_the_title_up_to_its_first_full_stop():
    text = ("某市2024年重点任务清单\n"
            "序号 | 工作任务 | 备注\n"
            "1 | 建成城市书房8个。提升公共文化服务水平。 | 新增\n"
            "2 | 新增公共停车泊位2000个。 | 续建")
    tasks = _tasks(text)
    assert [t["title"] for t in tasks] == ["建成城市书房8个", "新增公共停车泊位2000个"]


def test_html_table_of_projects():
    page = ("<html><head><title>某县2025年十件民生实事</title></head><body><div><table>"
            "<tr><td>序号</td><td>实事项目</td><td>目标任务</td></tr>"
            "<tr><td>1</td><td>城乡公交一体化</td><td>新开通城乡公交线路6条。</td></tr>"
            "<tr><td>2</td><td>学前教育扩容</td><td>新建幼儿园3所，新增学位900个。</td></tr>"
            "</table></div></body></html>")
    tasks = parse_document(page.encode("utf-8"), source="t.html").tasks
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert tasks[1]["title"] == "学前教育扩容"


@pytest.mark.parametrize("text", [
    "拟认定名单如下：\n序号 | 企业名称 | 所在镇街\n1 | 某某食品有限公司 | 园艺街道\n2 | 某某农业公司 | 黄岗镇",
    "获奖人员名单\n序号\n姓名\n单位\n1\n张某某\n县第一中学\n2\n李某某\n县实验小学",
    "补助发放情况\n序号 | 村名 | 户数\n1 | 东风村 | 120\n2 | 红旗村 | 86",
    "2024年项目\n序号 | 项目名称 | 所在镇街\n1 | 新建农贸市场 | 城关镇\n2 | 改造污水管网 | 河东街道",
    "补助资金分配表\n序号 | 企业名称 | 项目名称 | 补助金额\n1 | 某某合作社 | 大棚建设 | 5万元\n2 | 某某公司 | 冷库建设 | 8万元",
])
def test_lists_of_entities_give_no_tasks(text):
    assert _tasks(text) == []


_PROJECTS = ("序号 | 项目名称 | 建设内容\n"
             "1 | 智慧农业示范 | 建设智能温室2座。\n"
             "2 | 冷链物流示范 | 新建冷库1座。\n"
             "3 | 电商服务示范 | 建设电商服务站10个。")


@pytest.mark.parametrize("title", [
    "关于2024年度示范项目拟入选名单的公示",
    "2024年度乡村振兴示范项目入选名单",
    "关于2023年度科技示范项目评审结果的公告",
    "某市2024年度优秀示范项目名单的通知",
])
def test_a_list_page_of_projects_is_no_plan(title):
    parsed = _parse(f"{title}\n{_PROJECTS}")
    assert parsed.document["is_plan"] is False and parsed.tasks == []


@pytest.mark.parametrize("title", ["某县2025年重点项目建设计划", "某区2024年民生实事项目票决结果"])
def test_a_page_of_projects_under_a_plan_title_is_a_plan(title):
    parsed = _parse(f"{title}\n{_PROJECTS}")
    assert parsed.document["is_plan"] is True and len(parsed.tasks) == 3
