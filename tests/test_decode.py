"""decode_html: BOM, header charset, a meta charset anywhere in the head, then detection."""

from __future__ import annotations

import codecs
import html

import pytest

from feedpipe.decode import META_SCAN_BYTES, NotText, decode_html, meta_charset
from feedpipe.fetch import Fetcher, HttpSettings
from tests.httpserver import KO_TEXT, TestServer

KOREAN = KO_TEXT.read_text(encoding="utf-8")
KOREAN_TITLE = KOREAN.splitlines()[0]


def test_korean_page_declared_only_in_a_late_meta(server: TestServer) -> None:
    with Fetcher(HttpSettings(timeout=2.0)) as f:
        got = f.fetch(server.url("/ko.html"), accept=["html"])
    # The case under test: no header charset, the meta far past a browser's 1 KB prescan.
    assert got.charset is None
    assert got.body.index(b"charset=euc-kr") > 2048
    text = decode_html(got.body, got.charset)
    assert f"<title>{KOREAN_TITLE}</title>" in text
    for line in KOREAN.splitlines()[3:]:
        if line.strip():
            assert html.escape(line) in text


def test_english_page_with_header_charset(server: TestServer) -> None:
    with Fetcher(HttpSettings(timeout=2.0)) as f:
        got = f.fetch(server.url("/en.html"))
    text = decode_html(got.body, got.charset)
    assert "So Many Ways to Play…and Pay" in text
    assert text == got.body.decode("utf-8")


def test_meta_charset_forms() -> None:
    assert meta_charset(b'<head><meta charset="EUC-KR"></head>') == "EUC-KR"
    assert meta_charset(b"<head><meta charset=shift_jis>") == "shift_jis"
    http_equiv = b"<head><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=ks_c_5601-1987'>"
    assert meta_charset(http_equiv) == "ks_c_5601-1987"
    # Not in a comment, not in the body, not an unknown label.
    assert meta_charset(b'<head><!-- <meta charset="koi8-r"> --></head>') is None
    assert meta_charset(b'<head></head><body><meta charset="koi8-r"></body>') is None
    assert meta_charset(b'<head><meta charset="x-no-such"><meta charset="utf-8">') == "utf-8"


def test_meta_scan_is_bounded_without_a_head_end() -> None:
    late = b"<html><head><script>" + b"x" * META_SCAN_BYTES + b'</script><meta charset="euc-kr">'
    assert meta_charset(late) is None


def test_korean_without_any_declaration_is_detected() -> None:
    page = f"<html><head><title>{KOREAN_TITLE}</title></head><body><p>{KOREAN}</p></body></html>"
    assert decode_html(page.encode("euc-kr"), None) == page


def test_header_charset_beats_meta() -> None:
    page = '<html><head><meta charset="euc-kr"></head><body>café</body></html>'
    assert decode_html(page.encode("utf-8"), "utf-8") == page


def test_lying_header_falls_back_to_meta() -> None:
    page = f'<html><head><meta charset="euc-kr"></head><body>{KOREAN_TITLE}</body></html>'
    assert decode_html(page.encode("cp949"), "utf-8") == page


def test_bom_beats_header_and_meta() -> None:
    page = '<html><head><meta charset="euc-kr"></head><body>café</body></html>'
    assert decode_html(codecs.BOM_UTF8 + page.encode("utf-8"), "iso-8859-1") == page


def test_meta_claiming_utf16_is_read_as_utf8() -> None:
    page = '<html><head><meta charset="utf-16"></head><body>café</body></html>'
    assert decode_html(page.encode("utf-8"), None) == page


def test_binary_is_refused() -> None:
    with pytest.raises(NotText):
        decode_html(b"%PDF-1.4\n" + bytes(range(256)) * 40, None)
