"""Sample-site notices whose plan is only an attachment (issue 12), and the files attached.

Seven short 印发 notices on `hanweb_juancheng`, each linking (Hanweb `downfile.jsp`) to one
file generated here from the content below (`attachfiles`, deterministic): a DOCX task table,
an XLSX 任务分解表 with merged category cells, a text PDF, a scanned PDF (image only), a WPS
file, an OFD file and a ZIP of two (a DOCX and an XLSX). The replay portal serves every one as
`application/pdf`, the wrong type real portals send. `PLANTED` holds what each file states
(tasks, their lead units, targets): the crawl test scores the parse against it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from testbed.sites import attachfiles as af

COUNTY = "鄄城县"
HEAD = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]


def _rows(items: list[tuple[str, str, str, str]]) -> list[list[str]]:
    return [HEAD] + [[str(i), *item] for i, item in enumerate(items, 1)]


DOCX_TASKS = [
    ("新建5G基站120个", "县工业和信息化局", "县通信发展办公室", "2023年12月底前"),
    ("改造提升农村公路80公里", "县交通运输局", "各镇人民政府", "2023年11月底前"),
    ("新增城镇就业2000人", "县人力资源和社会保障局", "县财政局", "2023年12月底前"),
]
XLSX_SHEET = [
    [f"{COUNTY}2023年民生实事任务分解表"],
    ["类别", "序号", "工作任务", "牵头单位", "完成时限"],
    ["教育", "1", "新增公办幼儿园学位600个", "县教育和体育局", "2023年9月底前"],
    ["", "2", "改扩建中小学校舍3所", "县教育和体育局", "2023年12月底前"],
    ["医疗", "3", "建设村卫生室标准化示范点20个", "县卫生健康局", "2023年12月底前"],
    ["", "4", "开展老年人免费体检3万人次", "县卫生健康局", "2023年10月底前"],
]
PDF_TASKS = [
    ("完成植树造林5000亩", "县自然资源和规划局", "各镇人民政府", "2023年12月底前"),
    ("建成污水处理站4座", "县住房和城乡建设局", "县生态环境分局", "2023年11月底前"),
]
WPS_TASKS = [
    ("新增规模以上工业企业10家", "县工业和信息化局", "县统计局", "2023年12月底前"),
    ("引进亿元以上项目15个", "县商务局", "县发展和改革局", "2023年12月底前"),
]
OFD_LINES = [
    f"{COUNTY}2023年农业农村重点工作任务",
    "一、粮食生产",
    "1.稳定粮食播种面积100万亩，县农业农村局牵头，2023年10月底前完成。",
    "2.新建高标准农田3万亩，县农业农村局牵头，2023年12月底前完成。",
]
ZIP_DOCX_TASKS = [("建设口袋公园6处", "县住房和城乡建设局", "县城市管理局", "2023年12月底前")]
ZIP_XLSX_SHEET = [
    ["类别", "序号", "工作任务", "牵头单位", "完成时限"],
    ["城市更新", "1", "改造老旧小区12个", "县住房和城乡建设局", "2023年12月底前"],
    ["", "2", "新增停车泊位800个", "县城市管理局", "2023年12月底前"],
]


def _docx(title: str, items: list[tuple[str, str, str, str]]) -> bytes:
    return af.docx_bytes([("p", title), ("t", _rows(items), [])])


def _files() -> list[dict[str, Any]]:
    """(file name, shown name, bytes, plan name, planted tasks as (title, lead), planted target values)."""
    # Long function: the seven files, one entry each, read as a table.
    zipped = af.zip_bytes(
        [
            (
                "附件1：城区口袋公园建设任务.docx",
                _docx(f"{COUNTY}2023年城区口袋公园建设任务", ZIP_DOCX_TASKS),
            ),
            ("附件2：城市更新任务分解表.xlsx", af.xlsx_bytes([("城市更新", ZIP_XLSX_SHEET, [(1, 0, 2, 0)])])),
        ]
    )
    return [
        {
            "file": "P020230915001.docx",
            "show": f"{COUNTY}2023年重点工作任务分解表.docx",
            "plan": f"{COUNTY}2023年重点工作任务分解表",
            "data": _docx(f"{COUNTY}2023年重点工作任务分解表", DOCX_TASKS),
            "tasks": [(t[0], t[1]) for t in DOCX_TASKS],
            "targets": [120.0, 80.0, 2000.0],
        },
        {
            "file": "P020230916002.xlsx",
            "show": f"{COUNTY}2023年民生实事任务分解表.xlsx",
            "plan": f"{COUNTY}2023年民生实事任务分解表",
            "data": af.xlsx_bytes([("任务分解", XLSX_SHEET, [(0, 0, 0, 4), (2, 0, 3, 0), (4, 0, 5, 0)])]),
            "tasks": [(r[2], r[3]) for r in XLSX_SHEET[2:]],
            "targets": [600.0, 3.0, 20.0, 3.0],
        },
        {
            "file": "P020230917003.pdf",
            "show": f"{COUNTY}2023年生态环境保护重点任务.pdf",
            "plan": f"{COUNTY}2023年生态环境保护重点任务",
            "data": af.pdf_bytes([("p", f"{COUNTY}2023年生态环境保护重点任务"), ("t", _rows(PDF_TASKS))]),
            "tasks": [(t[0], t[1]) for t in PDF_TASKS],
            "targets": [5000.0, 4.0],
        },
        {
            "file": "P020230918004.pdf",
            "show": f"{COUNTY}2023年安全生产重点工作任务（扫描件）.pdf",
            "plan": f"{COUNTY}2023年安全生产重点工作任务",
            "data": af.scanned_pdf_bytes(2),
            "tasks": [],
            "targets": [],
            "status": "scanned",
        },
        {
            "file": "P020230919005.wps",
            "show": f"{COUNTY}2023年招商引资和工业经济重点任务.wps",
            "plan": f"{COUNTY}2023年招商引资和工业经济重点任务",
            "data": af.doc_bytes(
                [("p", f"{COUNTY}2023年招商引资和工业经济重点任务"), ("t", _rows(WPS_TASKS))]
            ),
            "tasks": [(t[0], t[1]) for t in WPS_TASKS],
            "targets": [10.0, 15.0],
        },
        {
            "file": "P020230920006.ofd",
            "show": f"{COUNTY}2023年农业农村重点工作任务.ofd",
            "plan": f"{COUNTY}2023年农业农村重点工作任务",
            "data": af.ofd_bytes(OFD_LINES),
            "tasks": [
                ("稳定粮食播种面积100万亩，县农业农村局牵头，2023年10月底前完成", "县农业农村局"),
                ("新建高标准农田3万亩，县农业农村局牵头，2023年12月底前完成", "县农业农村局"),
            ],
            "targets": [100.0, 3.0],
        },
        {
            "file": "P020230921007.zip",
            "show": f"{COUNTY}2023年城市建设重点任务（附件2个）.zip",
            "plan": f"{COUNTY}2023年城市建设重点任务",
            "data": zipped,
            "tasks": [(t[0], t[1]) for t in ZIP_DOCX_TASKS] + [(r[2], r[3]) for r in ZIP_XLSX_SHEET[1:]],
            "targets": [6.0, 12.0, 800.0],
        },
    ]


FILES = _files()
PLANTED = {f["show"]: f for f in FILES}


def notices(start: date) -> tuple[list[dict[str, Any]], dict[str, bytes]]:
    """The notice documents (one a day from `start`) and the attachment files by file name."""
    docs = []
    for k, f in enumerate(FILES):
        d = date.fromordinal(start.toordinal() + k)
        title = f"{COUNTY}人民政府办公室关于印发《{f['plan']}》的通知"
        blocks = [
            ("p", "各镇人民政府、街道办事处，县政府各部门、各直属机构："),
            ("p", f"现将《{f['plan']}》印发给你们，请结合实际，认真抓好贯彻落实。"),
            ("p", "附件：" + f["show"].rsplit(".", 1)[0]),
            ("r", f"{COUNTY}人民政府办公室"),
            ("r", f"{d.year}年{d.month}月{d.day}日"),
        ]
        docs.append(
            {
                "title": title,
                "date": d.isoformat(),
                "written": d.isoformat(),
                "time": "10:00",
                "issuer": f"{COUNTY}人民政府办公室",
                "source": f"{COUNTY}人民政府办公室",
                "category": "政府办公室文件",
                "doc_number": f"鄄政办字〔2023〕{31 + k}号",
                "index_no": f"11372926004388855X/2023-{900 + k:05d}",
                "summary": title,
                "validity": "有效",
                "blocks": blocks,
                "kind": "plan",
                "attachments": [(f["file"], f["show"])],
            }
        )
    return docs, {f["file"]: f["data"] for f in FILES}
