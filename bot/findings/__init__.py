"""The one judge: whether a repository is at risk from a release, with evidence, and the text that says so."""
