"""Small text utilities shared by the stages: XML-safe text, whitespace, tokens, scripts."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

# Characters XML 1.0 forbids, plus C1 controls and noncharacters that readers show as garbage.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
# Zero-width and bidi-control characters that scraping leaves inside words.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
WORD = re.compile(r"\w+")


def xml_safe(text: str) -> str:
    """Text with every character XML 1.0 forbids removed (feedgen raises on them)."""
    return _XML_BAD.sub("", text)


def clean_line(text: str) -> str:
    """One line as a reader should see it: no invisible characters, single spaces, trimmed.

    The ideographic space (U+3000) is treated as a space; NFC keeps Hangul composed.
    """
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", xml_safe(text))
    return _SPACES.sub(" ", text).strip()


# Any character clean_line would drop: one search tells whether a text needs the slow path.
_ODD = re.compile(f"{_XML_BAD.pattern}|{_INVISIBLE.pattern}")


def clean_lines(texts: Sequence[str]) -> list[str]:
    """`clean_line` of every text; one scan of the whole finds the usual case (nothing to
    drop, already NFC) where splitting on whitespace is all a line needs."""
    joined = "\n".join(texts)
    if _ODD.search(joined) or not unicodedata.is_normalized("NFC", joined):
        return [clean_line(text) for text in texts]
    # str.split() splits on exactly the spaces _SPACES collapses (and on line breaks,
    # which a line no longer holds).  A printable line holds no whitespace but " " (the
    # others are all control or separator characters): without doubled, leading or
    # trailing spaces it is clean as it is, found by C scans rather than split and join.
    return [
        text
        if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "
        else " ".join(text.split())
        for text in texts
    ]


_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x85")


def split_lines(text: str) -> list[str]:
    """Raw lines of a text, whatever its line ends (CRLF, CR, U+2028)."""
    return _LINE_BREAK.split(text)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens (Hangul, kana and kanji count as word characters).

    The same as `WORD.findall(text.lower())`, faster: a \\w+ run never crosses a space, and
    a space-separated piece that is all letters and digits (str.isalnum, which is what
    \\w means besides "_") is one token as it is; only the others need the pattern.
    """
    found: list[str] = []
    for piece in text.lower().split():
        if piece.isalnum():
            found.append(piece)
        elif (core := piece.strip(_EDGE_PUNCTUATION)).isalnum():
            found.append(core)  # '"딥테크', "다.", "(CEO)": punctuation only around a word
        else:
            found.extend(WORD.findall(piece))
    return found


# Punctuation that often sits around a word; none of it is a word character (\w).
_EDGE_PUNCTUATION = ".,!?\"'“”‘’()[]<>…·:;-"


# A few high-frequency function words per Latin-script language, to tell them apart.
_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "was", "on", "with", "said", "it"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "du", "que", "dans", "pour", "pas", "qui"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "den", "mit", "von", "sich", "auf", "ein"},
    "es": {"el", "los", "las", "y", "que", "por", "una", "con", "para", "del", "se", "es", "su"},
    "it": {"il", "di", "che", "e", "della", "per", "una", "sono", "gli", "nel", "con", "non"},
    "pt": {"o", "os", "que", "de", "uma", "com", "para", "não", "do", "da", "em", "se", "ao"},
}


# Characters of a text that language detection looks at.
LANGUAGE_SAMPLE = 1200


def detect_language(text: str) -> str | None:
    """A BCP 47 language tag for the text, from its script (and function words for Latin).

    Korean and Japanese are told by Hangul and kana; Han without kana is Chinese.  A window
    from the middle of the text is enough to tell, and keeps page chrome at either end
    (an English menu on a Korean page) from deciding.
    """
    middle = len(text) // 2
    sample = text[max(0, middle - LANGUAGE_SAMPLE // 2) : middle + LANGUAGE_SAMPLE // 2]
    hangul, kana, han, latin = _script_counts(sample)
    if hangul and hangul >= 0.3 * (han + kana + latin) / 3 and hangul > kana:
        return "ko"
    if kana and kana * 4 >= han * 0.1 and kana + han >= latin * 0.3:
        return "ja"
    if han and han >= latin * 0.3:
        return "zh"
    if latin:
        words = tokens(sample)
        scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
        best = max(scores, key=lambda lang: scores[lang])
        return best if scores[best] else "en"
    return None


def _script_counts(sample: str) -> tuple[int, int, int, int]:
    """Hangul, kana, Han and Latin letters in `sample`, counted on its UTF-8 bytes.

    A character's first UTF-8 byte says its block: EA-ED start U+A000-U+DFFF (Hangul
    syllables), E3 81-83 U+3040-U+30FF (kana), E4-E9 U+4000-U+9FFF (CJK ideographs).
    Counting bytes is many times faster than matching characters; the blocks' edges
    (Yi syllables, CJK extension A) are rare enough not to matter for the decision.
    Latin letters are the ASCII ones plus those starting C3-C9 (U+00C0-U+024F).
    """
    data = sample.encode("utf-8")
    # A block's lead bytes counted in one pass: what is left when all other bytes go.
    hangul = len(data.translate(None, _NOT_HANGUL_LEADS))
    kana = sum(data.count(lead) for lead in (b"\xe3\x81", b"\xe3\x82", b"\xe3\x83"))
    han = len(data.translate(None, _NOT_HAN_LEADS))
    latin = len(data.translate(None, _NOT_LATIN_LEADS))
    return hangul, kana, han, latin


def _all_bytes_but(keep: range | bytes) -> bytes:
    return bytes(b for b in range(256) if b not in keep)


_NOT_HANGUL_LEADS = _all_bytes_but(range(0xEA, 0xEE))
_NOT_HAN_LEADS = _all_bytes_but(range(0xE4, 0xEA))
# ASCII letters, and the lead bytes of U+00C0-U+024F.
_NOT_LATIN_LEADS = _all_bytes_but(bytes(range(65, 91)) + bytes(range(97, 123)) + bytes(range(0xC3, 0xCA)))


def display_width(text: str) -> int:
    """Length weighting East Asian characters double (a Hangul line of 30 ≈ 60 Latin).

    Counted from the UTF-8 length, which is fast: every character from U+0800 up (Hangul,
    kana, CJK, fullwidth forms, but also curly quotes and dashes) counts two, Latin
    letters with accents one and a half.  The cleaner only compares widths with limits.
    """
    if text.isascii():
        return len(text)
    return len(text) + (len(text.encode("utf-8")) - len(text)) // 2
