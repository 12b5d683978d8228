"""``recordings archive DEST``: the command, its options, and how it reports progress and the outcome."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TaskID, TextColumn, TransferSpeedColumn

from recordings import Recording
from recordings._redact import mask_text

from .app import cli, handled, stderr, stdout
from .archive import ArchiveOptions, Archiver, ArchiveReport
from .exitcodes import ExitCode
from .manifest import Entry
from .parsing import SHARD, TIME, Shard
from .render import human_size, write_json
from .session import Options, open_recordings

__all__ = ["archive"]


class ConsoleReporter:
    """One line per archived file on stdout; live bars on a terminal; failures on stderr."""

    def __init__(self, out: Console, err: Console, *, quiet: bool, bars: bool) -> None:
        self.out, self.err, self.quiet = out, err, quiet
        self.bars = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            console=err,
            transient=True,
            disable=not bars,
        )
        self.tasks: dict[str, TaskID] = {}

    def __enter__(self) -> ConsoleReporter:
        self.bars.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bars.stop()

    def _line(self, text: str) -> None:
        if not self.quiet:
            self.out.print(text, markup=False, highlight=False, soft_wrap=True)

    def planned(self, recording: Recording, path: str) -> None:
        self._line(f"would archive {recording.key} ({human_size(recording.size_bytes)}) -> {path}")

    def started(self, recording: Recording, path: str) -> None:
        self.tasks[recording.key] = self.bars.add_task(recording.key, total=recording.size_bytes)

    def progress(self, key: str, done: int, total: int | None) -> None:
        task = self.tasks.get(key)
        if task is not None:
            self.bars.update(task, completed=done, total=total)

    def _done(self, key: str) -> None:
        task = self.tasks.pop(key, None)
        if task is not None:
            self.bars.remove_task(task)

    def finished(self, entry: Entry, *, adopted: bool, refreshed: int) -> None:
        self._done(entry.key)
        how = " (found complete, not downloaded)" if adopted else (" (URL refreshed)" if refreshed else "")
        self._line(f"archived {entry.key} {human_size(entry.size)} sha256:{entry.sha256[:12]} -> {entry.path}{how}")

    def deleted(self, key: str) -> None:
        self._line(f"deleted {key} at the vendor (archived copy verified)")

    def failed(self, key: str, message: str) -> None:
        self._done(key)
        self.err.print(f"failed {key}: {mask_text(message)}", markup=False, highlight=False, soft_wrap=True)


def _summary(report: ArchiveReport, dest: str, options: ArchiveOptions) -> list[str]:
    verb = "would archive" if options.dry_run else "archived"
    count = len(report.planned) if options.dry_run else len(report.archived)
    lines = [
        f"{verb} {count} recording(s)"
        + ("" if options.dry_run else f" ({human_size(report.bytes)}) in {report.seconds:.1f} s")
        + f" to {mask_text(dest)}"
        + (f", shard {options.shard}" if options.shard else "")
        + ("" if options.dry_run else f", concurrency {options.concurrency}"),
        f"already archived {report.already}, found complete {report.adopted}, URLs refreshed {report.refreshed}, "
        f"other shards {report.other_shards}, deleted at the vendor {len(report.deleted)}, "
        f"failed {len(report.failures)}",
    ]
    for failure in report.vendor_failures:
        lines.append(f"vendor {failure.vendor} failed: {mask_text(failure.message)}")
    if report.interrupted:
        lines.append("interrupted: run the same command again to continue")
    if not options.dry_run:
        lines.append(f"manifest: {report.manifest}")
    return lines


def _report_json(report: ArchiveReport, dest: str, options: ArchiveOptions) -> dict[str, Any]:
    return {
        "dest": mask_text(dest),
        "dry_run": options.dry_run,
        "shard": str(options.shard) if options.shard else None,
        "archived": [{"key": e.key, "path": e.path, "size": e.size, "sha256": e.sha256} for e in report.archived],
        "planned": [{"key": key, "path": path} for key, path in report.planned],
        "bytes": report.bytes,
        "seconds": round(report.seconds, 3),
        "already_archived": report.already,
        "found_complete": report.adopted,
        "refreshed": report.refreshed,
        "other_shards": report.other_shards,
        "deleted": report.deleted,
        "failures": [{"key": key, "message": message} for key, message in report.failures],
        "vendor_failures": [{"vendor": f.vendor, "message": mask_text(f.message)} for f in report.vendor_failures],
        "interrupted": report.interrupted,
        "manifest": None if options.dry_run else report.manifest,
    }


@cli.command()
@click.argument("dest")
@click.option("--concurrency", "-j", type=click.IntRange(1, 64), default=4, show_default=True, help="Parallel files.")
@click.option("--shard", type=SHARD, help="Archive only shard i of n (stable hash of VENDOR:ID; 1 <= i <= n).")
@click.option("--since", type=TIME, help="Only recordings started at or after (ISO 8601, or ago: 12h, 7d).")
@click.option("--until", type=TIME, help="Only recordings started at or before.")
@click.option("--room", help="Only this room / meeting id.")
@click.option("--limit", type=click.IntRange(min=1), help="Archive at most this many new recordings in this run.")
@click.option("--dry-run", "-n", is_flag=True, help="Print what would be archived; download and write nothing.")
@click.option("--verify", is_flag=True, help="Re-read every copy's sha256 from DEST (also the ones already archived).")
@click.option(
    "--delete-after-archive",
    is_flag=True,
    help="Delete each recording at the vendor once its archived copy is verified (size and sha256 re-read from DEST).",
)
@click.option(
    "--staging",
    type=click.Path(file_okay=False, path_type=Path),
    help="Local directory for partial downloads (default: DEST/.staging for a local DEST, else ~/.cache/recordings).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON summary instead of lines.")
@click.option("--quiet", "-q", is_flag=True, help="Only the summary and failures.")
@click.pass_obj
@handled
def archive(  # noqa: PLR0917 (Click passes every option)
    options: Options,
    dest: str,
    concurrency: int,
    shard: Shard | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    room: str | None,
    limit: int | None,
    dry_run: bool,
    verify: bool,
    delete_after_archive: bool,
    staging: Path | None,
    as_json: bool,
    quiet: bool,
) -> None:
    """Mirror every ready recording into DEST (a directory or an fsspec URL such as s3://bucket/prefix).

    Idempotent and resumable: DEST/manifest.jsonl records each archived file with its size and sha256, and a rerun
    fetches only what is missing. Expired download URLs are re-fetched. Nothing is deleted at the vendor unless
    --delete-after-archive is given.
    """
    recordings, keys = open_recordings(
        options, need=("list", "download", "delete") if delete_after_archive else ("list", "download")
    )
    plan = ArchiveOptions(
        vendors=keys,
        since=since,
        until=until,
        room=room,
        concurrency=concurrency,
        dry_run=dry_run,
        shard=shard,
        delete_after_archive=delete_after_archive and not dry_run,
        verify=verify,
        limit=limit,
        staging=staging,
    )
    out, err = stdout(), stderr()
    with recordings:
        reporter = ConsoleReporter(out, err, quiet=quiet or as_json, bars=err.is_terminal and not as_json)
        try:
            archiver = Archiver(recordings, dest, plan, reporter)
        except (OSError, ValueError, ImportError) as exc:
            raise click.BadParameter(mask_text(f"{dest}: {exc}"), param_hint="DEST") from exc
        with reporter:
            report = archiver.run()
    if as_json:
        write_json(out, _report_json(report, dest, plan))
    else:
        for line in _summary(report, dest, plan):
            out.print(line, markup=False, highlight=False, soft_wrap=True)
    if report.interrupted:
        raise click.exceptions.Exit(int(ExitCode.INTERRUPTED))
    if not report.ok:
        raise click.exceptions.Exit(int(ExitCode.PARTIAL))
