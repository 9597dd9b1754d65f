"""Zip archives of article files (nested folders allowed), guarded against zip bombs.

Members under ``__MACOSX/`` and hidden files or folders (names starting with ``.``) are skipped.
At most ``options.max_members`` members are read and ``options.max_archive_bytes`` unpacked in
all; each member is read through a bounded stream, so a member that lies about its size in the
zip directory still cannot unpack more than ``options.max_bytes``.
"""

from __future__ import annotations

import zipfile
from pathlib import PurePosixPath
from typing import IO, Callable

from .encodings import InputError
from .report import IngestOptions, LoadReport, Problem

#: (member name as "archive.zip:path", member bytes, extension) -> report
MemberLoader = Callable[[str, bytes, str], LoadReport]


def _skipped(name: str) -> bool:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return any(p == "__MACOSX" or p.startswith(".") for p in parts) or name.endswith("/")


def load_zip(file: str | IO[bytes], *, name: str, options: IngestOptions, load_member: MemberLoader,
             known_extension: Callable[[str], bool], skipped_message: Callable[[str], str] | None = None
             ) -> LoadReport:
    """Read each article file in the archive with ``load_member``; problems name ``archive.zip:member``."""
    report = LoadReport()
    try:
        zf = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
        raise InputError(f"is not a readable zip archive ({exc}): check the file, or unzip it and load the folder") \
            from None
    with zf:
        members = sorted((i for i in zf.infolist() if not i.is_dir() and not _skipped(i.filename)),
                         key=lambda i: i.filename)
        if not members:
            raise InputError("is an empty zip archive: it holds no files")
        total = 0
        read = 0
        for info in members:
            member = f"{name}:{info.filename}"
            ext = PurePosixPath(info.filename).suffix.lower()
            if not known_extension(ext):
                message = skipped_message(ext) if skipped_message else f"skipped: {ext} is not an article file type"
                report.problems.append(Problem(member, message, "warning"))
                continue
            if read >= options.max_members:
                report.problems.append(Problem(name, f"holds more than {options.max_members:,} article files; "
                                               "the rest were not read (split the archive)"))
                break
            read += 1
            if ext == ".zip":
                report.problems.append(Problem(member, "is a zip archive inside a zip archive: unzip it and load "
                                               "the inner archive or its folder"))
                continue
            if info.flag_bits & 0x1:
                report.problems.append(Problem(member, "is encrypted: unzip it with its password first"))
                continue
            budget = min(options.max_bytes, options.max_archive_bytes - total)
            if budget <= 0:
                report.problems.append(Problem(name, f"unpacks to more than {options.max_archive_bytes:,} bytes "
                                               "(a zip bomb guard); the remaining members were not read"))
                break
            if info.file_size > budget:
                report.problems.append(Problem(member, _too_big(info.file_size, budget, options)))
                continue
            try:
                with zf.open(info) as fh:
                    data = fh.read(budget + 1)
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError, ValueError) as exc:
                report.problems.append(Problem(member, f"could not be unpacked ({exc})"))
                continue
            if len(data) > budget:
                report.problems.append(Problem(member, _too_big(len(data), budget, options)))
                total += len(data)
                continue
            total += len(data)
            report.extend(load_member(member, data, ext))
    return report


def _too_big(size: int, budget: int, options: IngestOptions) -> str:
    if budget < options.max_bytes:
        return (f"was not unpacked: the archive's members add up to more than {options.max_archive_bytes:,} "
                "bytes (a zip bomb guard)")
    return f"is too large to read: {size:,} bytes or more, over the limit of {options.max_bytes:,} bytes per file"
