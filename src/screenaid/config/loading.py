"""Reading the clinic's settings from TOML files and the environment, layer by layer; never writes anything.

Layers, from weakest to strongest (a stronger layer wins for each setting it sets):

1. built-in defaults;
2. the file named by the ``SCREENAID_CONFIG`` environment variable;
3. environment variables ``SCREENAID_<SETTING>`` (e.g. ``SCREENAID_IDLE_WIPE_MINUTES=5``);
4. the machine-wide file ``config.toml`` at a **fixed** path that only administrators can write
   (``/etc/xdg/screenaid/config.toml`` on Linux, whatever ``XDG_CONFIG_DIRS`` says;
   ``%ProgramData%\\ScreenAid\\config.toml``; ``/Library/Application Support/ScreenAid/config.toml``).
   It is the clinic's policy, so what IT sets there is what runs.

Layers 2 and 3 are controlled by the user, so they may never loosen policy:

- :data:`POLICY_ONLY` settings (the clinic's resource folder, its key, its rollback floor) are read only from
  the machine-wide file; a user layer's value is ignored and reported;
- :data:`TIGHTEN_ONLY` settings set in the machine-wide file may be made stricter by a user layer (a shorter
  idle wipe), never looser (a longer one, or the quick-exit shortcut turned off).

A file that cannot be read or parsed is skipped as a whole; inside a readable file, each invalid or unknown
setting is skipped on its own and the weaker layers' value applies. Every skip is reported as a problem that
names the file (or variable) and the setting.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from screenaid.config.settings import ENV_PREFIX, SETTING_NAMES, ClinicConfig, validate_settings

CONFIG_FILE_NAME = "config.toml"
MAX_CONFIG_BYTES = 100_000
POLICY_ONLY = frozenset({"local_resources_dir", "clinic_public_key", "clinic_min_version"})
"""Settings that only the machine-wide file may set: what content is trusted is the administrator's call."""
TIGHTEN_ONLY = {
    "idle_wipe_minutes": min,  # shorter is stricter
    "quick_exit_shortcut": max,  # on is stricter
}
"""Settings a user layer may make stricter than the machine-wide file, never looser (name → pick stricter)."""
_MACHINE_DIRS_FOR_TESTS: tuple[Path, ...] | None = None
"""Set only by tests, in-process; nothing on disk or in the environment can move the machine-wide file."""
EXPLICIT_FILE_VARIABLE = "SCREENAID_CONFIG"
BUILT_IN = "the built-in default"


@dataclass(frozen=True, slots=True)
class ConfigResult:
    config: ClinicConfig
    problems: tuple[str, ...]
    """One line per skipped file or setting: ``<file or variable>: <setting>: <what is wrong>``."""
    files_read: tuple[Path, ...]
    """The configuration files that were read and parsed, weakest first."""


@dataclass(frozen=True, slots=True)
class _Layer:
    label: str
    values: dict[str, Any]
    from_environment: bool = False
    machine: bool = False
    """The machine-wide file: the administrator's policy."""

    def where(self, field: str) -> str:
        """Where one setting came from: the file, or the exact environment variable."""
        return f"environment variable {ENV_PREFIX}{field.upper()}" if self.from_environment else self.label


def _app_dir_name() -> str:
    # /etc/xdg/screenaid on Linux; %ProgramData%\ScreenAid and /Library/Application Support/ScreenAid elsewhere.
    return "ScreenAid" if sys.platform in ("win32", "darwin") else "screenaid"


def machine_config_dirs() -> tuple[Path, ...]:
    """The machine-wide configuration folder: a fixed, admin-only path.

    Not ``XDG_CONFIG_DIRS``: environment variables are the user's to set, and following them let a user point
    the app at their own "policy" and skip the administrator's.
    """
    if _MACHINE_DIRS_FOR_TESTS is not None:
        return _MACHINE_DIRS_FOR_TESTS
    if sys.platform == "win32" or sys.platform == "darwin":
        import platformdirs  # only here: the app reads its settings at every start, on Linux without it

        return (Path(platformdirs.site_config_dir(_app_dir_name(), appauthor=False)),)
    return (Path("/etc/xdg") / _app_dir_name(),)


def _read_toml(path: Path, problems: list[str]) -> dict[str, Any] | None:
    import tomllib  # only when a file exists: most workstations have none, and the app reads this at every start

    from screenaid.content.bounded_read import read_bounded

    try:  # bounded, and never blocks: a named pipe or a device is refused, not waited on
        raw = read_bounded(path, MAX_CONFIG_BYTES)
    except OSError as error:
        problems.append(f"{path}: cannot read the file ({error.strerror or error}); its settings are ignored")
        return None
    except (ValueError, MemoryError) as error:  # e.g. a NUL byte in the path
        problems.append(f"{path!r}: cannot read the file ({type(error).__name__}); its settings are ignored")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        problems.append(f"{path}: not UTF-8 text (byte {error.start}); its settings are ignored")
        return None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        problems.append(f"{path}: not valid TOML ({error}); its settings are ignored")
        return None
    except RecursionError:  # tomllib recurses per nesting level: "x = [[[[…]]]]" a thousand deep
        problems.append(
            f"{path}: not valid TOML (arrays or tables nested too deeply); its settings are ignored"
        )
        return None


def _environment_layer() -> _Layer:
    """``SCREENAID_<SETTING>`` for each known setting, the name in any case; an empty value counts as unset.
    Values stay text: the model converts them as it does a file's (``"15"`` → 15, ``"false"`` → False)."""
    variables = {name.lower(): value for name, value in os.environ.items()}
    values = {}
    for field in SETTING_NAMES:
        value = variables.get(f"{ENV_PREFIX}{field}".lower())
        if value:
            values[field] = value
    return _Layer("environment", values, from_environment=True)


def _drop_unknown(layer: _Layer, problems: list[str]) -> dict[str, Any]:
    known = SETTING_NAMES
    values: dict[str, Any] = {}
    for key, value in layer.values.items():
        if key in known:
            values[key] = value
            continue
        import difflib  # only for a mistake: the app reads its settings at every start

        close = difflib.get_close_matches(key, known, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else f"; known settings: {', '.join(known)}"
        problems.append(f"{layer.where(key)}: {key}: unknown setting, ignored{hint}")
    return values


def _describe_error(error: Mapping[str, Any]) -> str:
    message = str(error["msg"]).removeprefix("Value error, ")
    if error["type"] == "value_error":
        return message
    return f"{message} (got {error['input']!r})"


def _failures(values: Mapping[str, Any]) -> list[Any]:
    """pydantic's error for each setting of ``values`` that fails, in declaration order (none when all pass).
    pydantic is imported only for values that are not plainly valid (see :func:`validate_settings`)."""
    if not values:
        return []
    try:
        validate_settings(values)
    except Exception as failure:
        from pydantic import ValidationError  # imported by now: only pydantic reports a failure

        if not isinstance(failure, ValidationError):
            raise
        return list(failure.errors())
    return []


def _apply(layer: _Layer, accepted: dict[str, Any], origin: dict[str, str], problems: list[str]) -> None:
    """Put one layer on top of the accepted values, skipping (and reporting) each setting that fails."""
    values = _drop_unknown(layer, problems)
    candidate = {**accepted, **values}
    for _ in range(len(SETTING_NAMES) + 1):
        failures = _failures(candidate)
        if not failures:
            break
        for error in failures:
            field = str(error["loc"][0]) if error["loc"] else ""
            if field not in candidate:
                continue
            if field in values:  # set by this layer: fall back to the weaker layers' value
                source, fallback = layer.where(field), origin.get(field, BUILT_IN)
                del values[field]
                if field in accepted:
                    candidate[field] = accepted[field]
                else:
                    del candidate[field]
            else:  # valid alone, but not with this layer's values (e.g. a region of another country)
                source, fallback = origin.get(field, BUILT_IN), BUILT_IN
                del candidate[field]
            problems.append(f"{source}: {field}: {_describe_error(error)}; ignored, {fallback} applies")
    for field in set(origin) - set(candidate):
        del origin[field]
    origin.update({field: layer.where(field) for field in values})
    accepted.clear()
    accepted.update(candidate)


def _layers(machine_dirs: Sequence[Path] | None, problems: list[str], files_read: list[Path]) -> list[_Layer]:
    layers: list[_Layer] = []
    explicit = os.environ.get(EXPLICIT_FILE_VARIABLE, "").strip()
    if explicit:
        path = Path(explicit)
        data = _read_toml(path, problems)
        if data is not None:
            layers.append(_Layer(str(path), data))
            files_read.append(path)
    layers.append(_environment_layer())
    folders = machine_config_dirs() if machine_dirs is None else tuple(machine_dirs)
    machine_file = next((f / CONFIG_FILE_NAME for f in folders if _exists(f / CONFIG_FILE_NAME)), None)
    if machine_file is not None:
        data = _read_toml(machine_file, problems)
        if data is not None:
            layers.append(_Layer(str(machine_file), data, machine=True))
            files_read.append(machine_file)
    return layers


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def _user_layer_within_policy(layer: _Layer, problems: list[str]) -> _Layer:
    """Drop what a user-controlled layer may not set at all (policy-only settings)."""
    values = dict(layer.values)
    for key in sorted(POLICY_ONLY & set(values)):
        del values[key]
        problems.append(
            f"{layer.where(key)}: {key}: only the machine-wide file ({CONFIG_FILE_NAME} in "
            f"{machine_config_dirs()[0]}) may set this; ignored"
        )
    return _Layer(layer.label, values, layer.from_environment, layer.machine)


def _tighten(
    accepted: dict[str, Any], machine: dict[str, Any], user: dict[str, tuple[Any, str]], problems: list[str]
) -> None:
    """For settings the machine file sets, let a valid user value apply only when it is stricter."""
    for key, stricter in TIGHTEN_ONLY.items():
        if key not in machine or key not in user:
            continue
        value, where = user[key]
        try:
            tightened = stricter(machine[key], value)
        except TypeError:
            continue
        if tightened != machine[key]:
            if _failures({**accepted, key: tightened}):
                continue
            accepted[key] = tightened
        elif value != machine[key]:
            problems.append(
                f"{where}: {key}: looser than the machine-wide policy ({machine[key]!r}); ignored"
            )


def load_config(*, machine_dirs: Sequence[Path] | None = None) -> ConfigResult:
    """Read the clinic's settings. Never raises and never writes: problems come back as messages.

    ``machine_dirs`` replaces the platform's machine-wide folders (for tests and for checking a candidate
    folder); by default they are :func:`machine_config_dirs`.
    """
    problems: list[str] = []
    files_read: list[Path] = []
    accepted: dict[str, Any] = {}
    origin: dict[str, str] = {}
    try:
        layers = _layers(machine_dirs, problems, files_read)
        machine = next((layer for layer in layers if layer.machine), None)
        user_values: dict[str, tuple[Any, str]] = {}
        for layer in layers:
            if layer is not machine:
                layer = _user_layer_within_policy(layer, problems)
            _apply(layer, accepted, origin, problems)
            if layer is not machine:
                validated = validate_settings(accepted)
                user_values.update(
                    {k: (getattr(validated, k), layer.where(k)) for k in layer.values if k in accepted}
                )
        if machine is not None:
            validated = validate_settings(accepted)
            policy = {k: getattr(validated, k) for k in machine.values if k in accepted}
            _tighten(accepted, policy, user_values, problems)
        config = validate_settings(accepted)
    except Exception as error:  # a last resort: the app must start with safe defaults whatever happens
        problems.append(f"configuration could not be read ({type(error).__name__}: {error}); using defaults")
        config = ClinicConfig()
    return ConfigResult(config, tuple(problems), tuple(files_read))
