"""One course module: objectives, key points, core sections, more depth on demand, cases, self-checks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from screenaid.content.course import Depth
from screenaid.training.reading_time import study_time
from screenaid.ui.entry_title import entry_title
from screenaid.ui.widgets.heading import Heading
from screenaid.ui.widgets.markdown_label import MarkdownLabel
from screenaid.ui.widgets.reading_width import ReadingColumn
from screenaid.ui.widgets.self_check_widget import SelfCheckWidget
from screenaid.ui.widgets.toggle_section import ToggleSection

if TYPE_CHECKING:
    from screenaid.content import Library
    from screenaid.content.course import CourseModule


def _bullets(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


class ModuleView(ReadingColumn):
    navigate_to = Signal(str)

    def __init__(self, module: CourseModule, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.module = module
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(f"{module.number}. {module.title}", 1, self))
        objectives = [library.get(objective_id) for objective_id in module.objectives]
        objective_texts = [getattr(o, "text", "") for o in objectives if o is not None]
        self.study_time = study_time(module, tuple(objective_texts))
        self.time_label = MarkdownLabel(
            self.reading_time_text(self.study_time.core_minutes, self.study_time.study_minutes), self
        )
        self.time_label.setAccessibleName(self.tr("Reading and study time"))
        layout.addWidget(self.time_label)
        if objective_texts:
            layout.addWidget(Heading(self.tr("You will be able to"), 3, self))
            layout.addWidget(MarkdownLabel(_bullets(objective_texts), self))
        layout.addWidget(MarkdownLabel(module.summary, self))
        layout.addWidget(Heading(self.tr("Key points"), 2, self))
        layout.addWidget(MarkdownLabel(_bullets(module.key_points), self))

        more = QWidget(self)
        more_layout = QVBoxLayout(more)
        more_layout.setContentsMargins(0, 0, 0, 0)
        for section in module.sections:
            target = layout if section.depth is Depth.CORE else more_layout
            target.addWidget(Heading(section.title, 2, self))
            target.addWidget(MarkdownLabel(section.body, self))
        self.more_depth: ToggleSection | None = None
        if more_layout.count():
            self.more_depth = ToggleSection(
                self.tr("Show more depth"), self.tr("Hide the extra depth"), more, self
            )
            layout.addWidget(self.more_depth)
        else:
            more.deleteLater()

        layout.addWidget(Heading(self.tr("Case examples"), 2, self))
        self.case_discussions: list[ToggleSection] = []
        for case in module.cases:
            layout.addWidget(Heading(case.title, 3, self))
            layout.addWidget(MarkdownLabel(case.scenario, self))
            discussion = ToggleSection(
                self.tr("Show discussion: {title}").format(title=case.title),
                self.tr("Hide discussion: {title}").format(title=case.title),
                MarkdownLabel(case.discussion),
                self,
            )
            self.case_discussions.append(discussion)
            layout.addWidget(discussion)

        layout.addWidget(Heading(self.tr("Check yourself"), 2, self))
        self.self_checks = [
            SelfCheckWidget(check, number, self) for number, check in enumerate(module.self_checks, 1)
        ]
        for widget in self.self_checks:
            layout.addWidget(widget)

        related = (*module.related_indicators, *module.related_prompts, *module.related_guidance)
        if related:
            layout.addWidget(Heading(self.tr("Related"), 2, self))
            for entry_id in related:
                entry = library.get(entry_id)
                if entry is None:
                    continue
                title = entry_title(entry)
                button = QPushButton(self.tr("Go to: {title}").format(title=title), self)
                button.setAccessibleName(self.tr("Go to {title}").format(title=title))
                button.clicked.connect(lambda _=False, target=entry_id: self.navigate_to.emit(target))
                layout.addWidget(button)
        layout.addStretch(1)

    def reset(self) -> None:
        """As when first shown (idle wipe): extra depth and discussions folded, self-checks unanswered."""
        for section in (self.more_depth, *self.case_discussions):
            if section is not None:
                section.set_expanded(False)
        for check in self.self_checks:
            check.reset()

    def reading_time_text(self, core_minutes: int, study_minutes: int) -> str:
        """The times shown with a module, both computed from the words on the page."""
        core = self.tr("About %n minute(s) to read the core text", "", core_minutes)
        study = self.tr(
            "about %n minute(s) to study it all, with extra depth, cases and self-checks.", "", study_minutes
        )
        return f"*{core}; {study}*"
