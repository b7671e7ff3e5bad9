"""The usage finder's version: what stored readings of released artifacts (compatibility verdicts) were made with."""

USAGE_VERSION = 7
"""Bump when what the usage finder, the judge or the module-graph reading say about a released artifact changes:
stored compatibility verdicts of another version are recomputed when next needed."""
