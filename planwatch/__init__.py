"""planwatch: watch government portals for new plans and turn them into versioned tables."""

__version__ = "0.1.0"
USER_AGENT_PRODUCT = f"planwatch/{__version__}"
