"""Parse speed on realistic portal pages (60-90 KB: navigation, scripts, 信息公开 table, footer).

Pages are wrapped in a Hanweb-like detail template, in a mix like a real crawl of a county
portal's 通知公告/政策文件 columns: mostly ordinary notices (holiday, appointment, tender,
meeting news, policy interpretation, 公示 list: 18 pages) and some plans (the two seeds and the
transform text fixtures: 5 pages, 22%). Measures per page: planwatch's full parse (metadata +
body + structure + units + targets) against (a) bare selectolax: parse + body `.text()`, goal:
at most 5x (on the mix, and on the plan pages: issue 15); (b) `trafilatura.extract`, goal:
planwatch at least 8x faster. Ratios come from the same run (the machine is shared); the
figures of each page type are printed too. Times are the CPU time of this process
(`time.process_time`), for each page the best of 9 rounds in which the three take turns on that
page: on a shared machine, wall-clock time would also count the time other processes hold the
cores, and a burst of load should cost one page one round, not a pass.
"""
from __future__ import annotations

import html
import random
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "fixtures" / "transform"

_NAV = "".join(f'<li><a href="/col/col{1000 + i}/index.html" target="_blank">栏目导航{i}</a></li>' for i in range(120))
_SCRIPT = "<script type=\"text/javascript\">" + "".join(
    f"var cfg{i} = {{id: {i}, name: 'item{i}', url: '/module/web/jpage/dataproxy.jsp?col={i}'}};\n"
    for i in range(260)) + "</script>"
_FOOTER = ("<div class=\"footer\"><p>主办单位：某某县人民政府办公室 承办单位：某某县大数据中心</p>"
           "<p>网站标识码：3717230001 鲁ICP备05002281号 鲁公网安备37172602000105号</p>"
           + "".join(f'<a href="/link{i}.html">友情链接{i}</a>' for i in range(80)) + "</div>")



# Ordinary notices: what most of a county portal's 通知公告 / 政策文件 columns hold
_COUNTIES = ("单县", "成武县", "鄄城县", "郓城县", "曹县", "东明县")
_NOTICES = (
    ("关于{y}年春节放假安排的通知",
     "各镇人民政府、街道办事处，县政府各部门，各企事业单位：\n"
     "根据《国务院办公厅关于{y}年部分节假日安排的通知》精神，经县政府同意，现将{y}年春节放假安排通知如下：\n"
     "一、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。\n"
     "二、节假日期间，各单位要妥善安排好值班和安全、保卫等工作，遇有重大突发事件发生，要按规定及时报告并妥善处置。\n"
     "三、各单位要认真做好节日期间的疫情防控、安全生产、森林防火等工作，确保人民群众过一个欢乐祥和的节日。\n"
     "{c}人民政府办公室\n{y}年1月{d}日"),
    ("{c}人民政府关于{n1}等同志职务任免的通知",
     "各镇人民政府、街道办事处，县政府各部门：\n"
     "经{y}年{m}月{d}日县政府第{k}次常务会议研究决定：\n"
     "任命{n1}为{c}发展和改革局副局长；\n任命{n2}为{c}财政局副局长（试用期一年）；\n"
     "免去{n3}的{c}自然资源和规划局副局长职务。\n{c}人民政府\n{y}年{m}月{d}日"),
    ("{c}农村公路提升改造工程（第{k}标段）施工招标公告",
     "1. 招标条件\n本招标项目{c}农村公路提升改造工程已由{c}发展和改革局以{c}发改投资〔{y}〕{k}号批准建设，"
     "项目业主为{c}交通运输局，建设资金来自财政资金，项目出资比例为100%，招标人为{c}交通运输局。"
     "项目已具备招标条件，现对该项目的施工进行公开招标。\n"
     "2. 项目概况与招标范围\n2.1 建设地点：{c}境内。\n2.2 建设规模：改造农村公路约{k}3.6公里，路面宽度4.5米。\n"
     "2.3 计划工期：180日历天。\n2.4 招标范围：施工图纸及工程量清单范围内的全部内容。\n"
     "3. 投标人资格要求\n3.1 本次招标要求投标人须具备公路工程施工总承包三级及以上资质，近3年内无较大及以上质量安全事故。\n"
     "4. 招标文件的获取\n4.1 凡有意参加投标者，请于{y}年{m}月{d}日至{y}年{m}月{d2}日，登录公共资源交易平台下载电子招标文件。\n"
     "5. 投标文件的递交\n5.1 投标文件递交的截止时间为{y}年{m}月{d2}日9时30分。\n"
     "6. 联系方式\n招标人：{c}交通运输局 联系人：{n1} 电话：0530-46{k}2317\n"
     "招标代理机构：山东某某工程咨询有限公司 联系人：{n2} 电话：0530-58{k}9021"),
    ("{c}召开{y}年第{k}次安全生产工作会议",
     "{m}月{d}日，{c}召开{y}年第{k}次安全生产工作会议，传达学习上级有关会议精神，分析当前安全生产形势，"
     "安排部署下一阶段重点工作。县委常委、常务副县长{n1}出席会议并讲话。\n"
     "会议指出，今年以来，全县安全生产形势总体平稳，共排查整改各类隐患1260余处，关停取缔非法违法企业12家。"
     "但是部分行业领域仍存在风险隐患，各级各部门要清醒认识安全生产的严峻性和复杂性。\n"
     "会议强调，要压紧压实安全生产责任，全面落实党政同责、一岗双责、齐抓共管、失职追责要求；"
     "要深入开展安全生产大排查大整治，聚焦危化品、建筑施工、道路交通、消防等重点行业领域，"
     "做到排查不留死角、整改不留隐患；要加强应急值守，严格执行24小时值班和领导带班制度。\n"
     "县安委会成员单位主要负责同志参加会议。"),
    ("《{c}关于加快推进农业产业化发展的实施意见》政策解读",
     "一、起草背景\n为深入贯彻落实中央和省、市关于乡村振兴的决策部署，加快推进农业产业化发展，县农业农村局牵头起草了《实施意见》。\n"
     "二、主要内容\n《实施意见》共分为总体要求、重点任务、保障措施三个部分。重点任务包括培育壮大龙头企业、"
     "发展农民合作社和家庭农场、推进农产品加工业提升、发展农村电商等方面。\n"
     "三、适用范围\n本意见适用于在{c}行政区域内注册登记、从事农业生产经营的企业、合作社和家庭农场。\n"
     "四、解读机关及联系方式\n解读机关：{c}农业农村局\n联系电话：0530-46{k}5581"),
    ("关于{y}年度{c}拟认定县级农业产业化重点龙头企业名单的公示",
     "根据《{c}农业产业化重点龙头企业认定和运行监测管理办法》，经企业申报、镇街推荐、专家评审，"
     "拟认定以下{k}家企业为县级农业产业化重点龙头企业，现予以公示。\n"
     "序号 | 企业名称 | 所在镇街\n1 | 山东某某食品有限公司 | 园艺街道\n2 | {c}某某农业发展有限公司 | 黄岗镇\n"
     "3 | {c}某某面粉有限公司 | 终兴镇\n4 | 山东某某果蔬专业合作社 | 时楼镇\n"
     "公示期：{y}年{m}月{d}日至{y}年{m}月{d2}日（5个工作日）。公示期间，如有异议，请以书面形式向县农业农村局反映。\n"
     "联系电话：0530-46{k}3306\n{c}农业农村局\n{y}年{m}月{d}日"),
)
_NAMES = ("张伟", "王芳", "李强", "刘洋", "陈静", "杨磊", "赵敏", "孙浩", "周婷")


def _body_html(text: str, rng: random.Random) -> str:
    """Text lines as Hanweb paragraphs, with inline spans/fonts like real editors produce."""
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        esc = html.escape(line)
        if rng.random() < 0.5 and len(line) > 8:
            k = rng.randrange(1, len(line) - 1)
            esc = (f"{html.escape(line[:k])}<span style=\"font-family:仿宋\">{html.escape(line[k:k + 3])}</span>"
                   f"{html.escape(line[k + 3:])}")
        out.append(f"<p style=\"text-indent:2em\"><font face=\"仿宋_GB2312\">{esc}</font></p>")
    return "\n".join(out)


def portal_page(text: str, title: str, rng: random.Random, pad: int = 0) -> str:
    meta = (f"<meta name=\"ArticleTitle\" content=\"{html.escape(title)}\"><meta name=\"PubDate\" content=\"2023-07-31 09:00\">"
            "<meta name=\"ContentSource\" content=\"某某县人民政府办公室\">")
    xxgk = ("<table class=\"xxgk_table\"><tr><td>索引号</td><td>113717230044875813/2023-07021</td><td>分类</td>"
            "<td>政府办公室文件</td></tr><tr><td>发布机构</td><td>某某县人民政府办公室</td><td>成文日期</td>"
            f"<td>2023年07月31日</td></tr><tr><td>标题</td><td colspan=3>{html.escape(title)}</td></tr>"
            "<tr><td>文号</td><td>某政办字〔2023〕9号</td><td>发布日期</td><td>2023年07月31日</td></tr></table>")
    page = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>{meta}{_SCRIPT}"
            "<style>body{font-size:14px}.nav li{float:left}</style></head><body>"
            f"<div class=\"header\"><ul class=\"nav\">{_NAV}</ul></div>{xxgk}"
            "<div class=\"main\"><div id=\"zoom\"><!--ZJEG_RSS.content.begin--><meta name=\"ContentStart\">"
            f"{_body_html(text, rng)}<!--ZJEG_RSS.content.end--></div></div>{_FOOTER}"
            f"{_related(pad)}</body></html>")
    return page


def _related(n: int) -> str:
    """Related-article lists and sidebars: what pads real detail pages to 60-90 KB."""
    items = "".join(f'<li><a href="/art/2023/7/{i % 28 + 1}/art_1234_{56789 + i}.html" title="关于做好第{i}项工作的通知">'
                    f'关于做好第{i}项工作的通知</a><span>2023-07-{i % 28 + 1:02d}</span></li>' for i in range(n))
    return f'<div class="related"><h3>相关文章</h3><ul>{items}</ul></div>' if n else ""


def _notice_texts(rng: random.Random, per_template: int = 3) -> list[tuple[str, str]]:
    out = []
    for k in range(per_template):
        for title_t, body_t in _NOTICES:
            n1, n2, n3 = rng.sample(_NAMES, 3)
            d = rng.randrange(1, 20)
            f = {"c": _COUNTIES[(k * 7 + len(out)) % len(_COUNTIES)], "y": 2022 + k, "m": rng.randrange(1, 13),
                 "d": d, "d2": d + 5, "k": rng.randrange(2, 9), "n1": n1, "n2": n2, "n3": n3}
            out.append((body_t.format(**f), title_t.format(**f)))
    return out


def _wrap(text: str, title: str, rng: random.Random, n_min: int, n_max: int) -> str:
    body, pad = text, 0
    page = portal_page(body, title, rng)
    while len(page.encode("utf-8")) < n_min:      # short pages: more page furniture, as on real sites
        pad += 20
        page = portal_page(body, title, rng, pad)
    while len(page.encode("utf-8")) > n_max and len(body) > 1000:
        body = body[: int(len(body) * 0.9)]
        page = portal_page(body, title, rng, pad)
    return page


def typed_pages(n_min: int = 60_000, n_max: int = 90_000) -> list[tuple[str, str]]:
    """(kind, page) for every benchmark page; kind is "plan" or "notice"."""
    rng = random.Random(7)
    plans: list[tuple[str, str]] = []
    for p in sorted((SHARED / "seeds").glob("*.txt")):
        plans.append((p.read_text(encoding="utf-8"), p.stem))
    for p in sorted(FIXTURES.glob("*.txt")):
        plans.append((p.read_text(encoding="utf-8"), p.stem))
    out = [("plan", _wrap(text, title, rng, n_min, n_max)) for text, title in plans]
    out += [("notice", _wrap(text, title, rng, n_min, n_max)) for text, title in _notice_texts(rng)]
    return out


def pages(n_min: int = 60_000, n_max: int = 90_000) -> list[str]:
    return [page for _, page in typed_pages(n_min, n_max)]


def _interleaved(fns: dict, docs: list[str], repeat: int) -> dict[str, float]:
    """Mean over `docs` of each function's best CPU time per page over `repeat` rounds.

    The functions take turns on every page (in a rotating order), and each page keeps its own
    best time: a burst of load from other processes on the shared machine then costs one page
    one round, instead of a whole pass of every page (the best of whole passes let a single
    slow pass of the longer function decide its figure).
    """
    best = {name: [float("inf")] * len(docs) for name in fns}
    clock = time.process_time
    names = list(fns)
    for r in range(repeat):
        # each function comes first on the page in some rounds: whoever runs second finds the
        # page in the CPU caches, which must not favour one of them
        order = names[r % len(names):] + names[:r % len(names)]
        for i, d in enumerate(docs):
            for name in order:
                fn = fns[name]
                t0 = clock()
                fn(d)
                t = clock() - t0
                if t < best[name][i]:
                    best[name][i] = t
    return {name: sum(times) / len(docs) for name, times in best.items()}


def code_measured() -> str:
    """Which parser code a run measures: "pure Python", or how many of the imported `transform`
    modules are compiled extension modules (a mypyc build put on the path for an experiment;
    docs/transform.md, "Speed")."""
    import sys

    mods = [m for name, m in list(sys.modules.items()) if name == "transform" or name.startswith("transform.")]
    files = [getattr(m, "__file__", None) or "" for m in mods]
    compiled = sum(1 for f in files if not f.endswith((".py", ".pyc")))
    return f"compiled: {compiled} of {len(files)} transform modules" if compiled else "pure Python"


def run(quick: bool = False) -> list[dict]:
    from selectolax.lexbor import LexborHTMLParser

    from transform.document import parse_document

    typed = typed_pages()
    groups = {kind: [p for k, p in typed if k == kind] for kind in ("plan", "notice")}
    docs = [p for _, p in typed]
    repeat = 2 if quick else 9   # best of 9: the shared machine's noise only ever adds time

    def bare(d: str):
        tree = LexborHTMLParser(d)
        node = tree.css_first("#zoom")
        return node.text() if node is not None else ""

    def ours(d: str):
        return parse_document(d, source="bench.html")

    for d in docs:  # warm up imports and regex caches
        ours(d)
        bare(d)
    fns = {"bare": bare, "ours": ours}
    try:
        import trafilatura

        fns["traf"] = lambda d: trafilatura.extract(d)
        trafilatura.extract(docs[0])
    except ImportError:
        trafilatura = None
    by_kind = {kind: _interleaved(fns, g, repeat) for kind, g in groups.items()}
    n = len(docs)
    t = {name: sum(by_kind[k][name] * len(g) for k, g in groups.items()) / n for name in fns}
    sizes = [len(d.encode()) for d in docs]
    rows = [
        {"benchmark": "parse", "measure": "pages (KB, min-max)",
         "value": f"{n} ({min(sizes) // 1024}-{max(sizes) // 1024})"},
        {"benchmark": "parse", "measure": "pages: plans / ordinary notices",
         "value": f"{len(groups['plan'])} / {len(groups['notice'])}"},
        {"benchmark": "parse", "measure": "parser code measured", "value": code_measured()},
    ]
    rows += _ratio_rows("", t, goal=True)
    for kind, label in (("plan", "plan pages"), ("notice", "notice pages")):
        # issue 15 judges the plan pages against bare selectolax too
        rows += _ratio_rows(f" ({label})", by_kind[kind], goal=False, bare_goal=kind == "plan")
    return rows


def _ratio_rows(label: str, t: dict[str, float], goal: bool, bare_goal: bool | None = None) -> list[dict]:
    """Per-page times and the two ratios; the goals are judged on the whole mix (`goal`), the
    ratio to bare selectolax also on the plan pages (`bare_goal`, issue 15)."""
    bare_goal = goal if bare_goal is None else bare_goal
    t_bare, t_ours = t["bare"], t["ours"]
    rows = [
        {"benchmark": "parse", "measure": f"planwatch parse per page{label}", "value": t_ours * 1000, "unit": "ms"},
        {"benchmark": "parse", "measure": f"bare selectolax + body .text(){label}", "value": t_bare * 1000,
         "unit": "ms"},
        {"benchmark": "parse", "measure": f"planwatch / bare selectolax{label}", "value": t_ours / t_bare, "unit": "x",
         **({"goal": "<= 5", "ok": t_ours / t_bare <= 5} if bare_goal else {})},
    ]
    if "traf" not in t:
        if goal:
            rows.append({"benchmark": "parse", "measure": "trafilatura", "value": "not installed"})
        return rows
    t_traf = t["traf"]
    rows += [
        {"benchmark": "parse", "measure": f"trafilatura.extract per page{label}", "value": t_traf * 1000,
         "unit": "ms"},
        {"benchmark": "parse", "measure": f"trafilatura / planwatch (speed-up){label}", "value": t_traf / t_ours,
         "unit": "x", **({"goal": ">= 8", "ok": t_traf / t_ours >= 8} if goal else {})},
    ]
    return rows


if __name__ == "__main__":
    for r in run():
        print(r)
