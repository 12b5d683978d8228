"""Schemathesis contract tests of the specs, against the mock (``python -m contract run --vendor <vendor>``) or the
real API (``python -m contract live --vendor <vendor>``); see contract/README.md.

``schema``: the schemathesis schema of a vendor (credentials, checks, example budget); ``live``: credentials and
account ids of a live run from the environment; ``cli``: the commands, which run ``tests/contract`` under pytest.
"""
