"""The runtime's format tests (``valid_uuid``, ``valid_date``, ``valid_date_time``, ``valid_uri``) and ``matches``.

(That the mock accepts every value these accept: tests/clients/test_validation_mock_agrees.py, which reuses SAMPLES;
this folder runs with the runtime's dependencies only.)
"""

from __future__ import annotations

from typing import Any

import pytest

from generator.runtime._errors import RequestValidationError
from generator.runtime._validation import invalid, matches, valid_date, valid_date_time, valid_uri, valid_uuid

U = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0"
SAMPLES = {
    "uuid": (
        valid_uuid,
        [U, U.upper()],
        [U[:-1], U + "0", U.replace("-", ""), "{" + U + "}", "urn:uuid:" + U, U[:-1] + "g", U + "\n", "", "x"],
    ),
    "date": (
        valid_date,
        ["2024-01-31", "2024-02-29", "0001-01-01"],
        [
            "2023-02-29",
            "2024-13-01",
            "2024-1-1",
            "20240131",
            "2024-01-31T00:00:00Z",
            "2024-01-31\n",
            "\uff12\uff10\uff12\uff14-01-31",
        ],
    ),
    "date-time": (
        valid_date_time,
        ["2024-01-31T12:00:00Z", "2024-01-31T12:00:00.5-05:30", "2024-01-31t12:00:00z", "2024-01-31T23:59:59+00:00"],
        [
            "2024-01-31T12:00:00",
            "2024-01-31 12:00:00Z",
            "2024-01-31",
            "2024-01-31T24:00:00Z",
            "2024-01-31T12:00Z",
            "20240131T120000Z",
            "2024-01-31T12:00:00+0000",
            "2024-01-31T12:00:00 Z",
            "",
        ],
    ),
    "uri": (
        valid_uri,
        ["https://example.com", "http://localhost:8080/a?b=c#d", "rtmp://live.example.com/app/key", "s3://bucket/k"],
        [
            "example.com",
            "//example.com/x",
            "/path",
            "https://",
            "https://a b",
            " https://a",
            "https://a\n",
            "1http://a",
            "",
        ],
    ),
}


@pytest.mark.parametrize("fmt", SAMPLES)
def test_good_values_pass_and_bad_values_fail(fmt: str) -> None:
    test, good, bad = SAMPLES[fmt]
    assert [value for value in good if not test(value)] == []
    assert [value for value in bad if test(value)] == []


def _positive(value: Any, at: str) -> None:
    if not (isinstance(value, int) and value > 0):
        invalid("op", at, "minimum", "must be > 0", value)


def test_matches_turns_a_refusal_into_false() -> None:
    assert matches(_positive, 3, "x") is True
    assert matches(_positive, -1, "x") is False


def test_matches_lets_other_errors_through() -> None:
    def broken(value: Any, at: str) -> None:
        raise KeyError(at)

    with pytest.raises(KeyError):
        matches(broken, 1, "x")
    with pytest.raises(RequestValidationError):
        _positive(0, "x")
