"""planwatch expectations."""
