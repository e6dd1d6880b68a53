"""ScreenAid: recognise and respond to human trafficking at the point of care."""

import os

__version__ = "0.1.0"

# ScreenAid uses no pydantic plugins. Without this, pydantic looks for them in the entry points of every
# installed distribution when it builds its first schema (about 5 ms), and any it found would see every value
# validated (settings, content). This is the documented switch; a value set outside wins. Set here, before any
# module of the app can import pydantic (it reads the variable once, at its first schema).
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
