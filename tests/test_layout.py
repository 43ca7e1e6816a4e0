"""The house rules of CONTRIBUTING.md, checked: imports run one way with no circle, the shared
base imports nothing above it, and long modules and functions say why they are long."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("planwatch", "flows", "extract", "transform", "expectations", "load", "warehouse", "testbed")
MODULE_LINES = 400
FUNCTION_LINES = 60
MODULE_NOTE = "Long module:"
FUNCTION_NOTE = "# Long function:"


def _modules() -> list[Path]:
    return sorted(p for pkg in PACKAGES for p in (REPO / pkg).rglob("*.py"))


def test_the_import_contracts_hold():
    """`lint-imports` (import-linter, contracts in pyproject.toml): layers and forbidden imports."""
    exe = Path(sys.executable).with_name("lint-imports")
    proc = subprocess.run([str(exe), "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]


def _import_graph() -> dict[str, set[str]]:
    import grimp

    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    return {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_circle():
    """No two modules import each other, directly or around a loop (function-level and
    type-checking imports included): every arrow runs one way."""
    graph = _import_graph()
    # a package's __init__ importing its own submodules is not a circle of design
    graph = {m: {t for t in ts if not m.startswith(t + ".")} for m, ts in graph.items()}
    assert _cycles(graph) == []


def test_cycle_finder_finds_a_circle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_the_base_contract_lists_every_base_module():
    """Every module of the shared base (planwatch/, outside the CLI) is under the 'base' contract,
    so a new base module cannot import upward unnoticed."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"] if c["id"] == "base")
    base = {
        f"planwatch.{p.stem}"
        for p in (REPO / "planwatch").glob("*.py")
        if p.stem not in ("__init__", "__main__")
    }
    assert base == set(contract["source_modules"])


def _long_functions(tree: ast.AST, lines: list[str]) -> list[tuple[str, int]]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > FUNCTION_LINES:
                body_head = lines[node.lineno - 1 : node.body[0].lineno + 1]
                if not any(line.strip().startswith(FUNCTION_NOTE) for line in body_head):
                    out.append((node.name, length))
    return out


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(REPO)))
def test_long_code_says_why(path: Path):
    """Modules over ~400 lines and functions over ~60 are the exception: a module says
    `Long module: why` in its docstring, a function starts with `# Long function: why`."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    tree = ast.parse(text)
    if len(lines) > MODULE_LINES * 1.1:
        doc = ast.get_docstring(tree) or ""
        assert MODULE_NOTE in doc, f"{len(lines)} lines and no '{MODULE_NOTE}' in the module docstring"
    assert _long_functions(tree, lines) == []
