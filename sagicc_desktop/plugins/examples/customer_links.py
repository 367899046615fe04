"""Example tab plugin: "Customer links", one click from the ticket to the customer elsewhere.

It builds links from the ticket's context only: a web search for the customer's document and
name, an e-mail to each address, a call and a WhatsApp chat for each phone, a map for each
address. It uses nothing but the plugin API (plugins/api.py) and Qt, as an external plugin would,
and carries its own two languages because plugins do not share the application's catalogues.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote, quote_plus

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ..api import API_VERSION, TicketContext, current_language

TEXT = {
    "en": {
        "title": "Customer links",
        "search_document": "Search the web for document %s",
        "search_name": "Search the web for %s",
        "email": "Write to %s",
        "call": "Call %s",
        "whatsapp": "WhatsApp chat with %s",
        "map": "Map of %s",
        "none": "This ticket has no customer yet, so there is nothing to link to.",
        "no_contacts": "The customer has no contact data.",
        "copy": "Copy customer details",
        "copied": "Copied",
        "links": "Links about the customer",
        "document": "Document",
        "ticket": "Ticket #%s",
    },
    "es": {
        "title": "Enlaces del cliente",
        "search_document": "Buscar en la web el documento %s",
        "search_name": "Buscar en la web a %s",
        "email": "Escribir a %s",
        "call": "Llamar al %s",
        "whatsapp": "Chat de WhatsApp con %s",
        "map": "Mapa de %s",
        "none": "Este caso aún no tiene cliente; no hay nada que enlazar.",
        "no_contacts": "El cliente no tiene datos de contacto.",
        "copy": "Copiar datos del cliente",
        "copied": "Copiado",
        "links": "Enlaces sobre el cliente",
        "document": "Documento",
        "ticket": "Caso #%s",
    },
}


def _t(language: str, key: str) -> str:
    return TEXT.get(language, TEXT["en"])[key]


def links(context: TicketContext, language: str = "en") -> list[tuple[str, str]]:
    """(text, url) pairs for the customer; pure, so it is easy to test and to reuse."""
    out: list[tuple[str, str]] = []
    if context.customer_id is None:
        return out
    if context.document_number:
        out.append((_t(language, "search_document") % context.document_number,
                    "https://duckduckgo.com/?q=" + quote_plus(f'"{context.document_number}"')))
    if context.customer_name:
        out.append((_t(language, "search_name") % context.customer_name,
                    "https://duckduckgo.com/?q=" + quote_plus(f'"{context.customer_name}"')))
    for c in context.contacts:
        if c.kind == "email":
            subject = quote(_t(language, "ticket") % context.ticket_number + f" · {context.subject}")
            out.append((_t(language, "email") % c.value, f"mailto:{quote(c.value, safe='@')}?subject={subject}"))
        elif c.kind in ("phone", "mobile"):
            digits = re.sub(r"[^\d+]", "", c.value)
            if digits:
                out.append((_t(language, "call") % c.value, f"tel:{digits}"))
            if c.kind == "mobile" and digits.lstrip("+"):
                out.append((_t(language, "whatsapp") % c.value, "https://wa.me/" + digits.lstrip("+")))
        elif c.kind == "address":
            out.append((_t(language, "map") % c.value,
                        "https://www.openstreetmap.org/search?query=" + quote_plus(c.value)))
    return out


def details(context: TicketContext) -> str:
    """The customer's details as plain text, for the clipboard."""
    lines = [context.customer_name]
    if context.document_number:
        lines.append(f"{context.document_type.upper()} {context.document_number}".strip())
    lines += [c.value for c in context.contacts]
    return "\n".join(line for line in lines if line)


class CustomerLinksWidget(QWidget):
    def __init__(self, context: TicketContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("customerLinksTab")
        self.browser = QTextBrowser()
        self.browser.setObjectName("customerLinksBrowser")
        self.browser.setOpenExternalLinks(True)  # the system browser, mail client or phone app
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("customerLinksCopyButton")
        self.copy_button.clicked.connect(self.copy_details)
        self.copy_button.setEnabled(context.customer_id is not None)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.render_links(context.language)

    def render_links(self, language: str) -> None:
        self.language = language
        found = links(self.context, language)
        if self.context.customer_id is None:
            body = f"<p><i>{html.escape(_t(language, 'none'))}</i></p>"
        else:
            head = html.escape(self.context.customer_name)
            if self.context.document_number:
                head += html.escape(f" · {_t(language, 'document')} {self.context.document_number}")
            items = "".join(f'<li><a href="{html.escape(url, quote=True)}">{html.escape(text)}</a></li>'
                            for text, url in found)
            body = f"<p><b>{head}</b></p><ul>{items}</ul>"
            if not self.context.contacts:
                body += f"<p><i>{html.escape(_t(language, 'no_contacts'))}</i></p>"
        self.browser.setHtml(body)
        self.browser.setAccessibleName(_t(language, "links"))
        self.copy_button.setText(_t(language, "copy"))
        self.copy_button.setAccessibleName(_t(language, "copy"))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(details(self.context))
        self.copy_button.setToolTip(_t(self.language, "copied"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.render_links(current_language())
        super().changeEvent(event)


class CustomerLinksTab:
    """The plugin object: published as sagicc_desktop.tabs = customer_links in pyproject.toml."""

    key = "customer_links"
    api_version = API_VERSION

    def title(self, language: str) -> str:
        return _t(language, "title")

    def create(self, context: TicketContext) -> QWidget:
        widget = CustomerLinksWidget(context)
        widget.browser.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return widget
