"""Bytes to text: encodings, byte-order marks, binary files, mojibake.

Order of attempts (see docs/ingestion.md):

1. a byte-order mark: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE;
2. UTF-16 without a mark, when NUL bytes sit in every other position (text in UTF-16 that is
   mostly ASCII), or when one byte order gives text in one script with ordinary spaces (Russian,
   Greek, ... in UTF-16) and the other does not;
3. strict UTF-8, or UTF-8 with a few broken bytes (replaced by U+FFFD) among many valid characters;
4. the charset the page or server declared, if any;
5. Windows-1252 (a superset of printable Latin-1; what "ANSI" Windows editors save);
6. charset-normalizer, accepted only when it finds a clean non-Latin script (e.g. Cyrillic in
   Windows-1251): garbage bytes decode "cleanly" as some Latin code page, and that is no text;
7. a few stray bytes (one in 50 bytes of a short file, one in 200 of a long one) in an otherwise
   ASCII or UTF-8 file,
   or a few bytes that Windows-1252 leaves undefined in a Windows-1252 file: those bytes become
   U+FFFD and :attr:`Decoded.replaced` counts them, so that the loader can warn.

What decodes only to a jumble of accented letters and symbols (random high bytes) is refused as
not text; text with many control characters is binary, whatever decoded it. Known file
signatures (PDF, PNG, Word, ...) are named, so the user knows what to save instead.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from io import BytesIO

UNDECODABLE = "could not be decoded as text (tried UTF-8, UTF-16, Windows-1252)"
SAVE_AS_UTF8 = "save it as UTF-8 and load it again"
NOT_TEXT = ("does not look like text: in every encoding tried (UTF-8, UTF-16, Windows-1252 and other code pages) "
            "its bytes give only a jumble of accented letters and symbols; if it is an article, save it as UTF-8 "
            "and load it again")


class InputError(Exception):
    """A user input that cannot become an article; the message says what is wrong and what to do."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    #: bytes that could not be decoded and were replaced by U+FFFD
    replaced: int = 0


_SIGNATURES: list[tuple[bytes, int, str]] = [
    (b"%PDF-", 0, "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Microsoft Office file (.doc, .xls or .ppt)"),
    (b"{\\rtf", 0, "an RTF document"),
    (b"\x1f\x8b", 0, "a gzip-compressed file"),
    (b"BZh", 0, "a bzip2-compressed file"),
    (b"\xfd7zXZ\x00", 0, "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive (only .zip archives are read)"),
    (b"Rar!\x1a\x07", 0, "a RAR archive (only .zip archives are read)"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
    (b"\x7fELF", 0, "a program (ELF executable)"),
    (b"MZ", 0, "a Windows program"),
    (b"ID3", 0, "an MP3 audio file"),
    (b"OggS", 0, "an Ogg audio or video file"),
    (b"ftyp", 4, "an MP4 or MOV video or audio file"),
    (b"wOFF", 0, "a web font"),
]
_ZIP_KINDS = [
    ("word/", "a Word document (.docx)"),
    ("xl/", "an Excel workbook (.xlsx)"),
    ("ppt/", "a PowerPoint file (.pptx)"),
    ("META-INF/container.xml", "an EPUB e-book"),
]
_MIMETYPE_ODF = "an OpenDocument file (.odt/.ods)"


def file_signature(data: bytes) -> str | None:
    """What a known binary format this is ("a PDF file"), from its first bytes; None if none known."""
    head = data[:64]
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return zip_kind(data)
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}[head[8:12]]
    for magic, offset, desc in _SIGNATURES:
        if head[offset:offset + len(magic)] == magic:
            if magic == b"MZ" and len(data) < 64:
                continue  # "MZ" could begin a short text
            return desc
    return None


def zip_kind(data: bytes) -> str:
    """Name an Office/ODF/EPUB file, which are zip files inside."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            names = zf.namelist()
            if "mimetype" in names:
                mt = zf.read("mimetype")[:100]
                if b"epub" in mt:
                    return "an EPUB e-book"
                if b"opendocument" in mt:
                    return _MIMETYPE_ODF
            for prefix, desc in _ZIP_KINDS:
                if any(n.startswith(prefix) for n in names):
                    return desc
    except Exception:  # noqa: BLE001 - a broken zip is still a zip
        pass
    return "a zip archive"


_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

# Latin-1 names that mean Windows-1252 in practice (the WHATWG encoding standard does the same).
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp819", "windows-1252", "cp1252"}

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_NON_LATIN_SCRIPTS = ("CYRILLIC", "GREEK", "ARABIC", "HEBREW", "CJK", "HIRAGANA", "KATAKANA", "HANGUL",
                      "DEVANAGARI", "THAI", "ARMENIAN", "GEORGIAN")


def _utf16_without_bom(sample: bytes) -> str | None:
    even = sample[0::2]
    odd = sample[1::2]
    if len(odd) < 8:
        return None
    odd_nul = odd.count(0) / len(odd)
    even_nul = even.count(0) / len(even)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    # text outside ASCII (Cyrillic, Greek, CJK, ...): NULs only where spaces and punctuation are;
    # the right byte order gives one script and ordinary spaces, the wrong one a mixture
    sample = sample[:len(sample) // 2 * 2]
    scores = {enc: _text_score(sample.decode(enc, errors="replace")) for enc in ("utf-16-le", "utf-16-be")}
    best = max(scores, key=lambda enc: scores[enc])
    return best if scores[best] > 0.75 else None


def _text_score(text: str) -> float:
    """Share of characters that are ordinary whitespace, ASCII, or letters of the text's main script."""
    if not text:
        return 0.0
    scripts: dict[str, int] = {}
    plain = 0
    for c in text:
        if c.isascii():
            plain += c.isprintable() or c in "\t\n\r"
        elif c.isalpha():
            script = unicodedata.name(c, "?").split(" ", 1)[0]
            scripts[script] = scripts.get(script, 0) + 1
    return (plain + max(scripts.values(), default=0)) / len(text)


def looks_binary(text: str) -> bool:
    """Many control characters (other than tab, newlines, form feed, escape): not text."""
    sample = text[:200_000]
    if not sample:
        return False
    bad = len(_CONTROL.findall(sample))
    return bad > max(2, len(sample) // 200)


def _mostly_non_latin(text: str) -> bool:
    letters = [c for c in text[:20_000] if c.isalpha() and ord(c) > 0x24F]
    if len(letters) < 10:
        return False
    names = (unicodedata.name(c, "") for c in letters)
    hits = sum(1 for n in names if n.startswith(_NON_LATIN_SCRIPTS))
    return hits / len(letters) > 0.8


def _clean(text: str, encoding: str) -> Decoded:
    text = repair_mojibake(text)
    if looks_binary(text):
        raise InputError("holds binary data (control characters), not text: save the article as .txt or .html "
                         "and load it again")
    return Decoded(text, encoding)


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode bytes as text or raise :class:`InputError` saying why not (binary, undecodable)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _clean(data[len(bom):].decode(enc), enc + (" (BOM)" if enc != "utf-8" else "-sig"))
            except UnicodeDecodeError:
                raise InputError(f"{UNDECODABLE}: it starts with a {enc.upper()} byte-order mark but is not "
                                 f"valid {enc.upper()}; {SAVE_AS_UTF8}") from None
    head = data[:8192]
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if utf16:
            try:
                return _clean(data.decode(utf16), utf16)
            except UnicodeDecodeError:
                pass
        desc = file_signature(data)
        raise InputError(f"looks like {desc}: save the article as .txt or .html and load it again" if desc else
                         "holds binary data (NUL bytes), not text: save the article as .txt or .html and load it again")
    try:
        return _clean(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    tried = {"utf-8", "utf8"}
    if declared:
        name = declared.strip().lower()
        if name in _AS_CP1252:
            name = "cp1252"
        if name not in tried:
            try:
                codecs.lookup(name)
                tried.add(name)
                return _clean(data.decode(name), name)
            except (LookupError, UnicodeDecodeError):
                pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and not _many_accented_letters(text):
        return _clean(text, "cp1252")
    other = _non_latin_guess(data)
    if other is not None:
        return other
    stray = _with_stray_bytes(data)
    if stray is not None:
        return stray
    if text is not None or _looks_like_jumble(data.decode("cp1252", errors="replace")):
        raise InputError(NOT_TEXT)
    bad = _utf8_replacing(data)[1]
    raise InputError(f"{UNDECODABLE}: {bad:,} of its {len(data):,} bytes are not valid UTF-8 and it is not "
                     f"Windows-1252 either; {SAVE_AS_UTF8}")


def _utf8_replacing(data: bytes) -> tuple[str, int]:
    """``data`` decoded as UTF-8 with U+FFFD for what is not valid, and how many bytes that was."""
    text = data.decode("utf-8", errors="replace")
    events = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    # valid parts re-encode to their own bytes; each replacement re-encodes to 3 bytes
    return text, len(data) - (len(text.encode("utf-8")) - 3 * events)


def _stray_limit(data: bytes) -> int:
    """How many bad bytes count as "a few": one in 50 bytes of a short file, one in 200 of a long one."""
    return min(max(1, len(data) // 50), max(10, len(data) // 200))


def _with_stray_bytes(data: bytes) -> Decoded | None:
    """A few bad bytes in an otherwise good file: keep the text, replace those bytes by U+FFFD.

    Mostly ASCII (few bytes over 0x7F at all): every byte that is not valid UTF-8 is stray. Else a
    Windows-1252 text with a few of the five bytes that Windows-1252 leaves undefined.
    """
    limit = _stray_limit(data)
    high = len(data) - len(data.translate(None, bytes(range(0x80, 0x100))))
    if high <= 4 * limit:
        text, bad = _utf8_replacing(data)
        if bad <= limit:
            return _replaced(text, "utf-8", bad)
    undefined = sum(data.count(bytes([b])) for b in _CP1252_UNDEFINED)
    if undefined <= limit:
        text = data.decode("cp1252", errors="replace")
        if not _many_accented_letters(text):
            return _replaced(text, "cp1252", undefined)
    return None


def _replaced(text: str, encoding: str, bad: int) -> Decoded:
    decoded = _clean(text, f"{encoding} ({bad} invalid byte{'s' if bad != 1 else ''} replaced)")
    return Decoded(decoded.text, decoded.encoding, bad)


def _looks_like_jumble(text: str) -> bool:
    """Most visible characters are not ASCII, yet the text is in no single non-Latin script."""
    sample = [c for c in text[:20_000] if not c.isspace()]
    if not sample:
        return False
    high = sum(1 for c in sample if ord(c) > 0x7F)
    return high / len(sample) > 0.5 and not _mostly_non_latin(text)


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few broken bytes (a bad copy, a cut multi-byte character): keep it as UTF-8.

    Real Windows-1252 text almost never forms valid multi-byte UTF-8 sequences, so many valid
    sequences and few invalid bytes mean UTF-8; the invalid bytes become U+FFFD.
    """
    text, bad = _utf8_replacing(data)
    good = sum(1 for c in text if ord(c) > 0x7F) - text.count("\ufffd")
    if good >= 5 and bad <= max(1, good // 10):
        return _replaced(text, "utf-8", bad)
    return None


def _many_accented_letters(text: str) -> bool:
    """Western text in Windows-1252 has few accented letters; a Cyrillic or Greek code page read as
    Windows-1252 is nearly all accented letters ("Ïðåçèäåíò")."""
    sample = text[:20_000]
    letters = sum(1 for c in sample if c.isalpha())
    high = sum(1 for c in sample if c.isalpha() and ord(c) > 0x7F)
    return letters > 0 and high / letters > 0.3


def _non_latin_guess(data: bytes) -> Decoded | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception:  # noqa: BLE001 - a detector failure only means "no guess"
        return None
    if best is None or best.chaos > 0.05:
        return None
    try:
        text = data.decode(best.encoding)
    except (LookupError, UnicodeDecodeError):
        return None
    if _mostly_non_latin(text):
        return _clean(text, best.encoding)
    return None


# UTF-8 read as Windows-1252: "â€™" for "’", "Ã©" for "é". A lead byte C2-F4 shown as its cp1252
# character, followed by 1-3 continuation bytes (80-BF) shown as theirs. The five bytes Windows-1252
# leaves undefined (81, 8D, 8F, 90, 9D) show up as the C1 control of the same number ("sloppy" cp1252).
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
_CP1252_CONT = "".join(chr(b) if b in _CP1252_UNDEFINED else bytes([b]).decode("cp1252") for b in range(0x80, 0xC0))
_MOJIBAKE = re.compile("[\u00c2-\u00f4][" + re.escape(_CP1252_CONT) + "]{1,3}")


def _sloppy_cp1252(s: str) -> bytes:
    return b"".join(bytes([ord(c)]) if ord(c) in _CP1252_UNDEFINED else c.encode("cp1252") for c in s)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-Windows-1252 sequences ("â€™" -> "’") where they decode cleanly."""
    if not _MOJIBAKE.search(text):
        return text

    def fix(m: re.Match[str]) -> str:
        s = m.group(0)
        for end in range(len(s), 1, -1):
            try:
                fixed = _sloppy_cp1252(s[:end]).decode("utf-8")
            except UnicodeError:
                continue
            return fixed + s[end:]
        return s

    return _MOJIBAKE.sub(fix, text)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def declared_html_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "ignore") if m else None


def replaced_bytes_warning(decoded: Decoded) -> str | None:
    """The warning for a text decoded with some bytes replaced by U+FFFD, if any were."""
    if not decoded.replaced:
        return None
    n = decoded.replaced
    return (f"{n} byte{'s' if n != 1 else ''} could not be decoded as {decoded.encoding.split(' ', 1)[0].upper()} "
            f"and {'were' if n != 1 else 'was'} replaced by \ufffd; the rest of the text was kept: check it near "
            "the \ufffd marks, or save the file as UTF-8 and load it again")
