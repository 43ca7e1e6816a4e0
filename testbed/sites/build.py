"""Build the bundled sample sites from the seeds, hand-written plans and generated notices.

    python -m testbed.sites.build            # rebuild every site under testbed/sites/
    python -m testbed.sites.build --out DIR  # build them elsewhere

Deterministic: the same code gives byte-identical files (fixed seeds, fixed mtimes are not
needed since ETags hash the bytes). ``add_notices`` in ``testbed.sites`` reuses the renderers
here so list pages, ``records.json`` and detail pages always agree.

Long module: the generator of four sample sites; each builder is short, there are many.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import tomllib
from collections.abc import Set
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from testbed.sites import annexes, content, pages, render

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"

ROBOTS = """User-agent: *
Disallow: /manage/
Disallow: /jrobot/
Disallow: /module/visitcount/
"""

# --- site specs (written to site.toml) ----------------------------------------------------

SPECS: dict[str, dict[str, Any]] = {
    "hanweb_chengwu": {
        "name": "hanweb_chengwu",
        "platform": "hanweb",
        "id": "chengwu",
        "county": "成武县",
        "context": "chengwu",
        "site_name": "成武县人民政府",
        "host": "www.chengwu.gov.cn",
        "site_code": "3717230001",
        "icp": "鲁ICP备05021467号",
        "police": "鲁公网安备 37172302000117号",
        "charset": "utf-8",
        "header_charset": True,
        "hanweb": {
            "webid": 1,
            "webname": "成武县人民政府",
            "perpage": 15,
            "proxy_path": "/module/web/jpage/dataproxy.jsp",
            "column": [
                {"columnid": 39876, "unitid": 65432, "name": "通知公告", "records": "data/col39876.json"},
                {
                    "columnid": 39880,
                    "unitid": 65437,
                    "name": "政府办公室文件",
                    "records": "data/col39880.json",
                },
            ],
        },
    },
    "hanweb_juancheng": {
        "name": "hanweb_juancheng",
        "platform": "hanweb",
        "id": "juancheng",
        "county": "鄄城县",
        "context": "juancheng",
        "site_name": "鄄城县人民政府",
        "host": "www.juancheng.gov.cn",
        "site_code": "3717260001",
        "icp": "鲁ICP备05002245号",
        "police": "鲁公网安备37172602000105号",
        "charset": "utf-8",
        "header_charset": True,
        "gzip": True,
        "hanweb": {
            "webid": 75,
            "webname": "鄄城县人民政府",
            "perpage": 15,
            "li_style": "clearfix",
            "proxy_path": "/module/jslib/jquery/jpage/dataproxy.jsp",
            "column": [
                {"columnid": 5817, "unitid": 20944, "name": "政策文件", "records": "data/col5817.json"}
            ],
        },
    },
    "trs_zhangxi": {
        "name": "trs_zhangxi",
        "platform": "trs",
        "id": "zhangxi",
        "county": "樟溪县",
        "context": "zhangxi",
        "site_name": "樟溪县人民政府",
        "host": "www.zhangxi.gov.cn",
        "site_code": "3609270003",
        "icp": "赣ICP备10007342号-1",
        "police": "",
        "charset": "gbk",
        "header_charset": False,
        "trs": {
            "perpage": 10,
            "channel": [
                {"path": "/zwgk/tzgg/", "name": "通知公告", "catalog": 4521, "records": "data/tzgg.json"},
                {
                    "path": "/zwgk/zcwj/",
                    "name": "政策文件",
                    "catalog": 4524,
                    "records": "data/zcwj.json",
                    "style": "xxgk",
                    "perpage": 4,
                },
            ],
        },
    },
}


SPECS["jact_heze"] = {
    "name": "jact_heze",
    "platform": "generic",
    "id": "heze",
    "county": "菏泽市",
    "context": "heze",
    "site_name": "菏泽市人民政府",
    "host": "www.heze.gov.cn",
    "site_code": "3717000001",
    "icp": "鲁ICP备05002367号",
    "police": "鲁公网安备 37170202000101号",
    "charset": "utf-8",
    "header_charset": True,
    # copied into the generated sources.toml entry (the generic adapter's config)
    "source": {
        "link_pattern": r"/art/\d{4}/\d{1,2}/\d{1,2}/art_\d+_\d+\.html",
        "date_pattern": r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})",
    },
    "jact": {
        "perpage": 12,
        "list": [{"iid": 2761, "columnid": 36246, "name": "通知公告", "records": "data/col36246.json"}],
    },
}


def _flat(cfg: dict[str, Any]) -> dict[str, Any]:
    """site.toml → the dict the page templates read."""
    flat = dict(cfg)
    hw = cfg.get("hanweb", {})
    flat.update({k: v for k, v in hw.items() if k != "column"})
    flat["columns"] = hw.get("column", [])
    return flat


def _toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)


def write_site_toml(path: Path, cfg: dict[str, Any]) -> None:
    lines = [
        "# Replay site: read by testbed.replay (serving) and testbed.sites (sources.toml).",
        "# Generated by testbed/sites/build.py; start_paths are the list pages a crawler starts from.",
    ]
    tables: list[tuple[str, dict[str, Any]]] = []
    for k, v in cfg.items():
        if isinstance(v, dict):
            tables.append((k, v))
        else:
            lines.append(f"{k} = {_toml_value(v)}")
    for name, tbl in tables:
        lines.append(f"\n[{name}]")
        arrays = []
        for k, v in tbl.items():
            if isinstance(v, list) and v and isinstance(v[0], dict):
                arrays.append((k, v))
            else:
                lines.append(f"{k} = {_toml_value(v)}")
        for k, items in arrays:
            for item in items:
                lines.append(f"\n[[{name}.{k}]]")
                lines += [f"{ik} = {_toml_value(iv)}" for ik, iv in item.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tomllib.loads(path.read_text(encoding="utf-8"))  # must round-trip


def read_site_toml(site_dir: Path) -> dict[str, Any]:
    return tomllib.loads((site_dir / "site.toml").read_text(encoding="utf-8"))


# --- seeds --------------------------------------------------------------------------------

_HEAD_RE = re.compile(r"^[一二三四五六七八九十]+、")


def _body_blocks(
    lines: list[str], centred: Set[str] = frozenset(), right: Set[str] = frozenset()
) -> list[tuple[str, str]]:
    blocks = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if line in centred:
            blocks.append(("c", line))
        elif line in right:
            blocks.append(("r", line))
        elif _HEAD_RE.match(line):
            blocks.append(("h", line))
        else:
            blocks.append(("p", line))
    return blocks


def seed_chengwu() -> dict[str, Any]:
    """Seed 000 as a Hanweb detail page: metadata table restored from the text, body as-is."""
    lines = (SOURCES / "seed_000_chengwu.txt").read_text(encoding="utf-8").splitlines()
    title = "成武县人民政府办公室关于印发成武县建设绿色低碳高质量发展先行区2023年重点工作任务的通知"
    start = next(i for i, line in enumerate(lines) if line.strip() == title and i > 15) + 1
    end = next(i for i, line in enumerate(lines) if line.strip().startswith("打印"))
    body = _body_blocks(
        lines[start:end],
        centred={"成武县建设绿色低碳高质量发展先行区2023年重点工作任务", "政办字20239"},
        right={"成武县人民政府办公室", "2023731"},
    )
    return {
        "title": title,
        "date": "2023-07-31",
        "written": "2023-07-31",
        "time": "16:45",
        "issuer": "成武县人民政府办公室",
        "source": "成武县人民政府办公室",
        "index_no": "113717230044875813/2023-07021",
        "category": "政府办公室文件",
        "doc_number": "成政办字〔2023〕9号",
        "summary": title,
        "validity": "有效",
        "blocks": body,
        "kind": "plan",
        "seed": "000",
    }


def seed_juancheng() -> dict[str, Any]:
    """Seed 002 as a Hanweb detail page; its page only showed 标题 and 发布日期."""
    lines = (SOURCES / "seed_002_juancheng.txt").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "中共鄄城县委 鄄城县人民政府")
    end = next(i for i, line in enumerate(lines) if line.strip().startswith("鲁公网安备"))
    title = (
        "中共鄄城县委 鄄城县人民政府 关于印发《鄄城县深化新旧动能转换 推动绿色低碳高质量发展"
        "三年行动计划(2023—2025年)》的通知"
    )
    body = _body_blocks(
        lines[start:end],
        centred={
            "中共鄄城县委 鄄城县人民政府",
            lines[start + 1].strip(),
            "鄄城县深化新旧动能转换推动绿色低碳高质量发展三年行动计划(2023—2025年)",
        },
        right={"中共鄄城县委", "鄄城县人民政府", "2023年8月22日"},
    )
    return {
        "title": title,
        "date": "2023-08-22",
        "time": "17:20",
        "issuer": "中共鄄城县委 鄄城县人民政府",
        "source": "鄄城县人民政府办公室",
        "xxgk_fields": ["标题", "发布日期"],
        "blocks": body,
        "kind": "plan",
        "seed": "002",
        "no_h1": True,
    }


# --- Hanweb sites -------------------------------------------------------------------------


def hanweb_path(columnid: int, doc_id: int, d: str) -> str:
    y, m, dd = (int(x) for x in d.split("-"))
    return f"/art/{y}/{m}/{dd}/art_{columnid}_{doc_id}.html"


def write_hanweb_doc(
    site_dir: Path, cfg: dict[str, Any], column: dict[str, Any], doc: dict[str, Any]
) -> None:
    path = site_dir / "www" / doc["path"].lstrip("/")
    path.parent.mkdir(parents=True, exist_ok=True)
    render.atomic_write(path, pages.hanweb_detail(_flat(cfg), column, doc).encode("utf-8"))


def write_hanweb_column(site_dir: Path, cfg: dict[str, Any], column: dict[str, Any]) -> None:
    records = render.load_records(site_dir / column["records"])
    out = site_dir / "www" / "col" / f"col{column['columnid']}" / "index.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    proxy = cfg["hanweb"].get("proxy_path", "/module/web/jpage/dataproxy.jsp")
    render.atomic_write(out, pages.hanweb_column(_flat(cfg), column, records, proxy).encode("utf-8"))


def _dates_back(newest: date, n: int, seed: int) -> list[date]:
    import random

    rng = random.Random(seed)
    out, d = [], newest
    for _ in range(n):
        out.append(d)
        d -= timedelta(days=rng.randint(1, 6))
    return out


def _assign(docs: list[dict[str, Any]], columnid: int, first_id: int) -> list[dict[str, Any]]:
    """Give ids (growing with date) and paths; return records newest first."""
    docs.sort(key=lambda x: (x["date"], x.get("time", "")))
    for i, doc in enumerate(docs):
        doc["id"] = first_id + i * 7
        doc["path"] = hanweb_path(columnid, doc["id"], doc["date"])
    return [_record(d) for d in reversed(docs)]


def _record(doc: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": doc["id"],
        "path": doc["path"],
        "title": doc["title"],
        "date": doc["date"],
        "kind": doc.get("kind", "notice"),
        "index_no": doc.get("index_no") or "",
        "issuer": doc.get("issuer") or "",
    }


def _insert_dated(records: list[dict[str, Any]], record: dict[str, Any]) -> None:
    """Put `record` into a list's records (newest first) before the first older one."""
    at = next(i for i, r in enumerate(records) if r["date"] < record["date"])
    records.insert(at, record)


def build_hanweb(name: str, out_root: Path) -> Path:
    cfg = json.loads(json.dumps(SPECS[name]))
    site_dir = out_root / name
    if site_dir.exists():
        shutil.rmtree(site_dir)
    (site_dir / "www").mkdir(parents=True)
    (site_dir / "data").mkdir()
    ctx = cfg["context"]
    cols = cfg["hanweb"]["column"]
    cfg["start_paths"] = [f"/col/col{c['columnid']}/index.html" for c in cols]
    if name == "hanweb_chengwu":
        notice_docs = content.notices(ctx, _dates_back(date(2023, 9, 26), 33, 1), seed=11, plans=0)
        gov_docs = content.notices(
            ctx,
            _dates_back(date(2023, 9, 12), 5, 2),
            seed=12,
            plans=2,
            seq_start=200,
            avoid={x["title"] for x in notice_docs},
        )
        gov_docs.append(seed_chengwu())
        plan = [(cols[0], notice_docs, 10280113), (cols[1], gov_docs, 10276002)]
    else:
        docs = content.notices(ctx, _dates_back(date(2023, 9, 20), 17, 3), seed=21, plans=1)
        docs.append(seed_juancheng())
        annex_docs, files = annexes.notices(date(2023, 9, 11))  # plans published only as attachments
        docs.extend(annex_docs)
        (site_dir / "attachments").mkdir()
        for fn, data in files.items():
            (site_dir / "attachments" / fn).write_bytes(data)
        plan = [(cols[0], docs, 4102031)]
    for column, docs, first_id in plan:
        records = _assign(docs, column["columnid"], first_id)
        if name == "hanweb_chengwu" and column is cols[1]:
            # the seed plan is also "referenced" (信息引用) into 通知公告 under its own URL:
            # two lists, one document
            seed_rec = next(r for r in records if r["id"] == first_id)
            notices = render.load_records(site_dir / cols[0]["records"])
            _insert_dated(notices, dict(seed_rec))
            render.save_records(site_dir / cols[0]["records"], notices)
            write_hanweb_column(site_dir, cfg, cols[0])
        if name == "hanweb_chengwu" and column is cols[0]:
            # a cross-host record, as on real portals (portal_samples/05): must not be followed
            offhost = {
                "id": 10412345,
                "path": "http://www.heze.gov.cn/art/2023/9/8/art_36246_10412345.html",
                "title": "菏泽市人民政府办公室关于做好2023年秋季森林防灭火工作的通知",
                "date": "2023-09-08",
                "kind": "offhost",
            }
            _insert_dated(records, offhost)
        render.save_records(site_dir / column["records"], records)
        for doc in docs:
            write_hanweb_doc(site_dir, cfg, column, doc)
        write_hanweb_column(site_dir, cfg, column)
    write_site_toml(site_dir / "site.toml", cfg)
    write_common_files(site_dir, cfg)
    return site_dir


def write_common_files(site_dir: Path, cfg: dict[str, Any]) -> None:
    www = site_dir / "www"
    (www / "robots.txt").write_text(ROBOTS, encoding="ascii")
    links = "".join(f'<li><a href="{p}">{p}</a></li>' for p in cfg["start_paths"])
    home = (
        f'<!DOCTYPE html><html><head><meta charset="{cfg["charset"]}"><title>{cfg["site_name"]}</title>'
        f"</head><body><h1>{cfg['site_name']}</h1><ul>{links}</ul></body></html>\n"
    )
    (www / "index.html").write_bytes(home.encode(cfg["charset"]))


# --- TRS sites ---------------------------------------------------------------------------


def trs_path(channel: dict[str, Any], doc: dict[str, Any]) -> str:
    y, m, d = doc["date"].split("-")
    return f"{channel['path']}{y}{m}/t{y}{m}{d}_{doc['id']}.html"


_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def write_trs_doc(site_dir: Path, cfg: dict[str, Any], channel: dict[str, Any], doc: dict[str, Any]) -> None:
    path = site_dir / "www" / doc["path"].lstrip("/")
    path.parent.mkdir(parents=True, exist_ok=True)
    render.atomic_write(path, pages.trs_detail(_flat(cfg), channel, doc).encode("gbk", "xmlcharrefreplace"))
    for fn, _show in doc.get("attachments") or []:
        if not fn.lower().startswith("p0"):  # TRS attachments are ./P0YYYYMMDD….pdf beside the page
            continue
        (path.parent / fn).write_bytes(_PDF.replace(b"1 0 obj", b"% " + fn.encode() + b"\n1 0 obj"))


def write_trs_channel(site_dir: Path, cfg: dict[str, Any], channel: dict[str, Any]) -> None:
    records = render.load_records(site_dir / channel["records"])
    per = int(channel.get("perpage", cfg["trs"].get("perpage", 10)))
    count = max(1, -(-len(records) // per))
    folder = site_dir / "www" / channel["path"].strip("/")
    folder.mkdir(parents=True, exist_ok=True)
    stale = set(folder.glob("index*.html"))
    for i in range(count):
        name = "index.html" if i == 0 else f"index_{i}.html"
        chunk = records[i * per : (i + 1) * per]
        if channel.get("style") == "xxgk":
            text = pages.trs_list_xxgk(_flat(cfg), channel, chunk, i, count, len(records))
        else:
            text = pages.trs_list(_flat(cfg), channel, chunk, i, count)
        render.atomic_write(folder / name, text.encode("gbk", "xmlcharrefreplace"))
        stale.discard(folder / name)
    for path in stale:  # pages beyond the new count (only after a list shrank)
        path.unlink()


def _trs_docs(
    docs: list[dict[str, Any]], channel: dict[str, Any], first_id: int, lie_at: int | None = None
) -> list[dict[str, Any]]:
    docs.sort(key=lambda x: x["date"])
    for i, doc in enumerate(docs):
        doc["id"] = first_id + i * 13
        doc["path"] = trs_path(channel, doc)
        doc["meta_charset"] = ("gb2312", "", "GBK")[i % 3]
        trs_attachments(doc)
    if lie_at is not None:
        docs[lie_at]["meta_charset"] = "utf-8"  # a <meta> that lies about GBK bytes
    return [_record(d) for d in reversed(docs)]


def trs_attachments(doc: dict[str, Any]) -> None:
    """TRS names attachments ./P0YYYYMMDD….pdf beside the detail page."""
    if doc.get("attachments"):
        stamp = doc["date"].replace("-", "")
        doc["attachments"] = [
            (f"P0{stamp}{hash_int(show + doc['date']) % 10**12:012d}.pdf", show)
            for _fn, show in doc["attachments"]
        ]


def hash_int(text: str) -> int:
    import hashlib

    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:12], 16)


def build_trs(name: str, out_root: Path) -> Path:
    cfg = json.loads(json.dumps(SPECS[name]))
    site_dir = out_root / name
    if site_dir.exists():
        shutil.rmtree(site_dir)
    (site_dir / "www").mkdir(parents=True)
    (site_dir / "data").mkdir()
    chans = cfg["trs"]["channel"]
    cfg["start_paths"] = [c["path"] + "index.html" for c in chans]
    notices = content.notices("zhangxi", _dates_back(date(2024, 2, 29), 22, 5), seed=31, plans=0)
    policy = (
        content.notices(
            "zhangxi",
            _dates_back(date(2024, 3, 20), 7, 6),
            seed=32,
            plans=1,
            avoid={d["title"] for d in notices},
        )
        + content.trs_plans()
    )
    for channel, docs, first_id, lie in ((chans[0], notices, 1452301, 4), (chans[1], policy, 1449877, None)):
        records = _trs_docs(docs, channel, first_id, lie)
        if channel is chans[0]:
            # a row linking to the city's site (another host): not to be followed
            offhost = {
                "id": 5011873,
                "path": "http://www.yichun.gov.cn/ycszf/tzgg/202402/t20240206_5011873.html",
                "title": "宜春市人民政府办公室关于做好2024年春节期间安全生产工作的通知",
                "date": "2024-02-06",
                "kind": "offhost",
                "index_no": "",
                "issuer": "宜春市人民政府办公室",
            }
            _insert_dated(records, offhost)
        render.save_records(site_dir / channel["records"], records)
        for doc in docs:
            write_trs_doc(site_dir, cfg, channel, doc)
        write_trs_channel(site_dir, cfg, channel)
    write_site_toml(site_dir / "site.toml", cfg)
    write_common_files(site_dir, cfg)
    return site_dir


# --- jcms1 / jact site (generic adapter) ----------------------------------------------------


def build_jact(name: str, out_root: Path) -> Path:
    cfg = json.loads(json.dumps(SPECS[name]))
    site_dir = out_root / name
    if site_dir.exists():
        shutil.rmtree(site_dir)
    (site_dir / "www").mkdir(parents=True)
    (site_dir / "data").mkdir()
    lst = cfg["jact"]["list"][0]
    cfg["start_paths"] = [f"{render.JACT_PATH}?iid={lst['iid']}&page=1"]
    docs = content.notices(cfg["context"], _dates_back(date(2023, 9, 8), 26, 7), seed=41, plans=1)
    # the newest is the notice a county list (hanweb_chengwu) links to across hosts
    docs[0] = content.forest_fire_notice()
    records = _assign(docs, lst["columnid"], 10412345 - 7 * (len(docs) - 1))
    render.save_records(site_dir / lst["records"], records)
    column = {"columnid": lst["columnid"], "name": lst["name"]}
    for doc in docs:
        write_hanweb_doc(site_dir, cfg, column, doc)
    write_jact_list(site_dir, cfg, lst)
    write_site_toml(site_dir / "site.toml", cfg)
    write_common_files(site_dir, cfg)
    return site_dir


def write_jact_list(site_dir: Path, cfg: dict[str, Any], lst: dict[str, Any]) -> None:
    out = site_dir / "www" / "col" / f"col{lst['columnid']}" / "index.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    render.atomic_write(out, pages.jact_shell(_flat(cfg), lst).encode("utf-8"))


# --- platform dispatch (used by testbed.sites.add_notices) --------------------------------


def record_of(doc: dict[str, Any]) -> dict[str, Any]:
    return _record(doc)


def place_doc(site_dir: Path, cfg: dict[str, Any], group: dict[str, Any], doc: dict[str, Any]) -> None:
    """Give a new document its URL path (from its id and date) and write its detail page."""
    if cfg["platform"] in ("hanweb", "generic"):
        doc["path"] = hanweb_path(group["columnid"], doc["id"], doc["date"])
        write_hanweb_doc(site_dir, cfg, group, doc)
    else:
        doc["path"] = trs_path(group, doc)
        trs_attachments(doc)
        write_trs_doc(site_dir, cfg, group, doc)


def list_files(site_dir: Path, cfg: dict[str, Any], group: dict[str, Any]) -> list[Path]:
    if cfg["platform"] in ("hanweb", "generic"):
        return [site_dir / "www" / "col" / f"col{group['columnid']}" / "index.html"]
    folder = site_dir / "www" / group["path"].strip("/")
    return sorted(folder.glob("index*.html"))


def write_lists(site_dir: Path, cfg: dict[str, Any], group: dict[str, Any]) -> list[Path]:
    """Re-render the list page(s) of a column/channel from its records; returns the files."""
    if cfg["platform"] == "hanweb":
        write_hanweb_column(site_dir, cfg, group)
    elif cfg["platform"] == "generic":
        write_jact_list(site_dir, cfg, group)  # the shell; the list itself is dynamic
    else:
        write_trs_channel(site_dir, cfg, group)
    return list_files(site_dir, cfg, group)


# --- entry --------------------------------------------------------------------------------

BUILDERS = {
    "hanweb_chengwu": build_hanweb,
    "hanweb_juancheng": build_hanweb,
    "trs_zhangxi": build_trs,
    "jact_heze": build_jact,
}


def build_all(out_root: Path) -> list[Path]:
    return [BUILDERS[name](name, out_root) for name in BUILDERS]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True, help="folder to build the sites in")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args(argv)
    for name in args.names or list(BUILDERS):
        print(BUILDERS[name](name, args.out))


if __name__ == "__main__":
    main()
