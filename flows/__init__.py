"""Prefect flows (nightly, reparse, backfill), alerts and the `planwatch` CLI."""
