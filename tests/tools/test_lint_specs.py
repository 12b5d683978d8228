"""tools.lint_specs: the project ruleset finds each violation at its line, and the four specs pass it."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from speccore.paths import ROOT
from speccore.vendors import discover
from tools import lint_specs
from tools._yamlpos import line_of, parse_json_path
from tools.lint_specs import Finding, lint, spectral_findings, validator_findings

FIXTURES = Path(__file__).parent / "fixtures"
BAD = FIXTURES / "lint-bad.yaml"

pytestmark = pytest.mark.usefixtures("node_tools")


@pytest.fixture(scope="module")
def bad_findings() -> list[Finding]:
    return lint([BAD])


@pytest.mark.parametrize(
    "line,rule",
    [
        (1, "oas3-api-servers"),  # servers present
        (19, "oas3-valid-schema-example"),  # every schema example valid
        (26, "operation-summary"),
        (38, "x-method-name-snake-case"),
        (38, "generator:x-method-name"),  # generator.spec agrees, at the same line
        (47, "operation-security"),  # no root security, none on the operation
        (50, "operation-singular-tag"),  # exactly one tag
        (64, "operation-4xx-response"),
        (80, "body-schema-named"),  # inline object with properties in a request body
        (94, "oas3-valid-media-example"),
        (97, "operation-x-method-name"),  # missing
        (97, "operation-description"),
        (97, "operation-operationId"),
    ],
)
def test_each_rule_is_reported_at_its_line(bad_findings: list[Finding], line: int, rule: str) -> None:
    found = [f for f in bad_findings if f.rule == rule]
    assert any(f.line == line and f.severity == "error" for f in found), "\n".join(map(str, bad_findings))


def test_findings_name_file_line_and_rule(bad_findings: list[Finding]) -> None:
    text = str(next(f for f in bad_findings if f.rule == "operation-4xx-response"))
    assert (
        text
        == "tests/tools/fixtures/lint-bad.yaml:64: error [operation-4xx-response] Operation documents no 4xx response. (paths./no-4xx.get.responses)"
    )


def test_a_valid_operation_has_no_findings(bad_findings: list[Finding]) -> None:
    assert not [f for f in bad_findings if "/fine" in f.message]


@pytest.fixture(scope="module")
def spec_findings() -> list[Finding]:
    return lint([ROOT / "specs" / vendor / "openapi.yaml" for vendor in discover()])


@pytest.mark.parametrize("vendor", discover())
def test_every_spec_has_no_errors(spec_findings: list[Finding], vendor: str) -> None:
    errors = [f for f in spec_findings if f.severity == "error" and f.file == f"specs/{vendor}/openapi.yaml"]
    assert errors == [], "\n".join(map(str, errors))


def test_run_prints_findings_and_exits_one_on_errors(
    bad_findings: list[Finding], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(lint_specs, "lint", lambda paths: bad_findings)
    assert lint_specs.run(argparse.Namespace(vendor=None, files=[BAD])) == 1
    out = capsys.readouterr().out
    assert "tests/tools/fixtures/lint-bad.yaml:26: error [operation-summary]" in out
    assert out.endswith("lint-specs: 1 spec(s), 13 error(s), 1 other finding(s)\n")
    warnings_only = [f for f in bad_findings if f.severity != "error"]
    monkeypatch.setattr(lint_specs, "lint", lambda paths: warnings_only)
    assert lint_specs.run(argparse.Namespace(vendor="telnyx", files=[])) == 0


def test_validator_reports_line_of_json_path(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(BAD.read_text().replace("openapi: 3.0.3", "openapi: 3.1.0"))
    [finding] = validator_findings(spec)
    assert (finding.line, finding.rule) == (2, "generator:openapi-version")
    spec.write_text("openapi: 3.0.3\ninfo: {title: x\n")
    [finding] = validator_findings(spec)
    assert finding.rule == "generator:yaml-syntax" and finding.line == 3


def test_spectral_reports_a_broken_ruleset(tmp_path: Path) -> None:
    ruleset = tmp_path / "ruleset.yaml"
    ruleset.write_text("extends: [no-such-ruleset]\n")
    with pytest.raises(RuntimeError, match="spectral failed"):
        spectral_findings([BAD], ruleset)


def test_json_paths_as_the_generator_writes_them() -> None:
    assert parse_json_path("$.paths['/a/{id}'].get.tags[0]") == ["paths", "/a/{id}", "get", "tags", 0]
    assert parse_json_path('$.paths["/it\'s"].x-method-name') == ["paths", "/it's", "x-method-name"]
    assert line_of(BAD, "$.paths['/camel'].get.x-method-name") == 38
    assert line_of(BAD, "$.paths['/camel'].get.nothing.deeper") == 36
    assert line_of(BAD, "line 7, column 3") == 7


def test_duplicate_key_is_reported_at_the_second_occurrence(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /a: {}\ninfo: {title: y, version: '2'}\n"
    )
    [finding] = validator_findings(spec)
    assert (finding.line, finding.rule) == (5, "generator:duplicate-key")
    assert "$.info" in finding.message
