"""planwatch load."""
