"""The ``recordings`` command group and its small commands: ``vendors``, ``ls``, ``get``, ``download``."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn, TransferSpeedColumn

from recordings import RecordingsError, Status
from recordings._redact import mask_text

from .archive import target_path
from .exitcodes import EXIT_CODES_HELP, ExitCode
from .parsing import KEY, TIME, split_vendors
from .render import (
    human_size,
    recording_details,
    recording_dict,
    recording_table,
    vendor_dict,
    vendor_table,
    write_json,
)
from .session import CliError, Options, open_recordings
from .transfer import fetch

__all__ = ["cli", "handled", "stderr", "stdout"]

F = TypeVar("F", bound=Callable[..., Any])
STATUSES = [status.value for status in Status]


WIDE = 200  # columns of a table written to a pipe or file (a terminal's own width is used otherwise)


def stdout() -> Console:
    console = Console(highlight=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = Console(highlight=False, width=WIDE)
    return console


def stderr() -> Console:
    return Console(stderr=True, highlight=False)


def handled(func: F) -> F:
    """A ``CliError`` ends the command with one line on stderr and its exit code; Ctrl-C with exit code 130."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except CliError as exc:
            stderr().print(f"recordings: {exc}", markup=False, highlight=False, soft_wrap=True)
            raise click.exceptions.Exit(int(exc.code)) from None
        except RecordingsError as exc:  # e.g. --strict and a vendor failed
            stderr().print(f"recordings: {mask_text(str(exc))}", markup=False, highlight=False, soft_wrap=True)
            raise click.exceptions.Exit(int(ExitCode.PARTIAL)) from None
        except KeyboardInterrupt:
            stderr().print("interrupted; run the command again to continue")
            raise click.exceptions.Exit(int(ExitCode.INTERRUPTED)) from None

    return wrapper  # type: ignore[return-value]


@click.group(epilog=EXIT_CODES_HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--vendor",
    "-v",
    "vendors",
    multiple=True,
    metavar="NAME[,NAME]",
    help="Only these vendors (repeatable; default: every configured vendor).",
)
@click.option(
    "--profile",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="RECORDINGS_PROFILE",
    help="TOML profile with [vendors.<name>] client arguments (default: $RECORDINGS_PROFILE, "
    "~/.config/recordings/profile.toml); otherwise the clients' own environment variables.",
)
@click.option("--show-urls", is_flag=True, help="Print download URLs unmasked (they are secrets until they expire).")
@click.version_option(package_name="recordings", prog_name="recordings")
@click.pass_context
def cli(ctx: click.Context, vendors: tuple[str, ...], profile: Path | None, show_urls: bool) -> None:
    """List, fetch and archive meeting recordings across every configured video vendor."""
    if profile is not None and not profile.is_file():
        raise click.BadParameter(f"no such file: {profile}", param_hint="--profile")
    options = ctx.ensure_object(Options)
    options.vendors, options.profile, options.show_urls = split_vendors(vendors), profile, show_urls


# -- vendors ---------------------------------------------------------------------------------------------------------
@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON array instead of the table.")
@click.pass_obj
@handled
def vendors(options: Options, as_json: bool) -> None:
    """The installed vendors, whether each is configured, and what it can do."""
    recordings, _ = open_recordings(options, need_configured=False)
    with recordings:
        infos = recordings.vendors()
    if options.vendors:
        infos = [info for info in infos if info.key in options.vendors]
    if as_json:
        write_json(stdout(), [vendor_dict(info) for info in infos])
    else:
        stdout().print(vendor_table(infos))
    if not any(info.configured for info in infos):
        raise click.exceptions.Exit(int(ExitCode.NOT_CONFIGURED))


# -- ls --------------------------------------------------------------------------------------------------------------
@cli.command("ls")
@click.option("--since", type=TIME, help="Started at or after (ISO 8601, or ago: 12h, 7d, 2w).")
@click.option("--until", type=TIME, help="Started at or before (ISO 8601, or ago).")
@click.option("--status", type=click.Choice(STATUSES), help="Only this normalized status.")
@click.option("--room", help="Only this room / meeting id.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many (newest first).")
@click.option("--json", "as_json", is_flag=True, help="One JSON array.")
@click.option("--jsonl", is_flag=True, help="One JSON object per line, streamed.")
@click.option("--strict", is_flag=True, help="Fail at the first vendor error instead of listing the others.")
@click.pass_obj
@handled
def ls(options: Options, /, as_json: bool, jsonl: bool, strict: bool, status: str | None, **filters: Any) -> None:
    """Recordings of every chosen vendor, merged, newest first."""
    if as_json and jsonl:
        raise click.UsageError("--json and --jsonl exclude each other")
    recordings, keys = open_recordings(options, strict=strict, need=("list",))
    out = stdout()
    with recordings:
        listing = recordings.list(status=Status(status) if status else None, vendors=keys, **filters)
        if jsonl:
            for recording in listing:
                write_json(out, recording_dict(recording, show_urls=options.show_urls))
        elif as_json:
            write_json(out, [recording_dict(item, show_urls=options.show_urls) for item in listing])
        else:
            items = list(listing)
            out.print(recording_table(items))
            out.print(f"{len(items)} recording(s) from {', '.join(keys)}", style="dim")
        failures = list(getattr(listing, "failures", []))
    for failure in failures:
        stderr().print(f"[bold red]{failure.vendor}[/]: {escape(mask_text(failure.message))}", markup=True)
    if failures:
        raise click.exceptions.Exit(int(ExitCode.PARTIAL))


# -- get -------------------------------------------------------------------------------------------------------------
@cli.command()
@click.argument("key", type=KEY)
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
@click.pass_obj
@handled
def get(options: Options, key: tuple[str, str], as_json: bool) -> None:
    """One recording, by VENDOR:ID."""
    recordings, _ = open_recordings(options)
    with recordings:
        try:
            recording = recordings.get(*key)
        except Exception as exc:
            raise CliError(f"{key[0]}:{key[1]}: {exc}") from exc
    if as_json:
        write_json(stdout(), recording_dict(recording, show_urls=options.show_urls))
    else:
        stdout().print(recording_details(recording, show_urls=options.show_urls))


# -- download --------------------------------------------------------------------------------------------------------
def _destination(dest: Path | None, relative: str) -> Path:
    name = relative.replace("/", "-")
    if dest is None:
        return Path.cwd() / name
    if dest.is_dir() or str(dest).endswith(("/", "\\")):
        return dest / name
    return dest


@cli.command()
@click.argument("key", type=KEY)
@click.argument("dest", required=False, type=click.Path(path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.pass_obj
@handled
def download(options: Options, key: tuple[str, str], dest: Path | None, quiet: bool) -> None:
    """Download one recording to DEST (a file, or a directory; default: here). Resumes a partial download."""
    recordings, _ = open_recordings(options)
    err = stderr()
    with recordings:
        try:
            recording = recordings.get(*key)
        except Exception as exc:
            raise CliError(f"{key[0]}:{key[1]}: {exc}") from exc
        path = _destination(dest, target_path(recording))
        path.parent.mkdir(parents=True, exist_ok=True)
        columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn())
        with Progress(*columns, TimeRemainingColumn(), console=err, disable=quiet or not err.is_terminal) as bar:
            task = bar.add_task(recording.key, total=recording.size_bytes)
            try:
                fetched = fetch(
                    recordings,
                    recording,
                    path,
                    on_progress=lambda done, total: bar.update(task, completed=done, total=total),
                )
            except KeyboardInterrupt:
                raise
            except Exception as exc:
                raise CliError(f"{recording.key}: {type(exc).__name__}: {exc}") from exc
    size = fetched.path.stat().st_size
    stdout().print(f"saved {fetched.path} ({human_size(size)})")
