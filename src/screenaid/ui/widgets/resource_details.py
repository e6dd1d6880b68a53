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
        self.setAccessibleName("Resource details")
        self.show_resource(None, None)

    def show_resource(self, resource: Resource | None, origin: Origin | None) -> None:
        if resource is None:
            self.setText("<i>Choose a resource to see its details.</i>")
            return
        lines = [f"<b>{escape(resource.name)}</b>"]
        if origin is Origin.CLINIC:
            lines.append("<i>Added by your clinic.</i>")
        lines.append(escape(resource.blurb["en"]))
        for channel in resource.channels:
            keyword = f" (keyword {escape(channel.keyword)})" if channel.keyword else ""
            lines.append(f"{escape(enum_label(channel.kind))}: {escape(channel.value)}{keyword}")
        hours = "Open 24/7" if resource.available_24_7 else escape((resource.hours or {}).get("en", ""))
        lines.append(hours)
        lines.append("Services: " + escape(", ".join(enum_label(s) for s in resource.services)))
        lines.append("For: " + escape(", ".join(enum_label(a) for a in resource.audiences)))
        if resource.clinician_note:
            lines.append(f"<b>Note:</b> {escape(resource.clinician_note)}")
        lines.append(f"Checked at the source on {resource.verified.isoformat()}.")
        self.setText("<br>".join(lines))
