"""No pydantic plugin is loaded: none is used, looking for them scans every installed distribution, and one
installed alongside would see every validated value. The switch is set by the ``screenaid`` package itself, so
it is in place before any of its modules can import pydantic (the settings import it only for a file)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_pydantic_plugins_are_switched_off_by_the_package() -> None:
    code = (
        "import os\n"
        "import screenaid\n"
        "from pydantic.plugin._loader import get_plugins\n"
        "print(os.environ.get('PYDANTIC_DISABLE_PLUGINS'), tuple(get_plugins()))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.split() == ["__all__", "()"]


def test_a_value_set_outside_is_kept() -> None:
    code = "import os, screenaid; print(os.environ['PYDANTIC_DISABLE_PLUGINS'])"
    env = {**os.environ, "PYDANTIC_DISABLE_PLUGINS": "logfire"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == "logfire"


def test_settings_from_a_file_are_validated_with_no_plugin(tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from screenaid.config import load_config\n"
        "result = load_config(machine_dirs=[Path(sys.argv[1])])\n"
        "from pydantic.plugin._loader import get_plugins\n"
        "print(result.config.country, os.environ.get('PYDANTIC_DISABLE_PLUGINS'), tuple(get_plugins()))\n"
    )
    (tmp_path / "config.toml").write_text('country = "gb"\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.split() == ["GB", "__all__", "()"]
