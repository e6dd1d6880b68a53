"""What every page is given: the loaded content, the clinic's settings and the in-memory session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from screenaid.ui.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from screenaid.config import ClinicConfig
    from screenaid.content import Library
    from screenaid.ui.private_clipboard import PrivateClipboard
    from screenaid.ui.screening_session import ScreeningSession


DEVELOPMENT_BUILD_NOTICE = QT_TRANSLATE_NOOP(
    "Notices",
    "Development build: its content is signed with a public test key, so the signature proves nothing. "
    "Not for use with patients.",
)


@dataclass(frozen=True)
class AppContext:
    library: Library
    config: ClinicConfig
    session: ScreeningSession
    clipboard: PrivateClipboard
    notices: tuple[str, ...] = ()
    """Content problems and integrity warnings, shown in a banner that cannot be missed."""
    resources_verified_on: dt.date | None = None
    """From the signed manifest of the bundled resource list; None when it was rejected (fallback shown)."""
    resources_version: int | None = None


def load_context(clipboard: PrivateClipboard) -> AppContext:
    """Read the clinic's settings and all content (verified resources included); never raises."""
    return context_from(read_content(), clipboard)


def read_content() -> tuple[Any, ...]:
    """The slow, Qt-free part of :func:`load_context` (it may run off the GUI thread); never raises."""
    from screenaid.config import load_config
    from screenaid.content import Library
    from screenaid.integrity.app_content import load_app_content

    configured = load_config()
    config = configured.config
    settings = QCoreApplication.translate("Notices", "Settings: {problem}")
    notices = [settings.format(problem=problem) for problem in configured.problems]
    verified_on: dt.date | None = None
    version: int | None = None
    try:
        content = load_app_content(
            country=config.country,
            clinic_dir=config.local_resources_dir,
            clinic_public_key=config.clinic_public_key,
            clinic_min_version=config.clinic_min_version,
        )
        library = content.result.library
        notices += content.notices
        if content.build == "development":
            notices.append(QCoreApplication.translate("Notices", DEVELOPMENT_BUILD_NOTICE))
        if content.pack.ok:
            verified_on, version = content.pack.verified_on, content.pack.version
    except Exception as error:  # the shell must still come up (quick exit, notices) whatever the data holds
        library = Library()
        failed = QCoreApplication.translate(
            "Notices", "The content could not be loaded ({error}). Run 'screenaid validate'."
        )
        notices.append(failed.format(error=type(error).__name__))
    return library, config, tuple(notices), verified_on, version


def context_from(loaded: tuple[Any, ...], clipboard: PrivateClipboard) -> AppContext:
    """Build the context in the GUI thread (the session is a QObject)."""
    from screenaid.ui.screening_session import ScreeningSession

    library, config, notices, verified_on, version = loaded
    return AppContext(library, config, ScreeningSession(), clipboard, notices, verified_on, version)
