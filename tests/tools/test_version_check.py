"""tools.version_check / tools.releases / tools.changelog on small git repositories built in tmp_path."""

from __future__ import annotations

import argparse
import copy
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools import changelog, cli, version_check
from tools.releases import release_history, required_version
from tools.version_check import check_against, check_history


def spec() -> dict[str, Any]:
    """A one-resource spec: list recordings (optional ``page``), get one."""
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Demo", "version": "1"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": {
            "/recordings": {
                "get": {
                    "operationId": "listRecordings",
                    "description": "List recordings.",
                    "tags": ["Recordings"],
                    "parameters": [{"name": "page", "in": "query", "schema": {"type": "integer"}}],
                    "responses": copy.deepcopy(ok),
                }
            },
            "/recordings/{id}": {
                "get": {
                    "operationId": "getRecording",
                    "tags": ["Recordings"],
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": copy.deepcopy(ok),
                }
            },
        },
    }


def breaking(doc: dict[str, Any]) -> None:
    del doc["paths"]["/recordings/{id}"]


def additive(doc: dict[str, Any]) -> None:
    doc["paths"]["/recordings"]["get"]["parameters"].append({"name": "q", "in": "query", "schema": {"type": "string"}})


def docs_only(doc: dict[str, Any]) -> None:
    doc["paths"]["/recordings"]["get"]["description"] = "List every recording, newest first."


class Repo:
    """A git repository with one vendor, ``demo``: write its spec and version, commit."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True)
        self.git("init", "--quiet", "--initial-branch=main")
        self.git("config", "user.email", "t@example.com")
        self.git("config", "user.name", "t")
        self.doc = spec()

    def git(self, *args: str) -> str:
        return subprocess.run(["git", "-C", str(self.root), *args], check=True, capture_output=True, text=True).stdout

    def write(self, version: str | None = None, edit: Any = None, notes: list[str] | None = None) -> None:
        folder = self.root / "specs" / "demo"
        folder.mkdir(parents=True, exist_ok=True)
        if edit is not None:
            edit(self.doc)
        (folder / "openapi.yaml").write_text(yaml.safe_dump(self.doc, sort_keys=False), encoding="utf-8")
        if version is not None:
            package: dict[str, Any] = {
                "distribution": "demo-recordings",
                "package": "demo_recordings",
                "version": version,
            }
            if notes is not None:
                package["release-notes"] = notes
            (folder / "package.yaml").write_text(yaml.safe_dump(package), encoding="utf-8")

    def commit(self, message: str = "change") -> None:
        self.git("add", "specs")
        self.git("commit", "--quiet", "-m", message)


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    made = Repo(tmp_path / "repo")
    made.write("0.1.0")
    made.commit("initial release")
    return made


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize(
    ("base", "kind", "need"),
    [
        ("0.3.2", "breaking", "0.4.0"),
        ("1.3.2", "breaking", "2.0.0"),
        ("0.3.2", "additive", "0.4.0"),
        ("1.3.2", "additive", "1.4.0"),
        ("1.3.2", "docs", "1.3.3"),
        ("1.3.2", "none", "1.3.2"),
    ],
)
def test_required_version_follows_the_rule(base: str, kind: Any, need: str) -> None:
    assert required_version(base, kind) == need


def test_unchanged_initial_release_passes(repo: Repo) -> None:
    verdict = check_history(repo.root, "demo")
    assert verdict.ok, verdict
    assert "initial release 0.1.0" in verdict.message


def test_breaking_change_without_bump_fails_naming_vendor_change_and_version(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(edit=breaking)
    code, out = run_cli(capsys, "version-check", "--repo", str(repo.root))
    assert code == 1
    assert "FAIL  demo: breaking spec change(s) since 0.1.0" in out
    assert "BREAKING  GET /recordings/{id}: operation removed" in out
    assert "must be >= 0.2.0, found 0.1.0" in out


def test_breaking_change_after_1_0_needs_a_major_bump(repo: Repo) -> None:
    repo.write("1.0.0")
    repo.commit("1.0")
    repo.write("1.1.0", edit=breaking)
    verdict = check_history(repo.root, "demo")
    assert not verdict.ok
    assert "must be >= 2.0.0, found 1.1.0" in verdict.message
    repo.write("2.0.0")
    assert check_history(repo.root, "demo").ok


def test_breaking_change_with_the_bump_passes_uncommitted_and_committed(repo: Repo) -> None:
    repo.write("0.2.0", edit=breaking)
    assert check_history(repo.root, "demo").ok
    repo.commit("0.2.0")
    verdict = check_history(repo.root, "demo")
    assert verdict.ok, verdict
    assert "0.1.0 → 0.2.0" in verdict.message


def test_a_committed_release_is_rechecked_against_the_one_before(repo: Repo) -> None:
    repo.write("0.1.1", edit=breaking)  # a patch bump for a breaking change
    repo.commit("too small a bump")
    verdict = check_history(repo.root, "demo")
    assert not verdict.ok
    assert "must be >= 0.2.0, found 0.1.1" in verdict.message


def test_spec_change_committed_after_the_release_needs_a_new_bump(repo: Repo) -> None:
    repo.write("0.2.0", edit=additive)
    repo.commit("0.2.0")
    repo.write(edit=docs_only)
    repo.commit("spec edited after the release")
    verdict = check_history(repo.root, "demo")
    assert not verdict.ok
    assert "documentation-only" in verdict.message
    assert "must be >= 0.2.1, found 0.2.0" in verdict.message


def test_spec_change_split_over_commits_is_judged_as_a_whole(repo: Repo) -> None:
    repo.write(edit=breaking)
    repo.commit("spec first")
    repo.write("0.1.1")  # the bump in a later commit is judged against the last release, 0.1.0
    repo.commit("bump")
    verdict = check_history(repo.root, "demo")
    assert not verdict.ok
    assert "breaking" in verdict.message and "must be >= 0.2.0" in verdict.message


@pytest.mark.parametrize(("edit", "too_small", "enough"), [(additive, "0.1.1", "0.2.0"), (docs_only, "0.1.0", "0.1.1")])
def test_additive_and_docs_only_changes(repo: Repo, edit: Any, too_small: str, enough: str) -> None:
    repo.write(too_small, edit=edit)
    verdict = check_history(repo.root, "demo")
    assert not verdict.ok
    assert f"must be >= {enough}, found {too_small}" in verdict.message
    repo.write(enough)
    assert check_history(repo.root, "demo").ok


def test_no_spec_change_needs_no_bump_but_a_bump_is_allowed(repo: Repo) -> None:
    repo.write("0.1.0")  # formatting only: the same document
    (repo.root / "specs/demo/openapi.yaml").write_text(yaml.safe_dump(repo.doc, indent=4), encoding="utf-8")
    assert check_history(repo.root, "demo").ok
    repo.write("0.2.0")  # e.g. a generator change
    assert check_history(repo.root, "demo").ok


def test_version_going_down_fails(repo: Repo) -> None:
    repo.write("0.0.9")
    repo.commit("down")
    verdict = check_history(repo.root, "demo")
    assert not verdict.ok
    assert "lower than 0.1.0" in verdict.message


def test_against_a_base_revision(repo: Repo) -> None:
    base = repo.git("rev-parse", "HEAD").strip()
    repo.write(edit=additive)
    repo.commit("unreleased")
    verdict = check_against(repo.root, "demo", base)
    assert not verdict.ok
    assert "must be >= 0.2.0" in verdict.message
    assert verdict.changes == ("    ok        GET /recordings: query q added (string)",)
    repo.write("0.2.0")
    assert check_against(repo.root, "demo", base).ok


def test_bad_version_and_missing_history_are_clear_errors(
    repo: Repo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("v2")
    code, out = run_cli(capsys, "version-check", "--repo", str(repo.root))
    assert code == 2
    assert "specs/demo/package.yaml: 'v2' is not a MAJOR.MINOR.PATCH version" in out
    plain = tmp_path / "plain"
    plain.mkdir()
    code, out = run_cli(capsys, "version-check", "--repo", str(plain))
    assert code == 2
    assert "not a git work tree" in out
    code, out = run_cli(capsys, "version-check", "--repo", str(repo.root), "--vendor", "nope")
    assert code == 2
    assert "no vendor 'nope'" in out


def test_shallow_clone_is_refused(repo: Repo, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("0.2.0", edit=additive)
    repo.commit("second")
    shallow = tmp_path / "shallow"
    subprocess.run(["git", "clone", "--quiet", "--depth=1", f"file://{repo.root}", str(shallow)], check=True)
    code, out = run_cli(capsys, "version-check", "--repo", str(shallow))
    assert code == 2
    assert "shallow clone" in out
    for command in (("version-check",), ("changelog", "--check")):
        code, out = run_cli(capsys, *command, "--repo", str(shallow), "--skip-without-history")
        assert code == 0, out
        assert out.startswith("SKIPPED") and "shallow clone" in out


def test_skip_without_history_still_checks_a_full_clone(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write(edit=additive)  # a spec change without a version bump
    code, out = run_cli(capsys, "version-check", "--repo", str(repo.root), "--skip-without-history")
    assert code == 1, out
    assert "SKIPPED" not in out


def test_release_history_and_changelog(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("0.2.0", edit=additive)
    repo.commit("0.2.0")
    repo.write(edit=docs_only)
    repo.commit("docs, not released yet")
    repo.write("0.2.1")  # pending release in the working tree
    assert [(r.version, r.rev is None) for r in release_history(repo.root, "demo")] == [
        ("0.1.0", False),
        ("0.2.0", False),
        ("0.2.1", True),
    ]
    code, out = run_cli(capsys, "changelog", "--repo", str(repo.root), "--check")
    assert code == 1 and "stale: specs/demo/CHANGELOG.md" in out
    assert run_cli(capsys, "changelog", "--repo", str(repo.root))[0] == 0
    text = (repo.root / "specs/demo/CHANGELOG.md").read_text(encoding="utf-8")
    assert text.startswith("# Changelog: demo-recordings\n")
    sections = text.split("\n## ")[1:]
    assert [s.split("\n", 1)[0] for s in sections] == ["0.2.1", "0.2.0", "0.1.0"]
    assert "Documentation only" in sections[0]
    assert (
        "### Non-breaking" in sections[1]
        and "- `GET /recordings`: query q added" in sections[1]
        and "### Breaking" not in sections[1]
    )
    assert "Initial release: 2 operation(s)." in sections[2]
    repo.git("add", "specs")
    repo.git("commit", "--quiet", "-m", "0.2.1")
    assert run_cli(capsys, "changelog", "--repo", str(repo.root), "--check")[0] == 0  # no dates, no commit ids


def test_a_release_without_spec_change_says_what_changed_in_the_client(repo: Repo) -> None:
    """A generator or runtime change ships as a release of every package: package.yaml's release-notes say what it
    was, under that release only (the next release starts without them)."""
    repo.write("0.2.0", notes=["Request bodies: `format: uuid` is checked before sending."])
    repo.commit("0.2.0")
    repo.write("0.2.0", notes=["Request bodies: `format: uuid` is checked before sending (also in query parameters)."])
    repo.commit("notes reworded while still 0.2.0")
    repo.write("0.3.0", edit=additive)
    text = changelog.render("demo", release_history(repo.root, "demo"))
    sections = {s.split("\n", 1)[0]: s for s in text.split("\n## ")[1:]}
    assert "No spec change" in sections["0.2.0"] and "### Client" in sections["0.2.0"]
    assert "- Request bodies: `format: uuid` is checked before sending (also in query parameters)." in sections["0.2.0"]
    assert "### Client" not in sections["0.3.0"] and "### Client" not in sections["0.1.0"]


@pytest.mark.parametrize("notes", ["one string", [""], [1]])
def test_release_notes_must_be_a_list_of_text(tmp_path: Path, notes: Any) -> None:
    from speccore.errors import SpecError
    from speccore.vendors import load_vendor

    made = Repo(tmp_path / "bad")
    made.write("0.1.0")
    package = yaml.safe_load((made.root / "specs/demo/package.yaml").read_text(encoding="utf-8"))
    package.update({"client-class": "Demo", "env-prefix": "DEMO", "release-notes": notes})
    (made.root / "specs/demo/package.yaml").write_text(yaml.safe_dump(package), encoding="utf-8")
    with pytest.raises(SpecError, match="release-notes"):
        load_vendor("demo", made.root / "specs")


def test_changelog_of_a_breaking_release_lists_it_first(repo: Repo) -> None:
    repo.write("0.2.0", edit=lambda d: [edit(d) for edit in (breaking, additive)])
    text = changelog.render("demo", release_history(repo.root, "demo"))
    latest = text.split("\n## ")[1]
    assert latest.index("### Breaking") < latest.index("### Non-breaking")
    assert "operation removed" in latest.split("### Non-breaking")[0]


def test_committed_changelogs_are_current(capsys: pytest.CaptureFixture[str]) -> None:
    args = argparse.Namespace(vendor=None, check=True, repo=Path(cli.__file__).resolve().parents[1])
    code = changelog.run(args)
    assert code == 0, capsys.readouterr().out


def test_this_repository_passes_the_version_check(capsys: pytest.CaptureFixture[str]) -> None:
    args = argparse.Namespace(vendor=None, base=None, repo=Path(cli.__file__).resolve().parents[1])
    code = version_check.run(args)
    assert code == 0, capsys.readouterr().out
