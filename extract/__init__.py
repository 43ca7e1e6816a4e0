"""planwatch extract."""
