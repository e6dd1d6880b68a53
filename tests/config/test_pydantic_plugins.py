"""No pydantic plugin is loaded: none is used, looking for them scans every installed distribution at each
start, and one installed alongside would see every validated value."""

from __future__ import annotations

import os
import subprocess
import sys


def test_pydantic_plugins_are_switched_off_by_the_settings_module() -> None:
    code = (
        "import os\n"
        "import screenaid.config\n"
        "from pydantic.plugin._loader import get_plugins\n"
        "print(os.environ.get('PYDANTIC_DISABLE_PLUGINS'), tuple(get_plugins()))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.split() == ["__all__", "()"]


def test_a_value_set_outside_is_kept() -> None:
    code = "import os, screenaid.config; print(os.environ['PYDANTIC_DISABLE_PLUGINS'])"
    env = {**os.environ, "PYDANTIC_DISABLE_PLUGINS": "logfire"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == "logfire"
