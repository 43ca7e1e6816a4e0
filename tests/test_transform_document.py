"""parse_document end to end on the fixture pages: rows in contract form, ids, is_plan, failures."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transform.document import make_doc_id, parse_document
from transform.tables import build_tables
from warehouse.contract import table

FIX = Path(__file__).parent / "fixtures" / "transform"


def _parse(name: str):
    return parse_document((FIX / name).read_bytes(), source=name, is_text=name.endswith(".txt"))


def test_hanweb_page_metadata_tasks_units():
    p = _parse("hanweb_plan.html")
    d = p.document
    assert d["title"] == "单县人民政府办公室关于印发单县2024年农业农村重点工作任务的通知"
    assert d["plan_title"] == "单县2024年农业农村重点工作任务"
    assert d["doc_number"] == "单政办字〔2024〕5号"
    assert d["publish_date"] == date(2024, 3, 5) and d["written_date"] == date(2024, 3, 1)
    assert (d["plan_start_year"], d["plan_end_year"]) == (2024, 2024)
    assert d["issuer"] == "单县人民政府办公室" and d["is_plan"] is True
    assert [t["path"] for t in p.tasks] == [["一", "1"], ["一", "2"], ["二", "3"], ["二", "4"]]
    assert p.tasks[0]["participating_units"] == ["县财政局", "各乡镇（街道）"]
    assert p.tasks[1]["lead_units"] == ["县农业农村局"]
    assert p.tasks[2]["participating_units"] == ["市生态环境局单县分局", "各乡镇（街道）"]
    assert p.tasks[3]["participating_units"] == []        # 责任领导 is a person
    assert all(t["task_id"] == d["doc_id"] + "/" + "/".join(t["path"]) for t in p.tasks)


def test_section_heading_units_are_inherited_and_first_listed_rule():
    p = _parse("trs_plan_lying_meta.html")
    by = {tuple(t["path"]): t for t in p.tasks}
    assert by[("二", "(二)", "3")]["lead_units"] == ["市发展和改革局"]
    assert by[("二", "(一)", "2")]["lead_units"] == ["市市场监督管理局"]
    assert by[("二", "(一)", "1", "(1)")]["lead_units"] == ["市行政审批服务局"]
    assert p.document["publish_date"] == date(2023, 11, 20)     # <meta publishdate>


def test_multi_style_text_plan():
    p = _parse("multi_style_plan.txt")
    paths = [tuple(t["path"]) for t in p.tasks]
    assert ("二", "(三)", "4", "①") in paths and ("二", "(五)", "二是") in paths
    assert ("附件1", "一", "1") in paths
    ids = [t["task_id"] for t in p.tasks]
    assert len(ids) == len(set(ids))                    # restarted numbering still gives unique keys
    unit_rows = [u for u in p.task_units if u["unit"] == "区住房和城乡建设局"]
    assert unit_rows and unit_rows[0]["canonical"] == "区住房和城乡建设局"     # the level is kept


def test_table_pages_html_and_flat_text():
    p = _parse("table_plan.html")
    assert [t["path"] for t in p.tasks] == [["1"], ["2"], ["3"]]
    assert p.tasks[2]["lead_units"] == ["县文化和旅游局", "县财政局"]
    p = _parse("flat_table_plan.txt")
    assert [t["lead_units"] for t in p.tasks] == [["县工业和信息化局"]] * 3
    assert p.tasks[1]["participating_units"] == ["县发展和改革局", "县财政局"]
    assert p.document["publish_date"] == date(2024, 4, 2)


def test_non_plan_notice_has_no_tasks_and_says_why():
    p = _parse("holiday_notice.html")
    assert p.document["is_plan"] is False and p.tasks == [] and "not a plan" in p.document["parse_note"]


def test_unreadable_page_gives_a_row_with_a_reason():
    for content in (b"", b"\xff\xfe\x00\x00garbage", "<html><body><div>只有一句话</div></body></html>"):
        p = parse_document(content, source="x.html")
        assert p.tasks == [] and p.document["parse_note"] and p.document["n_tasks"] == 0


def test_ids_are_stable_and_content_hash_follows_content():
    a = parse_document((FIX / "hanweb_plan.html").read_bytes(), source="x", url="HTTP://Www.A.gov.cn/art/1.html#top")
    b = parse_document((FIX / "hanweb_plan.html").read_bytes(), source="y", url="http://www.a.gov.cn/art/1.html")
    assert a.document["doc_id"] == b.document["doc_id"] == make_doc_id("", "http://www.a.gov.cn/art/1.html")
    assert [t["target_id"] for t in a.targets] == [t["target_id"] for t in b.targets]
    changed = (FIX / "hanweb_plan.html").read_text(encoding="utf-8").replace("150", "160").encode()
    c = parse_document(changed, source="x", url="http://www.a.gov.cn/art/1.html")
    assert c.document["content_sha256"] != a.document["content_sha256"]


def test_build_tables_uses_the_contract():
    parsed = [_parse(n) for n in ("hanweb_plan.html", "multi_style_plan.txt", "holiday_notice.html")]
    tables = build_tables(parsed)
    for name, frame in tables.items():
        assert frame.columns == table(name).column_names
    assert tables["documents"].height == 3
    assert tables["tasks"]["task_id"].n_unique() == tables["tasks"].height


_CHUNKS = st.sampled_from([
    "一、", "（一）", "1.", "1、", "（1）", "①", "一是", "二是", "牵头单位：", "配合单位：", "责任领导：", "县发改局",
    "、", "；", "。", "（", "）", "【", "】", "到2025年", "达到", "100", "亿元", "%", "以上", "\n", "附件1\n",
    "<p>", "</p>", "<div id='zoom'>", "</div>", "<table><tr><td>", "</td><td>", "</td></tr></table>", "<br>",
    "序号\n", "索 引 号:", "发布日期：", "2023年7月31日", "2026-02-00018", "|", "<span>", "</span>", "<!--", "-->",
    "<script>", "</script>", "\x00", "\ufffd", "《", "》", "关于印发", "的通知",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_CHUNKS, st.text(max_size=8)), max_size=60), st.booleans())
def test_fuzz_random_pages_never_raise(parts, is_text):
    content = "".join(parts)
    p = parse_document(content.encode("utf-8", "surrogatepass") if not is_text else content, source="f",
                       is_text=is_text)
    assert p.document["doc_id"] and p.document["content_sha256"]
    assert not (p.document.get("parse_note") or "").startswith("parser error")
    build_tables([p])


def test_chapters_running_numbering_and_unit_label_variants():
    p = _parse("chapter_measures.txt")
    d = p.document
    assert d["doc_number"] == "佛府办〔2023〕7号" and d["publish_date"] == date(2023, 5, 8)
    assert d["plan_title"] == "佛山市促进消费扩容提质若干措施"
    by = {tuple(t["path"]): t for t in p.tasks}
    assert set(by) == {("第一章", "一", "(一)"), ("第一章", "一", "(二)"), ("第一章", "二", "(三)"),
                       ("第二章", "一", "(四)")}
    assert by[("第一章", "一", "(一)")]["lead_units"] == ["市商务局", "市财政局", "各区人民政府"]
    assert by[("第一章", "一", "(二)")]["participating_units"] == ["市商务局", "市税务局"]     # 主办/协办
    assert by[("第一章", "二", "(三)")]["lead_units"] == ["市住房城乡建设局", "人行佛山市中心支行"]
    assert by[("第二章", "一", "(四)")]["participating_units"] == ["市市场监管局"]           # 协同单位
    assert by[("第二章", "一", "(四)")]["section"] == "培育新型消费"


def test_table_with_first_listed_lead_column():
    html = ("<html><body><div id='zoom'><p>某县2024年重点任务</p><table>"
            "<tr><td>序号</td><td>工作任务</td><td>责任单位（列第一位的为牵头单位）</td></tr>"
            "<tr><td>1</td><td>新建污水处理厂1座。</td><td>县住建局、县财政局、县环保局</td></tr>"
            "<tr><td>2</td><td>改造管网20公里。</td><td>县住建局</td></tr></table></div></body></html>")
    p = parse_document(html, source="t.html")
    assert p.tasks[0]["lead_units"] == ["县住建局"]
    assert p.tasks[0]["participating_units"] == ["县财政局", "县环保局"]


def test_text_rendering_chrome_is_not_body():
    text = ("首页 > 政务公开 > 正文\n【字体：大 中 小】 打印本页 关闭窗口\n浏览次数：123\n"
            "某县2024年重点任务\n一、产业\n1.新建园区1个。（牵头单位：县工信局）\n打印本页 关闭窗口\n"
            "相关链接\n1.关于做好春耕工作的通知\n2.关于印发某方案的通知")
    p = parse_document(text, source="c.txt", is_text=True)
    assert p.document["body_text"].splitlines()[0] == "某县2024年重点任务"
    assert [t["path"] for t in p.tasks] == [["一", "1"]]


MEETING = """某县人民政府办公室关于召开全县安全生产工作会议的通知
各镇人民政府，县政府各部门：
经县政府同意，定于近期召开全县安全生产工作会议。现将有关事项通知如下：
一、会议时间
2024年3月5日上午9:00，会期半天。
二、会议地点
县政府第一会议室。
三、参会人员
各镇镇长，县政府各部门主要负责同志。
某县人民政府办公室
2024年3月1日
"""

PROCUREMENT = """某县自然资源和规划局城区道路照明设施维修项目询价公告
一、项目基本情况
项目编号：ZX2024-018，预算金额：36万元。
二、申请人的资格要求
具有独立承担民事责任的能力。
三、获取采购文件
2024年3月1日至3月8日。
"""

WORK_NOTICE = """某县人民政府办公室关于做好2024年秋季森林防灭火工作的通知
一、压实防火责任。各镇要落实属地责任，全县建成专业扑火队伍12支。（牵头单位：县应急管理局）
二、加强火源管控。重点时段巡护覆盖率达到100%。（牵头单位：县林业局）
三、强化应急准备。储备扑火物资不少于500套。（牵头单位：县应急管理局）
"""


@pytest.mark.parametrize("text,expected", [(MEETING, False), (PROCUREMENT, False), (WORK_NOTICE, True)],
                         ids=["meeting-notice", "procurement-from-a-planning-bureau", "work-notice-with-targets"])
def test_is_plan_needs_a_plan_title_or_real_work(text, expected):
    p = parse_document(text, source="notice.txt", is_text=True)
    assert p.document["is_plan"] is expected
    if expected:
        assert p.tasks and p.targets
