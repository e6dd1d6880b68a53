"""The five places of the app: Learn, Screen, Ask, Document, Refer (one page class per module)."""
