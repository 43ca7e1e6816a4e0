"""Round 40f: structure, the tail round 40 left.

- 壹、貳、參、 sections of a Taiwan plan are the outer path level, labelled as printed
  (`transform.numbering._formal_marker`); lists such as "陆、海、空" are none.
- A signature dated with the ROC year ("中華民國114年2月10日") under the last item ends it: its
  signer is no unit of that item (`transform.tree._SIGNATURE_DATE`).
- A 政策问答's numbered questions ("1.…是什么？") are no items (`transform.tree._questions`).
- Glued rows whose unit cell comes before the deadline ("序号工作任务责任单位完成时限" /
  "1开展燃气安全隐患排查镇安监站2025年6月底"): the unit is the run of names before the date
  (`transform.glued_rows._unit_start`).
- A task table without a content column (序号 | 所包村 | 包联县领导 | 责任单位) names each row by its
  first column after the number: the village, never its head "所包村" (`transform.table_rows`).
- A glued table header ("序号工作任务责任单位完成时限") opens the rows below it: none of them is the
  plan's heading (`transform.headings.plan_heading`).
- A table laid out by single spaces whose 序号 row holds only a heading ("1 扩大有效投资") and whose
  sub-items follow on rows of their own ("（1）加快… 县发展改革局 2025年6月底"): each sub-item is a task
  under the number (`transform.texttables._sub_item_row`).
- A spaced row whose cells a PDF wrapped one per line ("1 组织企业参加境外展会" / "县商务局（牵头）、
  县财政局" / "2025年10月底"): the unit and deadline lines are cells of the row, never glued onto its
  task (`transform.table_wraps.spaced_wrap`, `transform.texttables._closing_cells`).
- A laid-out row with more pieces than its header has heads, a unit cell holding two names two
  spaces apart: each piece goes under the head it starts under (`texttables._cells_by_position`).
- A header on one line (tabs, spaces or bars) over rows printed a cell a line ("1" / "组织…" /
  "县商务局（牵头）、县财政局" / "2025年10月底"): the rows are read as a flat table's
  (`texttables._number_alone`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.glued_rows import glued_rows
from transform.headings import plan_heading
from transform.numbering import match_marker
from transform.texttables import _cells_by_position


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _tasks(text: str) -> list[tuple[tuple[str, ...], str, list[str], list[str]]]:
    return [
        (tuple(t["path"]), t["title"], list(t["lead_units"]), list(t["participating_units"]))
        for t in _doc(text).tasks
    ]


# --- 壹、貳、參、 sections ----------------------------------------------------------------------

_FORMAL_TRAD = """東山市114年度智慧交通推動計畫
壹、計畫目標
提升交通服務品質。
貳、推動策略
一、建置智慧停車系統。（主辦單位：交通處）
二、推動公車動態資訊整合。（主辦單位：交通處；協辦單位：資訊處）
參、經費來源
由本府相關預算支應。
"""

_FORMAL_PAREN = """南岸縣114年度食品安全管理計畫
壹、目標
確保食品安全。
貳、工作項目
（一）加強市售食品抽驗。（主辦單位：衛生局）
（二）辦理業者衛生講習。（主辦單位：衛生局）
參、管考
（一）按季追蹤執行進度。（主辦單位：計畫處）
"""

_FORMAL_SIMPLIFIED = """某县2025年档案工作要点
壹、总体要求
做好档案工作。
贰、重点任务
一、推进档案数字化。（牵头单位：县档案馆）
二、加强档案安全检查。（牵头单位：县档案馆）
"""

_FORMAL_SPACE = """西嶺縣114年度防災計畫
壹 、計畫目標
降低災害損失。
貳 、執行項目
一、辦理防災演練。（主辦單位：消防局）
二、更新避難收容處所。（主辦單位：社會處）
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_FORMAL_TRAD, [("貳", "一"), ("貳", "二")]),
        (_FORMAL_PAREN, [("貳", "(一)"), ("貳", "(二)"), ("參", "(一)")]),
        (_FORMAL_SIMPLIFIED, [("贰", "一"), ("贰", "二")]),
        (_FORMAL_SPACE, [("貳", "一"), ("貳", "二")]),
    ],
)
def test_formal_numeral_sections_are_a_path_level(text, want):
    assert [t[0] for t in _tasks(text)] == want


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("壹、計畫目標", 1),
        ("貳、推動策略", 2),
        ("參．經費來源", 3),
        ("拾壹、附則", 11),
        ("贰拾、其他事项", 20),
    ],
)
def test_formal_marker_reads_its_number(line, number):
    mk = match_marker(line)
    assert mk is not None and mk.kind == "chap" and mk.number == number


@pytest.mark.parametrize(
    "line",
    [
        "陆、海、空三军联合演练",
        "伍、陆两村联合开展",
        "壹号院项目建设",
        "拾金不昧好人好事",
        "肆意破坏公共设施",
    ],
)
def test_formal_numerals_in_text_are_no_marker(line):
    assert match_marker(line) is None


# --- a ROC signature date under the last item ----------------------------------------------------

_ROC_SIGNED = """新豐縣113年度長期照顧服務推動計畫
一、擴充社區照顧關懷據點。（主辦單位：社會處）
二、強化長照人力培訓。（主辦單位：衛生局）
新豐縣政府
中華民國114年2月10日
"""

_ROC_SIGNED_SHORT = """海濱市114年度青年就業促進計畫
一、辦理青年職涯講座。（主辦單位：勞工局）
二、推動青年創業貸款。（主辦單位：經發局）
海濱市政府勞工局
民國114年3月5日
"""

_ROC_SIGNED_SIMPLIFIED = """某县114年度社区营造计划
一、培育社区营造人才。（主办单位：文化局）
二、推动社区文化活动。（主办单位：文化局）
某县政府
中华民国114年4月1日
"""


@pytest.mark.parametrize(
    ("text", "unit"),
    [(_ROC_SIGNED, "衛生局"), (_ROC_SIGNED_SHORT, "經發局"), (_ROC_SIGNED_SIMPLIFIED, "文化局")],
)
def test_roc_signature_date_ends_the_last_item(text, unit):
    assert _tasks(text)[-1][2] == [unit]


_ROC_IN_TEXT = """北港鎮114年度節能計畫
一、汰換老舊路燈。（主辦單位：建設課）
二、推動公有建築節能改善，自中華民國114年3月1日起辦理。（主辦單位：鎮公所）
"""


def test_roc_date_inside_an_item_stays_its_text():
    tasks = _tasks(_ROC_IN_TEXT)
    assert len(tasks) == 2 and tasks[-1][2] == ["鎮公所"]


def test_last_unit_line_over_a_roc_date_stays_the_items():
    text = "某縣114年度計畫\n一、辦理講習。\n主辦單位：教育處\n二、辦理評鑑。\n主辦單位：教育處\n中華民國114年5月2日\n"
    assert [t[2] for t in _tasks(text)] == [["教育處"], ["教育處"]]


# --- numbered questions of a 政策问答 -----------------------------------------------------------

_QA_DOTS = """《清溪县2025年支持民营经济发展若干措施》政策问答
1.《若干措施》的出台背景是什么？
为激发民营经济活力，县发展改革局牵头起草了《若干措施》。
2.企业如何申请贷款贴息？
向县财政局提出申请，由县发展改革局会同县财政局审核。
3.政策的有效期是多久？
自印发之日起施行。
"""

_QA_SECTIONS = """《南湖市稳就业若干措施》政策解读
一、《若干措施》适用于哪些对象？
在本市注册的各类企业和高校毕业生。
二、一次性扩岗补助如何申请？
企业通过市人社局网上办事大厅提交申请。
"""

_QA_PARENS = """某区2025年惠企政策问答
（一）哪些企业可以享受房租补贴?
在本区注册且正常经营的小微企业。
（二）补贴标准是多少?
按实际租金的30%给予补贴。
"""


@pytest.mark.parametrize("text", [_QA_DOTS, _QA_SECTIONS, _QA_PARENS])
def test_numbered_questions_are_no_items(text):
    assert _tasks(text) == []


_PLAN_WITH_A_QUESTION = """某县2025年群众满意度提升方案
一、如何提升群众满意度？
1.开展政务服务“好差评”。（牵头单位：县政务服务中心）
2.推进12345热线提质增效。（牵头单位：县政务服务中心）
二、强化督查考核。（牵头单位：县委督查室）
"""

_PLAN_QUESTION_AND_WORK = """某镇2025年工作安排
1.群众反映的问题解决了吗？开展回头看。（牵头单位：镇信访办）
2.推进矛盾纠纷排查化解。（牵头单位：镇综治中心）
"""


def test_a_question_heading_among_work_stays_numbered():
    assert [t[0] for t in _tasks(_PLAN_WITH_A_QUESTION)] == [("一", "1"), ("一", "2"), ("二",)]


def test_items_that_ask_and_work_stay_items():
    assert [t[0] for t in _tasks(_PLAN_QUESTION_AND_WORK)] == [("1",), ("2",)]


# --- glued rows: the unit cell before the deadline -----------------------------------------------

_GLUED_TOWN = """南坪镇2025年安全生产专项整治任务清单
序号工作任务责任单位完成时限
1开展燃气安全隐患排查镇安监站2025年6月底
2整治电动自行车违规充电镇综合执法队2025年8月底
3推进自建房安全专项整治镇规划建设办2025年10月底
"""

_GLUED_COUNTY = """东林县2025年优化营商环境攻坚任务表
序号重点任务牵头单位完成时间
1推行涉企经营许可一件事办理县政务服务中心、县市场监管局2025年6月
2开展涉企收费专项清理县发展改革局2025年9月
3建立企业诉求直达机制县工商联2025年12月
"""

_GLUED_CITY = """江北市2025年城市管理提升任务表
序号工作任务责任单位完成时限
1推进县城区污水处理厂建设市住房和城乡建设局年底前
2开展背街小巷环境整治市城管局10月底前
3实施城市照明节能改造市城市管理局年底前
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _GLUED_TOWN,
            [
                ("开展燃气安全隐患排查", ["镇安监站"]),
                ("整治电动自行车违规充电", ["镇综合执法队"]),
                ("推进自建房安全专项整治", ["镇规划建设办"]),
            ],
        ),
        (
            _GLUED_COUNTY,
            [
                ("推行涉企经营许可一件事办理", ["县政务服务中心", "县市场监管局"]),
                ("开展涉企收费专项清理", ["县发展改革局"]),
                ("建立企业诉求直达机制", ["县工商联"]),
            ],
        ),
        (
            _GLUED_CITY,
            [
                ("推进县城区污水处理厂建设", ["市住房和城乡建设局"]),
                ("开展背街小巷环境整治", ["市城管局"]),
                ("实施城市照明节能改造", ["市城市管理局"]),
            ],
        ),
    ],
)
def test_glued_row_unit_before_deadline(text, want):
    assert [(t[1], t[2]) for t in _tasks(text)] == want


def test_glued_row_without_a_unit_before_its_date_stays_whole():
    lines = ["序号工作任务责任单位完成时限", "1.完成农村改厕300户2025年6月底"]
    assert glued_rows(lines) == lines


def test_glued_row_whose_tail_is_task_text_stays_whole():
    lines = ["序号工作任务责任单位完成时限", "1.推进县城区污水处理厂建设2025年6月底"]
    assert glued_rows(lines) == lines


def test_glued_header_with_deadline_last_reads_spaced_rows_as_before():
    text = "某县2025年任务表\n序号 工作任务 责任单位 完成时限\n1 开展燃气安全排查 县应急局 2025年6月底\n"
    assert [(t[1], t[2]) for t in _tasks(text)] == [("开展燃气安全排查", ["县应急局"])]


# --- a 包村 table without a work column: the row's first column names it -----------------------

_BAOCUN_TAB = "某县2025年县级领导包村安排表\n序号\t所包村\t包联县领导\t责任单位\n" + "".join(
    f"{i}\t{v}\t{p}\t{u}\n"
    for i, v, p, u in [
        (1, "城关镇东关村", "王某", "县发改局"),
        (2, "石门乡石门村", "赵某", "县水利局"),
        (3, "河口村", "李某", "县林业局"),
    ]
)
_BAOPIAN_PIPE = "某市2025年市领导包片联系表\n| 序号 | 所包片区 | 包片市领导 | 责任单位 |\n" + "".join(
    f"| {i} | {v} | {p} | {u} |\n"
    for i, v, p, u in [
        (1, "城东片区", "陈某", "市住建局"),
        (2, "城西片区", "周某", "市工信局"),
        (3, "北部山区", "吴某", "市林业局"),
    ]
)
_BAOCUN_SPACES = "某镇2025年镇领导包村表\n序号  联系村  包村领导  责任单位\n" + "".join(
    f"{i}  {v}  {p}  {u}\n"
    for i, v, p, u in [
        (1, "上河村", "刘某", "镇农办"),
        (2, "下河村", "孙某", "镇社事办"),
        (3, "中坪村", "郑某", "镇林业站"),
    ]
)


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (_BAOCUN_TAB, ["城关镇东关村", "石门乡石门村", "河口村"]),
        (_BAOPIAN_PIPE, ["城东片区", "城西片区", "北部山区"]),
        (_BAOCUN_SPACES, ["上河村", "下河村", "中坪村"]),
    ],
)
def test_row_without_content_is_named_by_its_first_column(text, titles):
    assert [t[1] for t in _tasks(text)] == titles


def test_row_with_a_work_column_is_named_by_its_work():
    text = "某县2025年包村安排\n序号\t所包村\t包联县领导\t责任单位\t工作任务\n" + "".join(
        f"{i}\t{v}\t王某\t县农业农村局\t{w}\n"
        for i, v, w in [
            (1, "东坪村", "发展特色种植产业"),
            (2, "西岭村", "推进农村公路提档升级"),
            (3, "南沟村", "实施供水工程"),
        ]
    )
    assert [t[1] for t in _tasks(text)] == ["发展特色种植产业", "推进农村公路提档升级", "实施供水工程"]


def test_unnamed_column_after_the_work_stays_a_labelled_extra():
    text = "某县2025年项目表\n序号\t项目名称\t总投资\t责任单位\n" + "".join(
        f"{i}\t{w}\t{m}亿元\t县发改局\n"
        for i, w, m in [(1, "建设物流园", 5), (2, "建设污水厂", 2), (3, "改造老旧小区", 1)]
    )
    assert [t[1] for t in _tasks(text)] == ["建设物流园", "建设污水厂", "改造老旧小区"]


# --- a glued table header opens its rows: no row is the plan's heading ---------------------------


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (
            [
                "南坪镇2025年安全生产专项整治任务清单",
                "序号工作任务责任单位完成时限",
                "1开展燃气安全隐患排查镇安监站2025年6月底",
                "2推进自建房安全专项整治镇规划建设办2025年10月底",
            ],
            "南坪镇2025年安全生产专项整治任务清单",
        ),
        (
            [
                "东林县2025年优化营商环境攻坚任务表",
                "序号重点任务牵头单位完成时间",
                "1开展涉企收费专项清理县发展改革局2025年9月",
                "2实施营商环境提升行动方案宣传县委宣传部2025年6月",
            ],
            "东林县2025年优化营商环境攻坚任务表",
        ),
        (
            [
                "某区2025年城市管理工作方案",
                "序号重点任务目标要求完成时限责任单位",
                "1背街小巷改造改造背街小巷25条2025年10月底区城管局",
                "2开展市容环境专项整治行动整治店外经营2025年8月底区城管局",
            ],
            "某区2025年城市管理工作方案",
        ),
    ],
)
def test_glued_rows_are_never_the_plan_heading(lines, want):
    assert plan_heading(lines) == want


def test_spaced_header_keeps_the_heading_above_it():
    lines = ["某县2025年农村公路建设实施方案", "序号 工作任务 责任单位", "1 改造县道 县交通局"]
    assert plan_heading(lines) == "某县2025年农村公路建设实施方案"


def test_heading_after_a_glued_header_line_in_prose_is_still_read():
    lines = ["某县2025年农村公路建设实施方案", "一、改造县道。（牵头单位：县交通局）"]
    assert plan_heading(lines) == "某县2025年农村公路建设实施方案"


# --- sub-item rows under a 序号 row of a single-spaced table -------------------------------------

_SUB_PAREN = """某县2025年扩大内需任务表
序号 工作任务 责任单位 完成时限
1 扩大有效投资
（1）加快重点项目开工建设 县发展改革局 2025年6月底
（2）争取超长期特别国债项目 县财政局 2025年9月底
2 促进消费回升
（1）开展家电以旧换新活动 县商务局 2025年12月底
"""

_SUB_HALF = """某市2025年城市更新任务表
序号 重点任务 牵头单位 完成时间
1 老旧小区改造
(1)完成小区管网改造 市住建局 2025年10月
(2)加装电梯 市住建局 2025年12月
2 城市燃气管道更新
(1)更新老化燃气管道 市城管局 2025年11月
"""

_SUB_TOWN = """某镇2025年人居环境整治任务表
序号 工作任务 责任单位 完成时限
1 村庄清洁
（1）清理河道垃圾 镇水利站 2025年5月底
（2）拆除残垣断壁 镇村建办 2025年8月底
2 厕所改造
（1）新建公厕 镇农业服务中心 2025年9月底
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_SUB_PAREN, [("1", "(1)"), ("1", "(2)"), ("2", "(1)")]),
        (_SUB_HALF, [("1", "(1)"), ("1", "(2)"), ("2", "(1)")]),
        (_SUB_TOWN, [("1", "(1)"), ("1", "(2)"), ("2", "(1)")]),
    ],
)
def test_sub_item_rows_are_tasks_under_their_number(text, want):
    tasks = _tasks(text)
    assert [t[0] for t in tasks] == want
    assert all(t[2] and " " not in t[1] for t in tasks)


def test_wrapped_row_without_a_sub_item_mark_still_joins():
    text = "某县2025年任务表\n序号 工作任务 责任单位 完成时限\n1 改造提升\n乡镇卫生院3所 县卫生健康局 2025年12月\n2 新建公厕 县农业农村局 2025年9月\n"
    tasks = _tasks(text)
    assert [t[0] for t in tasks] == [("1",), ("2",)] and tasks[0][2] == ["县卫生健康局"]


def test_rows_that_open_with_a_figure_in_brackets_are_no_sub_items():
    text = "某县2025年任务表\n序号 工作任务 责任单位 完成时限\n1 改造县道（15公里） 县交通局 2025年9月\n2 新建桥梁（3座） 县交通局 2025年12月\n"
    assert [t[0] for t in _tasks(text)] == [("1",), ("2",)]


# --- a spaced row whose cells wrapped one per line -----------------------------------------------

_WRAP_MARKS = """某县2025年稳外贸任务清单
序号 工作任务 责任单位 完成时限
1 组织企业参加境外展会
县商务局（牵头）、县财政局
2025年10月底
2 扩大出口信用保险覆盖面
县财政局（牵头）、县商务局
2025年12月底
"""

_WRAP_PLAIN = """某市2025年数字经济任务清单
序号 重点任务 牵头单位 完成时间
1 建设城市算力调度平台
市数据局
2025年9月
2 推进中小企业数字化转型
市工信局
2025年11月
"""

_WRAP_UNIT_ONLY = """某镇2025年安全生产任务清单
序号 工作任务 责任单位
1 开展燃气安全隐患排查
镇安监站
2 整治电动自行车违规充电
镇综合执法队
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_WRAP_MARKS, [("组织企业参加境外展会", ["县商务局"]), ("扩大出口信用保险覆盖面", ["县财政局"])]),
        (_WRAP_PLAIN, [("建设城市算力调度平台", ["市数据局"]), ("推进中小企业数字化转型", ["市工信局"])]),
        (
            _WRAP_UNIT_ONLY,
            [("开展燃气安全隐患排查", ["镇安监站"]), ("整治电动自行车违规充电", ["镇综合执法队"])],
        ),
    ],
)
def test_wrapped_cells_are_cells_of_the_row(text, want):
    assert [(t[1], t[2]) for t in _tasks(text)] == want


def test_task_cell_broken_mid_word_joins_as_printed():
    text = "某县2025年任务表\n序号 工作任务 责任单位 完成时限\n1 改造提升乡镇\n卫生院 县卫生健康局 2025年12月\n2 新建公厕 县农业农村局 2025年9月\n"
    assert [t[1] for t in _tasks(text)] == ["改造提升乡镇卫生院", "新建公厕"]


def test_full_row_takes_no_line_below_it():
    text = (
        "某县2025年任务表\n序号 工作任务 责任单位\n1 新建公厕 县农业农村局\n县住建局\n2 改造县道 县交通局\n"
    )
    assert [t[1] for t in _tasks(text)][:1] == ["新建公厕"]


# --- a laid-out unit cell of two names two spaces apart -----------------------------------------

_POS_PART = """某县2025年政务服务任务清单
序号  工作任务                  牵头单位          配合单位                    完成时限
1     推行企业开办一日办结      县市场监管局      县政务服务中心  县税务局    2025年6月底
2     压缩工程建设项目审批时间  县住房城乡建设局  县自然资源局                2025年9月底
"""

_POS_LEAD = """某市2025年城市更新任务清单
序号  重点任务              牵头单位                  配合单位          完成时间
1     实施老旧小区改造      市住建局  市城管局        市财政局          2025年10月
2     推进燃气管道更新      市城管局                  市应急局          2025年11月
"""

_POS_SHIFTED = """某镇2025年人居环境任务表
序号  工作任务          牵头单位        配合单位                完成时限
1     开展村庄清洁      镇村建办        镇环卫所  镇水利站     2025年6月底
2     推进农村改厕      镇农业服务中心  镇卫生院               2025年9月底
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _POS_PART,
            [(["县市场监管局"], ["县政务服务中心", "县税务局"]), (["县住房城乡建设局"], ["县自然资源局"])],
        ),
        (_POS_LEAD, [(["市住建局", "市城管局"], ["市财政局"]), (["市城管局"], ["市应急局"])]),
        (_POS_SHIFTED, [(["镇村建办"], ["镇环卫所", "镇水利站"]), (["镇农业服务中心"], ["镇卫生院"])]),
    ],
)
def test_two_names_in_a_laid_out_cell_stay_in_their_column(text, want):
    assert [(t[2], t[3]) for t in _tasks(text)] == want


def test_row_not_aligned_under_its_heads_is_left_alone():
    heads = [0, 6, 32, 50, 78]
    assert (
        _cells_by_position("1  推行企业开办  县市场监管局  县政务服务中心  县税务局  2025年6月底", heads)
        is None
    )


def test_text_pieces_never_share_a_column():
    heads = [0, 6, 32, 50]
    line = "1     推行企业开办一日办结      县市场监管局      全程网办  限时办结"
    assert _cells_by_position(line, heads) is None


# --- a header on one line over rows printed a cell a line ----------------------------------------

_CELLS = "1\n组织企业参加境外展会\n县商务局（牵头）、县财政局\n2025年10月底\n2\n扩大出口信用保险覆盖面\n县财政局（牵头）、县商务局\n2025年12月底\n"
_ONE_LINE_HEADS = [
    "某县2025年稳外贸任务清单\n序号\t工作任务\t责任单位\t完成时限\n" + _CELLS,
    "某县2025年稳外贸任务清单\n序号 工作任务 责任单位 完成时限\n" + _CELLS,
    "某县2025年稳外贸任务清单\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n" + _CELLS,
]


@pytest.mark.parametrize("text", _ONE_LINE_HEADS)
def test_rows_a_cell_a_line_under_a_one_line_header(text):
    assert [(t[1], t[2], t[3]) for t in _tasks(text)] == [
        ("组织企业参加境外展会", ["县商务局"], ["县财政局"]),
        ("扩大出口信用保险覆盖面", ["县财政局"], ["县商务局"]),
    ]


def test_rows_on_one_line_each_are_read_as_before():
    text = "某县2025年任务表\n序号 工作任务 责任单位 完成时限\n1 新建公厕 县农业农村局 2025年9月\n2 改造县道 县交通局 2025年12月\n"
    assert [(t[1], t[2]) for t in _tasks(text)] == [
        ("新建公厕", ["县农业农村局"]),
        ("改造县道", ["县交通局"]),
    ]


def test_a_number_over_another_number_is_no_flat_row():
    text = "某县2025年任务表\n序号\t工作任务\t责任单位\n1\n2\t改造县道\t县交通局\n3\t新建公厕\t县农业农村局\n"
    assert ("改造县道", ["县交通局"]) in [(t[1], t[2]) for t in _tasks(text)]
