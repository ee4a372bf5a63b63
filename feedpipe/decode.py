"""Bytes to text: BOM, declared charset (with browsers' label aliases), then detection.

Plain-text files arrive without any declaration, so detection matters: Korean text is
often CP949 (a superset of EUC-KR), Windows tools write UTF-16.  Garbage must not
become a story, so bytes that decode to something that is not text are refused.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

# WHATWG encoding labels that browsers treat as a wider encoding than the label says.
ALIASES = {
    "euc-kr": "cp949",
    "euckr": "cp949",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601-1989": "cp949",
    "ksc5601": "cp949",
    "ksc_5601": "cp949",
    "iso-ir-149": "cp949",
    "korean": "cp949",
    "csksc56011987": "cp949",
    "windows-949": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "chinese": "gb18030",
    "csgb2312": "gb18030",
    "iso-ir-58": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
}

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Characters that real text almost never holds; a high share of them means binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")


class NotText(ValueError):
    """The bytes are not text in any encoding we can identify."""


def codec_for(label: str | None) -> str | None:
    """The Python codec for an encoding label, applying browsers' aliases; None if unknown."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    key = ALIASES.get(key, key)
    try:
        return codecs.lookup(key).name
    except LookupError:
        return None


def sniff_bom(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces and the BOM's length, or None."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 written without a BOM: the byte order whose decoding reads as text, or None.

    ASCII in UTF-16 puts NUL in every other byte, but Hangul or kanji fill both bytes, so
    rather than count NULs we decode both ways and keep the one that looks like writing.
    """
    sample = data[:8192]
    sample = sample[: len(sample) - len(sample) % 2]
    best, best_score = None, 0.9
    for name in ("utf-16-le", "utf-16-be"):
        text = sample.decode(name, errors="replace")
        if not text:
            continue
        good = sum(1 for ch in text if ch.isspace() or unicodedata.category(ch)[0] in "LPNS")
        score = good / len(text)
        if score > best_score and not looks_binary(text):
            best, best_score = name, score
    return best


def looks_binary(text: str) -> bool:
    """Whether decoded text is mostly control characters or replacement marks."""
    if not text:
        return False
    sample = text[:65536]
    bad = len(_CONTROL.findall(sample))
    if bad / len(sample) > 0.02:
        return True
    # Private-use and unassigned code points in quantity mean a wrong decoding.
    odd = sum(1 for ch in sample if unicodedata.category(ch) in ("Co", "Cn", "Cs"))
    return odd / len(sample) > 0.02


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode bytes to text.

    Order: a BOM wins; then the declared charset (an HTTP header or a meta tag), with
    browser aliases (EUC-KR is read as CP949); then strict UTF-8; then detection.
    Raises NotText when the bytes are not text.
    """
    bom = sniff_bom(data)
    if bom is not None:
        name, size = bom
        text = data[size:].decode(name, errors="replace")
        return _checked(text)
    codec = codec_for(declared)
    if codec is not None:
        try:
            return _checked(data.decode(codec))
        except UnicodeDecodeError:
            pass  # the declaration lies; fall through to detection
    head = data[:4096]
    # A stray NUL is damage to strip later; many are UTF-16 or binary.
    if head.count(0) > max(2, len(head) // 100):
        wide = _utf16_without_bom(data)
        if wide is None:
            raise NotText("binary data (NUL bytes), not text")
        return _checked(data.decode(wide, errors="replace"))
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    return _checked(_detect(data))


def _detect(data: bytes) -> str:
    # Korean legacy text is by far the most common non-UTF-8 input here: try CP949 strictly
    # before asking the detector, which sometimes prefers a single-byte guess for short text.
    for codec in ("cp949", "cp932", "gb18030"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _mostly_script(text, codec):
            return text
    best = from_bytes(data[:262144]).best()
    if best is None or best.encoding is None:
        raise NotText("binary data or an unknown text encoding, not readable text")
    return data.decode(codec_for(best.encoding) or best.encoding, errors="replace")


_SCRIPT = {
    "cp949": re.compile(r"[\uac00-\ud7a3]"),
    "cp932": re.compile(r"[\u3040-\u30ff]"),
    "gb18030": re.compile(r"[\u4e00-\u9fff]"),
}


def _mostly_script(text: str, codec: str) -> bool:
    """Whether a strict decode produced the script that codec is for (not accidental CJK)."""
    letters = sum(1 for ch in text[:20000] if ch.isalpha() and ord(ch) > 0x7F)
    if letters == 0:
        return False
    hits = len(_SCRIPT[codec].findall(text[:20000]))
    return hits / letters > 0.6


def _checked(text: str) -> str:
    if looks_binary(text):
        raise NotText("binary data, not text")
    return text


# A meta charset declaration, either form: <meta charset="euc-kr"> or
# <meta http-equiv="Content-Type" content="text/html; charset=euc-kr">.  Matched on bytes
# because we do not know the encoding yet; every encoding a page can declare this way is
# ASCII-compatible for these characters.
_META_CHARSET = re.compile(
    rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9][A-Za-z0-9_.:\-]*)""",
    re.IGNORECASE,
)
_HEAD_END = re.compile(rb"</head\s*>|<body[\s>]", re.IGNORECASE)
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)

# How far into a page to look for a meta charset when it has no </head>.  Browsers stop
# at 1 KB, but CMS pages put scripts, styles and tracking tags before the meta tag, so
# we look through the whole head.
META_SCAN_BYTES = 65536


def meta_charset(data: bytes) -> str | None:
    """The charset a page's `<meta>` tags declare in its `<head>`, or None.

    Looks through the whole head (up to `</head>` or `<body>`, at most
    `META_SCAN_BYTES`), skipping comments, so a declaration after long scripts counts.
    """
    head = data[:META_SCAN_BYTES]
    end = _HEAD_END.search(head)
    if end is not None:
        head = head[: end.start()]
    head = _COMMENT.sub(b"", head)
    for match in _META_CHARSET.finditer(head):
        label = match.group(1).decode("ascii")
        if codec_for(label) is not None:
            return label
    return None


def decode_html(data: bytes, header_charset: str | None = None) -> str:
    """Decode an HTML page the way a browser picks its encoding.

    Order: a BOM; the HTTP header's charset; a `<meta>` charset anywhere in the head;
    then detection (strict UTF-8, Korean/Japanese/Chinese legacy codecs, the detector).
    A declaration that does not decode strictly is skipped rather than trusted.
    Raises NotText when the bytes are not text.
    """
    if sniff_bom(data) is not None:
        return decode(data)
    declared = [header_charset, meta_charset(data)]
    for label in declared:
        codec = codec_for(label)
        if codec is None:
            continue
        # A page whose bytes we just read as ASCII cannot really be UTF-16/32: browsers
        # read such a meta declaration as UTF-8, and so do we.
        if label is not header_charset and codec.startswith(("utf-16", "utf-32")):
            codec = "utf-8"
        try:
            return _checked(data.decode(codec))
        except UnicodeDecodeError:
            continue  # the declaration lies; try the next one, then detection
    return decode(data)
