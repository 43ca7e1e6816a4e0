"""Great Expectations plumbing: one ephemeral context per process, one pandas data source, and
validating a frame against a list of checks.

Great Expectations has no polars engine: each table goes through `to_pandas()` (plain numpy /
`str` dtypes, dates as `datetime.date` objects).
"""

from __future__ import annotations

import logging
import os
import threading
from typing import TYPE_CHECKING, Any

from expectations import suites as S

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl

_GX_LOCK = threading.RLock()
_GX_CONTEXT: Any = None


def gx_context() -> Any:
    """One ephemeral GX context per process (importing GX is the slow part, ~5 s)."""
    global _GX_CONTEXT
    with _GX_LOCK:
        if _GX_CONTEXT is None:
            os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
            logging.getLogger("great_expectations").setLevel(logging.WARNING)
            import great_expectations as gx
            from great_expectations.data_context.types.base import ProgressBarsConfig

            ctx = gx.get_context(mode="ephemeral")
            try:
                ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
            except Exception:  # older/newer GX without the switch: bars are only cosmetic
                pass
            _GX_CONTEXT = ctx
        return _GX_CONTEXT


_BATCH_DEFINITIONS: dict[str, Any] = {}


def _batch_definition(name: str) -> Any:
    """One pandas data source per process, one dataframe asset per table (created once)."""
    ctx = gx_context()
    if name not in _BATCH_DEFINITIONS:
        try:
            ds = ctx.data_sources.get("planwatch")
        except (KeyError, ValueError, Exception):
            ds = ctx.data_sources.add_pandas("planwatch")
        asset = ds.add_dataframe_asset(name)
        _BATCH_DEFINITIONS[name] = asset.add_batch_definition_whole_dataframe("run")
    return _BATCH_DEFINITIONS[name]


def run_checks(name: str, df: pd.DataFrame, checks: list[S.Check], index_cols: list[str]) -> list[Any]:
    """Validate `df` against `checks` with GX; returns one ExpectationValidationResult per check
    (None when GX returned none for it)."""
    import great_expectations as gx

    with _GX_LOCK:  # GX contexts are not thread-safe
        batch = _batch_definition(name).get_batch(batch_parameters={"dataframe": df})
        suite = gx.ExpectationSuite(name=f"planwatch_{name}", expectations=[c.expectation for c in checks])
        res = batch.validate(
            suite, result_format={"result_format": "COMPLETE", "unexpected_index_column_names": index_cols}
        )
    results = list(res.results)

    def kw(cfg: Any) -> dict:
        return {k: v for k, v in cfg.kwargs.items() if k != "batch_id"}

    ordered = []
    for check in checks:  # match each check to its result by type and arguments
        cfg = check.expectation.configuration
        ordered.append(
            next(
                (
                    r
                    for r in results
                    if r.expectation_config.type == cfg.type and kw(r.expectation_config) == kw(cfg)
                ),
                None,
            )
        )
    return ordered


def to_pandas(frame: pl.DataFrame) -> pd.DataFrame:
    """polars → pandas with numpy/str dtypes; dates become `datetime.date` objects."""
    import pandas as pd
    import polars as pl

    df = frame.to_pandas()
    for col, dtype in frame.schema.items():
        if dtype == pl.Date:
            df[col] = pd.Series(frame.get_column(col).to_list(), dtype=object, index=df.index)
    return df
