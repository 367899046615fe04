"""E-mail HTML shown safely: sanitised with nh3, and remote images blocked until allowed.

What a message may contain after cleaning: basic formatting, lists, quotes, tables, links
(http, https, mailto) and images. Scripts, styles, forms, frames, objects and every event
handler (onerror, onclick ...) are removed with their content; inline style keeps only
properties that cannot load anything (colours, fonts, alignment). Images load from two
places only: cid: references to the message's own attachments, and http(s) addresses once
the user clicks "Show remote images" (a remote image tells the sender the message was
opened, and from where). Those are fetched on a worker thread with a timeout and a size cap,
never on the GUI thread, and the message is drawn again when they arrive. Nothing is ever
read from the file system or any other scheme.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Callable
from html.parser import HTMLParser

import nh3
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser

TAGS = {
    "a", "abbr", "address", "b", "bdi", "bdo", "big", "blockquote", "br", "caption", "center", "cite",
    "code", "col", "colgroup", "dd", "del", "dfn", "div", "dl", "dt", "em", "font", "h1", "h2", "h3",
    "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp",
    "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
    "tr", "tt", "u", "ul", "var",
}
CELL = {"align", "valign", "width", "height", "bgcolor", "colspan", "rowspan", "nowrap"}
ATTRIBUTES = {
    "*": {"title", "dir", "lang", "align", "style"},
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height", "border"},
    "font": {"color", "face", "size"},
    "table": {"width", "border", "cellpadding", "cellspacing", "bgcolor"},
    "td": CELL, "th": CELL, "tr": {"valign", "bgcolor"},
    "col": {"span", "width"}, "colgroup": {"span", "width"},
    "ol": {"start", "type"}, "ul": {"type"}, "li": {"value"},
    "blockquote": {"cite"}, "q": {"cite"},
}
# Style properties that can only change how text looks, never fetch anything.
STYLE_PROPERTIES = {
    "color", "background-color", "font-family", "font-size", "font-style", "font-weight",
    "text-align", "text-decoration", "text-indent", "text-transform", "vertical-align", "white-space",
    "line-height", "margin", "margin-left", "margin-right", "margin-top", "margin-bottom", "padding",
    "padding-left", "padding-right", "padding-top", "padding-bottom", "border", "border-collapse",
    "width", "height",
}
DROPPED_WITH_CONTENT = {"script", "style", "title", "noscript", "template", "iframe", "object", "embed",
                        "applet", "frameset", "frame", "svg", "math", "head", "textarea", "select"}
URL_SCHEMES = {"http", "https", "mailto", "cid"}

REMOTE_TIMEOUT_S = 10
REMOTE_MAX_BYTES = 5 * 1024 * 1024
REMOTE_MAX_IMAGES = 50


def sanitise(html: str) -> str:
    """The message's HTML with only what is safe to show (see the module text)."""
    return nh3.clean(
        html or "", tags=TAGS, attributes=ATTRIBUTES, clean_content_tags=DROPPED_WITH_CONTENT,
        url_schemes=URL_SCHEMES, link_rel="noopener noreferrer", strip_comments=True,
        filter_style_properties=STYLE_PROPERTIES,
    )


class _Images(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sources: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag == "img":
            for key, value in attrs:
                if key == "src" and value:
                    self.sources.append(value.strip())


def image_sources(html: str) -> list[str]:
    parser = _Images()
    parser.feed(html or "")
    parser.close()
    return parser.sources


def remote_images(safe_html: str) -> list[str]:
    """The http(s) image addresses of sanitised HTML, each once, in order."""
    out: list[str] = []
    for src in image_sources(safe_html):
        if src.lower().startswith(("http://", "https://")) and src not in out:
            out.append(src)
    return out


class _OnlyWeb(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not newurl.lower().startswith(("http://", "https://")):
            return None  # a redirect to file:, ftp: ... goes nowhere
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_image(url: str, *, timeout: float = REMOTE_TIMEOUT_S, max_bytes: int = REMOTE_MAX_BYTES) -> bytes:
    """An image's bytes over http(s); ValueError past max_bytes or when it is not an image."""
    if not url.lower().startswith(("http://", "https://")):
        raise ValueError("only http and https")
    opener = urllib.request.build_opener(_OnlyWeb())
    request = urllib.request.Request(url, headers={"User-Agent": "SagiccDesktop", "Accept": "image/*"})
    with opener.open(request, timeout=timeout) as response:
        kind = (response.headers.get_content_type() or "").lower()
        if not kind.startswith("image/"):
            raise ValueError(f"not an image: {kind}")
        data = response.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError("image too large")
    return data


class _Relay(QObject):
    fetched = Signal(str, bytes)
    failed = Signal(str, str)
    finished = Signal()


class _Fetch(QRunnable):
    def __init__(self, urls: list[str], relay: _Relay) -> None:
        super().__init__()
        self.urls, self.relay = urls, relay

    def run(self) -> None:
        for url in self.urls:
            try:
                self.relay.fetched.emit(url, fetch_image(url))
            except Exception as exc:  # noqa: BLE001 - a broken image is left out, the rest still show
                self.relay.failed.emit(url, str(exc))
        self.relay.finished.emit()


class SafeHtmlView(QTextBrowser):
    """A read-only HTML view whose resources come only from the message (cid:) and, once
    allowed, from fetched remote images."""

    sig_remote_loaded = Signal()  # the remote images arrived and the message was drawn again

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        self.safe_html = ""
        self.remote_urls: list[str] = []
        self.remote_allowed = False
        self.remote_images: dict[str, bytes] = {}
        self.failed: dict[str, str] = {}
        self.cid_loader: Callable[[str], bytes | None] | None = None
        self._relay: _Relay | None = None

    def show_html(self, html: str) -> None:
        self.safe_html = sanitise(html)
        self.remote_urls = remote_images(self.safe_html)
        self._render()

    def _render(self) -> None:
        bar = self.verticalScrollBar()
        at = bar.value()
        self.document().clear()  # drop resources cached from the previous drawing
        self.setHtml(self.safe_html)
        bar.setValue(at)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802
        if int(kind) != int(QTextDocument.ResourceType.ImageResource):
            return None  # no style sheets, no other documents
        text = url.toString()
        scheme = url.scheme().lower()
        if scheme == "cid" and self.cid_loader is not None:
            data = self.cid_loader(text[4:])
            return QImage.fromData(data) if data else None
        if scheme in ("http", "https") and self.remote_allowed:
            data = self.remote_images.get(text)
            return QImage.fromData(data) if data else None
        return None  # blocked, or a scheme that is never loaded (file:, data:, ftp: ...)

    def allow_remote(self) -> None:
        """Fetch the remote images on a worker thread; the message is drawn again when they came."""
        if self.remote_allowed:
            return
        self.remote_allowed = True
        urls = [u for u in self.remote_urls if u not in self.remote_images][:REMOTE_MAX_IMAGES]
        if not urls:
            self._render()
            return
        relay = _Relay()  # lives in this thread; the worker only emits
        relay.fetched.connect(self._fetched)
        relay.failed.connect(self._failed)
        relay.finished.connect(self._all_fetched)
        self._relay = relay
        QThreadPool.globalInstance().start(_Fetch(urls, relay))

    def _fetched(self, url: str, data: bytes) -> None:
        self.remote_images[url] = bytes(data)

    def _failed(self, url: str, reason: str) -> None:
        self.failed[url] = reason

    def _all_fetched(self) -> None:
        self._render()
        self.sig_remote_loaded.emit()

    def _open_link(self, url: QUrl) -> None:
        """Links open in the user's browser or mail program, and only web and mail links."""
        if url.scheme().lower() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
