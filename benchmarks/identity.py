"""Output identity check for parser speed work: a speed-up must not change a single row.

`save FILE` parses a fixed corpus and writes one digest per page of everything
`transform.document.parse_document` returns (document, tasks, task_units, targets);
`check FILE` parses the same corpus again and lists the pages whose output changed, with
the first rows that differ. Take the digests before the change, check after it:

    .venv/bin/python -m benchmarks.identity save /tmp/before.json
    ... make the parser faster ...
    .venv/bin/python -m benchmarks.identity check /tmp/before.json

The corpus: both seed pages (as text and wrapped in portal HTML), the transform and target
text fixtures, the HTML fixtures, every detail page of the four sample sites, the benchmark
pages, and mutated copies of all of them (deterministic: slices cut, doubled and swapped,
numbering, unit and number snippets spliced in, bodies truncated), about 1 000 pages in all.
Digests are not committed: a deliberate parser change legitimately changes them.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

_SNIPPETS = ("一、", "（一）", "（二）", "1.", "2、", "3．", "（1）", "①", "一是", "二是", "牵头单位：", "责任单位：",
             "（县发展改革局牵头，县财政局配合）", "县工业和信息化局、县商务局", "到2025年，", "达到418亿元左右",
             "增长20%以上", "下降27%、10%", "提高2.5个百分点", "不少于50家", "百分之五十", "1.57万亩", "5G", "十四五",
             "〔2023〕9号", "2023年7月31日", "\n", "\n\n", "。", "，", "；", "<p>", "</p>", "<td>", "</tr>", "<br>",
             "<div id=\"zoom\">", "</div>", "&nbsp;", "\u3000", "|")


def _corpus() -> list[tuple[str, str | bytes, bool]]:
    """(name, content, is_text) for every page of the fixed corpus, mutations included."""
    from benchmarks.bench_parse import typed_pages

    base: list[tuple[str, str | bytes, bool]] = []
    for p in sorted((SHARED / "seeds").glob("*.txt")):
        base.append((f"seed/{p.name}", p.read_text(encoding="utf-8"), True))
    for d in ("transform", "targets"):
        for p in sorted((ROOT / "tests" / "fixtures" / d).glob("*")):
            if p.suffix == ".txt":
                base.append((f"{d}/{p.name}", p.read_text(encoding="utf-8"), True))
            elif p.suffix in (".html", ".htm"):
                base.append((f"{d}/{p.name}", p.read_bytes(), False))
    from testbed.sites import built_root

    sites = built_root()
    for p in sorted(sites.rglob("*.htm*")):
        base.append((f"sites/{p.relative_to(sites)}", p.read_bytes(), False))
    for i, (kind, page) in enumerate(typed_pages()):
        base.append((f"bench/{i:02d}-{kind}", page, False))
    rng = random.Random(20261123)
    mutated = []
    for name, content, is_text in base:
        text = content if isinstance(content, str) else content.decode("utf-8", "replace")
        for k in range(4 if name.startswith("sites/") else 10):
            mutated.append((f"{name}~{k}", _mutate(text, rng), is_text))
    return base + mutated


def _mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randrange(1, 6)):
        n = len(text)
        if n < 2:
            break
        i, j = sorted(rng.randrange(n) for _ in range(2))
        op = rng.randrange(6)
        if op == 0:
            text = text[:i] + text[j:j + (j - i) // 4]  + text[j:]      # cut
        elif op == 1:
            text = text[:j] + text[i:j][:2000] + text[j:]               # double
        elif op == 2:
            text = text[:i] + rng.choice(_SNIPPETS) + text[i:]           # splice a snippet
        elif op == 3:
            text = text[: max(1, j)]                                      # truncate
        elif op == 4:
            text = text[:i] + "".join(rng.choice(_SNIPPETS) for _ in range(rng.randrange(2, 12))) + text[i:]
        else:
            k = rng.randrange(n)
            text = text[:i] + text[k:k + 200] + text[i:]                 # splice a piece of itself
    return text


def _plain(v):
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in sorted(v.items())}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    return v


def outputs() -> dict[str, dict]:
    from transform.document import parse_document

    out = {}
    for name, content, is_text in _corpus():
        p = parse_document(content, source=name, is_text=is_text)
        out[name] = _plain({"document": p.document, "tasks": p.tasks, "task_units": p.task_units,
                            "targets": p.targets})
    return out


def _digest(o: dict) -> str:
    return hashlib.sha256(json.dumps(o, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def _first_difference(a: dict, b: dict) -> str:
    for table in ("document", "tasks", "task_units", "targets"):
        x, y = a.get(table), b.get(table)
        if x == y:
            continue
        if isinstance(x, dict):
            keys = [k for k in sorted(set(x) | set(y)) if x.get(k) != y.get(k)]
            return f"{table}: " + "; ".join(f"{k}: {x.get(k)!r:.200} -> {y.get(k)!r:.200}" for k in keys[:3])
        for i, (r, s) in enumerate(zip(x, y, strict=False)):
            if r != s:
                return f"{table}[{i}]: {json.dumps(r, ensure_ascii=False)[:400]}\n   -> {json.dumps(s, ensure_ascii=False)[:400]}"
        return f"{table}: {len(x)} rows -> {len(y)} rows"
    return "?"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.identity", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=("save", "check"))
    ap.add_argument("file", type=Path, help="digests (save writes it, check reads it); the full output "
                                            "goes beside it as FILE.full.json")
    a = ap.parse_args(argv)
    now = outputs()
    full = a.file.with_suffix(".full.json")
    if a.action == "save":
        a.file.write_text(json.dumps({k: _digest(v) for k, v in now.items()}, indent=0), encoding="utf-8")
        full.write_text(json.dumps(now, ensure_ascii=False), encoding="utf-8")
        print(f"{len(now)} pages: digests in {a.file}")
        return 0
    before = json.loads(a.file.read_text(encoding="utf-8"))
    old = json.loads(full.read_text(encoding="utf-8")) if full.exists() else {}
    changed = [k for k in before if k not in now or _digest(now[k]) != before[k]]
    changed += [k for k in now if k not in before]
    for k in changed[:20]:
        detail = _first_difference(old[k], now[k]) if k in old and k in now else "page added or removed"
        print(f"CHANGED {k}\n   {detail}")
    print(f"{len(now)} pages, {len(changed)} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
