"""Zip archives of article files (nested folders allowed), guarded against zip bombs.

Members under ``__MACOSX/`` and hidden files or folders (names starting with ``.``) are skipped
and listed in one warning; a member whose path is absolute or climbs out of the archive (``..``)
is never read and is named in a problem (nothing is ever extracted to disk). At most ``options.max_members`` members are read and ``options.max_archive_bytes`` unpacked in
all; each member is read through a bounded stream, so a member that lies about its size in the
zip directory still cannot unpack more than ``options.max_bytes``.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import PurePosixPath
from typing import IO, Callable, Iterator

from .encodings import InputError
from .report import IngestOptions, LoadReport, Problem

#: (member name as "archive.zip:path", member bytes, extension) -> report
MemberLoader = Callable[[str, bytes, str], LoadReport]


#: hidden and macOS members named in the one warning per archive (the rest are counted)
LISTED_HIDDEN = 10


def _parts(name: str) -> tuple[str, ...]:
    return PurePosixPath(name.replace("\\", "/")).parts


def _hidden(name: str) -> bool:
    return any(p == "__MACOSX" or (p.startswith(".") and p != "..") for p in _parts(name))


def unsafe_path(name: str) -> str | None:
    """Why a member's path is unsafe to unpack (absolute, a drive, or climbing out with ``..``), or None."""
    path = name.replace("\\", "/")
    if path.startswith("/") or re.match(r"[A-Za-z]:", path):
        return "its path is absolute"
    if ".." in PurePosixPath(path).parts:
        return "its path climbs out of the archive's folder (..)"
    return None


def load_zip(file: str | IO[bytes], *, name: str, options: IngestOptions, load_member: MemberLoader,
             known_extension: Callable[[str], bool], skipped_message: Callable[[str], str] | None = None
             ) -> LoadReport:
    """Read each article file in the archive with ``load_member``; problems name ``archive.zip:member``."""
    report = LoadReport()
    for part in iter_zip(file, name=name, options=options, load_member=load_member,
                         known_extension=known_extension, skipped_message=skipped_message):
        report.extend(part)
    return report


def iter_zip(file: str | IO[bytes], *, name: str, options: IngestOptions, load_member: MemberLoader,
             known_extension: Callable[[str], bool], skipped_message: Callable[[str], str] | None = None
             ) -> Iterator[LoadReport]:
    """:func:`load_zip` one member at a time: a report per member read (or problem), in archive order;
    only one member's bytes are in memory at a time. An unreadable archive raises :class:`InputError`."""
    reported = False

    def problem(source: str, message: str, kind: str = "error") -> LoadReport:
        nonlocal reported
        reported = True
        return LoadReport(problems=[Problem(source, message, kind)])

    try:
        zf = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
        raise InputError(f"is not a readable zip archive ({exc}): check the file, or unzip it and load the folder") \
            from None
    with zf:
        files = sorted((i for i in zf.infolist() if not i.is_dir()), key=lambda i: i.filename)
        members = []
        hidden = []
        for info in files:
            unsafe = unsafe_path(info.filename)
            if unsafe:
                yield problem(f"{name}:{info.filename}", f"was not read: {unsafe}, which could "
                              "write outside the folder it is unzipped into; nothing is unzipped "
                              "to disk here, but such an archive is not to be trusted")
            elif _hidden(info.filename):
                hidden.append(info.filename)
            else:
                members.append(info)
        if hidden:
            listed = ", ".join(hidden[:LISTED_HIDDEN]) + (f" and {len(hidden) - LISTED_HIDDEN} more"
                                                         if len(hidden) > LISTED_HIDDEN else "")
            yield problem(name, f"skipped {len(hidden)} hidden or macOS metadata member"
                          f"{'s' if len(hidden) != 1 else ''} (__MACOSX/, names starting with "
                          f"'.'): {listed}", "warning")
        if not members and not reported:
            raise InputError("is an empty zip archive: it holds no files")
        total = 0
        read = 0
        for info in members:
            member = f"{name}:{info.filename}"
            ext = PurePosixPath(info.filename).suffix.lower()
            if not known_extension(ext):
                message = skipped_message(ext) if skipped_message else f"skipped: {ext} is not an article file type"
                yield problem(member, message, "warning")
                continue
            if read >= options.max_members:
                yield problem(name, f"holds more than {options.max_members:,} article files; "
                              "the rest were not read (split the archive)")
                break
            read += 1
            if ext == ".zip":
                yield problem(member, "is a zip archive inside a zip archive: unzip it and load "
                              "the inner archive or its folder")
                continue
            if info.flag_bits & 0x1:
                yield problem(member, "is encrypted: unzip it with its password first")
                continue
            budget = min(options.max_bytes, options.max_archive_bytes - total)
            if budget <= 0:
                yield problem(name, f"unpacks to more than {options.max_archive_bytes:,} bytes "
                              "(a zip bomb guard); the remaining members were not read")
                break
            if info.file_size > budget:
                yield problem(member, _too_big(info.file_size, budget, options))
                continue
            try:
                with zf.open(info) as fh:
                    data = fh.read(budget + 1)
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError, ValueError) as exc:
                yield problem(member, f"could not be unpacked ({exc})")
                continue
            if len(data) > budget:
                yield problem(member, _too_big(len(data), budget, options))
                total += len(data)
                continue
            total += len(data)
            yield load_member(member, data, ext)


def _too_big(size: int, budget: int, options: IngestOptions) -> str:
    if budget < options.max_bytes:
        return (f"was not unpacked: the archive's members add up to more than {options.max_archive_bytes:,} "
                "bytes (a zip bomb guard)")
    return f"is too large to read: {size:,} bytes or more, over the limit of {options.max_bytes:,} bytes per file"
