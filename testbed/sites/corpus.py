"""Replay sites built from a folder of real plan excerpts, to measure the crawled path.

    python -m testbed.sites.corpus --corpus ../shared/spec/dev --out /tmp/corpus-sites [--mode br]

``build_corpus(corpus_dir, out_root)`` turns every ``NAME.txt`` of a folder (answers, if any,
in ``gold/NAME.json``, the form of spec/EXTRACTION.md) into a detail page of one of two sites,
alternately in name order: ``corpus_hanweb`` (Hanweb JCMS, UTF-8, ``dataproxy.jsp`` paging) and
``corpus_trs`` (TRS WCM, GBK, ``index_N.html`` paging). The pages use the sample sites'
templates and builders (``pages``, ``build``), so they carry the same chrome, lists and paging;
what each page shows (its 信息公开 fields, title, date and body blocks) comes from
``testbed.sites.excerpts``. A page whose title or date is unknown shows none (the list and the
URL still need a date: ``FALLBACK_DATE`` counting back, never printed on the page).

Deterministic: the same folder gives byte-identical sites. ``data/pages.json`` of each site maps
a detail URL path to the excerpt's name (``corpus_pages``).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import zlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from testbed.sites import build, render
from testbed.sites.excerpts import Excerpt, body_blocks, load_excerpts
from testbed.sites.renderings import ALL as MODES
from testbed.sites.renderings import Rendering, attachment_bytes, notice_blocks, rendering

HANWEB, TRS = "corpus_hanweb", "corpus_trs"
PAGES_FILE = "data/pages.json"
FALLBACK_DATE = date(2025, 1, 1)  # list/URL date of a page that shows none (never on the page)

SPECS: dict[str, dict[str, Any]] = {
    HANWEB: {
        "name": HANWEB,
        "platform": "hanweb",
        "id": "corpus_hanweb",
        "county": "青岚县",
        "site_name": "青岚县人民政府",
        "host": "www.qinglan.gov.cn",
        "site_code": "3399010001",
        "icp": "示ICP备00000001号",
        "police": "示公网安备 00000000000001号",
        "charset": "utf-8",
        "header_charset": True,
        "hanweb": {
            "webid": 3,
            "webname": "青岚县人民政府",
            "perpage": 15,
            "proxy_path": "/module/web/jpage/dataproxy.jsp",
            "column": [
                {"columnid": 51001, "unitid": 72001, "name": "政策文件", "records": "data/col51001.json"}
            ],
        },
    },
    TRS: {
        "name": TRS,
        "platform": "trs",
        "id": "corpus_trs",
        "county": "白石县",
        "site_name": "白石县人民政府",
        "host": "www.baishi.gov.cn",
        "site_code": "3399020001",
        "icp": "示ICP备00000002号-1",
        "police": "",
        "charset": "gbk",
        "header_charset": False,
        "trs": {
            "perpage": 10,
            "channel": [
                {"path": "/zwgk/zcwj/", "name": "政策文件", "catalog": 5101, "records": "data/zcwj.json"}
            ],
        },
    },
}

# --- sites ---------------------------------------------------------------------------------


@dataclass
class CorpusSites:
    """The built sites: ``sites`` maps a site name to its folder, ``pages`` a detail URL path
    to the excerpt's name; ``notices`` (``linked`` mode) the path of the short notice that links
    each plan page to the excerpt's name."""

    root: Path
    sites: dict[str, Path]
    pages: dict[str, str]
    notices: dict[str, str] = field(default_factory=dict)


_FIELD_LINES = (
    ("title", "标题"),
    ("issuer", "发布机构"),
    ("written", "成文日期"),
    ("page_date", "发布日期"),
    ("doc_number", "文号"),
    ("index_no", "索引号"),
)


def _blocks(ex: Excerpt, how: Rendering, centred: set[str]) -> list[tuple[str, Any]]:
    if how.blocks == "raw":
        return [("raw", [s for raw in ex.text.splitlines() if (s := raw.strip(" \t\u3000\xa0"))])]
    blocks = body_blocks(ex.text, mode=how.blocks, centred=centred)
    if how.fields == "body":  # the 信息公开 fields as labelled lines atop the body
        blocks = [("p", f"{label}：{ex.fields[k]}") for k, label in _FIELD_LINES if ex.fields.get(k)] + blocks
    return blocks


def _doc(ex: Excerpt, i: int, mode: str) -> dict[str, Any]:
    how = rendering(mode)
    f = ex.fields
    shown = f.get("page_date")
    list_date = shown or (FALLBACK_DATE - timedelta(days=i)).isoformat()
    first_line = next((line.strip() for line in ex.text.splitlines() if line.strip()), ex.name)
    centred = {t for t in (f.get("title"), ex.plan_title) if t}
    known = {k: f.get(k) for k in ("issuer", "written", "doc_number", "index_no")}
    bare = how.fields == "none"
    doc = {
        "title": f.get("title") or first_line[:40],  # the lists always show something
        "page_title": None if bare else f.get("title"),
        "date": list_date,
        "page_date": None if bare else shown,
        **known,
        "source": f.get("issuer"),
        "sparse": True,
        "no_xxgk": how.fields != "xxgk" or not any((f.get("title"), shown, *known.values())),
        "no_h1": not how.heading,
        "style": how.body,
        "container": how.container,
        "head_title": how.head_title,
        "blocks": _blocks(ex, how, centred),
        "excerpt": ex.name,
        "rendering": mode,
    }
    if how.attachment or how.linked:
        doc["name"] = _plan_name(doc, ex.text)
    if how.attachment:
        _attached(doc, how.attachment)
    return doc


def _elsewhere(doc: dict[str, Any], path_of: Any) -> list[dict[str, Any]]:
    """The pages to write for a doc: itself, or (``linked``) a short notice (``doc``, the one
    the list shows) and the plan on a page of its own (``doc['plan_path']``, next id). An
    attachment mode has already made ``doc`` a notice and its ``files``."""
    if not rendering(doc["rendering"]).linked:
        return [doc]
    plan = {**doc, "id": doc["id"] + 1}
    plan["path"] = doc["plan_path"] = path_of(plan)
    name = doc.pop("name")
    doc["title"] = doc["page_title"] = _notice_title(name)
    doc["blocks"] = notice_blocks(doc["title"], doc.get("issuer"), (plan["path"], f"《{name}》"))
    return [doc, plan]


def _plan_name(doc: dict[str, Any], text: str) -> str:
    """What a notice calls the plan: the page's title, else the text's first line that reads as a
    name (no table border, no sentence), else a name made up from the excerpt's."""
    if doc["page_title"]:
        return str(doc["page_title"])
    for line in text.splitlines():
        line = line.strip(" \t\u3000")
        if 4 <= len(line) <= 40 and "|" not in line and not re.search("[。，；,;:：]", line):
            return line
    return f"工作任务清单（{doc['excerpt']}）"


def _notice_title(name: str) -> str:
    return name if "印发" in name else f"关于印发《{name}》的通知"


def _attached(doc: dict[str, Any], kind: str) -> None:
    """The text only in an attached file: the page a short 印发 notice (attachment modes)."""
    name = doc.pop("name")
    show = f"{name}.{kind}"
    fn = f"{zlib.crc32(show.encode('utf-8')):08x}{doc['excerpt']}.{kind}"
    doc["files"] = {fn: attachment_bytes(doc["blocks"], kind)}
    doc["attachments"] = [(fn, show)]
    doc["title"] = doc["page_title"] = _notice_title(name)
    doc["blocks"] = notice_blocks(doc["title"], doc.get("issuer"))


def _fresh(site_dir: Path) -> None:
    if site_dir.exists():
        shutil.rmtree(site_dir)
    (site_dir / "www").mkdir(parents=True)
    (site_dir / "data").mkdir()


def _build_hanweb(
    site_dir: Path, docs: list[dict[str, Any]], notices: dict[str, str] | None = None
) -> dict[str, str]:
    cfg = json.loads(json.dumps(SPECS[HANWEB]))
    _fresh(site_dir)
    column = cfg["hanweb"]["column"][0]
    cfg["start_paths"] = [f"/col/col{column['columnid']}/index.html"]
    docs.sort(key=lambda d: (d["date"], d["excerpt"]))
    pages: dict[str, str] = {}
    for i, doc in enumerate(docs):
        doc["id"] = 3100001 + i * 7
        doc["path"] = build.hanweb_path(column["columnid"], doc["id"], doc["date"])
        for page in _elsewhere(doc, lambda d: build.hanweb_path(column["columnid"], d["id"], d["date"])):
            build.write_hanweb_doc(site_dir, cfg, column, page)
        for fn, data in doc.pop("files", {}).items():
            (site_dir / "attachments").mkdir(exist_ok=True)
            (site_dir / "attachments" / fn).write_bytes(data)
        pages[doc.get("plan_path", doc["path"])] = doc["excerpt"]
        if "plan_path" in doc and notices is not None:
            notices[doc["path"]] = doc["excerpt"]
    render.save_records(site_dir / column["records"], [build.record_of(d) for d in reversed(docs)])
    build.write_hanweb_column(site_dir, cfg, column)
    build.write_site_toml(site_dir / "site.toml", cfg)
    build.write_common_files(site_dir, cfg)
    return pages


def _build_trs(
    site_dir: Path, docs: list[dict[str, Any]], notices: dict[str, str] | None = None
) -> dict[str, str]:
    cfg = json.loads(json.dumps(SPECS[TRS]))
    _fresh(site_dir)
    channel = cfg["trs"]["channel"][0]
    cfg["start_paths"] = [channel["path"] + "index.html"]
    docs.sort(key=lambda d: (d["date"], d["excerpt"]))
    pages: dict[str, str] = {}
    for i, doc in enumerate(docs):
        doc["id"] = 2200001 + i * 13
        doc["path"] = build.trs_path(channel, doc)
        doc["meta_charset"] = (
            "utf-8" if rendering(doc["rendering"]).charset_lie else ("gb2312", "", "GBK")[i % 3]
        )
        data = list(doc.pop("files", {}).values())
        if data:
            build.trs_attachments(doc)  # ./P0YYYYMMDD….pdf beside the page, whatever the format
        for page in _elsewhere(doc, lambda d: build.trs_path(channel, d)):
            build.write_trs_doc(site_dir, cfg, channel, page)
        for (fn, _show), content in zip(doc.get("attachments") or [], data, strict=False):
            (site_dir / "www" / doc["path"].lstrip("/")).parent.joinpath(fn).write_bytes(content)
        pages[doc.get("plan_path", doc["path"])] = doc["excerpt"]
        if "plan_path" in doc and notices is not None:
            notices[doc["path"]] = doc["excerpt"]
    render.save_records(site_dir / channel["records"], [build.record_of(d) for d in reversed(docs)])
    build.write_trs_channel(site_dir, cfg, channel)
    build.write_site_toml(site_dir / "site.toml", cfg)
    build.write_common_files(site_dir, cfg)
    return pages


def build_corpus(
    corpus_dir: str | Path,
    out_root: str | Path,
    *,
    gold_dir: str | Path | None = None,
    mode: str = "lines",
) -> CorpusSites:
    """Build ``corpus_hanweb`` and ``corpus_trs`` under ``out_root`` from the excerpts of
    ``corpus_dir`` (even positions in name order go to Hanweb, odd ones to TRS)."""
    excerpts = load_excerpts(corpus_dir, gold_dir)
    if not excerpts:
        raise FileNotFoundError(f"no .txt excerpts in {corpus_dir}")
    docs = [_doc(ex, i, mode) for i, ex in enumerate(excerpts)]
    out_root = Path(out_root)
    sites = {HANWEB: out_root / HANWEB, TRS: out_root / TRS}
    pages: dict[str, str] = {}
    notices: dict[str, str] = {}
    for name, builder, part in ((HANWEB, _build_hanweb, docs[0::2]), (TRS, _build_trs, docs[1::2])):
        own = builder(sites[name], part, notices)
        render.save_records(
            sites[name] / PAGES_FILE, [{"path": p, "name": n} for p, n in sorted(own.items())]
        )
        pages.update(own)
    return CorpusSites(out_root, sites, pages, notices)


def corpus_pages(site_dir: str | Path) -> dict[str, str]:
    """URL path -> excerpt name of a site built by ``build_corpus``."""
    return {r["path"]: r["name"] for r in render.load_records(Path(site_dir) / PAGES_FILE)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True, help="folder of NAME.txt excerpts")
    ap.add_argument("--gold", type=Path, help="folder of NAME.json answers (default: CORPUS/gold)")
    ap.add_argument("--out", type=Path, required=True, help="folder to build the two sites in")
    ap.add_argument("--mode", choices=MODES, default="lines", help="rendering (testbed.sites.renderings)")
    args = ap.parse_args(argv)
    try:
        built = build_corpus(args.corpus, args.out, gold_dir=args.gold, mode=args.mode)
    except (OSError, ValueError) as exc:  # no excerpts, an unreadable file, a bad gold file
        ap.exit(2, f"testbed.sites.corpus: {exc}\n")
    for name, path in built.sites.items():
        print(f"{name}: {path} ({len(corpus_pages(path))} pages)")


if __name__ == "__main__":
    main()
