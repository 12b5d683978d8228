"""The GitHub workflows pass actionlint (with shellcheck on `run:` scripts), and actionlint does catch mistakes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from speccore.paths import ROOT

BIN = Path(sys.executable).parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))

BAD = """\
name: bad
on:
  pull_request:
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v5
      - run: echo "${{ github.event.pull_request.title }}"
      - run: echo $UNQUOTED
        env:
          UNQUOTED: ${{ github.head_ref }}
      - run: echo ${{ matrix.nope }}
"""


def actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    command = [str(BIN / "actionlint"), f"-shellcheck={BIN / 'shellcheck'}", "-no-color", *map(str, files)]
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)


def test_our_workflows_pass() -> None:
    assert [w.name for w in WORKFLOWS] == ["contract-full.yml", "spec-review.yml", "test.yml"]
    done = actionlint(*WORKFLOWS)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_planted_bad_workflow_fails(tmp_path: Path) -> None:
    bad = tmp_path / ".github" / "workflows" / "bad.yml"
    bad.parent.mkdir(parents=True)
    bad.write_text(BAD, encoding="utf-8")
    done = actionlint(bad)
    assert done.returncode == 1
    assert "github.event.pull_request.title" in done.stdout and "potentially untrusted" in done.stdout
    assert "SC2086" in done.stdout, "shellcheck ran on the run: script (unquoted variable)"
    assert 'property "nope" is not defined' in done.stdout


def test_actions_are_pinned_by_commit_sha_with_a_version_comment() -> None:
    for workflow in WORKFLOWS:
        for line in workflow.read_text(encoding="utf-8").splitlines():
            if "uses:" in line:
                ref = line.split("uses:", 1)[1].strip()
                action, _, rest = ref.partition("@")
                sha, _, comment = rest.partition(" # ")
                assert len(sha) == 40 and all(c in "0123456789abcdef" for c in sha), f"{workflow.name}: {line}"
                assert comment.startswith("v"), f"{workflow.name}: {action} lacks a version comment"
