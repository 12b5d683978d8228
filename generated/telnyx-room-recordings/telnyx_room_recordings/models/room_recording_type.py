# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
from enum import StrEnum


class RoomRecordingType(StrEnum):
    """Known values; a value the spec does not list is kept (``is_unknown`` is True) instead of failing to parse."""

    AUDIO = "audio"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value sent by the API that this client's spec does not know yet."""
        return self._name_ not in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "RoomRecordingType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "?" + value
        member._value_ = value
        return member

    @classmethod
    def from_wire(cls, value: str) -> "RoomRecordingType":
        """The member for a value read from the API: a dict lookup, else as ``RoomRecordingType(value)``
        (an unknown value is kept). Parsing calls this instead of the Enum constructor, which is ~4x slower."""
        member = _BY_VALUE.get(value) if isinstance(value, str) else None
        return member if member is not None else cls(value)


_BY_VALUE: dict[str, RoomRecordingType] = {member.value: member for member in RoomRecordingType}
