"""Machine-wide clinic settings, read-only: see ``docs/deploying.md`` for the files and their precedence."""

from screenaid.config.loading import (
    CONFIG_FILE_NAME,
    EXPLICIT_FILE_VARIABLE,
    ConfigResult,
    load_config,
    machine_config_dirs,
)
from screenaid.config.settings import (
    ClinicConfig,
    HandoutLayout,
    PaperSize,
    effective_jurisdiction,
    effective_paper_size,
    validate_settings,
)

__all__ = [
    "CONFIG_FILE_NAME",
    "EXPLICIT_FILE_VARIABLE",
    "ClinicConfig",
    "ConfigResult",
    "HandoutLayout",
    "PaperSize",
    "effective_jurisdiction",
    "effective_paper_size",
    "load_config",
    "machine_config_dirs",
    "validate_settings",
]
