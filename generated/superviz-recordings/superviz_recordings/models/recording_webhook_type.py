# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
from enum import StrEnum
from typing import ClassVar


class RecordingWebhookType(StrEnum):
    """Known values; a value the spec does not list is kept (``is_unknown`` is True) instead of failing to parse."""

    RECORDING = "RECORDING"

    # known value -> member, filled in below; generated parsing reads it directly (a dict lookup, no call)
    __by_value__: ClassVar[dict[str, "RecordingWebhookType"]]

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value sent by the API that this client's spec does not know yet."""
        return self._name_ not in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "RecordingWebhookType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "?" + value
        member._value_ = value
        return member


RecordingWebhookType.__by_value__ = {member.value: member for member in RecordingWebhookType}
