"""planwatch transform."""
