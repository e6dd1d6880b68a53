"""What every page is given: the loaded content, the clinic's settings and the in-memory session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from screenaid.config import ClinicConfig
    from screenaid.content import Library
    from screenaid.ui.private_clipboard import PrivateClipboard
    from screenaid.ui.screening_session import ScreeningSession


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
    from screenaid.config import load_config
    from screenaid.content import Library
    from screenaid.integrity.app_content import load_app_content
    from screenaid.ui.screening_session import ScreeningSession

    configured = load_config()
    config = configured.config
    notices = [f"Settings: {problem}" for problem in configured.problems]
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
        if content.pack.ok:
            verified_on, version = content.pack.verified_on, content.pack.version
    except Exception as error:  # the shell must still come up (quick exit, notices) whatever the data holds
        library = Library()
        notices.append(f"The content could not be loaded ({type(error).__name__}). Run 'screenaid validate'.")
    return AppContext(library, config, ScreeningSession(), clipboard, tuple(notices), verified_on, version)
