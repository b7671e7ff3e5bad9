"""API diff engine (pure): a release's public surface by static analysis (never imported), and what the next breaks.

The I/O around it (downloads, the worker pool, storage) lives in `bot.jobs.analysis` and `bot.storage.surfaces`.
"""
