"""Task tables flattened to text: each row a task, unit columns to units, persons never units,
the deadline column to the deadline, category cells to the path or the section."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.table_cells import align, cell_type, column_role, header


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="t.txt", is_text=True).tasks


def _by_path(text: str) -> dict[tuple[str, ...], dict]:
    return {tuple(t["path"]): t for t in _tasks(text)}


# ------------------------------------------------------------------ column roles

@pytest.mark.parametrize("head, role", [
    ("序号", "no"), ("编 号", "no"), ("工作任务", "content"), ("具体任务", "content"), ("目标任务", "content"),
    ("任务内容", "content"), ("牵头单位", "lead"), ("牵 头 部 门", "lead"), ("责任单位", "resp"),
    ("主要责任单位", "lead"), ("其他责任单位", "part"), ("配合单位", "part"), ("协同配合单位", "part"), ("完成时限", "deadline"),
    ("时间节点", "deadline"), ("责任领导", "leader"), ("分管领导", "leader"), ("牵头领导", "leader"),
    ("责任人", "leader"), ("进展情况", "progress"), ("1-9月完成情况", "progress"), ("评分部门", "other"),
    ("单位", "measure"), ("类别", "category"), ("事项分类", "category"),
    ("责任单位（列第一位的为牵头单位）", "resp"),
])
def test_column_roles_from_the_header_words(head, role):
    assert column_role(head) == role


def test_a_header_needs_numbers_or_content_and_a_unit_person_or_deadline_column():
    # (a numbered header naming the work heads one without such a column, a list of entities
    # never: tests/test_transform_structure_worktables.py)
    assert header(["序号", "企业名称", "所在镇街"]) is None          # a 公示 list, no task table
    assert header(["序号", "重点任务", "牵头单位"]) is not None
    assert header(["民生事项名称", "任务目标", "责任单位", "分管领导"]) is not None   # no 序号 column


@pytest.mark.parametrize("cell, kind", [
    ("县农业农村局", "unit"), ("区财政局、各街道办事处", "unit"), ("市商务局 市财政局", "unit"),
    ("各乡镇(街道)", "unit"), ("王建国", "person"), ("杨 宜", "person"), ("孙永峰 李先俊", "person"),
    ("2024年底前", "deadline"), ("6月底", "deadline"), ("全年", "deadline"), ("持续推进", "deadline"),
    ("万亩", "number"), ("≥2%", "number"), ("新建幼儿园3所。", "long"),
    ("对28所学校食堂安装监控平台。", "long"), ("献血屋建设", "short"),
])
def test_what_a_cell_looks_like(cell, kind):
    assert cell_type(cell) == kind


def test_cells_are_aligned_to_columns_by_what_they_look_like():
    roles = ["content", "leader", "lead", "part", "deadline"]
    # the person column is empty and the participating units are one per line
    kinds = [cell_type(c) for c in ("新建公园2个。", "县住建局", "县财政局", "各乡镇", "9月底前")]
    assert align(kinds, roles, sure=False) == [0, 2, 3, 3, 4]


# ------------------------------------------------------------------ renderings

def test_piped_rows_with_units_leader_and_deadline_columns():
    text = ("某县2024年重点工作任务分解表\n"
            "序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 | 责任领导\n"
            "1 | 新建标准化厂房10万平方米。 | 县工信局 | 县财政局、各乡镇 | 2024年10月底前 | 王建国\n"
            "2 | 实施技改项目30个。 | 县发改局 | 县工信局 | 12月底前 | 李明")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert tasks[0]["title"] == "新建标准化厂房10万平方米"
    assert tasks[0]["lead_units"] == ["县工信局"] and tasks[0]["participating_units"] == ["县财政局", "各乡镇"]
    assert all("王建国" not in u and "李明" not in u for t in tasks
               for u in t["lead_units"] + t["participating_units"])
    assert tasks[0]["deadline_text"] == "2024年10月底前"


def test_flat_cells_one_per_line_with_unit_lists_over_several_lines():
    text = ("某区2023年为民办实事项目\n序号\n项目名称\n建设内容\n牵头单位\n配合单位\n完成时间\n"
            "1\n学校扩容工程\n新建小学2所，新增学位1800个。\n区教育局\n区住建局\n区自然资源局\n2023年8月底前\n"
            "2\n社区卫生服务提升\n改造社区卫生服务站6个。\n区卫健委\n各街道办事处\n12月底前")
    by = _by_path(text)
    assert set(by) == {("1",), ("2",)}
    assert by[("1",)]["title"] == "学校扩容工程"
    assert by[("1",)]["lead_units"] == ["区教育局"]
    assert by[("1",)]["participating_units"] == ["区住建局", "区自然资源局"]
    assert by[("2",)]["participating_units"] == ["各街道办事处"]


def test_flat_cells_ending_in_a_pipe_with_a_person_column_and_progress_left_out():
    text = ("序号 |\n主要任务 |\n分管领导 |\n牵头单位 |\n协同单位 |\n1-6月推进情况 |\n"
            "7 |\n建成口袋公园12个。 |\n周志强 |\n市园林局 |\n各区政府 |\n已完成80%。 |\n"
            "8 |\n新增停车泊位3000个。 |\n周志强 |\n市城管局 |\n市公安局 |\n已建成1200个。 |")
    by = _by_path(text)
    assert set(by) == {("7",), ("8",)}
    assert by[("7",)]["lead_units"] == ["市园林局"] and by[("7",)]["participating_units"] == ["各区政府"]
    assert "80%" not in by[("7",)]["body"] and "周志强" not in str(by[("8",)]["lead_units"])


def test_space_separated_rows():
    text = ("序号 重点工作任务 责任领导 责任部门 完成期限\n"
            "1 推进园区标准化厂房建设，新建厂房5万平方米。 陈立新 经济发展局 2023年底前\n"
            "2 开展招商引资专项行动，引进亿元项目10个。 吴海 招商局 持续推进")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert tasks[0]["lead_units"] == ["经济发展局"] and tasks[1]["lead_units"] == ["招商局"]
    assert tasks[1]["deadline"] is None and tasks[1]["deadline_text"] == "持续推进"


def test_rows_without_a_header_between_pipe_lines():
    text = ("1\n|\n一、稳定粮食生产\n|\n粮食播种面积稳定在80万亩以上。\n|\n种植业科\n|\n刘芳\n|\n2024年底前\n|\n"
            "2\n|\n建设高标准农田3万亩。\n|\n农田建设科\n|\n赵磊\n|\n2024年底前\n|\n"
            "3\n|\n二、发展特色产业\n|\n新增省级龙头企业2家。\n|\n产业科\n|\n孙伟\n|\n2024年底前\n|")
    by = _by_path(text)
    assert set(by) == {("一", "1"), ("一", "2"), ("二", "3")}
    assert by[("一", "2")]["lead_units"] == ["农田建设科"]
    assert by[("二", "3")]["title"] == "新增省级龙头企业2家"


def test_numbered_category_rows_nest_under_the_heading_above_the_table():
    text = ("一、市政府重点工作任务\n序号 | 目标与任务 | 牵头单位 | 责任单位\n"
            "一、主要预期目标 | | |\n(1) | 地区生产总值增长6%左右。 | 市发改委 | 各区政府\n"
            "二、重点工作 | | |\n(2) | 新增市场主体1万户。 | 市市场监管局 | 各区政府")
    assert [t["path"] for t in _tasks(text)] == [["一", "一", "(1)"], ["一", "二", "(2)"]]


def test_table_headings_that_continue_the_outer_numbering_are_its_siblings():
    text = ("一、经济发展\n序号\n工作任务\n牵头单位\n完成时限\n1\n新建厂房5万平方米。\n县工信局\n10月底前\n"
            "二、民生保障\n2\n新增就业2000人。\n县人社局\n全年")
    assert [t["path"] for t in _tasks(text)] == [["一", "1"], ["二", "2"]]


def test_piped_table_goes_on_after_a_section_line_outside_it():
    text = ("一、产业\n序号 | 工作任务 | 牵头单位 | 完成时限\n1 | 培育规上企业5家。 | 县工信局 | 年底前\n"
            "二、民生\n2 | 新建养老服务站3个。 | 县民政局 | 9月底前")
    by = _by_path(text)
    assert set(by) == {("一", "1"), ("二", "2")}
    assert by[("二", "2")]["lead_units"] == ["县民政局"] and by[("二", "2")]["deadline_text"] == "9月底前"


def test_unnumbered_category_cells_spanning_rows_become_the_section():
    text = ("序号\n事项分类\n事项名称\n项目内容\n牵头单位\n协同单位\n"
            "1\n教育提质工程\n新建一批幼儿园\n新建幼儿园4所。\n县教体局\n各乡镇\n"
            "2\n校园食堂改造\n改造学校食堂12个。\n县教体局\n/\n"
            "3\n医疗惠民工程\n村卫生室标准化建设\n建设村卫生室30个。\n县卫健局\n各乡镇")
    by = _by_path(text)
    assert [by[(k,)]["title"] for k in ("1", "2", "3")] == ["新建一批幼儿园", "校园食堂改造", "村卫生室标准化建设"]
    assert [by[(k,)]["section"] for k in ("1", "2", "3")] == ["教育提质工程", "教育提质工程", "医疗惠民工程"]
    assert by[("2",)]["participating_units"] == []


def test_row_number_inside_the_content_cell_without_a_number_column():
    text = ("类别 | 民生事项名称 | 年度目标 | 责任单位 | 分管领导\n"
            "三、社会保障 | 9.提高城乡低保标准 | 城乡低保标准提高5%。 | 民政局 | 郑涛\n"
            "10.扩大长期护理保险覆盖 | 参保人数达到20万人。 | 医保局 | 郑涛")
    by = _by_path(text)
    assert set(by) == {("三", "9"), ("三", "10")}
    assert by[("三", "10")]["title"] == "扩大长期护理保险覆盖" and by[("三", "10")]["lead_units"] == ["医保局"]


def test_numbered_items_inside_a_content_cell_are_sub_tasks_sharing_the_row_units():
    text = ("序号 | 项目名称 | 具体任务 | 牵头单位 | 责任单位\n"
            "1 | 教育扩容工程 | ①新建小学2所。②改扩建初中3所。 | 区教体局 | 区国资公司 各有关街道(社区)")
    by = _by_path(text)
    assert set(by) == {("1", "①"), ("1", "②")}
    assert by[("1", "②")]["lead_units"] == ["区教体局"]
    assert by[("1", "②")]["participating_units"] == ["区国资公司", "各有关街道(社区)"]


def test_html_table_with_a_rowspan_category_and_a_cell_broken_by_br():
    page = ("<html><body><div><table>"
            "<tr><td>序号</td><td>类别</td><td>实事项目</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>"
            "<tr><td>1</td><td rowspan='2'>教育</td><td>新建公办幼儿园3所。</td><td>县教育局</td>"
            "<td>县住建局<br>县财政局</td><td>2024年9月</td></tr>"
            "<tr><td>2</td><td>改造农村薄弱学校10所。</td><td>县教育局</td><td></td><td>12月底前</td></tr>"
            "</table></div></body></html>")
    tasks = parse_document(page.encode("utf-8"), source="t.html").tasks
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert tasks[0]["participating_units"] == ["县住建局", "县财政局"]
    assert tasks[0]["deadline_text"] == "2024年9月" and [t["section"] for t in tasks] == ["教育", "教育"]


def test_a_list_that_is_no_task_table_stays_text():
    text = "拟认定名单如下：\n序号 | 企业名称 | 所在镇街\n1 | 某某食品有限公司 | 园艺街道\n2 | 某某农业公司 | 黄岗镇"
    assert _tasks(text) == []


def test_hostile_tables_stay_bounded():
    # a "header" of hundreds of columns is no task table; a row of hundreds of cells is aligned
    # for its first cells only (the alignment costs cells x columns^2)
    assert header(["序号"] + ["牵头单位", "工作任务"] * 100) is None
    kinds = ["unit", "long"] * 500
    cols = align(kinds, ["content", "lead", "part", "deadline"], sure=True)
    assert len(cols) == 1000 and cols[-1] == 3


def test_rows_numbered_with_chinese_numerals_in_annexes_numbered_so():
    text = ("各单位：现将清单印发给你们。\n附件一\n重点工作任务清单\n序号 | 工作任务 | 责任单位 | 完成时限\n"
            "一 | 建设城市书房10个。 | 县文旅局 | 10月底前\n二 | 开展全民健身活动50场。 | 县体育局 | 年内\n"
            "附表2\n民生实事清单\n序号 | 实事项目 | 牵头单位\n（一） | 新建公厕20座。 | 县城管局\n（二） | 改造农贸市场3个。 | 县商务局")
    by = _by_path(text)
    # both annexes hold tasks: each keeps its label as printed (EXTRACTION.md)
    assert set(by) == {("附件一", "一"), ("附件一", "二"), ("附表2", "(一)"), ("附表2", "(二)")}
    assert by[("附件一", "二")]["lead_units"] == ["县体育局"] and by[("附表2", "(二)")]["title"] == "改造农贸市场3个"


@pytest.mark.parametrize("text", [
    ("序号 | 工作任务 | 责任单位 | 完成时限\n | | 牵头单位 | 配合单位 |\n"
     "1 | 新建污水管网20公里。 | 县住建局 | 县财政局 | 10月底前\n2 | 改造农村公路30公里。 | 县交通局 | 各乡镇 | 年底前"),
    ("序号\n工作任务\n责任单位\n完成时限\n牵头单位\n配合单位\n"
     "1\n新建污水管网20公里。\n县住建局\n县财政局\n10月底前\n2\n改造农村公路30公里。\n县交通局\n各乡镇\n年底前"),
])
def test_a_header_on_two_rows_puts_its_sub_columns_under_their_column(text):
    tasks = _tasks(text)
    assert [(t["lead_units"], t["participating_units"]) for t in tasks] == [
        (["县住建局"], ["县财政局"]), (["县交通局"], ["各乡镇"])]
    assert [t["deadline_text"] for t in tasks] == ["10月底前", "年底前"]


def test_figures_keep_their_measure_and_unnamed_columns_stay_in_the_task_text():
    # a goal cell spans the indicator rows below it (it is empty in most rows)
    text = ("序号\n考核指标\n考核内容\n单位\n年度目标\n责任部门\n"
            "1\n稳定粮食生产\n粮食播种面积\n万亩\n12.5\n县农业农村局\n"
            "2\n生猪存栏\n万头\n8\n县农业农村局\n3\n蔬菜产量\n万吨\n30\n县农业农村局\n"
            "4\n强化监管\n农产品抽检合格率\n%\n≥98%\n县市场监管局\n5\n抽检批次\n批次/千人\n4\n县市场监管局")
    tasks = _tasks(text)
    assert [t["title"] for t in tasks] == ["粮食播种面积", "生猪存栏", "蔬菜产量", "农产品抽检合格率", "抽检批次"]
    assert "12.5万亩" in tasks[0]["body"] and "8万头" in tasks[1]["body"] and "≥98%" in tasks[3]["body"]
    assert [t["section"] for t in tasks] == ["稳定粮食生产"] * 3 + ["强化监管"] * 2
    projects = ("序号 | 项目名称 | 总投资 | 建设单位 | 完成时限\n"
                "1 | 城南污水处理厂 | 2.5亿元 | 县城投公司 | 2024年底\n2 | 人民医院新院区 | 6亿元 | 县卫健局 | 2025年6月")
    tasks = _tasks(projects)
    assert "总投资：2.5亿元" in tasks[0]["body"] and tasks[1]["lead_units"] == ["县卫健局"]


def test_header_cells_broken_over_lines_and_a_progress_column_left_out():
    text = ("序号\n重点工作\n责任\n领导\n责任\n科室\n攻坚目标\n任务\n工作安排\n第二季度\n完成情况\n"
            "1\n老旧小区改造\n陈明\n城建办\n完成改造小区5个。\n推进管网更新。\n已完成改造2个，进度达40%。\n"
            "2\n美丽乡村建设\n刘洋\n农业办\n创建示范村3个。\n开展环境整治。\n已投资800万元。")
    tasks = _tasks(text)
    assert [t["title"] for t in tasks] == ["老旧小区改造", "美丽乡村建设"]
    assert [t["lead_units"] for t in tasks] == [["城建办"], ["农业办"]]
    assert all("已完成" not in t["body"] and "已投资" not in t["body"] for t in tasks)
    assert all("陈明" not in t["lead_units"] for t in tasks)


def test_a_column_of_investment_completed_so_far_is_progress():
    text = ("序号 | 项目名称 | 建设内容 | 总投资 | 至2023年底累计完成投资 | 1-6月完成投资 | 责任单位\n"
            "1 | 城东学校新建工程 | 新建教学楼2幢，可提供学位1200个 | 8000 | 3000 | 1500 | 县教育局\n"
            "2 | 城区供水管网改造工程 | 改造供水管网12公里 | 2600 | 900 | 400 | 县水务集团")
    tasks = parse_document(text, source="t.txt", is_text=True).tasks
    assert [t["lead_units"] for t in tasks] == [["县教育局"], ["县水务集团"]]
    # the year in a progress header is no deadline, and its figures are no commitments
    assert [t["deadline"] for t in tasks] == [None, None]
    assert all("累计完成" not in t["body"] and "1-6月完成" not in t["body"] for t in tasks)


def test_category_rows_whose_empty_cells_were_dropped_stay_in_the_table():
    # a "|" table whose category rows lost their empty cells in the rendering
    text = ("一、县政府重点工作任务\n序号 | 目标与任务 | 牵头单位 | 责任单位\n一、主要预期目标\n"
            "(1) | 地区生产总值增长6%以上。 | 县发改局 | 各乡镇\n(2) | 一般公共预算收入增长5%。 | 县财政局 | 各乡镇\n"
            "二、重点工作\n（一）扩大有效投资\n1 | 实施重点项目。\n(3) | 新开工亿元以上项目20个。 | 县发改局 | 县直有关部门")
    by = _by_path(text)
    assert set(by) == {("一", "一", "(1)"), ("一", "一", "(2)"), ("一", "二", "(一)", "1", "(3)")}
    assert by[("一", "二", "(一)", "1", "(3)")]["lead_units"] == ["县发改局"]


def test_numbered_piped_rows_without_a_header():
    # the header row was lost; a unit cell broken over lines inside its row
    text = ("1 | 一、稳定经济增长 | 全年地区生产总值增长6%。 | 县发改局 | 张三 | 2024年底前\n"
            "2 | 新增规上工业企业15家。 | 县工信局 | 李四 | 2024年底前\n"
            "3 | 二、办好民生实事 | 新建公办幼儿园3所。 | 县教体局\n县住建局 | 王五 | 2024年9月底前\n"
            "4 | 改造农村公路50公里。 | 县交通局 | 赵六 | 2024年11月底前")
    by = _by_path(text)
    assert set(by) == {("一", "1"), ("一", "2"), ("二", "3"), ("二", "4")}
    assert by[("二", "3")]["lead_units"] == ["县教体局", "县住建局"]
    assert by[("一", "2")]["deadline_text"] == "2024年底前"
    assert all("张三" not in t["lead_units"] for t in by.values())


def test_a_flat_table_whose_cells_end_in_a_bar_keeps_its_unknown_columns():
    # one cell per line, each closed by " |": 建设地点 and 年度投资 are columns of their own
    text = ("序号 |\n项目名称 |\n建设地点 |\n建设时间 |\n2024年建设内容 |\n年度投资 (万元) |\n责任单位 |\n|\n"
            "1 |\n城南小学扩建项目 |\n城南街道 |\n2024 |\n新建教学楼1栋，新增学位900个。 |\n2600 |\n县教育局 |\n|\n"
            "2 |\n清水县2024年老旧小区改造项目 |\n城关镇 |\n2024 |\n改造老旧小区6个，惠及居民1200户。 |\n1800 |\n县住建局 |\n|\n"
            "3 |\n农村公路提升工程 |\n河口镇、石桥镇 |\n2024 |\n改造农村公路40公里。 |\n3000 |\n县交通局 |\n|")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"], ["3"]]
    assert [t["title"] for t in tasks] == ["城南小学扩建项目", "清水县2024年老旧小区改造项目", "农村公路提升工程"]
    assert [t["lead_units"] for t in tasks] == [["县教育局"], ["县住建局"], ["县交通局"]]
    assert [str(t["deadline"]) for t in tasks] == ["2024-12-31"] * 3


@pytest.mark.parametrize("cell, kind", [
    ("清水县2024年老旧小区改造项目", "long"),   # a name that holds a year is no deadline
    ("2024年12月底前完成", "deadline"),
    ("9月投入使用", "deadline"),
    ("2024年10月—12月", "deadline"),
])
def test_a_deadline_cell_is_mostly_its_time(cell, kind):
    assert cell_type(cell) == kind


def test_a_flat_header_with_bars_of_empty_cells_between_its_cells():
    text = ("序号 |\n重点任务 |\n||\n牵头单位 |\n配合单位 |\n|||\n完成时限 |\n||||\n"
            "1 |\n新建城市书房5个。 |\n县文旅局 |\n各街道 |\n2024年10月 |\n|\n"
            "2 |\n改造提升农贸市场3个。 |\n县商务局 |\n县市场监管局 |\n2024年12月 |\n|")
    tasks = _tasks(text)
    assert [t["lead_units"] for t in tasks] == [["县文旅局"], ["县商务局"]]
    assert [t["participating_units"] for t in tasks] == [["各街道"], ["县市场监管局"]]
    assert [t["deadline_text"] for t in tasks] == ["2024年10月", "2024年12月"]
