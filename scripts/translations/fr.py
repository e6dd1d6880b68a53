TRANSLATIONS: dict[str, str | tuple[str, ...]] = {}
