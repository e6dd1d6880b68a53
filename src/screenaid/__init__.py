"""ScreenAid: recognise and respond to human trafficking at the point of care."""

__version__ = "0.1.0"
