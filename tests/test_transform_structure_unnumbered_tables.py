"""Work tables without a 序号 column: a header naming the work and a unit or deadline column
(工作内容 | 牵头单位 | 完成时限) makes each full row a task, numbered by its place in the table
(1, 2, 3 …: what an analyst writes when the page prints no number). A table naming no work, or
one without unit, person or deadline columns, stays no task table."""
from __future__ import annotations

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text, source="t.txt", is_text=True)


def test_piped_rows_without_numbers_are_tasks_in_order():
    r = _parse(
        "某区2025年城乡环境整治工作安排\n"
        "工作内容 | 牵头单位 | 配合单位 | 完成时限\n"
        "整治农贸市场周边环境，改造市场8个 | 区市场监管局 | 各镇街 | 2025年9月底\n"
        "清理河道垃圾，疏浚沟渠60公里 | 区水务局 | 区农业农村局 | 2025年6月底\n"
        "建设口袋公园12处 | 区园林局 | 区财政局 | 2025年12月底\n"
    )
    assert [t["path"] for t in r.tasks] == [["1"], ["2"], ["3"]]
    assert r.tasks[0]["title"] == "整治农贸市场周边环境，改造市场8个"
    assert r.tasks[1]["lead_units"] == ["区水务局"]
    assert r.tasks[1]["participating_units"] == ["区农业农村局"]
    assert [(t["value"], t["unit"]) for t in r.targets] == [(8, "个"), (60, "公里"), (12, "处")]
    assert r.targets[2]["task_id"] == r.tasks[2]["task_id"]


def test_unnumbered_rows_with_a_responsibility_and_a_person_column():
    r = _parse(
        "某镇2024年农村人居环境提升任务表\n"
        "重点任务 | 责任单位 | 责任人\n"
        "完成户厕改造300户 | 镇农业服务中心 | 王某某\n"
        "新建垃圾收集点25个 | 镇村镇建设办 | 李某某\n"
    )
    assert [t["path"] for t in r.tasks] == [["1"], ["2"]]
    assert r.tasks[0]["lead_units"] == ["镇农业服务中心"]


def test_html_table_without_a_number_column():
    html = (
        "<html><head><title>某县文旅提升行动任务分工</title></head><body>"
        "<h1>某县文旅提升行动任务分工</h1><table>"
        "<tr><td>主要任务</td><td>责任单位</td><td>完成时间</td></tr>"
        "<tr><td>创建省级旅游度假区1个</td><td>县文旅局</td><td>2026年底</td></tr>"
        "<tr><td>培育民宿集群3个</td><td>县文旅局、县农业农村局</td><td>2025年底</td></tr>"
        "</table></body></html>"
    )
    r = parse_document(html, source="t.html")
    assert [t["path"] for t in r.tasks] == [["1"], ["2"]]
    assert r.tasks[1]["lead_units"] == ["县文旅局", "县农业农村局"]


def test_an_unnumbered_table_naming_no_work_gives_no_tasks():
    r = _parse(
        "某县重点企业名单\n"
        "企业名称 | 所在镇街 | 联系电话\n"
        "某某机械有限公司 | 城关镇 | 12345678\n"
        "某某食品有限公司 | 河西镇 | 87654321\n"
    )
    assert r.tasks == []


def test_numbered_tables_keep_their_printed_numbers():
    r = _parse(
        "某县2024年重点工作任务清单\n"
        "序号 | 工作内容 | 牵头单位 | 完成时限\n"
        "3 | 推进老旧小区改造，完成改造小区30个 | 县住建局 | 2024年12月底\n"
        "4 | 新建停车泊位500个 | 县交通局 | 2024年10月底\n"
    )
    assert [t["path"] for t in r.tasks] == [["3"], ["4"]]
