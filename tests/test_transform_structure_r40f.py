"""Round 40f: structure, the tail round 40 left.

- 壹、貳、參、 sections of a Taiwan plan are the outer path level, labelled as printed
  (`transform.numbering._formal_marker`); lists such as "陆、海、空" are none.
- A signature dated with the ROC year ("中華民國114年2月10日") under the last item ends it: its
  signer is no unit of that item (`transform.tree._SIGNATURE_DATE`).
- A 政策问答's numbered questions ("1.…是什么？") are no items (`transform.tree._questions`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.numbering import match_marker


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
