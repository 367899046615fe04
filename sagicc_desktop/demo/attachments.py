"""Demo attachments whose bytes really live in the blob store, one Blob row per SHA-256.

Customers' files hang on their incoming messages, files sent by agents on outgoing ones,
and some are added by hand; one screenshot is sent twice to show content addressing.
"""

from __future__ import annotations

import datetime as dt
import random

from ..store.blobs import BlobStore
from ..store.entities import Attachment, Blob, Interaction
from ..store.enums import AttachmentSource, ChannelKind, Direction
from . import files
from .catalog import stamped
from .conversation import Conversation


class _Writer:
    def __init__(self, rng: random.Random, blobs: BlobStore) -> None:
        self.rng, self.blobs = rng, blobs
        self.blob_rows: dict[str, Blob] = {}
        self.attachments: list[Attachment] = []

    def add(self, conv: Conversation, data: bytes, filename: str, mime: str,
            source: AttachmentSource, when: dt.datetime, interaction: Interaction | None) -> None:
        sha, size = self.blobs.put_bytes(data)
        if sha not in self.blob_rows:
            self.blob_rows[sha] = Blob(sha256=sha, size=size, created_at=when)
        uploader = None if source is AttachmentSource.CUSTOMER else conv.agent.id
        self.attachments.append(Attachment(
            **stamped(self.rng, when), ticket_id=conv.ticket.id,
            interaction_id=interaction and interaction.id, blob_sha256=sha, filename=filename,
            mime_type=mime, size=size, source=source, uploaded_by_id=uploader))


def _first(conv: Conversation, direction: Direction, kinds=None) -> Interaction | None:
    return next((i for i in conv.interactions if i.direction is direction
                 and (kinds is None or i.channel_kind in kinds)), None)


def build_attachments(rng: random.Random, blobs: BlobStore,
                      conversations: list[Conversation]) -> tuple[list[Blob], list[Attachment]]:
    writer = _Writer(rng, blobs)
    recordings = files.voice_notes()
    for conv in conversations:  # every voice note carries a real recording in its language
        for note in conv.voice_notes:
            choices = recordings.get(conv.language) or recordings.get("en") or []
            if choices:
                data, seconds = choices[rng.randrange(len(choices))]
                writer.add(conv, data, f"voice-note-{conv.ticket.number}.ogg", "audio/ogg",
                           AttachmentSource.CUSTOMER, note.occurred_at, note)
            else:  # resources missing (a stripped install): a tone stands in
                seconds = int(note.body_text.rsplit(":", 1)[1].rstrip(")"))
                writer.add(conv, files.wav_bytes(seconds, rng), f"voice-note-{conv.ticket.number}.wav",
                           "audio/wav", AttachmentSource.CUSTOMER, note.occurred_at, note)
            label = "Nota de voz" if conv.language == "es" else "Voice note"
            note.body_text = note.preview = f"{label} ({int(seconds) // 60}:{round(seconds) % 60:02d})"
    rich = [c for c in conversations if len(c.interactions) >= 2]
    screenshot = files.png_bytes(96, 64, rng)
    for n, conv in enumerate(rng.sample(rich, min(14, len(rich)))):
        lang, number = conv.language, conv.ticket.number
        incoming = _first(conv, Direction.INCOMING, (ChannelKind.EMAIL, ChannelKind.WHATSAPP,
                                                     ChannelKind.CHAT))
        outgoing = _first(conv, Direction.OUTGOING, (ChannelKind.EMAIL,))
        area = conv.campaign.spec.area
        if n < 2:  # the same screenshot twice: one blob, two attachments
            when = incoming.occurred_at if incoming else conv.ticket.created_at
            writer.add(conv, screenshot, "captura.png" if lang == "es" else "screenshot.png",
                       "image/png", AttachmentSource.CUSTOMER, when, incoming)
        elif area == "billing" and incoming is not None:
            account = conv.person.accounts[0].number if conv.person.accounts else "-"
            writer.add(conv, files.statement_csv(rng, lang, account),
                       "extracto.csv" if lang == "es" else "statement.csv", "text/csv",
                       AttachmentSource.CUSTOMER, incoming.occurred_at, incoming)
        elif area == "home" and incoming is not None:
            writer.add(conv, files.speed_test_txt(rng, lang),
                       "pruebas-velocidad.txt" if lang == "es" else "speed-tests.txt",
                       "text/plain", AttachmentSource.CUSTOMER, incoming.occurred_at, incoming)
        elif outgoing is not None:
            account = conv.person.accounts[0].number if conv.person.accounts else "-"
            writer.add(conv, files.statement_csv(rng, lang, account),
                       f"factura-{number}.csv" if lang == "es" else f"invoice-{number}.csv",
                       "text/csv", AttachmentSource.USER, outgoing.occurred_at, outgoing)
        else:
            when = conv.interactions[-1].occurred_at
            writer.add(conv, files.visit_report_txt(rng, lang, number),
                       f"acta-visita-{number}.txt" if lang == "es" else f"visit-report-{number}.txt",
                       "text/plain", AttachmentSource.MANUAL, when, None)
        if n % 4 == 3:  # and a photo of the equipment, added by hand
            when = conv.interactions[-1].occurred_at
            writer.add(conv, files.png_bytes(64, 48, rng),
                       "foto-equipo.png" if lang == "es" else "device-photo.png", "image/png",
                       AttachmentSource.MANUAL, when, None)
    return list(writer.blob_rows.values()), writer.attachments
