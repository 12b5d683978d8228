"""Builds the schemathesis tests of one vendor: every operation (examples, coverage, fuzzing; positive and negative
data; all checks) plus a stateful run over the spec's links. The target (mock or live) is resolved lazily."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import hypothesis
from schemathesis.specs.openapi.checks import status_code_conformance

from contract.schema import budget, contract_schema
from specmock import MockVendor

# Statuses an operation answers although its spec does not document them: spec gaps found by these tests,
# reported to the spec owners. The mock may send them and schemathesis does not fail on them (nothing else).
KNOWN_SPEC_GAPS: dict[str, dict[str, frozenset[int]]] = {}  # operation -> statuses a spec fails to document


SUMMARY: dict[str, str] = {}  # one line per vendor, printed at the end of the run (conftest.py)


@dataclasses.dataclass
class Target:
    """Where the requests go; filled in by a fixture before the first case runs."""

    base_url: str = "http://127.0.0.1:9"
    reset: Callable[[], None] | None = None  # back to the seed data before each stateful scenario (mock only)
    requests: int = 0
    first: float = 0.0
    last: float = 0.0

    def count(self) -> None:
        now = time.monotonic()
        self.first = self.first or now
        self.last = now
        self.requests += 1

    @property
    def elapsed(self) -> float:
        return self.last - self.first


def _excluded(vendor: str, case: Any, response: Any) -> list[Callable[..., Any]]:
    tolerated = KNOWN_SPEC_GAPS.get(vendor, {}).get(case.operation.definition.raw.get("operationId", ""), frozenset())
    return [status_code_conformance] if response.status_code in tolerated else []


def build(
    vendor: MockVendor,
    target: Target,
    *,
    credentials: Mapping[str, str],
    path_parameters: Mapping[str, str] | None = None,
    read_only: bool = False,
    exclude_operations: Sequence[str] = (),
) -> tuple[Callable[..., None], type]:
    """``(test_function, StateMachineTestCase)`` for pytest, bound to ``target``."""
    schema = contract_schema(
        vendor,
        base_url=target.base_url,
        credentials=credentials,
        path_parameters=path_parameters,
        read_only=read_only,
        exclude_operations=exclude_operations,
    )

    @schema.parametrize()
    def test_operation(case: Any) -> None:
        response = case.call(base_url=target.base_url)
        target.count()
        case.validate_response(
            response,
            excluded_checks=_excluded(vendor.name, case, response),
            transport_kwargs={"base_url": target.base_url},
        )

    class Machine(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            # Hypothesis replays scenarios; the same steps must meet the same server state each time.
            if target.reset is not None:
                target.reset()

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"base_url": target.base_url}

        def validate_response(self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any) -> None:
            target.count()
            case.validate_response(
                response,
                additional_checks=additional_checks,
                excluded_checks=_excluded(vendor.name, case, response),
                transport_kwargs={"base_url": target.base_url},
            )

    plan = budget()
    case = Machine.TestCase
    case.settings = hypothesis.settings(
        case.settings, database=None, max_examples=plan.stateful_examples, stateful_step_count=plan.stateful_steps
    )
    return test_operation, case
