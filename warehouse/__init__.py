"""The table contract, where the warehouse lives, and reading current or as-of state."""
