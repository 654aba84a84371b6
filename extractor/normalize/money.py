"""Money mentions (placeholder)."""


def find_money(text: str) -> list:
    return []
