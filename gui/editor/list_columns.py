"""The columns of the agenda, statements, decisions and follow-ups lists.

Kept apart from the panels because the models are the session's, shared by
every panel and window on the meeting (gui.session): the columns are built
with the model, before any panel exists. The translation contexts are the
panels' own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from core.dates import clock_shown
from gui.editor.delegates import date_text
from gui.models.collection_model import Column

if TYPE_CHECKING:
    from collections.abc import Callable


def agenda_columns() -> list[Column]:
    return [
        Column("title", QCoreApplication.translate("AgendaPanel", "Acara / agenda"), editable=True),
        Column("notes", QCoreApplication.translate("AgendaPanel", "Catatan"), editable=True),
    ]


def agenda_column(agenda_title: Callable[[int | None], str]) -> Column:
    """The agenda item a decision or a follow-up belongs to (its number and title)."""
    title = lambda d: agenda_title(d.agenda_id)  # noqa: E731
    return Column(
        "agenda_id",
        QCoreApplication.translate("DecisionsPanel", "Agenda"),
        editable=True,
        display=title,
        tooltip=title,
    )


def decision_columns(agenda_title: Callable[[int | None], str]) -> list[Column]:
    return [
        Column("text", QCoreApplication.translate("DecisionsPanel", "Keputusan"), editable=True),
        agenda_column(agenda_title),
    ]


def action_columns(agenda_title: Callable[[int | None], str]) -> list[Column]:
    return [
        Column("text", QCoreApplication.translate("ActionsPanel", "Tindak lanjut"), editable=True),
        Column(
            "owner", QCoreApplication.translate("ActionsPanel", "Penanggung jawab"), editable=True
        ),
        Column(
            "due",
            QCoreApplication.translate("ActionsPanel", "Batas waktu"),
            editable=True,
            display=lambda a: date_text(a.due),
        ),
        Column(
            "done",
            QCoreApplication.translate("ActionsPanel", "Selesai"),
            checkable=True,
            unset_checked=False,
            align=Qt.AlignmentFlag.AlignCenter,
        ),
        Column(
            "progress",
            QCoreApplication.translate("ActionsPanel", "Perkembangan"),
            editable=True,
        ),
        agenda_column(agenda_title),
    ]


def statement_columns(
    speaker_label: Callable[[int | None], str], agenda_title: Callable[[int | None], str]
) -> list[Column]:
    quote = QCoreApplication.translate("StatementsPanel", "Kutipan")
    summary = QCoreApplication.translate("StatementsPanel", "Ringkasan")
    return [
        Column("text", QCoreApplication.translate("StatementsPanel", "Teks")),
        Column(
            "at",
            QCoreApplication.translate("StatementsPanel", "Jam"),
            display=lambda s: clock_shown(s.at),
        ),
        Column(
            "speaker_id",
            QCoreApplication.translate("StatementsPanel", "Pembicara"),
            display=lambda s: speaker_label(s.speaker_id),
        ),
        Column(
            "kind",
            QCoreApplication.translate("StatementsPanel", "Jenis"),
            display=lambda s: quote if s.is_quote else summary,
        ),
        Column(
            "agenda_id",
            QCoreApplication.translate("StatementsPanel", "Agenda"),
            display=lambda s: agenda_title(s.agenda_id),
        ),
    ]


def signatory_columns(attendee: Callable[[int | None], object | None]) -> list[Column]:
    """Label, then name, jabatan, pangkat and NIP: the row's own, else its attendee's."""

    def shown(key: str) -> Callable[[object], str]:
        def text(s: object) -> str:
            own = getattr(s, key)
            who = attendee(getattr(s, "attendee_id", None))
            return str(own or (getattr(who, key, None) if who is not None else None) or "")

        return text

    translate = QCoreApplication.translate
    return [
        Column("label", translate("SignatoriesPanel", "Sebagai"), editable=True),
        Column("name", translate("SignatoriesPanel", "Nama"), editable=True, display=shown("name")),
        Column(
            "position",
            translate("SignatoriesPanel", "Jabatan"),
            editable=True,
            display=shown("position"),
        ),
        Column("rank", translate("SignatoriesPanel", "Pangkat/Golongan"), display=shown("rank")),
        Column("nip", translate("SignatoriesPanel", "NIP"), display=shown("nip")),
    ]


def attachment_columns() -> list[Column]:
    """Dokumentasi: the caption (editable) and what the picture is (kind, pixels)."""
    from core.images import KIND_WORDS, NotAnImage, image_info

    def kind(a: Any) -> str:
        try:
            info = image_info(a.data)
        except NotAnImage:  # a picture the archive holds, shown as well as it can be
            return KIND_WORDS.get(a.media_type, a.media_type)
        return f"{KIND_WORDS[info.media_type]} {info.width} × {info.height}"

    return [
        Column(
            "caption",
            QCoreApplication.translate("DocumentationPanel", "Keterangan"),
            editable=True,
            to_value=lambda text: text.strip() or None,
        ),
        Column(
            "media_type", QCoreApplication.translate("DocumentationPanel", "Gambar"), display=kind
        ),
    ]
