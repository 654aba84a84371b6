"""Publication dates from metadata, normalized to ISO ``YYYY-MM-DD``."""

from __future__ import annotations

import re
from datetime import date, datetime

_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_LANGUAGES = ("en", "ko", "zh", "ja", "ru", "fr", "de", "es")


def iso_date(value: str | None) -> str | None:
    """The calendar date in ``value`` as ISO, or None when it is no date.

    ISO dates and datetimes (any offset) keep their own calendar date; other
    spellings go through dateparser, day, month and year all required.

    >>> iso_date("2025-05-20"), iso_date("2025-05-20T23:30:00+09:00"), iso_date("2025-05-20T01:00:00Z")
    ('2025-05-20', '2025-05-20', '2025-05-20')
    >>> iso_date("20250520"), iso_date("May 20, 2025"), iso_date("20 May 2025")
    ('2025-05-20', '2025-05-20', '2025-05-20')
    >>> iso_date("2025년 5월 20일"), iso_date("2025年5月20日")
    ('2025-05-20', '2025-05-20')
    >>> iso_date("sometime in spring"), iso_date(""), iso_date("2025-13-45")
    (None, None, None)
    """
    if not value or not value.strip():
        return None
    value = value.strip()
    m = _COMPACT.match(value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        pass
    if re.match(r"^\d{4}-\d{1,2}-\d{1,2}", value):
        return None  # ISO-shaped but impossible (month 13): not a date
    return _dateparser(value)


def _dateparser(value: str) -> str | None:
    import dateparser

    parsed = dateparser.parse(
        value,
        # The languages of this project's news; loading all of dateparser's
        # takes seconds.
        languages=list(_LANGUAGES),
        settings={
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PREFER_DATES_FROM": "past",
        },
    )
    return parsed.date().isoformat() if parsed else None
