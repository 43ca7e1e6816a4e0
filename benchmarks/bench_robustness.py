"""Extraction under rewrites: the dev corpus written the way other real pages write it.

Each rewrite of `testbed.rewrites` (a PDF copy wrapped at a fixed width, full-width digits, no-break
spaces, counts in Chinese numerals, tables with tabs …) changes how every excerpt is written and
nothing it says, so its gold answers still hold; each rendering (a PDF or DOCX file) prints it in
another file format, read through the attachment readers. The corpus is parsed as written and under each
rewrite with `planwatch parse`, scored with `../shared/tools/score_extraction.py`, and each measure
is printed beside the unrewritten one with the difference. A parser fitted to the dev corpus's own
writing loses much under a rewrite; one that reads real pages loses little.

    python -m benchmarks robustness [--corpus DIR]
    python -m benchmarks.bench_robustness [--corpus DIR] [--only pdfwrap,cnnum] [--misses DIR]

The second form prints one line per rewrite and can keep each rewrite's scorer misses (`-v`).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.bench_corpus import DEFAULT_SCORER, REPO, parse_texts, score
from testbed.rewrites import RENDERINGS, REWRITES, rewrite_gold

DEFAULT_CORPUS = REPO.parent / "shared" / "spec" / "dev"
MEASURES = ("tasks", "lead-units", "targets", "targets-strict")
GOAL_DROP = 0.02  # a rewrite should cost no measure more than this


def _scores(summary: list[str]) -> dict[str, float]:
    line = next(s for s in summary if s.startswith("score:"))
    found = dict(re.findall(r"([a-z-]+) ([0-9.]+)", line))
    meta = next((s for s in summary if s.startswith("metadata fields right:")), "")
    right = re.search(r"(\d+)/(\d+)", meta)
    out = {m: float(found[m]) for m in MEASURES}
    if right:
        out["metadata"] = int(right.group(1)) / int(right.group(2))
    return out


def _write(corpus: Path, gold: Path, name: str | None, folder: Path) -> tuple[Path, Path]:
    texts, golds = folder / "texts", folder / "gold"
    texts.mkdir(parents=True)
    golds.mkdir()
    for page in sorted(corpus.glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        answer = gold / f"{page.stem}.json"
        if not answer.exists():
            continue
        if name in RENDERINGS:
            rendering = RENDERINGS[name]
            (texts / f"{page.stem}{rendering.suffix}").write_bytes(rendering.render(text))
        else:
            (texts / page.name).write_text(REWRITES[name].apply(text) if name else text, encoding="utf-8")
        data = json.loads(answer.read_text(encoding="utf-8"))
        (golds / answer.name).write_text(
            json.dumps(rewrite_gold(name, data) if name else data, ensure_ascii=False), encoding="utf-8"
        )
    return texts, golds


def measure(
    corpus: Path, names: list[str], work: Path, misses: Path | None = None
) -> dict[str, dict[str, float]]:
    """The scores of the corpus as written ("as written") and under each named rewrite."""
    gold = corpus / "gold"
    out: dict[str, dict[str, float]] = {}
    for name in [None, *names]:
        label = name or "as written"
        folder = work / (name or "orig")
        texts, golds = _write(corpus, gold, name, folder)
        pred = parse_texts(texts, folder / "pred", "*")
        summary, missed = score(DEFAULT_SCORER, golds, pred)
        out[label] = _scores(summary)
        if misses is not None:
            misses.mkdir(parents=True, exist_ok=True)
            lines = [f"{doc}: {m}" for doc, ms in sorted(missed.items()) for m in ms]
            (misses / f"{name or 'orig'}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def run(quick: bool = False, corpus: Path | None = None) -> list[dict[str, Any]]:
    corpus = corpus or DEFAULT_CORPUS
    if not (corpus / "gold").is_dir():
        return [{"benchmark": "robustness", "measure": "skipped", "value": f"no gold beside {corpus}"}]
    names = ["pdfwrap", "fwdigits", "cnnum"] if quick else [*REWRITES, *RENDERINGS]
    with tempfile.TemporaryDirectory(prefix="bench-robust-") as tmp:
        scores = measure(corpus, names, Path(tmp))
    base = scores["as written"]
    rows: list[dict[str, Any]] = [
        {"benchmark": "robustness", "measure": f"as written: {m}", "value": round(v, 3)}
        for m, v in base.items()
    ]
    for name in names:
        got = scores[name]
        worst = min(got[m] - base[m] for m in base)
        rows.append(
            {
                "benchmark": "robustness",
                "measure": f"{name}: " + " / ".join(f"{got[m]:.3f}" for m in base),
                "value": round(worst, 3),
                "unit": "worst Δ",
                "goal": f"≥ -{GOAL_DROP}",
                "ok": worst >= -GOAL_DROP,
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.bench_robustness", description=__doc__)
    ap.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="NAME.txt excerpts with gold/NAME.json"
    )
    ap.add_argument("--only", help="rewrites, comma-separated (default: all)")
    ap.add_argument("--misses", type=Path, help="write each rewrite's scorer misses here (NAME.txt)")
    a = ap.parse_args(argv)
    known = [*REWRITES, *RENDERINGS]
    names = [n for n in (a.only.split(",") if a.only else known) if n]
    unknown = [n for n in names if n not in known]
    if unknown:
        print(f"unknown rewrite(s): {', '.join(unknown)}; known: {', '.join(known)}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="bench-robust-") as tmp:
        scores = measure(a.corpus, names, Path(tmp), a.misses)
    base = scores["as written"]
    print(f"{'rewrite':<11} " + " ".join(f"{m:>16}" for m in base) + "  about")
    for label, got in scores.items():
        delta = label != "as written"
        cells = " ".join(
            (f"{got[m]:.3f} ({got[m] - base[m]:+.3f})" if delta else f"{got[m]:.3f}").rjust(16) for m in base
        )
        kind = REWRITES.get(label) or RENDERINGS.get(label)
        about = kind.about if kind else "the corpus as it is"
        print(f"{label:<11} {cells}  {about}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
