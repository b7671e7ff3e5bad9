"""The shell's doors to the outside world: PyPI, archives, GitHub, vulnerability audits, risk signals, local trees."""
