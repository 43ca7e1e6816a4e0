"""planwatch extract/platforms."""
