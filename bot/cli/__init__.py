"""The `release-watch` command line: one module per command."""
