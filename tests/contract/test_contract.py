"""schemathesis against each vendor's mock (bounded budget; MOCK_CONTRACT_FULL=1 for the full one).

One test per operation (examples, coverage and fuzzing phases; positive and negative data; every check) and one
stateful test per vendor following the spec's links. The mock validates its own responses too: a response that
breaks the spec is a 500 there (which fails the case) and is listed again when the module ends.
"""

from __future__ import annotations

import contextlib
import functools

import pytest

import specmock
from tests.contract.harness import KNOWN_SPEC_GAPS, SUMMARY, Target, build

_TARGETS: dict[str, Target] = {}

for _name in specmock.available_vendors():
    _vendor = specmock.load_vendor(_name)
    _TARGETS[_name] = Target()
    _test, _machine = build(_vendor, _TARGETS[_name], credentials=_vendor.credentials())
    globals()[f"test_{_name}"] = _test
    globals()[f"Test{_name.capitalize()}Stateful"] = _machine
    del _test, _machine  # a module-level TestCase would be collected twice


@pytest.fixture(scope="module", autouse=True)
def _mock_servers():
    """One mock per vendor for the whole module, seeded; any contract violation fails the module at the end."""
    with contextlib.ExitStack() as stack:
        servers = {}
        for name, target in _TARGETS.items():
            server = stack.enter_context(
                specmock.running(name, seed=7, undocumented=KNOWN_SPEC_GAPS.get(name, {}), strict=False)
            )
            target.base_url = server.base_url
            target.reset = functools.partial(server.reset, keep_records=True)
            servers[name] = server
        yield servers
        for name, server in servers.items():
            target = _TARGETS[name]
            if target.requests:
                SUMMARY[name] = (
                    f"contract {name}: {target.requests} cases checked, {server.stats().get('total', 0)} requests "
                    f"served by the mock, {target.elapsed:.1f}s"
                )
        violations = [violation for server in servers.values() for violation in server.violations]
        assert not violations, "the mock sent responses that break the spec:\n" + "\n".join(violations)
