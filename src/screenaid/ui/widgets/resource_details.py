"""What a professional needs to know about one resource before offering it (shown as plain text)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from screenaid.content import Origin
from screenaid.content.resources import Resource
from screenaid.ui.labels import enum_label


class ResourceDetails(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setAccessibleName(self.tr("Resource details"))
        self.show_resource(None, None)

    def show_resource(self, resource: Resource | None, origin: Origin | None) -> None:
        if resource is None:
            self.setText("<i>" + escape(self.tr("Choose a resource to see its details.")) + "</i>")
            return
        lines = [f"<b>{escape(resource.name)}</b>"]
        if origin is Origin.CLINIC:
            lines.append("<i>" + escape(self.tr("Added by your clinic.")) + "</i>")
        lines.append(escape(resource.blurb["en"]))
        for channel in resource.channels:
            keyword = (
                " " + escape(self.tr("(keyword {keyword})").format(keyword=channel.keyword))
                if channel.keyword
                else ""
            )
            lines.append(f"{escape(enum_label(channel.kind))}: {escape(channel.value)}{keyword}")
        open_always = self.tr("Open 24/7")
        hours = (
            escape(open_always) if resource.available_24_7 else escape((resource.hours or {}).get("en", ""))
        )
        lines.append(hours)
        services = ", ".join(enum_label(s) for s in resource.services)
        lines.append(escape(self.tr("Services: {services}").format(services=services)))
        audiences = ", ".join(enum_label(a) for a in resource.audiences)
        lines.append(escape(self.tr("For: {audiences}").format(audiences=audiences)))
        if resource.clinician_note:
            note = escape(self.tr("Note:"))
            lines.append(f"<b>{note}</b> {escape(resource.clinician_note)}")
        checked = self.tr("Checked at the source on {date}.").format(date=resource.verified.isoformat())
        lines.append(escape(checked))
        self.setText("<br>".join(lines))
