"""status_targets: waiting for any status (issue 11, item 9); the spec's other terminal statuses become failures."""

from __future__ import annotations

import enum

import pytest

from generator.runtime import WaiterFailureError, status_targets, wait_until


class Status(enum.StrEnum):
    INVOKED = "INVOKED"
    RECORDING = "RECORDING"
    UPLOADED = "UPLOADED"
    ERRORED = "ERRORED"


TERMINAL = {"success": ("UPLOADED",), "failure": ("ERRORED",)}


def test_one_status_or_several_or_enum_members() -> None:
    def sets(status: object) -> tuple[set[str], set[str]]:
        success, failure = status_targets(status, **TERMINAL)  # type: ignore[arg-type]
        return set(success), set(failure)

    assert sets("RECORDING") == ({"RECORDING"}, {"UPLOADED", "ERRORED"})
    assert sets(Status.RECORDING) == ({"RECORDING"}, {"UPLOADED", "ERRORED"})
    assert sets(["RECORDING", Status.UPLOADED]) == ({"RECORDING", "UPLOADED"}, {"ERRORED"})
    assert sets("ERRORED") == ({"ERRORED"}, {"UPLOADED"})


@pytest.mark.parametrize("bad", ["", [], [""], [3], None, 3])
def test_bad_targets_are_refused_clearly(bad: object) -> None:
    with pytest.raises(ValueError, match="status must be a non-empty status string"):
        status_targets(bad, **TERMINAL)  # type: ignore[arg-type]


def test_waiting_for_an_intermediate_status_returns_there() -> None:
    answers = iter(["INVOKED", "INVOKED", "RECORDING", "UPLOADED"])
    success, failure = status_targets("RECORDING", **TERMINAL)
    got = wait_until(
        lambda: next(answers),
        lambda v: v,
        success=success,
        failure=failure,
        timeout=5,
        poll_interval=0,
        sleep=lambda s: None,
    )
    assert got == "RECORDING"
    assert next(answers) == "UPLOADED"  # it stopped polling there


def test_passing_the_wanted_status_to_a_terminal_one_is_a_failure() -> None:
    answers = iter(["INVOKED", "UPLOADED"])
    success, failure = status_targets("RECORDING", **TERMINAL)
    with pytest.raises(WaiterFailureError) as caught:
        wait_until(
            lambda: next(answers),
            lambda v: v,
            success=success,
            failure=failure,
            timeout=5,
            poll_interval=0,
            sleep=lambda s: None,
        )
    assert caught.value.status == "UPLOADED"
