"""`benchmarks parse` says which parser code it measured: pure Python, or a compiled build."""

from __future__ import annotations

import sys
import types

from benchmarks.bench_parse import code_measured


def test_the_test_run_measures_pure_python():
    import transform.document  # noqa: F401  (the parser's modules, as the benchmark imports them)

    assert code_measured() == "pure Python"


def test_an_extension_module_of_transform_counts_as_compiled(monkeypatch):
    import transform.document  # noqa: F401

    before = code_measured()
    fake = types.ModuleType("transform._compiled_probe")
    fake.__file__ = "/tmp/build/transform/_compiled_probe.cpython-311-x86_64-linux-gnu.so"
    monkeypatch.setitem(sys.modules, "transform._compiled_probe", fake)
    n = sum(1 for name in sys.modules if name == "transform" or name.startswith("transform."))
    compiled = 0 if before == "pure Python" else int(before.split()[1])
    assert code_measured() == f"compiled: {compiled + 1} of {n} transform modules"


def test_modules_of_other_packages_are_not_counted(monkeypatch):
    before = code_measured()
    fake = types.ModuleType("transformers_like")
    fake.__file__ = "/tmp/build/transformers_like.cpython-311-x86_64-linux-gnu.so"
    monkeypatch.setitem(sys.modules, "transformers_like", fake)
    assert code_measured() == before
