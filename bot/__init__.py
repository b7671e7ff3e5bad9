"""release-watch: warn repositories before an unbounded dependency's release breaks them."""

__version__ = "0.1.0"
