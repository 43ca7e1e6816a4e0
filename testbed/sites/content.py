"""Documents of the sample sites: the two seed plans, hand-written plans, generated notices.

A document is a dict: ``title``, ``date`` (YYYY-MM-DD), ``issuer``, optional ``written``,
``doc_number``, ``index_no``, ``category``, ``summary``, ``validity``, ``attachments``
(list of (filename, showname)) and ``blocks`` (see ``testbed.sites.pages``). Notices are
generated from templates with a seeded RNG, so ``add_notices(seed=…)`` is reproducible.

Hand-written texts use a tiny markup, one block per line: ``= centred``, ``# bold heading``,
``> right-aligned``, ``| a | b | c`` table rows (consecutive rows form a table), else a paragraph.

Long module: sample documents are data written as code (plans, notices, tables).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

Block = tuple[str, Any]


def parse_markup(text: str) -> list[Block]:
    blocks: list[Block] = []
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        elif line[0] in "=#>" and line[1:2] == " ":
            blocks.append(({"=": "c", "#": "h", ">": "r"}[line[0]], line[2:].strip()))
        else:
            blocks.append(("p", line))
    return blocks


def attachment_name(key: str) -> str:
    return hashlib.md5(key.encode("utf-8")).hexdigest()[:20] + ".pdf"


def cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


# --- county contexts ----------------------------------------------------------------------

CONTEXTS: dict[str, dict[str, Any]] = {
    "chengwu": {
        "county": "成武县",
        "short": "成武",
        "city": "菏泽市",
        "prefix": "成政",
        "credit": "11371723004487581X",
        "towns": [
            "成武县文亭街道",
            "成武县永昌街道",
            "成武县伯乐集镇",
            "成武县汶上集镇",
            "成武县南鲁集镇",
            "成武县苟村集镇",
            "成武县白浮图镇",
            "成武县天宫庙镇",
            "成武县九女镇",
            "成武县党集镇",
        ],
        "phone": "0530-86",
        "kind": "县",
        "province": "山东",
    },
    "juancheng": {
        "county": "鄄城县",
        "short": "鄄城",
        "city": "菏泽市",
        "prefix": "鄄政",
        "credit": "11371726004488123N",
        "towns": [
            "鄄城县古泉街道",
            "鄄城县陈王街道",
            "鄄城县什集镇",
            "鄄城县红船镇",
            "鄄城县旧城镇",
            "鄄城县闫什镇",
            "鄄城县箕山镇",
            "鄄城县李进士堂镇",
            "鄄城县董口镇",
            "鄄城县临濮镇",
        ],
        "phone": "0530-24",
        "kind": "县",
        "province": "山东",
    },
    "heze": {  # a city: the generated texts say 市 where a county says 县 (see notices())
        "county": "菏泽市",
        "short": "菏泽",
        "city": "菏泽市",
        "prefix": "菏政",
        "credit": "11371700004361530C",
        "towns": ["菏泽市牡丹区", "菏泽市定陶区", "菏泽高新区", "菏泽经济开发区", "菏泽市鲁西新区"],
        "phone": "0530-53",
        "kind": "市",
        "province": "山东",
    },
    "zhangxi": {
        "county": "樟溪县",
        "short": "樟溪",
        "city": "宜春市",
        "prefix": "樟府",
        "credit": "11360927014502368P",
        "towns": [
            "樟溪县樟江镇",
            "樟溪县洲上乡",
            "樟溪县临湖镇",
            "樟溪县阁山镇",
            "樟溪县义成镇",
            "樟溪县店下镇",
            "樟溪县昌傅镇",
            "樟溪县黄土岗镇",
            "樟溪县双金园艺场",
            "樟溪县吴城乡",
        ],
        "phone": "0795-73",
        "kind": "县",
        "province": "江西",
    },
}

_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段"
_GIVEN = [
    "建国",
    "海燕",
    "志强",
    "丽华",
    "伟",
    "敏",
    "静",
    "磊",
    "洋",
    "军",
    "勇",
    "艳",
    "杰",
    "涛",
    "明",
    "超",
    "秀英",
    "桂芳",
    "晓东",
    "国庆",
    "红梅",
    "文博",
    "子涵",
    "宏伟",
    "振华",
    "立新",
    "春生",
    "玉兰",
]
_DEPTS = [
    "发展和改革局",
    "教育和体育局",
    "科技局",
    "工业和信息化局",
    "民政局",
    "司法局",
    "财政局",
    "人力资源和社会保障局",
    "自然资源和规划局",
    "住房和城乡建设局",
    "交通运输局",
    "水务局",
    "农业农村局",
    "商务局",
    "文化和旅游局",
    "卫生健康局",
    "退役军人事务局",
    "应急管理局",
    "审计局",
    "市场监督管理局",
    "统计局",
    "医疗保障局",
    "城市管理局",
    "行政审批服务局",
    "信访局",
]
_POSTS = ["局长", "副局长", "主任", "副主任", "党组成员、副局长"]


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + rng.choice(_GIVEN)


def _dept(ctx: dict[str, Any], rng: random.Random) -> str:
    return "县" + rng.choice(_DEPTS)


def _gov(ctx: dict[str, Any]) -> str:
    return ctx["county"] + "人民政府"


def _office(ctx: dict[str, Any]) -> str:
    return ctx["county"] + "人民政府办公室"


def _base(
    ctx: dict[str, Any],
    d: date,
    title: str,
    issuer: str,
    category: str,
    number: str | None,
    blocks: list[Block],
    seq: int,
    **extra: Any,
) -> dict[str, Any]:
    doc = {
        "title": title,
        "date": d.isoformat(),
        "written": d.isoformat(),
        "issuer": issuer,
        "source": issuer,
        "category": category,
        "doc_number": number,
        "index_no": f"{ctx['credit']}/{d.year}-{seq:05d}",
        "summary": title,
        "validity": "有效",
        "blocks": blocks,
        "kind": extra.pop("kind", "notice"),
    }
    doc.update(extra)
    return doc


# --- notice templates ---------------------------------------------------------------------


def appointment(ctx: dict[str, Any], rng: random.Random, d: date, seq: int) -> dict[str, Any]:
    people = [(_name(rng), _dept(ctx, rng), rng.choice(_POSTS)) for _ in range(rng.randint(2, 5))]
    removed = [(_name(rng), _dept(ctx, rng), rng.choice(_POSTS)) for _ in range(rng.randint(1, 3))]
    num = f"{ctx['prefix']}任〔{d.year}〕{rng.randint(2, 30)}号"
    title = f"{_gov(ctx)}关于{people[0][0]}等同志职务任免的通知"
    blocks: list[Block] = [
        ("p", f"各{'乡镇人民政府' if ctx['short'] == '樟溪' else '镇人民政府、街道办事处'}，县政府各部门："),
        ("p", "经县政府研究，决定："),
    ]
    for n, dept, post in people:
        blocks.append(("p", f"任命{n}为{ctx['county']}{dept[1:]}{post}（试用期一年）；"))
    for n, dept, post in removed:
        blocks.append(("p", f"免去{n}的{ctx['county']}{dept[1:]}{post}职务。"))
    blocks += [("r", _gov(ctx)), ("r", cn_date(d))]
    return _base(ctx, d, title, _gov(ctx), "人事信息", num, blocks, seq)


_HOLIDAYS = [  # name, start (month, day, year offset vs. the holiday's year), days, make-up days
    ("元旦", (12, 30, -1), 3, "1月2日（星期二）上班"),
    ("春节", (2, 10, 0), 8, "2月4日（星期日）、2月18日（星期日）上班"),
    ("清明节", (4, 4, 0), 3, "4月7日（星期日）上班"),
    ("劳动节", (5, 1, 0), 5, "4月28日（星期日）、5月11日（星期六）上班"),
    ("端午节", (6, 22, 0), 3, "6月25日（星期日）上班"),
    ("中秋节、国庆节", (9, 29, 0), 8, "10月7日（星期六）、10月8日（星期日）上班"),
]


def holiday(ctx: dict[str, Any], rng: random.Random, d: date, seq: int) -> dict[str, Any]:
    # the next holiday starting 5-150 days after the notice
    options = []
    for year in (d.year, d.year + 1):
        for name, (m, dd, off), days, extra in _HOLIDAYS:
            start = date(year + off, m, dd)
            if 5 <= (start - d).days <= 150:
                options.append((year, name, start, days, extra))
    year, name, start, days, extra = rng.choice(options)
    title = f"{_office(ctx)}关于{year}年{name}放假安排的通知"
    blocks: list[Block] = [
        ("p", "各乡镇（街道），县政府各部门，各有关单位："),
        (
            "p",
            f"根据《国务院办公厅关于{year}年部分节假日安排的通知》精神，经县政府同意，现将{year}年{name}放假安排通知如下：",
        ),
        ("p", f"{start.month}月{start.day}日起放假调休，共{days}天。{extra}。"),
        (
            "p",
            "节假日期间，各单位要妥善安排好值班和安全、保卫等工作，遇有重大突发事件发生，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。",
        ),
        (
            "p",
            "各单位要严格落实中央八项规定及其实施细则精神，严禁公款送礼、公款吃喝、公款旅游，严禁违规发放津贴补贴。",
        ),
        ("r", _office(ctx)),
        ("r", cn_date(d)),
    ]
    return _base(ctx, d, title, _office(ctx), "通知公告", None, blocks, seq)


_PROJECTS = [
    "城区道路照明设施维修",
    "中小学校食堂设备采购",
    "农村供水管网改造",
    "政务服务中心信息化升级",
    "高标准农田建设监理服务",
    "城区绿化养护服务",
    "乡镇卫生院医疗设备采购",
    "智慧城管平台运维服务",
    "县档案馆数字化加工服务",
    "县城污水处理厂提标改造",
]


def procurement(ctx: dict[str, Any], rng: random.Random, d: date, seq: int) -> dict[str, Any]:
    proj = rng.choice(_PROJECTS)
    dept = _dept(ctx, rng)
    code = f"{ctx['short'].upper()}CG-{d.year}-{rng.randint(10, 199):03d}"
    budget = rng.randint(30, 900) + rng.randint(0, 99) / 100
    method = rng.choice(["竞争性磋商", "公开招标", "竞争性谈判", "询价"])
    title = f"{ctx['county']}{dept[1:]}{proj}项目{method}公告"
    end = d + timedelta(days=rng.randint(10, 20))
    blocks: list[Block] = [
        ("h", "项目概况"),
        (
            "p",
            f"{proj}项目的潜在供应商应在{ctx['county']}公共资源交易中心网站获取采购文件，并于{cn_date(end)}9点30分（北京时间）前提交响应文件。",
        ),
        ("h", "一、项目基本情况"),
        ("p", f"项目编号：{code}"),
        ("p", f"项目名称：{proj}项目"),
        ("p", f"采购方式：{method}"),
        ("p", f"预算金额：{budget:.2f}万元"),
        ("p", f"最高限价：{budget * 0.98:.2f}万元"),
        ("p", "合同履行期限：自合同签订之日起" + rng.choice(["90日", "180日", "一年"]) + "。"),
        ("p", "本项目不接受联合体。"),
        ("h", "二、申请人的资格要求"),
        ("p", "1.满足《中华人民共和国政府采购法》第二十二条规定；"),
        ("p", "2.落实政府采购政策需满足的资格要求：本项目专门面向中小企业采购；"),
        ("p", "3.本项目的特定资格要求：无。"),
        ("h", "三、获取采购文件"),
        (
            "p",
            f"时间：{cn_date(d)}至{cn_date(d + timedelta(days=5))}，每天上午8:30至12:00，下午14:00至17:30（北京时间，法定节假日除外）",
        ),
        ("h", "四、对本次采购提出询问，请按以下方式联系"),
        ("p", f"采购人信息：{ctx['county']}{dept[1:]}，联系电话：{ctx['phone']}{rng.randint(10000, 99999)}"),
        (
            "p",
            f"采购代理机构：{ctx['province']}{rng.choice(['正信', '华诚', '鲁源', '恒达'])}项目管理有限公司，联系电话：{ctx['phone']}{rng.randint(10000, 99999)}",
        ),
        ("r", cn_date(d)),
    ]
    att = [(attachment_name(title), f"{proj}项目{method}文件.pdf")]
    return _base(ctx, d, title, f"{ctx['county']}{dept[1:]}", "政府采购", None, blocks, seq, attachments=att)


_MEETINGS = [
    "安全生产工作",
    "秋冬季大气污染防治工作",
    "防汛抗旱工作",
    "优化营商环境工作",
    "森林防灭火工作",
    "农村人居环境整治工作",
    "项目建设推进",
    "统计工作",
    "河长制湖长制工作",
]


def meeting(ctx: dict[str, Any], rng: random.Random, d: date, seq: int) -> dict[str, Any]:
    topic = rng.choice(_MEETINGS)
    when = d + timedelta(days=rng.randint(2, 6))
    title = f"{_office(ctx)}关于召开全县{topic}会议的通知"
    blocks: list[Block] = [
        ("p", "各乡镇（街道），县直有关部门："),
        ("p", f"经县政府研究，决定召开全县{topic}会议。现将有关事项通知如下："),
        ("h", "一、会议时间"),
        ("p", f"{cn_date(when)}上午9:00，会期半天。"),
        ("h", "二、会议地点"),
        ("p", f"县政府{rng.choice(['一楼', '三楼', '五楼'])}{rng.choice(['第一', '第二'])}会议室。"),
        ("h", "三、参会人员"),
        (
            "p",
            f"县政府分管副县长；各乡镇（街道）分管负责同志；{'、'.join('县' + x for x in rng.sample(_DEPTS, 3))}主要负责同志。",
        ),
        ("h", "四、有关要求"),
        (
            "p",
            "请参会人员提前10分钟到达会场，签到入座。参会人员原则上不得请假，确需请假的，须报县政府主要负责同志同意。",
        ),
        ("r", _office(ctx)),
        ("r", cn_date(d)),
    ]
    return _base(ctx, d, title, _office(ctx), "通知公告", None, blocks, seq)


_LISTS = [
    "省级农业产业化重点龙头企业",
    "市级“专精特新”中小企业",
    "县级文明单位",
    "高层次人才津贴发放对象",
    "家庭农场示范场",
    "县级非物质文化遗产代表性项目",
    "优秀农民工",
    "最美家庭",
]


def publicity(ctx: dict[str, Any], rng: random.Random, d: date, seq: int) -> dict[str, Any]:
    what = rng.choice(_LISTS)
    dept = _dept(ctx, rng)
    title = f"关于{d.year}年度{what}拟推荐名单的公示"
    rows = [["序号", "名称", "所在乡镇（街道）"]]
    for i in range(rng.randint(4, 8)):
        town = rng.choice(ctx["towns"]).replace(ctx["county"], "")
        rows.append(
            [
                str(i + 1),
                f"{ctx['short']}{rng.choice(['鑫源', '富民', '金穗', '丰泽', '宏达', '绿野', '恒升'])}"
                f"{rng.choice(['农业', '食品', '科技', '家庭农场', '合作社'])}有限公司",
                town,
            ]
        )
    end = d + timedelta(days=5)
    blocks: list[Block] = [
        (
            "p",
            f"根据有关文件要求，经单位申报、乡镇推荐、部门审核，拟推荐以下单位为{d.year}年度{what}，现予以公示。",
        ),
        ("table", rows),
        (
            "p",
            f"公示期为{cn_date(d)}至{cn_date(end)}。公示期间，如有异议，请以书面形式向{ctx['county']}{dept[1:]}反映。",
        ),
        ("p", f"联系电话：{ctx['phone']}{rng.randint(10000, 99999)}"),
        ("r", f"{ctx['county']}{dept[1:]}"),
        ("r", cn_date(d)),
    ]
    return _base(ctx, d, title, f"{ctx['county']}{dept[1:]}", "通知公告", None, blocks, seq)


_DRAFTS = [
    "城市户外广告设施设置管理办法",
    "城区养犬管理规定",
    "农村集体经济组织财务管理办法",
    "县级储备粮管理办法",
    "政府投资项目管理办法",
    "城镇老旧小区改造实施细则",
]


def consultation(ctx: dict[str, Any], rng: random.Random, d: date, seq: int) -> dict[str, Any]:
    draft = rng.choice(_DRAFTS)
    dept = _dept(ctx, rng)
    title = f"关于公开征求《{ctx['county']}{draft}（征求意见稿）》意见的公告"
    end = d + timedelta(days=30)
    blocks: list[Block] = [
        (
            "p",
            f"为提高行政规范性文件制定的科学性和民主性，现将《{ctx['county']}{draft}（征求意见稿）》全文公布，公开征求社会各界意见。",
        ),
        ("p", f"征求意见时间：{cn_date(d)}至{cn_date(end)}。"),
        (
            "p",
            f"意见反馈方式：1.电子邮件发送至{ctx['short'].encode('utf-8').hex()[:6]}zfb@163.com；2.信函寄至{ctx['county']}{dept[1:]}（请在信封上注明“征求意见”字样）。",
        ),
        ("p", f"附件：{ctx['county']}{draft}（征求意见稿）"),
        ("r", f"{ctx['county']}{dept[1:]}"),
        ("r", cn_date(d)),
    ]
    att = [(attachment_name(title), f"{ctx['county']}{draft}（征求意见稿）.pdf")]
    return _base(ctx, d, title, f"{ctx['county']}{dept[1:]}", "意见征集", None, blocks, seq, attachments=att)


# --- generated short plans (实施方案) ------------------------------------------------------

_PLAN_TOPICS = [
    (
        "农村人居环境整治提升",
        [
            ("农村厕所革命", "新改建农村户厕{n1}户，无害化卫生厕所普及率达到{p1}%以上", "县农业农村局"),
            ("生活垃圾治理", "农村生活垃圾无害化处理率保持在{p2}%以上", "县城市管理局"),
            (
                "生活污水治理",
                "完成{n2}个行政村生活污水治理，治理率提高{p3}个百分点",
                "市生态环境局{short}分局",
            ),
            ("村容村貌提升", "创建美丽乡村示范村{n3}个", "县住房和城乡建设局"),
        ],
    ),
    (
        "全民健身",
        [
            ("健身设施建设", "新建社区健身中心{n3}个、多功能运动场{n2}个", "县教育和体育局"),
            ("群众赛事活动", "全年举办县级以上赛事活动{n2}项以上", "县教育和体育局"),
            ("体质监测", "国民体质合格率达到{p1}%以上", "县卫生健康局"),
        ],
    ),
    (
        "食品安全提升",
        [
            ("校园食品安全", "学校食堂“明厨亮灶”覆盖率达到100%", "县市场监督管理局"),
            ("农产品质量", "主要农产品质量安全抽检合格率稳定在{p2}%以上", "县农业农村局"),
            ("食品抽检", "完成食品安全抽检{n1}批次，抽检量达到每千人{n3}批次", "县市场监督管理局"),
        ],
    ),
    (
        "安全生产治本攻坚",
        [
            ("重大事故隐患排查", "全年排查整治重大事故隐患{n2}0项以上，整改率达到100%", "县应急管理局"),
            ("燃气安全整治", "完成老旧燃气管道更新改造{n3}0公里", "县住房和城乡建设局"),
            ("道路交通安全", "道路交通事故死亡人数同比下降{p3}%", "县公安局"),
        ],
    ),
    (
        "促进消费扩容提质",
        [
            ("汽车消费", "全年限额以上汽车类零售额增长{p3}%以上", "县商务局"),
            ("文旅消费", "接待游客{n3}00万人次，旅游综合收入达到{n2}亿元", "县文化和旅游局"),
            ("县域商业体系", "新建改造乡镇商贸中心{n3}个、村级便民商店{n2}个", "县商务局"),
        ],
    ),
    (
        "就业创业促进",
        [
            (
                "城镇新增就业",
                "城镇新增就业{n1}人以上，城镇登记失业率控制在{p4}%以内",
                "县人力资源和社会保障局",
            ),
            ("职业技能培训", "开展职业技能培训{n2}00人次", "县人力资源和社会保障局"),
            ("创业担保贷款", "发放创业担保贷款{n3}.5亿元", "县财政局"),
        ],
    ),
]
_STYLES = ("dot", "paren", "yishi")


def short_plan(ctx: dict[str, Any], rng: random.Random, d: date, seq: int) -> dict[str, Any]:
    topic, tasks = rng.choice(_PLAN_TOPICS)
    style = rng.choice(_STYLES)
    vals = {
        "n1": rng.randint(800, 6000),
        "n2": rng.randint(5, 40),
        "n3": rng.randint(2, 12),
        "p1": rng.choice([85, 90, 92, 95]),
        "p2": rng.choice([95, 98, 99]),
        "p3": rng.choice([3, 5, 8]),
        "p4": rng.choice([3.5, 4, 4.5]),
        "short": ctx["short"],
    }
    plan = f"{ctx['county']}{d.year}年{topic}实施方案"
    title = f"{_office(ctx)}关于印发{plan}的通知"
    num = f"{ctx['prefix']}办字〔{d.year}〕{rng.randint(3, 40)}号"
    blocks: list[Block] = [
        ("p", "各乡镇（街道），县政府各部门，各有关单位："),
        ("p", f"《{plan}》已经县政府同意，现印发给你们，请认真贯彻执行。"),
        ("r", _office(ctx)),
        ("r", cn_date(d)),
        ("p", "（此件公开发布）"),
        ("c", plan),
        ("p", f"为深入推进{topic}工作，结合我县实际，制定本方案。"),
        ("h", "一、工作目标"),
        ("p", f"到{d.year}年底，{tasks[0][1].format(**vals)}。"),
        ("h", "二、重点任务"),
    ]
    for i, (name, target, unit) in enumerate(tasks, 1):
        target = target.format(**vals)
        unit = unit.format(**vals)
        helper = _dept(ctx, rng)
        while helper == unit:
            helper = _dept(ctx, rng)
        if style == "dot":
            blocks.append(
                (
                    "p",
                    f"{i}.{name}。{d.year}年，{target}。（责任单位：{unit}，配合单位：{helper}、各乡镇〔街道〕）",
                )
            )
        elif style == "paren":
            blocks.append(("h", f"（{'一二三四五六'[i - 1]}）{name}"))
            blocks.append(("p", f"围绕{name}，{target}。"))
            blocks.append(("p", f"牵头单位：{unit}；责任单位：{helper}、各乡镇（街道）"))
        else:
            lead = "一二三四五六"[i - 1]
            blocks.append(("p", f"{lead}是抓好{name}。{target}。{unit}牵头，{helper}配合。"))
    blocks += [
        ("h", "三、保障措施"),
        (
            "p",
            "各乡镇（街道）、各部门要高度重视，明确责任分工，细化工作措施，确保各项任务按期完成。县政府将把工作落实情况纳入年度综合考核。",
        ),
    ]
    return _base(ctx, d, title, _office(ctx), "政府办公室文件", num, blocks, seq, kind="plan", summary=title)


NOTICE_KINDS: list[Callable[..., dict[str, Any]]] = [
    appointment,
    holiday,
    procurement,
    meeting,
    publicity,
    consultation,
]


def notices(
    ctx_key: str,
    dates: list[date],
    *,
    seed: int,
    plans: int = 0,
    seq_start: int = 1,
    avoid: set[str] | None = None,
) -> list[dict[str, Any]]:
    """Generated documents for the given dates (one each); ``plans`` of them are short plans.

    Titles never repeat one in ``avoid`` (the titles a site already has) nor each other.
    """
    ctx = CONTEXTS[ctx_key]
    rng = random.Random(f"{ctx_key}/{seed}")
    plan_at = set(rng.sample(range(len(dates)), min(plans, len(dates))))
    out, seen, last = [], set(avoid or ()), None
    for i, d in enumerate(dates):
        for _ in range(50):
            if i in plan_at:
                maker = short_plan
            else:
                maker = rng.choice([k for k in NOTICE_KINDS if k is not last])
            doc = maker(ctx, rng, d, seq_start + i)
            if doc["title"] not in seen:
                break
        else:
            doc["title"] += f"（第{i + 1}号）"
        last = maker
        if ctx["kind"] == "市":
            doc = _cityfy(doc)
        seen.add(doc["title"])
        out.append(doc)
    return out


def _cityfy(value: Any) -> Any:
    """County wording → city wording (县政府各部门 → 市政府各部门, 全县 → 全市, 各乡镇 → 各县区)."""
    if isinstance(value, str):
        value = value.replace("县", "市")
        for town in ("各乡镇（街道）", "各乡镇〔街道〕", "各乡镇"):
            value = value.replace(town, "各县区")
        return value
    if isinstance(value, list):
        return [_cityfy(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_cityfy(v) for v in value)
    if isinstance(value, dict):
        return {k: (_cityfy(v) if k not in ("date", "written", "index_no") else v) for k, v in value.items()}
    return value


# --- hand-written plans of the TRS county (樟溪县, fictional) --------------------------------

PLAN_BUSINESS = """
各乡镇人民政府，县政府各部门，县直各单位：
《樟溪县2024年优化营商环境攻坚行动方案》已经县政府第28次常务会议研究同意，现印发给你们，请认真组织实施。
> 樟溪县人民政府办公室
> 2024年2月26日
（此件主动公开）
= 樟溪县2024年优化营商环境攻坚行动方案
为深入贯彻落实省、市关于优化营商环境的决策部署，持续打造“四最”营商环境，结合我县实际，制定本方案。
# 一、主要目标
到2024年底，全县营商环境便利度明显提升，依申请政务服务事项网上可办率达到98%以上，企业开办时间压缩至0.5个工作日以内，一般社会投资项目从立项到取得施工许可证审批时间压缩至30个工作日以内，市场主体总量突破5.2万户，新增市场主体6000户以上。
# 二、重点任务
（一）提升政务服务效能
1．深化“一网通办”改革。
（1）全面梳理政务服务事项清单，2024年6月底前实现依申请政务服务事项98%以上网上可办。
（2）推行“一件事一次办”，年内新增集成服务场景15个以上，办理环节精简30%以上。
牵头单位：县行政审批局
责任单位：县大数据中心，各乡镇人民政府
2．推进政务服务标准化。
（1）编制标准化办事指南，实现同一事项全县无差别受理、同标准办理。
（2）乡镇便民服务中心标准化建设覆盖率达到100%。
牵头单位：县行政审批局
责任单位：县委编办，县司法局，各乡镇人民政府
（二）优化项目审批服务
1．压缩工程建设项目审批时间。
（1）全面推行“拿地即开工”，工业项目审批时间控制在20个工作日以内。
（2）推行施工图审查“多审合一”，联合验收时间压缩至5个工作日以内。
牵头单位：县住房和城乡建设局
责任单位：县自然资源局，县发展改革委，县行政审批局
2．强化要素保障。
（1）新增工业用地供应1200亩以上，盘活批而未供和闲置土地800亩。
（2）工业企业用电报装时间压缩至15个工作日以内。
牵头单位：县自然资源局
责任单位：国网樟溪县供电公司，县工业和信息化局
（三）营造公平竞争市场环境
1．规范涉企执法检查。
（1）全面推行“双随机、一公开”监管，部门联合抽查比例不低于30%。
（2）对企业轻微违法行为依法不予行政处罚，“首违不罚”清单事项适用率达到100%。
牵头单位：县市场监督管理局
责任单位：县司法局，县直各执法部门
2．加大金融支持力度。
（1）全年新增普惠小微企业贷款8亿元以上，普惠小微企业贷款增速不低于各项贷款增速。
（2）“财园信贷通”放贷规模达到3.5亿元。
牵头单位：县财政局
责任单位：人民银行樟溪县支行，县金融服务中心
# 三、保障措施
（一）加强组织领导。县优化营商环境工作领导小组统筹推进各项工作，领导小组办公室设在县发展改革委，负责日常协调调度。
（二）强化督查考核。将优化营商环境工作纳入全县高质量发展综合考核，实行季度调度、半年通报、年终考核。
（三）营造良好氛围。加大政策宣传解读力度，及时总结推广典型经验做法。
"""

PLAN_AGRI = """
各乡镇人民政府，县政府各部门：
现将《樟溪县2024年农业农村重点工作任务》印发给你们，请结合实际，认真贯彻落实。
> 樟溪县人民政府
> 2024年1月18日
= 樟溪县2024年农业农村重点工作任务
2024年是实施“十四五”规划的关键之年。为全面推进乡村振兴，加快建设农业强县，现就2024年全县农业农村重点工作任务安排如下。
# 一、稳定粮食和重要农产品生产（牵头单位：县农业农村局；责任单位：县财政局、县自然资源局、各乡镇人民政府）
一是稳定粮食播种面积。全年粮食播种面积稳定在52.6万亩以上，粮食总产量达到23.5万吨以上。二是推进高标准农田建设。新建高标准农田3.2万亩，改造提升1.5万亩。三是抓好生猪稳产保供。全年生猪出栏稳定在45万头左右，能繁母猪存栏保持在2.1万头以上。
# 二、做强做优特色产业（县农业农村局、县林业局、县商务局负责）
一是壮大中药材产业。新增中药材种植面积1.2万亩，总面积达到8.5万亩。二是发展富硒农业。新认定富硒农产品基地10个，富硒产业综合产值增长12%。三是培育新型经营主体。新增省级农业产业化龙头企业3家、市级示范家庭农场20家。
# 三、持续改善农村人居环境
（责任单位：县农业农村局、县住房和城乡建设局、县城市管理局）
一是推进农村改厕。新改建农村户厕2000户，卫生厕所普及率达到95%以上。二是治理生活污水。新完成30个行政村生活污水治理，治理率提高6个百分点。三是巩固垃圾治理成效。农村生活垃圾收运处置体系行政村覆盖率保持100%。
# 四、重点项目任务清单
| 序号 | 任务内容 | 目标要求 | 牵头单位 | 完成时限 |
| 1 | 高标准农田建设 | 新建3.2万亩 | 县农业农村局 | 2024年11月底 |
| 2 | 农村供水保障工程 | 新建改造供水管网120公里，农村自来水普及率达到92% | 县水利局 | 2024年12月底 |
| 3 | 农村公路提质改造 | 完成农村公路提质改造85公里 | 县交通运输局 | 2024年10月底 |
| 4 | 冷链物流设施建设 | 新建产地冷藏保鲜设施25个，新增库容1.8万立方米 | 县商务局 | 2024年12月底 |
| 5 | 农业社会化服务 | 托管服务面积达到30万亩次 | 县农业农村局 | 2024年12月底 |
# 五、强化工作保障
各乡镇、各部门要落实五级书记抓乡村振兴要求，把农业农村工作摆上重要位置。县财政安排乡村振兴衔接资金不低于1.5亿元，土地出让收入用于农业农村比例达到10%以上。
"""


def trs_plans() -> list[dict[str, Any]]:
    ctx = CONTEXTS["zhangxi"]
    a = _base(
        ctx,
        date(2024, 2, 26),
        "樟溪县人民政府办公室关于印发樟溪县2024年优化营商环境攻坚行动方案的通知",
        "樟溪县人民政府办公室",
        "综合政务",
        "樟府办字〔2024〕6号",
        parse_markup(PLAN_BUSINESS),
        31,
        kind="plan",
        attachments=[("P020240226392817465021.pdf", "樟溪县2024年优化营商环境攻坚行动方案任务分解表.pdf")],
    )
    b = _base(
        ctx,
        date(2024, 1, 18),
        "樟溪县人民政府关于印发樟溪县2024年农业农村重点工作任务的通知",
        "樟溪县人民政府",
        "农业、林业、水利",
        "樟府字〔2024〕3号",
        parse_markup(PLAN_AGRI),
        12,
        kind="plan",
    )
    return [a, b]


def forest_fire_notice() -> dict[str, Any]:
    """The 菏泽 notice that hanweb_chengwu's 通知公告 links to on www.heze.gov.cn."""
    ctx = CONTEXTS["heze"]
    text = """
各县区人民政府，市政府各部门，市属各企业，各大中专院校：
秋季是森林火灾易发期。为切实做好2023年秋季森林防灭火工作，经市政府同意，现就有关事项通知如下：
# 一、压实防灭火责任
各县区要严格落实党政同责、一岗双责，层层签订责任书，确保责任落实到山头地块。
# 二、加强火源管控
严格执行野外用火审批制度，重点时段、重点部位实行24小时值守，全市林区护林员到岗率达到100%。
# 三、做好应急准备
各县区专业扑火队伍保持不少于30人的规模，储备扑火物资，确保火情发生后30分钟内到达现场。
> 菏泽市人民政府办公室
> 2023年9月8日
"""
    return _base(
        ctx,
        date(2023, 9, 8),
        "菏泽市人民政府办公室关于做好2023年秋季森林防灭火工作的通知",
        "菏泽市人民政府办公室",
        "通知公告",
        "菏政办字〔2023〕41号",
        parse_markup(text),
        88,
    )
